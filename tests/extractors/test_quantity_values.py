"""Values of quantities in single news sentences: fractions of a unit, ranges behind "between",
and numbers that name a thing (routes, cartridges, years, short codes) rather than count it."""

from __future__ import annotations

import pytest

from extractors import extract_claims, extract_quantities


def _values(text: str) -> list[tuple[str, float | None, float | None, str, str | None]]:
    return [(q.text, q.low, q.high, q.kind, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runner stopped half a mile from the finish.", [("half a mile", 0.5, 0.5, "distance", "miles")]),
        ("Crews cleared about a half-mile of track.", [("about a half-mile", 0.5, 0.5, "distance", "miles")]),
        ("The queue moved a quarter-mile in an hour.", [("a quarter-mile", 0.25, 0.25, "distance", "miles")]),
        (
            "The gate sits a third of a mile from the road.",
            [("a third of a mile", 0.333333, 0.333333, "distance", "miles")],
        ),
        ("The meeting ran for half an hour.", [("half an hour", 0.5, 0.5, "duration", "hours")]),
        ("Each crate holds half a pound of nails.", [("half a pound", 0.5, 0.5, "weight", "pounds")]),
    ],
)
def test_fraction_of_a_unit(text: str, expected: list[tuple[str, float, float, str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She is a third-year law student.",  # an ordinal before a hyphen, not a third of a year
        "The first half of the year was quiet.",  # a part of a time
    ],
)
def test_fraction_words_that_are_no_unit_fraction(text: str) -> None:
    assert _values(text) == []


def test_between_reaches_over_an_age_phrase_and_a_qualifier() -> None:
    got = _values("Witnesses saw two riders between the ages of about 16 and 19.")
    assert got[-1] == ("about 16 and 19", 16.0, 19.0, "age", "years")
    # without "between" the "and" joins no range
    got = _values("The riders were about 16 and the driver 19.")
    assert [g[0] for g in got] == ["about 16", "19"]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic was diverted onto routes 9 and 202 until noon.",
        "Crews closed Highways 61, 7 and 12 after the storm.",
        "The officer carried a 9 mm pistol on duty.",
        "Police found a box of 9mm rounds in the car.",
        "As 2031 gives way to 2032, the council plans a parade.",
        "Residents can text the word ALERT to 48291 for updates.",
    ],
)
def test_numbers_that_name_a_thing(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a distance that follows a road word, not a route list
        ("The two routes 20 miles apart both flooded.", [("two", 2.0), ("20 miles", 20.0)]),
        # millimetres of something other than a gun stay a measure
        ("The storm left 9 mm of rain on the roofs.", [("9 mm", 9.0)]),
        # a plural noun after a four-digit number is a count
        ("The plant shipped 2031 crates last month.", [("2031", 2031.0)]),
        ("Organisers texted reminders to 1,500 members.", [("1,500", 1500.0)]),
    ],
)
def test_look_alikes_stay_figures(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.low) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The driver faces one count of reckless endangerment.",
        "She pleaded guilty to one felony count of fraud and two counts of theft.",
        "He was held on one charge of burglary.",
    ],
)
def test_one_count_of_a_charge_is_a_figure(text: str) -> None:
    got = [(c.quantity.text, c.quantity.low) for c in extract_claims(text)]
    assert got[0] == ("one", 1.0)


def test_one_as_an_article_before_count_stays_out() -> None:
    assert [c.quantity.text for c in extract_claims("The judge said one count would be enough.")] == []
