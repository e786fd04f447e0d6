"""What a bare count or a labelled figure counts: a noun it is said to be ("five are men"), a label ("Arrests: 31").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A bare count said to be a plural noun counts that noun.
        ("Of the eleven hurt, six were women and five were men.", "six", "women"),
        ("Of the eleven hurt, six were women and five were men.", "five", "men"),
        ("All three were volunteers at the shelter.", "three", "volunteers"),
    ],
)
def test_a_bare_count_said_to_be_a_noun(text: str, figure: str, head: str) -> None:
    assert counted_of(text, figure) == head


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A figure that fills a labelled cell counts what the label names, not the next label.
        ("Arrests: 31 Citations: 118", "31", "Arrests"),
        ("Arrests: 31 Citations: 118", "118", "Citations"),
        ("Burglaries per 1,000 homes: 14", "14", "Burglaries"),
    ],
)
def test_a_labelled_cell(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_a_clause_after_a_colon_is_no_cell() -> None:
    assert counted_of("UPDATE: Four people were hurt in the fire.", "Four") == "people"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A passive estimate or price: the subject is what the amount is put on.
        ("His bail was set at $250,000 on Friday.", "$250,000", "bail"),
        ("The loss is put at $8 million.", "$8 million", "loss"),
    ],
)
def test_a_passive_estimate_counts_its_subject(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A state put after the noun ("left two drivers dead") is the predicate: the bare count after
        # it stands for the noun, not for "drivers dead".
        ("The crash left two drivers dead and one in hospital.", "one", "driver"),
        ("The raid left six guards dead and two in custody.", "two", "guards"),
        # A condition alone is a casualty report's shorthand: those counted are people.
        ("4 dead, 2 critical after a bus left the road", "2", "people"),
        ("Medics said five were dead and two serious.", "two", "people"),
    ],
)
def test_a_bare_count_after_a_state_or_a_condition(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # The noun before a speech verb is who speaks; the bare count after it opens what was said.
        ("Organisers said 12,000 runners started. The police said 9,000 had finished.", "9,000", "runners"),
        ("The union claims 800 have signed the petition.", "800", None),
    ],
)
def test_a_bare_count_after_a_speech_verb_is_not_the_speakers(text: str, figure: str, counted: str | None) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # The object of a second verb leaves out its noun when it is the first verb's.
        ("The storm destroyed 40 homes and damaged 300 across the county.", "300", "homes"),
        ("The club signed 12 players and released 9 in the summer.", "9", "players"),
    ],
)
def test_a_bare_count_after_a_second_verb_takes_the_first_ones_noun(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted
