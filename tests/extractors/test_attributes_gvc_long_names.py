"""Who speaks for a casualty figure when the speaker's body, rank and name make one long run of capitals.

GUIDE 13: the source is the person the article says reports the figure. A name read as at most six
capitalised words must not stop inside "... Police Department Officer Jo Lanfield". The sentences are
written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three people were hurt, according to Elm City Police Department Officer Jo Lanfield.", "Three"),
        ("Two men were wounded, said Elm City Police Department Officer Jo Lanfield.", "Two"),
        ("Four people were shot, according to Birch County Sheriff's Office Sgt. Jo Lanfield.", "Four"),
    ],
)
def test_a_long_titled_name_is_read_to_its_last_word(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.source == "Jo Lanfield"
    assert c.modality == "reported"


def test_the_whole_name_carries_on_into_the_next_sentence_of_the_account() -> None:
    text = (
        "On the way, officers heard that several people were shot, according to Elm City Police Department "
        "Officer Jo Lanfield. They found six victims with gunshot wounds."
    )
    assert claim_for(text, "six").source == "Jo Lanfield"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The name already ends on its last capital: kept as the article gives it.
        ("Elm City Police Chief Jo Roe said two men were shot.", "two", "Jo Roe"),
        ("Two men were shot, according to Elm City police.", "Two", "Elm City police"),
    ],
)
def test_a_name_that_was_not_cut_is_left_alone(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
