"""A counted phrase never ends on an adverb or a day it ran into (GUIDE 11: the head noun is last).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An adverb after the noun belongs to the verb.
        ("Lake Huron normally rises about 6 inches each spring.", "about 6 inches", "Lake Huron"),
        ("A 6-year-old apparently fired the pistol.", "6-year-old", None),
        # A day after the noun says when.
        ("The standoff Friday lasted about 90 minutes.", "about 90 minutes", "standoff"),
    ],
)
def test_an_adverb_or_a_day_is_no_head(text: str, figure: str, counted: str | None) -> None:
    got = counted_of(text, figure)
    if counted is None:
        assert got is None or not got.split()[-1].endswith("ly")
    else:
        assert got == counted


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # Nouns in -ly stay.
        ("The rally drew 3,000 people and one family of nine.", "nine", "family"),
        ("Each ally pledged $2 billion.", "$2 billion", "ally"),
    ],
)
def test_nouns_in_ly_stay(text: str, figure: str, head: str) -> None:
    got = counted_of(text, figure) or ""
    assert head in got.split()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A time phrase before a figure says when, never what is counted.
        ("The market drew 9,000 shoppers. Last year 7,500 came.", "7,500"),
        ("Sales reached 40,000 units this week, up from 31,000 last week.", "31,000"),
    ],
)
def test_a_time_phrase_is_never_counted(text: str, figure: str) -> None:
    counted = counted_of(text, figure) or ""
    assert "year" not in counted.lower() and "week" not in counted.lower()


def test_a_rate_named_in_its_phrase_is_not_named_twice() -> None:
    assert counted_of("The speed limit on the bridge is 30mph.", "30mph") == "speed limit"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # What a measure is compared with follows it; "above" or "apart" is never what it counts.
        ("The lake is 40 cm above its usual level.", "40 cm"),
        ("The two quakes struck nine minutes apart.", "nine minutes"),
    ],
)
def test_a_comparison_word_is_no_counted_noun(text: str, figure: str) -> None:
    counted = (counted_of(text, figure) or "").lower().split()
    assert "above" not in counted and "apart" not in counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # What a surveyed group thinks or does ends the group: its verb is no head.
        ("About 40% of parents worry about screen time.", "About 40%", "parents"),
        ("Nearly 60% of voters believe the tax is unfair.", "Nearly 60%", "voters"),
        ("Some 1.2bn people lack clean water.", "Some 1.2bn", "people"),
        ("A study found that 30% of adults skip breakfast.", "30%", "adults"),
        # Nor is a participle after the subject of a duration.
        ("The bridge will be built over roughly five years.", "roughly five years", "bridge"),
        ("Her 12-date tour sold out in under an hour.", "under an hour", "tour"),
    ],
)
def test_a_verb_after_the_group_is_no_head(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "would sell for", "will retail at": the price is the subject's, as with "sells for".
        ("The average home would sell for about £300,000, agents said.", "about £300,000", "average home"),
        ("The headphones will retail at $349.", "$349", "headphones"),
    ],
)
def test_a_price_after_a_modal_sell_is_the_subjects(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A word the verb lists hold ("costs", "range") opens a subject when a verb follows it.
        ("Costs rose 5% last year.", "5%", "Costs"),
        ("Costs rose by a factor of 2.5 in a decade.", "2.5", "Costs"),
        ("The range is located about 60 miles south of the city.", "about 60 miles", "range distance"),
        # An auxiliary opening a clipped sentence is never one.
        ("Been here a couple of months.", "a couple of months", None),
    ],
)
def test_a_noun_that_is_also_a_verb_opens_its_subject(text: str, figure: str, counted: str | None) -> None:
    assert counted_of(text, figure) == counted
