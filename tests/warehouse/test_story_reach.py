"""Story assignment through the warehouse's term index: reports naming the same person months later."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from extractors.linking import link_keys, load_model
from extractors.stories import StoryDoc, doc_terms
from tests.warehouse.articles import text_article
from warehouse import changes, store, stories
from warehouse.records import Article

SHOOTING = (
    "Man, 24, killed in Maplewood shooting",
    "MAPLEWOOD — A 24-year-old man was shot and killed late Saturday in the 1400 block of Larkspur Avenue, "
    "police said. Officers found Dorian Pettaway on the sidewalk with two gunshot wounds. He was taken to "
    "Saint Brennan Hospital, where he died. Police have not named a suspect and asked witnesses to call.",
)
# Four months later, in other words: the people named are what ties it to the shooting.
SENTENCING = (
    "Maplewood man gets 30 years for killing",
    "A Harlow County judge on Tuesday sentenced Marcus Tillery, 27, to 30 years in prison for the death of "
    "Dorian Pettaway. Tillery pleaded guilty in June. Pettaway's mother told the court her son had been "
    "walking home from work on Larkspur Avenue when he was shot.",
)
# The same four months later, the same town, nobody in common.
OTHER = (
    "Maplewood man gets 12 years for robbery",
    "A Harlow County judge on Tuesday sentenced Keon Ashby, 31, to 12 years in prison for a string of "
    "armed robberies at gas stations. Ashby pleaded guilty in May. Prosecutors said he threatened three "
    "clerks with a handgun.",
)


def _article(doc_id: str, report: tuple[str, str], published: date) -> Article:
    title, text = report
    return text_article(doc_id, text, published, title=title, claims=())


def _doc(doc_id: str, report: tuple[str, str], published: date) -> StoryDoc:
    title, text = report
    return StoryDoc(doc_id, published, doc_terms(text, title), None, link_keys(text, title))


def test_a_report_months_later_naming_the_same_person_finds_the_first_in_the_index(con):
    store.start_run(con, "r1", ["test"])
    store.store_batch(con, "r1", [_article("shooting", SHOOTING, date(2024, 3, 2))])
    changes.flag_changes(con, "r1")
    # the names are in the term index ...
    assert con.execute(
        "SELECT count(*) FROM story_terms WHERE doc_id = 'shooting' AND term = 'n:dorian pettaway'"
    ).fetchone() == (1,)
    # ... so a report four months later, far outside the 30-day window, gets the stored one as a
    # candidate for the link model to judge; a report naming no one in common does not.
    july = date(2024, 7, 9)
    for doc, found in ((_doc("sentencing", SENTENCING, july), True), (_doc("other", OTHER, july), False)):
        new_ids = pa.table({"doc_id": [doc.doc_id]})
        stored, _, _ = stories._stored_candidates(con, [doc], load_model().window_days, new_ids)
        assert ("shooting" in {d.doc_id for d in stored}) is found
        assert all(d.keys for d in stored)  # with their link keys, as assignment needs them
