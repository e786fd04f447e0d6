"""What a figure counts when its noun phrase is set apart from it: a range written in words, and an adverb
between the subject's verb and the figure. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, counted_of


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The second value of "from A to B" counts what the first does, in words and with a unit.
        ("Recovery can range from two days to three weeks.", "two days", "three weeks"),
        ("Waits ran from eleven minutes to four hours.", "eleven minutes", "four hours"),
    ],
)
def test_the_second_value_of_a_range_counts_the_same(text: str, first: str, second: str) -> None:
    counted = claim_for(text, first).counted
    assert counted is not None
    assert claim_for(text, second).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An adverb after the subject's verb is part of the verb group, not of the counted noun.
        ("The treatment continued eventually for 14 months.", "14 months", "treatment"),
        ("The blockade persisted stubbornly for nine weeks.", "nine weeks", "blockade"),
    ],
)
def test_an_adverb_is_no_part_of_the_subject(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_age_is_an_age_of_its_owner(apostrophe: str) -> None:
    # "the 61-year-old's neighbours": an age, not a 61-year duration, and not the neighbours' age.
    c = claim_for(f"Police questioned the 61-year-old{apostrophe}s neighbours.", f"61-year-old{apostrophe}s")
    assert c.quantity.kind == "age"
    assert c.counted is None


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A verb after "and" opens a clause; it does not join the noun before it.
        ("The camera has a 3-inch screen and weighs 390 grams.", "3-inch", "screen"),
        # A period after "in" is when an amount came, not what it is for.
        ("The comedy grossed $31 million in its opening weekend.", "$31 million", "comedy"),
        # "worth" ends the noun of a deal, and an amount set after a compound duration shares its noun.
        ("The striker agreed to a three-year deal worth $24 million.", "three-year", "deal"),
        ("The pitcher signed a five-year, $110 million contract.", "five-year", "contract"),
        ("The pitcher signed a five-year, $110 million contract.", "$110 million", "contract"),
        ("Her net worth is $4 billion.", "$4 billion", "net worth"),
    ],
)
def test_what_a_measure_is_of_past_an_aside(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A total written in words after "of" is a figure of its own, not a word of the noun.
        ("Two of her four sisters live abroad.", "Two", "sisters"),
        ("Police say three of the seven suspects were released.", "three", "suspects"),
        # A past tense that takes an amount is the verb, not part of the lender's noun.
        ("The fund lent $40 million to the city.", "$40 million", "fund"),
    ],
)
def test_a_numeral_or_a_verb_is_no_word_of_the_noun(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # What lasts (GUIDE 11): the time a player is out is the absence, a race's time the finishing time.
        ("The striker will miss up to six weeks with a knee injury.", "up to six weeks", "absence"),
        ("The winger has been ruled out for three months.", "three months", "absence"),
        ("Ana Silva won the race, finishing in 2 hours 21 minutes.", "2 hours 21 minutes", "finishing time"),
        ("Bolt clocked 9.58 seconds in Berlin.", "9.58 seconds", "finishing time"),
        # What is missed, when the span names it.
        ("He will miss up to two weeks of training.", "up to two weeks", "training"),
    ],
)
def test_an_absence_or_a_finishing_time_is_what_lasts(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_a_margin_after_that_is_a_margin_not_the_figure_before() -> None:
    text = "She finished in 29 minutes 48 seconds. That was 11 seconds inside the old record."
    assert claim_for(text, "11 seconds").counted == "margin"
