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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The man is 5 feet 10 inches tall.", [("5 feet 10 inches", 70.0, "exact")]),
        ("She is 5ft 4in, the notice said.", [("5ft 4in", 64.0, "exact")]),
        ("The 6-foot-3 centre signed on Monday.", [("6-foot-3", 75.0, "exact")]),
        ("He is about six-foot-one with short hair.", [("about six-foot-one", 73.0, "approx")]),
        ("A man of 6-feet-2-inches was seen running.", [("6-feet-2-inches", 74.0, "exact")]),
    ],
)
def test_feet_and_inches_are_one_height(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = [(q.text, q.low, q.qualifier) for q in extract_quantities(text) if q.unit == "inches"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure in feet, then a count
        ("A 6-foot fence and 10 posts were stolen.", [("6-foot", 6.0), ("10", 10.0)]),
        ("The wall is 5 feet high and 8 feet wide.", [("5 feet", 5.0), ("8 feet", 8.0)]),
    ],
)
def test_feet_alone_stay_feet(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.low) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jobless rate fell by 0.3% to 3.8% in June.", [("0.3%", 0.3, 0.3), ("3.8%", 3.8, 3.8)]),
        ("The shares dropped $4 to $52 on Tuesday.", [("$4", 4.0, 4.0), ("$52", 52.0, 52.0)]),
        ("Its revenue grew by £3m to £40m.", [("£3m", 3e6, 3e6), ("£40m", 4e7, 4e7)]),
    ],
)
def test_a_move_then_the_level_reached_are_two_quantities(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert [(q.text, q.low, q.high) for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares will rise by 10% to 15% next year.", ("10% to 15%", 10.0, 15.0)),  # a forecast's range
        ("Fares rose by 10% to 15% on most routes.", ("10% to 15%", 10.0, 15.0)),  # close bounds: a range
        ("Tickets cost from $8 to $30.", ("$8 to $30", 8.0, 30.0)),  # no verb of a move
        ("Patients lost 5 to 7 pounds.", ("5 to 7 pounds", 5.0, 7.0)),  # the unit written once
    ],
)
def test_ranges_after_a_verb_stay_ranges(text: str, expected: tuple[str, float, float]) -> None:
    assert [(q.text, q.low, q.high) for q in extract_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers said 60 to 80 people were in the hall.", ("60 to 80", 60.0, 80.0)),  # a plural without -s
        ("The council approved 2,000 to 3,500 new flats.", ("2,000 to 3,500", 2000.0, 3500.0)),  # an adjective
        ("Around 40 to 50 children attended.", ("Around 40 to 50", 40.0, 50.0)),
    ],
)
def test_two_numbers_going_up_before_a_plural_are_a_range(text: str, expected: tuple[str, float, float]) -> None:
    assert [(q.text, q.low, q.high) for q in extract_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The home side won 3 to 1 last night.",  # a score: no noun after it
        "The motion passed 52 to 47 in the chamber.",  # a vote
    ],
)
def test_scores_and_votes_are_no_range(text: str) -> None:
    assert all(q.qualifier != "range" for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 3 in 10 adults skip breakfast.", ("Nearly 3 in 10", 30.0, "percent")),
        ("4 in 5 young voters backed the change.", ("4 in 5", 80.0, "percent")),
    ],
)
def test_a_share_with_a_numerator_above_one(text: str, expected: tuple[str, float, str]) -> None:
    assert [(q.text, q.low, q.kind) for q in extract_quantities(text)] == [expected]


def test_a_numeral_pair_with_in_but_no_plural_stays_two_numbers() -> None:
    assert [q.text for q in extract_quantities("They scored 3 in 5 minutes.")] == ["3", "5 minutes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank raised rates by half a percentage point.", ("half a percentage point", 0.5)),
        ("Yields fell a quarter of a percentage point.", ("a quarter of a percentage point", 0.25)),
    ],
)
def test_a_fraction_of_a_percentage_point(text: str, expected: tuple[str, float]) -> None:
    got = [(q.text, q.low, q.kind, q.unit) for q in extract_quantities(text)]
    assert got == [(*expected, "percent", "percentage points")]


