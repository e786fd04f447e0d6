"""Timelines as records: reports in date order, links that never show a hash, run and story filters."""

from __future__ import annotations

from datetime import date

import pytest

from tests.warehouse.test_incidents import article, reports
from warehouse import changes, store
from warehouse import db as warehouse_db
from warehouse.timelines import Report, UnknownStoryError, describe, elide, link, story_timelines, timelines


def _report(**kw: object) -> Report:
    base: dict[str, object] = dict(
        text="12", low=12.0, high=12.0, published=date(2024, 5, 1), source="police", doc="d" * 64, title=None, url=None
    )
    return Report(**{**base, **kw})  # type: ignore[arg-type]


def test_links_use_the_title_then_the_site_then_a_short_id():
    assert link(_report(title="Floods | rising", url="https://www.news.example/a b")) == (
        "[Floods / rising](https://www.news.example/a%20b)"
    )
    assert link(_report(url="https://www.news.example/a")) == "[news.example](https://www.news.example/a)"
    assert link(_report()) == "d" * 12
    assert describe(_report(text="about  twelve\nthousand")) == "about twelve thousand (police, 2024-05-01)"
    assert elide("x" * 100) == "x" * 79 + "…" and elide("short") == "short"
    assert _report().exact and not _report(high=None).exact and not _report(low=10.0).exact


def test_timelines_by_run_and_story(tmp_path):
    path = tmp_path / "t.duckdb"
    con = warehouse_db.connect(path)
    try:
        store.start_run(con, "r0", ["flood"])
        store.store_batch(con, "r0", [article(r) for r in reports("flood")])
        flagged = changes.flag_changes(con, "r0")
        store.start_run(con, "r1", ["nothing"])
        changes.flag_changes(con, "r1")
        items = timelines(con)
        assert items and sum(len(t.changes) for t in items) == flagged
        for t in items:
            dated = [r.published for r in t.reports]
            assert dated == sorted(dated)
            assert {(c.a.doc, c.a.text) for c in t.changes} <= {(r.doc, r.text) for r in t.reports}
        assert timelines(con, run_id="r0") == items
        assert timelines(con, run_id="r1") == []
        assert story_timelines(con, items[0].story_id) == story_timelines(con, items[0].story[:8].upper()) == items
        with pytest.raises(UnknownStoryError, match=f"no story with changed figures matches 'rain'.*{items[0].story}"):
            story_timelines(con, "rain")
    finally:
        warehouse_db.close(path)
