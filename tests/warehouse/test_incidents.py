"""Change detection on local-news incident reports, end to end: the real extractor, then the change pass.

``tests/data/incidents/*.jsonl`` are clusters of invented local reports (a house fire, a
highway pile-up, a shooting, a bus crash, a flood; 2-3 outlets over 1-3 days) and one
file of unrelated incidents in the same city on the same day. ``expected.json`` lists,
per cluster, its reports and the exact flags an editor would raise (kind, earlier
report:figure, later report:figure). Nothing here is a hand-written claim: the claims
are what ``extractors.extract_claims`` finds in the texts.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.warehouse.articles import text_article
from warehouse import changes, store, stories
from warehouse import db as warehouse_db
from warehouse.records import Article

CASES = Path(__file__).resolve().parents[1] / "data" / "incidents"
EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))


def reports(cluster: str) -> list[dict]:
    with open(CASES / f"{cluster}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def article(report: dict) -> Article:
    return text_article(
        report["id"],
        report["text"],
        date.fromisoformat(report["published"]),
        title=report.get("title"),
        url=report.get("url"),
        input=f"{report['id']}.jsonl:1",
    )


@pytest.fixture(scope="module")
def all_articles() -> dict[str, list[Article]]:
    return {cluster: [article(r) for r in reports(cluster)] for cluster in EXPECTED}


def _flag(path: Path, runs: list[list[Article]]) -> tuple[set[tuple[str, str, str]], list[list[str]]]:
    con = warehouse_db.connect(path)
    try:
        for i, batch in enumerate(runs):
            store.start_run(con, f"r{i}", ["incidents"])
            store.store_batch(con, f"r{i}", batch)
            changes.flag_changes(con, f"r{i}")
        flags = set(
            con.execute(
                "SELECT change_kind, a_doc || ':' || a_text, b_doc || ':' || b_text FROM changed_figures"
            ).fetchall()
        )
        groups = [
            g[0]
            for g in con.execute(
                "SELECT list(doc_id ORDER BY doc_id) FROM story_documents GROUP BY story_id ORDER BY 1"
            ).fetchall()
        ]
        return flags, groups
    finally:
        warehouse_db.close(path)


def _expected(cluster: str) -> set[tuple[str, str, str]]:
    return {(f["kind"], f["a"], f["b"]) for f in EXPECTED[cluster]["flags"]}


@pytest.mark.parametrize("cluster", sorted(EXPECTED))
def test_each_cluster_gets_exactly_its_expected_flags(cluster, all_articles, tmp_path):
    flags, groups = _flag(tmp_path / "cw.duckdb", [all_articles[cluster]])
    assert flags == _expected(cluster), EXPECTED[cluster]["why"]
    assert groups == EXPECTED[cluster]["stories"]


def test_all_clusters_in_one_database_flag_the_same_and_nothing_across_stories(all_articles, tmp_path):
    every = [a for cluster in sorted(all_articles) for a in all_articles[cluster]]
    flags, groups = _flag(tmp_path / "cw.duckdb", [every])
    assert flags == set().union(*(_expected(c) for c in EXPECTED))
    cluster_of = {r["id"]: c for c in EXPECTED for r in reports(c)}
    # no story mixes clusters, so no flag can join two incidents
    assert all(len({cluster_of[d] for d in g}) == 1 for g in groups)
    assert sorted(groups) == sorted(g for c in EXPECTED for g in EXPECTED[c]["stories"])


def test_reports_arriving_day_by_day_flag_the_same_as_one_run(all_articles, tmp_path):
    every = [a for cluster in sorted(all_articles) for a in all_articles[cluster]]
    days = sorted({a.published for a in every if a.published})
    runs = [[a for a in every if a.published == d] for d in days]
    flags, _ = _flag(tmp_path / "cw.duckdb", runs)
    assert flags == set().union(*(_expected(c) for c in EXPECTED))


def test_a_run_read_a_document_at_a_time_gets_the_same_stories_and_flags(all_articles, tmp_path, monkeypatch):
    # assign_run reads texts and writes story rows in chunks so its memory does not grow with
    # the run; chunks of one document must not change a story or a flag.
    every = [a for cluster in sorted(all_articles) for a in all_articles[cluster]]
    whole = _flag(tmp_path / "whole.duckdb", [every])
    real_terms = stories._terms
    calls = []

    def one_at_a_time(con, versions, chunk=256):
        calls.append(len(versions))
        return real_terms(con, versions, chunk=1)

    monkeypatch.setattr(stories, "_terms", one_at_a_time)
    monkeypatch.setattr(stories, "_INSERT_CHUNK", 1)
    assert _flag(tmp_path / "chunked.duckdb", [every]) == whole
    assert calls == [len(every)]  # every text read, each on its own


def test_flags_read_as_one_timeline_per_story_and_quantity(all_articles, tmp_path):
    path = tmp_path / "cw.duckdb"
    _flag(path, [[a for cluster in EXPECTED for a in all_articles[cluster]]])
    con = warehouse_db.connect(path)
    try:
        quantities = con.execute("SELECT count(DISTINCT (story_id, quantity_key)) FROM figure_changes").fetchone()
        rows = con.execute("SELECT story_id, quantity_key, flags, confidence, reports FROM figure_timelines").fetchall()
        flags = con.execute("SELECT count(*), min(confidence), max(confidence) FROM figure_changes").fetchone()
    finally:
        con.close()
    assert quantities and flags and len(rows) == quantities[0] > 0
    assert sum(r[2] for r in rows) == flags[0]
    assert 0 < flags[1] <= flags[2] <= 1  # every flag carries a confidence
    for _, _, _, _, reports in rows:
        dates = [r["published"] for r in reports]
        assert dates == sorted(dates) and len(reports) >= 2  # each report once, in date order
