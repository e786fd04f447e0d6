"""A figure given as the value of "the number of X ...": what befell X, and X itself. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, head_in, key_for


@pytest.mark.parametrize(
    ("text", "figure", "counted", "event"),
    [
        ("The number of cottages flooded along the estuary has risen to 65.", "65", "cottages", "flooded"),
        (
            "The number of passengers stranded at the terminal stood at about 1,200.",
            "about 1,200",
            "passengers",
            "stranded",
        ),
        ("The total of patients admitted with the infection rose to 31.", "31", "patients", "admitted"),
        # The figure's own preposition is no part of the event.
        ("The firm raised the number of kettles covered by the recall to 8,500.", "8,500", "kettles", "covered"),
        # A relative clause after the noun tells what befell those counted.
        ("The utility revised the number of households that lost heat to 7,400.", "7,400", "households", "lost"),
        ("The number of residents who were evacuated now stands at 900.", "900", "residents", "evacuated"),
        # "the number who ...": those who, people.
        ("The agency raised the number who fell ill after the festival to 64.", "64", "people", "fell"),
    ],
)
def test_the_participle_or_relative_clause_of_a_number_of_phrase_is_the_event(
    text: str, figure: str, counted: str, event: str
) -> None:
    c = claim_for(text, figure)
    assert head_in(counted, c.counted)
    assert c.event is not None and c.event.split()[0] == event
    assert not c.event.endswith((" to", " at"))


def test_a_number_of_phrase_without_a_participle_sets_no_event_from_it() -> None:
    c = claim_for("The number of volunteers has risen to 40.", "40")
    assert head_in("volunteers", c.counted)
    assert c.event is None or "risen" not in c.event


def test_a_flooded_count_keys_as_a_flood_like_its_direct_report() -> None:
    level = key_for("The number of cottages flooded along the estuary has risen to 65.", "65")
    direct = key_for("Floodwater swept through the village and 50 cottages were flooded.", "50")
    assert level.event == direct.event == "flood"


def test_digits_inside_a_name_are_no_figure_between_number_of_and_its_value() -> None:
    assert head_in(
        "kettles",
        claim_for("The firm raised the number of TX-400 kettles covered by its recall to 8,500.", "8,500").counted,
    )


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("The bakery now expects to close 12 shops rather than 20.", "12", "shops"),
        ("The council will plant 300 oaks instead of the 500 it promised.", "300", "oaks"),
    ],
)
def test_a_comparison_adverb_ends_the_counted_noun_phrase(text: str, figure: str, counted: str) -> None:
    c = claim_for(text, figure)
    assert c.counted is not None and c.counted.split()[-1] == counted
