"""A figure someone puts a value on ("put attendance at 20,000") and a figure called "that number".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, counted_of


@pytest.mark.parametrize(
    ("text", "figure", "counted", "source"),
    [
        # "<speaker> put <noun> at <figure>": the speaker's estimate of what the noun names.
        ("Stewards put attendance at 31,000 on the final day.", "31,000", "attendance", "Stewards"),
        ("Insurers put the damage at nearer $40 million.", "$40 million", "damage", "Insurers"),
        ("The union puts the number of strikers at 8,000.", "8,000", "strikers", "union"),
    ],
)
def test_put_at_counts_the_noun_before_at(text: str, figure: str, counted: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.counted, c.source) == (counted, source)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "that number", "the figure" as a subject stand for the figure before it.
        ("Some 900 flights were cancelled. By noon that number had climbed to 1,300.", "1,300", "flights"),
        ("The shelter took in 64 dogs last month. The figure has since risen to 80.", "80", "dogs"),
        ("Officials counted 300 volunteers, and they expect the number to reach 500.", "500", "volunteers"),
    ],
)
def test_that_number_takes_the_figure_before(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_number_with_its_own_figure_is_not_a_back_reference() -> None:
    # "the number of X" names its own noun; a name before does not lend itself.
    assert counted_of("Jo Roe arrived first. The number of guests was 40.", "40") == "guests"


@pytest.mark.parametrize(
    ("text", "figure", "counted", "source"),
    [
        # After a verb of saying in the plural, the reported clause has a subject of its own.
        ("Opponents say the bypass will cost residents £90 a year.", "£90", "bypass", "Opponents"),
        ("Economists warn the subsidy could cost the state $700 million.", "$700 million", "subsidy", "Economists"),
        ("Tests show the pump was running 14 hours a day.", "14 hours", "pump", None),
    ],
)
def test_a_reported_clause_has_its_own_subject(text: str, figure: str, counted: str, source: str | None) -> None:
    c = claim_for(text, figure)
    assert c.counted == counted
    if source:
        assert c.source == source


def test_a_relative_clause_after_say_keeps_the_subject_before_who() -> None:
    assert counted_of("Lee, who witnesses say was struck three times, is recovering.", "three times") == "Lee"
