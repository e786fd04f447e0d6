"""The run's artifacts: the changed-figures table (capped, readable), the summaries and the charts."""

from __future__ import annotations

import base64
import json
import re
import xml.etree.ElementTree as ET

import pytest
from prefect import flow

from flows import report
from flows.ingest import RunSummary
from tests.warehouse.test_incidents import article, reports
from warehouse import changes, store
from warehouse import db as warehouse_db
from warehouse.records import Failure
from warehouse.timelines import timelines

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _latest(key: str):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        return client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), sort=ArtifactSort.CREATED_DESC, limit=1
        )[0]


@flow
def _publish(db: str, run_id: str) -> None:
    report.publish_changes(warehouse_db.connect(db), run_id)  # the process's cached connection


@pytest.fixture()
def flood(tmp_path):
    """Three reports of a flash flood: a rising toll and an evacuation count that grows to an open bound."""
    path = tmp_path / "r.duckdb"
    con = warehouse_db.connect(path)
    store.start_run(con, "r0", ["flood"])
    store.store_batch(con, "r0", [article(r) for r in reports("flood")])
    flagged = changes.flag_changes(con, "r0")
    assert flagged >= 3
    yield path, con, flagged
    warehouse_db.close(path)


def test_the_table_artifact_is_capped_and_says_so(flood, monkeypatch):
    path, con, flagged = flood
    monkeypatch.setattr(report, "MAX_ARTIFACT_ROWS", 2)
    _publish(str(path), "r0")
    capped = _latest(report.CHANGES_KEY)
    rows = json.loads(capped.data) if isinstance(capped.data, str) else capped.data
    assert len(rows) == 2
    assert f"the first 2 of {flagged} rows" in (capped.description or "")

    monkeypatch.setattr(report, "MAX_ARTIFACT_ROWS", 1000)
    _publish(str(path), "r0")
    full = _latest(report.CHANGES_KEY)
    rows = json.loads(full.data) if isinstance(full.data, str) else full.data
    assert len(rows) == flagged
    assert f"({flagged} rows)" in (full.description or "")
    # What an analyst reads first comes first; articles are title links, never document hashes.
    assert list(rows[0])[:5] == ["story", "quantity", "from → to", "change", "confidence"]
    stored = con.execute("SELECT a_text, b_text, change_kind, a_url, b_url FROM changed_figures").fetchall()
    shown = {(r["from → to"], r["change"]) for r in rows}
    assert shown == {(f"{a} → {b}", k) for a, b, k, _, _ in stored}
    for r in rows:
        assert re.fullmatch(r"\[[^]]+\]\(https://[^)]+\) → \[[^]]+\]\(https://[^)]+\)", r["articles"]), r
        assert all(len(v) <= 90 for k, v in r.items() if k != "articles"), r  # elided: no column pushed off


def test_a_run_without_changes_says_so_instead_of_an_empty_table(flood):
    path, con, _ = flood
    store.start_run(con, "r1", ["nothing new"])
    assert changes.flag_changes(con, "r1") == 0
    _publish(str(path), "r1")
    empty = _latest(report.CHANGES_KEY)
    assert empty.type == "markdown"
    assert "No changed figures in this run." in str(empty.data)
    assert "No changed figures in this run." in str(_latest(report.TIMELINES_KEY).data)
    assert "No changed figures in this run." in str(_latest(report.CHANGES_SUMMARY_KEY).data)


def test_summaries_give_each_quantitys_figures_with_sources_and_links_and_charts_are_drawn(flood):
    path, con, _ = flood
    items = timelines(con, run_id="r0")
    failed = Failure(
        input="feeds/bad|name.txt",
        stage="load",
        error_type="EmptyDocumentError",
        reason="the file is empty " + "and long " * 40,
    )
    summary = RunSummary(
        run_id="r0", db=str(path), inputs=4, stored=3, failures=1, claims=20, changes=5, failure_rows=[failed]
    )
    md = report.summary_markdown(summary, items)
    # Failures as a list (the UI cuts tables at 1400 px), the reason elided.
    fail = md[md.index("## Failures (1)") :].splitlines()[2]
    assert fail.startswith("- `feeds/bad/name.txt` (load): the file is empty and long") and fail.endswith("…")
    lines = md.splitlines()
    assert lines[2].startswith("**4 inputs**: 3 stored, 0 unchanged, 1 failures") and "**5 changes**" in lines[2]
    assert f"### {items[0].story}" in lines
    for t in items:
        block = md[md.index(f"**{t.quantity}**") :]
        for r in t.reports:  # each report in date order with its source, date and article link
            assert f"- **{r.text}** ({r.source}, {r.published}, [{r.title}]({r.url}))" in block
    by_story = report.changes_markdown(con, "r0")
    assert "|" not in by_story  # paragraphs, not a table that the UI cuts at 1400 px
    assert all(f"]({r.url})" in by_story for t in items for r in t.reports)

    charts_md = report.timelines_markdown(con, "r0")
    uris = re.findall(r"!\[timeline of [^]]+\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)", charts_md)
    assert len(uris) == 1  # one story
    svg = ET.fromstring(base64.b64decode(uris[0]))
    gids = [e.get("id", "") for e in svg.iter()]
    exact = sum(r.exact for t in items for r in t.reports)
    assert sum(g.startswith("cw-point") for g in gids) == exact
    assert sum(g.startswith("cw-range") for g in gids) == sum(len(t.reports) for t in items) - exact
    assert sum(g.startswith("cw-change") for g in gids) == sum(len(t.changes) for t in items)


@flow
def _emit(db: str, run_id: str) -> int:
    return report.emit_changes(warehouse_db.connect(db), run_id)


def test_events_are_capped_per_run_and_the_cap_is_logged(flood, monkeypatch, caplog):
    import time

    import httpx
    from prefect.settings import PREFECT_API_URL

    path, con, flagged = flood
    run_id = "r0"
    monkeypatch.setattr(report, "MAX_EVENTS", 2)
    assert _emit(str(path), run_id) == 2 < flagged
    assert "events sent for the first 2 flags only" in caplog.text
    deadline = time.monotonic() + 30
    while True:  # the server stores events a moment after it receives them
        found = httpx.post(
            f"{PREFECT_API_URL.value()}/events/filter",
            json={"filter": {"event": {"name": [report.EVENT]}}, "limit": 50},
            timeout=30,
        ).json()["events"]
        mine = [e for e in found if e["payload"]["run_id"] == run_id]
        if len(mine) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert len(mine) == 2
    assert {e["resource"]["prefect.resource.id"] for e in mine} == {
        f"claimwatch.story.{sid}" for (sid,) in con.execute("SELECT DISTINCT story_id FROM figure_changes").fetchall()
    }
