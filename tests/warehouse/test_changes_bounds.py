"""The change pass is bounded per input and heals what an interrupted run left unkeyed."""

from __future__ import annotations

from datetime import date

from tests.warehouse.articles import text_article
from warehouse import changes, store, stories
from warehouse.records import Article


def article(doc_id: str, text: str, published: date) -> Article:
    return text_article(doc_id, text, published)


REPORT = "Four people were injured when a gas main exploded on Quarry Lane, the fire department said. "


def test_a_figure_repeated_in_one_document_is_keyed_once(con):
    store.start_run(con, "r0", ["x"])
    store.store_batch(con, "r0", [article("echo", REPORT * 300, date(2025, 6, 2))])
    stories.assign_run(con, "r0")
    assert changes.key_pending_claims(con) == 1
    claims = con.execute("SELECT count(*) FROM claims WHERE doc_id = 'echo'").fetchone()
    assert claims and claims[0] == 300  # every mention is stored; only the comparison counts it once


def test_a_document_gets_at_most_max_keys(con, monkeypatch):
    monkeypatch.setattr(changes, "MAX_KEYS_PER_DOC", 5)
    text = " ".join(f"{n} people were injured in blast number {n} on Quarry Lane." for n in range(10, 40))
    store.start_run(con, "r0", ["x"])
    store.store_batch(con, "r0", [article("many", text, date(2025, 6, 2))])
    stories.assign_run(con, "r0")
    assert changes.key_pending_claims(con) == 5


def test_a_run_keys_what_an_interrupted_run_left(con):
    # Run r0 stored a report and was stopped before its change pass; r1 stores a later report.
    store.start_run(con, "r0", ["x"])
    store.store_batch(con, "r0", [article("first", REPORT, date(2025, 6, 2))])
    store.start_run(con, "r1", ["x"])
    later = "Six people were injured when a gas main exploded on Quarry Lane, the fire department said."
    store.store_batch(con, "r1", [article("second", later, date(2025, 6, 3))])
    stories.assign_run(con, "r0")
    assert changes.flag_changes(con, "r1") == 1
    flag = con.execute("SELECT a_text, b_text, change_kind FROM changed_figures").fetchall()
    assert flag == [("Four", "Six", "increase")]
    assert changes.key_pending_claims(con) == 0  # nothing keyed twice


def test_a_run_gives_stories_to_what_an_interrupted_run_stored(con):
    # r0 stored a report and was killed before its stories and change pass ran.
    store.start_run(con, "r0", ["x"])
    store.store_batch(con, "r0", [article("first", REPORT, date(2025, 6, 2))])
    store.start_run(con, "r1", ["x"])
    later = "Six people were injured when a gas main exploded on Quarry Lane, the fire department said."
    store.store_batch(con, "r1", [article("second", later, date(2025, 6, 3))])
    assert changes.flag_changes(con, "r1") == 1
    storied = con.execute("SELECT doc_id FROM story_documents ORDER BY doc_id").fetchall()
    assert storied == [("first",), ("second",)]


def test_story_terms_come_from_the_head_of_a_long_text(con, monkeypatch):
    monkeypatch.setattr(stories, "STORY_TEXT_CHARS", len(REPORT))
    tail = "Meanwhile the orchestra rehearsed Mahler in Vienna. " * 20
    store.start_run(con, "r0", ["x"])
    store.store_batch(con, "r0", [article("long", REPORT + tail, date(2025, 6, 2))])
    stories.assign_run(con, "r0")
    terms = {r[0] for r in con.execute("SELECT term FROM story_terms WHERE doc_id = 'long'").fetchall()}
    assert terms and not any("mahler" in t or "orchestra" in t or "vienna" in t for t in terms)
