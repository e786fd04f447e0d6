"""What is counted in written sentences of many beats (markets, weather, sport, politics).

Each case is a pattern of language met in a set of hand-written news sentences, written here
again as a new sentence; the counted phrase must hold the head noun GUIDE.md gives it (decision 11).
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of, head_in


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A time phrase right after a figure says when, not what: the noun is before it, or the subject.
        ("The brewery sold 40 million cans last year, up from 31 million.", "40 million", "cans"),
        ("The brewery sold 40 million cans last year, up from 31 million.", "31 million", "cans"),
        ("The lake fell 2 metres this summer.", "2 metres", "lake"),
        ("The river rose 4 feet overnight.", "4 feet", "river"),
        ("Ticket sales jumped 9% this week.", "9%", "sales"),
        # ... but a day word before a plural noun describes it
        ("Detectives are looking into three overnight shootings in Elmwood.", "three", "shootings"),
        ("Crews cleared 14 overnight spills on the ring road.", "14", "spills"),
    ],
)
def test_counted_not_a_time(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    "text",
    [
        "The dealer sold 600 cars last month.",
        "Prices climbed 3% overnight.",
    ],
)
def test_counted_never_a_time_phrase(text: str) -> None:
    figure = "600" if "600" in text else "3%"
    counted = counted_of(text, figure) or ""
    assert not counted.lower().startswith(("last", "overnight", "this"))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A partitive's owner before the total is dropped like "his": "two of the club's three keepers".
        ("Two of the league's eight referees were suspended.", "Two", "referees"),
        ("Four of Marlowe County's nine judges retired.", "Four", "judges"),
        ("Five of the firm's eleven partners left.", "Five", "partners"),
    ],
)
def test_counted_partitive_past_an_owner(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # The first of two glued figures shares the noun after the second.
        ("The monitor comes in 24-inch and 27-inch models.", "24-inch", "models"),
        ("The bank sells 5-year or 10-year bonds.", "5-year", "bonds"),
        ("Workers were offered two- and four-year contracts.", "two", "contracts"),
    ],
)
def test_counted_shared_by_two_glued_figures(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A measure in two units is one figure (in the smaller unit); it measures the thing before it.
        ("He won the final in 3 hours 12 minutes.", "3 hours 12 minutes", "final"),
        ("The calf weighed 61 pounds 4 ounces.", "61 pounds 4 ounces", "calf"),
        ("The hearing lasted five hours and 20 minutes.", "five hours and 20 minutes", "hearing"),
    ],
)
def test_counted_two_unit_measure(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # Two objects of a purpose share the amount, and the head noun is the last of them.
        ("The district set aside $6m to buy laptops and tablets.", "$6m", "laptops and tablets"),
        ("The trust paid $9m to build a library and a pool.", "$9m", "library and pool"),
        # A verb after "and" opens a purpose of its own; a clause that runs on keeps the first noun.
        ("The port spent $3m to fix cranes and cut delays.", "$3m", "cranes"),
        ("The county spent $2m to repair culverts and ditches damaged by storms.", "$2m", "culverts"),
    ],
)
def test_counted_two_objects_of_a_purpose(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # After a plural, a bare word followed by an object or an infinitive is the plural's verb.
        ("A survey found 45% of nurses plan to quit within a year.", "45%", "nurses"),
        ("About 900 pupils attend the academy in Elmbridge.", "About 900", "pupils"),
        ("Twelve volunteers clean the beach every Sunday.", "Twelve", "volunteers"),
    ],
)
def test_a_verb_after_a_plural_is_not_part_of_the_noun(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


def test_a_plural_that_modifies_a_noun_keeps_it() -> None:
    # "sales staff": the plural stands before its noun, which is no verb
    assert head_in("staff", counted_of("The chain hired 300 sales staff to run the new stores.", "300"))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The carmaker's market share climbed to 14% in June.", "14%"),
        ("Her party's share of the vote slipped to 28%.", "28%"),
    ],
)
def test_a_share_of_a_whole_is_no_share_price(text: str, figure: str) -> None:
    assert "price" not in (counted_of(text, figure) or "")


def test_shares_of_a_company_are_its_share_price() -> None:
    assert counted_of("Shares of Elmco fell 6% after the report.", "6%") == "Elmco share price"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A prison term given by a verb of jailing is a prison sentence, "in prison" or not.
        ("He was jailed for seven years on Friday.", "seven years", "prison sentence"),
        ("A judge sentenced her to 30 months.", "30 months", "prison sentence"),
        ("They were imprisoned for up to 10 years.", "up to 10 years", "prison sentence"),
        # ... but a term of something else says what it is.
        ("He was sentenced to 2 years of probation.", "2 years", "probation"),
        # A share more or less of the noun after it.
        ("The new model has 25 per cent more memory.", "25 per cent", "memory"),
        ("The plant now uses 30% less water.", "30%", "water"),
        # A comparative adjective compares the subject.
        ("The engine is 20% more powerful than before.", "20%", "engine"),
        # Two plural nouns joined by "and" are one count of both.
        ("More than 9,000 homes and businesses lost power.", "More than 9,000", "homes and businesses"),
        ("About 60 pupils and teachers were evacuated.", "About 60", "pupils and teachers"),
        # Not a number word or a verb after "and".
        ("He kept three rifles and hundreds of rounds.", "three", "rifles"),
        ("It has shops in 12 countries and employs 800 people.", "12", "countries"),
    ],
)
def test_prison_terms_shares_more_and_two_plurals(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A rate with no noun after it measures what its unit says, of the thing before it.
        ("The new chip runs at 3.9GHz.", "3.9GHz", "new chip clock speed"),
        ("The panel refreshes at up to 144Hz.", "up to 144Hz", "panel refresh rate"),
        ("It boosts up to 5.2GHz.", "up to 5.2GHz", "clock speed"),
        ("The lorry was travelling at 70 mph.", "70 mph", "lorry speed"),
        # A noun after the figure says what is measured; a phrase that names the measure keeps it.
        ("The 3.2GHz processor is quick.", "3.2GHz", "processor"),
        ("Download speeds reached 300 Mbps.", "300 Mbps", "Download speeds"),
    ],
)
def test_a_rate_measures_what_its_unit_says(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A change word right before a verb is the noun ("total reached"), not a verb to skip.
        ("The film's overseas total reached $190 million on Sunday.", "$190 million", "film overseas total"),
        # Nouns in -ing head their phrase.
        ("The average dwelling in Elmford sells for £240,000.", "£240,000", "average dwelling"),
        ("Her 6-year-old sibling was unhurt.", "6-year-old", "sibling"),
        # A poll's margin of error is what the figure measures, not the poll.
        (
            "The survey has a margin of error of plus or minus 4 percentage points.",
            "plus or minus 4 percentage points",
            "margin of error",
        ),
    ],
)
def test_counted_heads_a_change_word_an_ing_noun_or_a_margin_of_error(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted
