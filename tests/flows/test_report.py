"""The changed-figures artifact: every row up to a cap, and a description that says when it is cut."""

from __future__ import annotations

import pytest
from prefect import flow

from flows import report
from tests.warehouse.test_incidents import article, reports
from warehouse import changes, store
from warehouse import db as warehouse_db

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _latest_table(key: str):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        return client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])),
                                     sort=ArtifactSort.CREATED_DESC, limit=1)[0]


@flow
def _publish(db: str, run_id: str) -> None:
    report.publish_changes(warehouse_db.connect(db), run_id)  # the process's cached connection


def test_the_table_artifact_is_capped_and_says_so(tmp_path, monkeypatch):
    import json

    path = tmp_path / "r.duckdb"
    con = warehouse_db.connect(path)
    try:
        store.start_run(con, "r0", ["flood"])
        store.store_batch(con, "r0", [article(r) for r in reports("flood")])
        flagged = changes.flag_changes(con, "r0")
        assert flagged >= 3
        monkeypatch.setattr(report, "MAX_ARTIFACT_ROWS", 2)
        _publish(str(path), "r0")
        capped = _latest_table(report.CHANGES_KEY)
        rows = json.loads(capped.data) if isinstance(capped.data, str) else capped.data
        assert len(rows) == 2
        assert f"the first 2 of {flagged} rows" in (capped.description or "")

        monkeypatch.setattr(report, "MAX_ARTIFACT_ROWS", 1000)
        _publish(str(path), "r0")
        full = _latest_table(report.CHANGES_KEY)
        rows = json.loads(full.data) if isinstance(full.data, str) else full.data
        assert len(rows) == flagged
        assert f"({flagged} rows)" in (full.description or "")
    finally:
        warehouse_db.close(path)
