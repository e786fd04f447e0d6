"""What is counted on other beats (issue 13): business, tech, health, science and sports pages.

Each case is a pattern of language seen in an audit of unseen pages, written here as a new
sentence; the counted phrase must hold the head noun GUIDE.md would give it (decision 11).
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of, head_in


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A change named after its figure is a change of what follows "in" or "of".
        ("The bank reported a 14 percent rise in lending.", "14 percent", "lending"),
        ("The chain saw a 6% decline in its overseas sales.", "6%", "sales"),
        ("The carrier announced a $30 million cut in spending.", "$30 million", "spending"),
        ("Regulators ordered a 15% reduction in the number of daily flights.", "15%", "flights"),
        # Set beside a figure, the change is that figure's: "…, an increase of 9%", "…, a 9% jump".
        ("The studio booked profits of $900 million, an increase of 9 percent.", "9 percent", "profits"),
        ("Exports reached $12 billion, a 4% dip from the spring.", "4%", "exports"),
    ],
)
def test_counted_of_a_change(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A participle of a change that does not end in -ed is the verb, not the noun: the shares are counted.
        ("The airline's shares have fallen 12% since May.", "12%", "price"),
        ("Rents have risen 7% in two years.", "7%", "rents"),
        # In a compound figure, an -ing word after the unit modifies the noun that follows.
        ("The club extended its six-game winning streak.", "six", "streak"),
        # A duration glued to its unit before a noun measures that noun, an -ing noun included.
        ("The hospital runs an eight-week training program for nurses.", "eight-week", "program"),
        ("The two-day hearing closed on Friday.", "two-day", "hearing"),
    ],
)
def test_counted_past_a_participle(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # "up from" gives the earlier value of the figure before it, however far back in the sentence.
        ("Admissions reached 3,400 in March, up from 2,900 a year before.", "2,900", "admissions"),
        ("Profit was $3 billion for the year, down from $3.6 billion.", "$3.6 billion", "profit"),
    ],
)
def test_counted_of_an_earlier_value(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "heads"),
    [
        # A dimension named before the measure ("a top speed of"), with whose it is.
        ("The scooter has a top speed of 28 mph.", "28 mph", ("scooter", "speed")),
        ("The new sedan gets a range of 410 miles.", "410 miles", ("sedan", "range")),
    ],
)
def test_counted_measure_names_its_dimension(text: str, figure: str, heads: tuple[str, ...]) -> None:
    counted = counted_of(text, figure)
    assert all(head_in(h, counted) for h in heads), counted


def test_noun_after_a_possessive_is_the_subject() -> None:
    # "range" is also a verb ("prices range from"), but after a possessive it is the subject's noun.
    assert counted_of("The car’s range is 300 miles.", "300 miles") == "car range"


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A price or a valuation is the value of the noun its verb follows, else of the clause's subject.
        ("The robotics firm was valued at $4 billion in its latest round.", "$4 billion", "firm"),
        ("The headset will be available for $399 from March.", "$399", "headset"),
        # A price that opens the sentence is the price of the clause after it.
        ("At $249, the speaker faces stiff competition.", "$249", "speaker"),
        # What a purchase bought, before "for"; and an amount poured "into" something.
        ("The city sold the parking garage for $8 million last year.", "$8 million", "garage"),
        ("Donors poured $12 million into the campaign.", "$12 million", "campaign"),
    ],
)
def test_counted_of_a_price(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A noun inside a modifier of the subject is not what the amount is the price of.
        ("The Galaxy Tab, with its bright new screen, costs $649.", "$649", "tab"),
        ("A pass to the closing night of the fair costs $180.", "$180", "pass"),
        ("The Pro version, which adds more storage, costs $1,049.", "$1,049", "version"),
    ],
)
def test_counted_price_of_the_subject(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # Where a thing is sold may stand between it and its price.
        ("The earbuds are on sale at a big-box chain for $89.", "$89", "earbuds"),
        ("The retailer is selling the tablet in its own shops for $329.", "$329", "tablet"),
        ("The service offers its family plan through its website for $15 a month.", "$15", "plan"),
    ],
)
def test_counted_price_past_where_it_is_sold(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A percent change is of the subject's head, not of a noun in its modifier.
        ("Shipments of folding phones climbed 60% last year.", "60%", "shipments"),
        ("Attendance among first-time visitors rose 15 percent.", "15 percent", "attendance"),
        # A percent of a share counts what it is a share of.
        ("The proportion of homes with solar panels has reached 9%.", "9%", "homes"),
    ],
)
def test_counted_percent_of_the_subject(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A noun ending in -ing is a head like any other, not a verb to drop.
        ("The series keeps an 87% rating on review sites.", "87%", "rating"),
        ("The favourability rating of the mayor slipped to 41%.", "41%", "rating"),
        ("The chain secured $75 million in new financing.", "$75 million", "financing"),
    ],
)
def test_counted_noun_in_ing(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # GUIDE 11: a party's or a candidate's poll share is a share of the voters, however it is written.
        ("Support for the Green Party stands at 14%, according to a new poll.", "14%"),
        ("The Liberals are on 22%, five points behind Labour on 27%.", "22%"),
        ("The Liberals are on 22%, five points behind Labour on 27%.", "27%"),
        ("Senator Ann Cole leads the race with 41% support, the survey found.", "41%"),
        ("Her rival trails on 35%, while 9% remain undecided.", "35%"),
        ("Her rival trails on 35%, while 9% remain undecided.", "9%"),
    ],
)
def test_a_poll_share_counts_voters(text: str, figure: str) -> None:
    assert counted_of(text, figure) == "voters"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Growth stands at 1.5%, the central bank said.", "1.5%", "Growth"),
        ("Inflation fell to 2.1% on Friday.", "2.1%", "Inflation"),
    ],
)
def test_a_rate_standing_at_a_share_is_no_poll(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted
