"""A trailing ", X said" gives the whole sentence before it, semicolons included (GUIDE 13: the nearest
attribution covering the figure is its own sentence's). The sentences are written for the test."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("One man was in critical condition; the two others had minor wounds, police said.", "One", "police"),
        ("Three of the five victims are teens; the other two are adults, Lt. Jo Roe said.", "five", "Jo Roe"),
        (
            "The four people shot - a man hit in the arm; a woman hit in the hip; and two teens - were in stable "
            "condition Sunday, deputies said.",
            "four",
            "deputies",
        ),
    ],
)
def test_a_trailing_speaker_covers_clauses_before_a_semicolon(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
    assert c.modality == "reported"


def test_a_leading_speaker_still_stops_at_the_semicolon() -> None:
    c = claim_for("Police said the car was stolen; two people were hurt in the crash.", "two")
    assert (c.source, c.modality) == (None, "asserted")


def test_a_speaker_of_a_sentence_run_into_the_next_does_not_carry_back() -> None:
    text = (
        "Two people were hurt early Friday. The two were shot near a park, according to Elm Police."
        "A man was arrested, police said."
    )
    c = claim_for(text, "Two")
    assert (c.source, c.modality) == (None, "asserted")


def test_the_sentence_right_after_still_carries_its_speaker_back() -> None:
    # It goes on about those counted ("Both"); one that opens on new people does not carry back (GUIDE 13).
    c = claim_for("Two people were hurt early Friday. Both were shot near a park, police said.", "Two")
    assert (c.source, c.modality) == ("police", "reported")