@pytest.mark.parametrize(
    "text",
    [
        "Crews fought a 4-alarm fire at the depot.",
        "Firefighters put out a two-alarm blaze.",
        "The resort has a five-star spa.",
        "Deputies seized a 20-gauge shotgun.",
        "He owned a .44 Magnum revolver.",
        "BRIDGETON, N.J. (NJTV 9) - A woman was hurt.",
    ],
)
def test_grades_gauges_and_station_brands_are_no_figures(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if q.low not in (None, 1.0)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics gave the film 4 stars.", ["4"]),  # a count of stars
        ("The suspects (ages 18 and 19) fled.", ["18", "19"]),  # lower-case words in brackets
    ],
)
def test_grade_look_alikes_stay_figures(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils under age 12 ride free.", ("under age 12", None, 12.0, "age")),
        ("Residents over the age of 70 were moved first.", ("over the age of 70", 70.0, None, "age")),
        ("Anyone under the age of 16 years needs a guardian.", ("under the age of 16 years", None, 16.0, "age")),
    ],
)
def test_a_qualifier_before_age_words_bounds_the_age(
    text: str, expected: tuple[str, float | None, float | None, str]
) -> None:
    assert [(q.text, q.low, q.high, q.kind) for q in extract_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses saw one or possibly two riders.", ("one or possibly two", 1.0, 2.0)),
        ("Officers sought three, perhaps four men.", ("three, perhaps four", 3.0, 4.0)),
    ],
)
def test_a_hedged_higher_guess_makes_a_range(text: str, expected: tuple[str, float, float]) -> None:
    assert [(q.text, q.low, q.high) for q in extract_quantities(text)] == [expected]


def test_a_hedged_lower_number_is_no_range() -> None:
    assert [q.text for q in extract_quantities("Officers sought six, perhaps two of them armed.")] == ["six", "two"]


@pytest.mark.parametrize(
    "text",
    [
        "Crews blocked 42 Street and 9 Avenue for the parade.",  # numbered streets
        "The clinic at 2208 N. Elmwood reopened.",  # a house number before a compass letter
        'Detectives want to find Marcus "K9" Dale.',  # a nickname glued to a letter
    ],
)
def test_street_numbers_and_glued_nicknames_are_no_figures(text: str) -> None:
    assert [q.text for q in extract_quantities(text)] == []


def test_a_count_before_a_saint_stays_a_count() -> None:
    assert [q.text for q in extract_quantities("The fire forced 7 St. Paul families out.")] == ["7"]


def test_one_declared_dead_is_a_figure() -> None:
    got = [c.quantity.text for c in extract_claims("One rider was declared dead at the track.")]
    assert got == ["One"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She served 3½ years of the term.", ("3½ years", 3.5, "duration")),
        ("The judge imposed 62 ½ years in prison.", ("62 ½ years", 62.5, "duration")),
        ("A 41 yr old driver was hurt.", ("41 yr old", 41.0, "age")),
    ],
)
def test_fraction_characters_and_yr(text: str, expected: tuple[str, float, str]) -> None:
    assert [(q.text, q.low, q.kind) for q in extract_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stock ended the day at 236p.", [("236p", 2.36, "money", "GBP")]),
        ("A loaf now costs 95p more.", [("95p", 0.95, "money", "GBP")]),
        ("The clip streams in 720p.", [("720p", 720.0, "other", "p")]),  # a video format
        ("The bell rang at 4p.m. sharp.", []),  # a clock time
    ],
)
def test_a_glued_p_is_pence(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert _values_kind(text) == expected


def _values_kind(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(q.text, q.low, q.kind, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "counted"),
    [
        # "by a factor of N" is a multiple (GUIDE 10: unit "times"), of what the clause's subject names.
        ("Output grew by a factor of four.", "four", 4.0, "Output"),
        ("Sales of the drug rose by a factor of 2.5 in a decade.", "2.5", 2.5, "Sales"),
    ],
)
def test_a_factor_of_n_is_a_multiple(text: str, figure: str, value: float, counted: str) -> None:
    (c,) = [c for c in extract_claims(text) if c.quantity.text == figure]
    assert (c.quantity.kind, c.quantity.unit, c.quantity.low, c.counted) == ("other", "times", value, counted)
