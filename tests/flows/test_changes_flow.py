"""The flow's flag-changes task: stories and flags in DuckDB, published as keyed Prefect artifacts."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from flows.ingest import run_ingest
from flows.report import CHANGES_KEY, CHANGES_SUMMARY_KEY
from warehouse import db as warehouse_db

from ..conftest import REPO

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]
STORIES = REPO / "tests" / "data" / "stories"


def _latest(client, key: str):
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    found = client.read_artifacts(
        artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), sort=ArtifactSort.CREATED_DESC, limit=1
    )
    assert found, f"no artifact with key {key}"
    return found[0]


def test_flags_are_stored_and_published_as_the_changed_figures_table_and_summary(tmp_path):
    from prefect.client.orchestration import get_client

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(STORIES / "same_day_conflict.jsonl", src)
    db = tmp_path / "cw.duckdb"
    summary = run_ingest([str(src)], str(db))
    warehouse_db.close(db)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute(
            "SELECT a_text, b_text, change_kind, story FROM changed_figures ORDER BY change_id"
        ).fetchall()
        n_stories = con.execute("SELECT count(DISTINCT story_id) FROM story_documents").fetchone()[0]
    assert summary.changes == len(stored)
    assert n_stories == 1  # two outlets' reports of one protest
    # The extractor finds 40 and 120 people arrested on the same Saturday in Carrick.
    assert ("40", "120", "conflict") in {(min(a, b, key=len), max(a, b, key=len), k) for a, b, k, _ in stored}
    with get_client(sync_client=True) as client:
        table = _latest(client, CHANGES_KEY)
        rows = json.loads(table.data) if isinstance(table.data, str) else table.data
        assert sorted((r["from → to"], r["change"]) for r in rows) == sorted((f"{a} → {b}", k) for a, b, k, _ in stored)
        assert all(stored[0][3].startswith(r["story"].rstrip("…")) for r in rows)  # long names are elided
        md = str(_latest(client, CHANGES_SUMMARY_KEY).data)
    story = stored[0][3]
    # a heading per story, then one line per quantity: figures in date order with their sources
    lines = md.splitlines()
    line = lines[lines.index(f"## {story}") + 2]
    assert "**120** (" in line and "**40** (" in line and "conflict" in line
