"""Figure shapes from news of every beat (markets, health, sport, culture), on written sentences."""

from __future__ import annotations

import pytest

from extractors import extract_claims, extract_quantities


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.text, q.low, q.high, q.kind) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age word opens a range joined by a bare "to": one span of ages, not an age and a count.
        (
            "The trial enrolled 4,412 volunteers aged 18 to 65.",
            [("4,412", 4412.0, 4412.0, "count"), ("18 to 65", 18.0, 65.0, "age")],
        ),
        ("Children ages 5 to 11 can now get the shot.", [("5 to 11", 5.0, 11.0, "age")]),
        (
            "The choir has 140 members aged from eight to 88.",
            [("140", 140.0, 140.0, "count"), ("eight to 88", 8.0, 88.0, "age")],
        ),
    ],
)
def test_age_ranges(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


def test_a_bare_to_without_an_age_word_stays_two_numbers() -> None:
    # A vote or a score is no range: nothing opens it.
    assert ("52 to 47", 52.0, 47.0, "count") not in _read("The bill passed 52 to 47 on Tuesday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by half" after a change: a share of 50 %.
        ("Visitor numbers fell by half during the renovation.", [("half", 50.0, 50.0, "percent")]),
        ("The council cut the grant by half.", [("half", 50.0, 50.0, "percent")]),
        # A point in a match is no share.
        ("Westbrook led by half-time.", []),
    ],
)
def test_by_half(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


def test_by_half_past_is_a_clock_time() -> None:
    assert all(q.text != "half" for q in extract_quantities("The doors shut by half past nine."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "double"/"triple" before what they multiply are multiples, like "twice".
        (
            "Cyclists made up 7 percent of commuters, double the figure in 2015.",
            [("7 percent", 7.0, 7.0, "percent"), ("double", 2.0, 2.0, "other")],
        ),
        ("The team's payroll is roughly double that of the league average.", [("roughly double", 2.0, 2.0, "other")]),
        ("The clinic now sees triple the number of patients.", [("triple", 3.0, 3.0, "other")]),
        # Elsewhere they are adjectives or verbs.
        ("Police are investigating a double stabbing.", []),
        ("Fares could double next year.", []),
    ],
)
def test_multiples_before_what_they_multiply(
    text: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert _read(text) == expected


def _figures(text: str) -> list[str]:
    return [c.quantity.text for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a superlative or a rank, "in N years" is the window of the comparison (decision 4).
        ("Unemployment fell to 4.1 per cent, its lowest level in 18 months.", ["4.1 per cent"]),
        ("It was the wettest winter in 250 years of records.", []),
        ("The director's first film in 12 years runs to 209 minutes.", ["209 minutes"]),
        ("Factory orders posted their biggest rise in three months.", []),
        # A measured time stays, rank or not.
        ("She set the fastest lap in 1 minute 12 seconds.", ["1 minute 12 seconds"]),
        ("Tickets for the derby sold out in under 20 minutes.", ["under 20 minutes"]),
        ("The suspect was arrested in 3 days.", ["3 days"]),
    ],
)
def test_ranked_windows_are_times(text: str, expected: list[str]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The number after "per" is the base of a rate, not a figure of its own.
        ("The rate of measles cases reached 12 per 100,000 children.", [("12", 12.0, 12.0, "count")]),
        ("The levy is $2 per 1,000 litres.", [("$2", 2.0, 2.0, "money")]),
        ("The car uses 5.2 litres per 100 km.", [("5.2 litres", 5.2, 5.2, "other")]),
        # "per cent" is the percent's own unit.
        ("Fees rose 3 per cent.", [("3 per cent", 3.0, 3.0, "percent")]),
    ],
)
def test_rate_bases(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" beside another count of plural things is a number of the same tally.
        ("The boxer improved his record to 28 wins and one defeat.", ["28", "one"]),
        ("The midfielder finished with one goal and two assists.", ["one", "two"]),
        ("Police seized 12 guns and one rifle.", ["12", "one"]),
        # A pronoun "one" stays out.
        ("Inspectors opened two crates and one of them was empty.", ["two"]),
    ],
)
def test_one_in_a_tally(text: str, expected: list[str]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scores and tallies written with a hyphen are two counts.
        ("Westbrook took a 2-0 lead before half-time.", [("2", 2.0, 2.0, "count"), ("0", 0.0, 0.0, "count")]),
        ("The bill passed 52-48 in the Senate.", [("52", 52.0, 52.0, "count"), ("48", 48.0, 48.0, "count")]),
        ("Riverside United won 3-1 at Ashcombe.", [("3", 3.0, 3.0, "count"), ("1", 1.0, 1.0, "count")]),
        # A vote written with "to" after the chamber's name is no "House 218" name.
        ("The levy cleared the Assembly 41 to 38.", [("41", 41.0, 41.0, "count"), ("38", 38.0, 38.0, "count")]),
        ("Dunmore edged Carrow 2 to 1 in extra time.", [("2", 2.0, 2.0, "count"), ("1", 1.0, 1.0, "count")]),
        # Going up, a hyphen still joins a range.
        ("The repair could take 24-48 hours.", [("24-48 hours", 24.0, 48.0, "duration")]),
    ],
)
def test_scores_and_votes(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The window a statistic is taken over is a time (decision 4).
        ("Trading volume was twice the 30-day average, according to exchange data.", ["twice"]),
        ("The stock hit a 52-week high of $84.", ["$84"]),
        ("The pound fell to a three-month low against the euro.", []),
        # A duration before a compound that only starts with "high" or "low" stays.
        ("The club runs a 3-day high school camp.", ["3-day"]),
        ("It was a 10-day low-key holiday.", ["10-day"]),
    ],
)
def test_window_of_a_statistic(text: str, expected: list[str]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A hyphenated pair that is a person's height or an idiom is no score.
        "The 6-4 guard was traded on Monday.",
        "Police said the 6-1 suspect fled on foot.",
        "He is 6-2 and has a beard.",
        "The clinic offers a 24-7 helpline.",
    ],
)
def test_pairs_that_are_no_score(text: str) -> None:
    assert _read(text) == []


def test_a_court_ruling_is_a_score() -> None:
    assert [q.text for q in extract_quantities("The court ruled 5-4 in favour.")] == ["5", "4"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A whole number and a slash fraction after a space are one value.
        ("The trail runs 3 1/2 miles along the ridge.", [("3 1/2 miles", 3.5, 3.5, "distance")]),
        ("The board is 7 3/4 inches wide.", [("7 3/4 inches", 7.75, 7.75, "distance")]),
        # A date with slashes is none.
        ("The letter is dated 5 3/14/2021 in the file.", [("5", 5.0, 5.0, "count")]),
    ],
)
def test_mixed_fractions(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One unit or a few more: a range of the unit, not a bare count.
        ("The line moved after a minute or two.", [("a minute or two", 1.0, 2.0, "duration")]),
        ("The camp lies a mile or two upstream.", [("a mile or two", 1.0, 2.0, "distance")]),
        # Not a unit: the number stays a count.
        ("Take a biscuit or two with you.", [("two", 2.0, 2.0, "count")]),
    ],
)
def test_a_unit_or_two(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scale word glued to the number, as some papers write it.
        ("The club sold him for £45million in June.", [("£45million", 45e6, 45e6, "money")]),
        ("Fire gutted a $2million mansion.", [("$2million", 2e6, 2e6, "money")]),
        # A year after "mid-" or "pre-" is a time; a model's number after a letter-and-digit name is an id.
        ("Rents fell back to pre-2019 levels.", []),
        ("The laptop pairs a Core i7-9750H with 16GB of memory.", [("16GB", 16.0, 16.0, "other")]),
    ],
)
def test_glued_scales_years_and_model_numbers(
    text: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range whose percent is written on both ends, as a word.
        (
            "Polls put him between 41 percent and 44 percent.",
            [("between 41 percent and 44 percent", 41.0, 44.0, "percent")],
        ),
        ("Growth will be 2 per cent to 3 per cent.", [("2 per cent to 3 per cent", 2.0, 3.0, "percent")]),
        # A move from one level to another is two levels, the first taking the unit written once.
        (
            "Turnout climbed from 52% to 61% in four years.",
            [("52%", 52.0, 52.0, "percent"), ("61%", 61.0, 61.0, "percent"), ("four years", 4.0, 4.0, "duration")],
        ),
        (
            "Its battery grew from 3,000 to 4,500mAh.",
            [("3,000", 3000.0, 3000.0, "other"), ("4,500mAh", 4500.0, 4500.0, "other")],
        ),
        # No verb of moving: a range.
        ("From 30 to 40 families were moved.", [("30 to 40", 30.0, 40.0, "count")]),
    ],
)
def test_percent_ranges_and_moves_between_levels(
    text: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert _read(text) == expected


def test_a_record_is_no_lower_bound() -> None:
    # "a record 2.1 million" is that figure, the highest yet: not "at least" it.
    assert _read("Exports reached a record 2.1 million tonnes.") == [("2.1 million tonnes", 2.1e6, 2.1e6, "weight")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "twice the X" multiplies X; "twice this year" says how often.
        ("Rents rose at twice the pace of wages.", "other"),
        ("The hall holds twice that number.", "other"),
        ("The board met twice this month.", "count"),
        ("He was hit twice in the arm.", "count"),
    ],
)
def test_twice_the_noun_is_a_multiple(text: str, kind: str) -> None:
    assert [q.kind for q in extract_quantities(text) if q.text == "twice"] == [kind]


def test_a_hyphened_and_a_half() -> None:
    assert _read("The coach left after three-and-a-half years.") == [("three-and-a-half years", 3.5, 3.5, "duration")]


@pytest.mark.parametrize(
    ("text", "figure", "low", "unit"),
    [
        # A country's adjective before the currency word names the currency.
        (
            "The ferry operator lost 2.3 billion Norwegian kroner last year.",
            "2.3 billion Norwegian kroner",
            2.3e9,
            "NOK",
        ),
        ("The club was fined 500,000 Swiss francs.", "500,000 Swiss francs", 5e5, "CHF"),
        ("The port cost 40 million Hong Kong dollars to dredge.", "40 million Hong Kong dollars", 4e7, "HKD"),
        ("Tuition rose to 9,000 Canadian dollars a year.", "9,000 Canadian dollars", 9e3, "CAD"),
        # Currencies named by their own word.
        ("The bridge toll is 45 kroner.", "45 kroner", 45.0, "NOK"),
        ("A ticket costs 120 zlotys.", "120 zlotys", 120.0, "PLN"),
    ],
)
def test_currencies_named_by_country_or_word(text: str, figure: str, low: float, unit: str) -> None:
    q = next(q for q in extract_quantities(text) if q.text == figure)
    assert (q.kind, q.low, q.unit) == ("money", low, unit)


def test_a_country_adjective_before_people_stays_a_count() -> None:
    assert _read("The firm hired 40 Canadian engineers.") == [("40", 40.0, 40.0, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit and the next smaller one are one measure in the smaller unit.
        ("The final lasted 3 hours 21 minutes.", [("3 hours 21 minutes", 201.0, 201.0, "duration")]),
        ("She won in 29 minutes 48 seconds.", [("29 minutes 48 seconds", 1788.0, 1788.0, "duration")]),
        (
            "The siege lasted nearly 2 hours and 45 minutes.",
            [("nearly 2 hours and 45 minutes", 165.0, 165.0, "duration")],
        ),
        ("The baby weighed 7 pounds 6 ounces.", [("7 pounds 6 ounces", 118.0, 118.0, "weight")]),
        # Not when the second number is no part of the first unit.
        (
            "The flight took 3 hours and 90 minutes were lost.",
            [("3 hours", 3.0, 3.0, "duration"), ("90 minutes", 90.0, 90.0, "duration")],
        ),
    ],
)
def test_compound_measures(text: str, expected: list[tuple[str, float | None, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # Areas and volumes in abbreviated units, and fuel economy.
        ("The flat measures 850 sq ft.", "850 sq ft", "square feet"),
        ("The office covers 1,200 sq. ft. of space.", "1,200 sq. ft", "square feet"),
        ("Each unit is 60 sq m.", "60 sq m", "square metres"),
        ("The reservoir holds 2 billion cubic metres of water.", "2 billion cubic metres", "cubic metres"),
        ("The boot holds 15 cu ft of luggage.", "15 cu ft", "cubic feet"),
        ("The hybrid returns 58 mpg.", "58 mpg", "mpg"),
        ("It manages 50 miles per gallon on the motorway.", "50 miles per gallon", "mpg"),
    ],
)
def test_areas_volumes_and_fuel_economy(text: str, figure: str, unit: str) -> None:
    q = next(q for q in extract_quantities(text) if q.text == figure)
    assert (q.kind, q.unit) == ("other", unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A share after a verb of changing, with or without "by", is a change by that share.
        ("Prices in the city have climbed nearly a fifth since May.", [("nearly a fifth", 20.0, 20.0, "percent")]),
        ("The shop cut the price by a quarter on Monday.", [("a quarter", 25.0, 25.0, "percent")]),
        # Not an ordinal place.
        ("He finished a third in the race.", []),
        # With "by", the change and the level it reached are two figures when the level is well above it.
        (
            "It will raise the fee in the U.S. by $3 to $19.99 a month.",
            [("$3", 3.0, 3.0, "money"), ("$19.99", 19.99, 19.99, "money")],
        ),
        ("Prices will rise by 10% to 15%.", [("10% to 15%", 10.0, 15.0, "percent")]),
        # A release's number is no figure.
        ("The update, version 7.2, fixes 14 bugs.", [("14", 14.0, 14.0, "count")]),
    ],
)
def test_shares_changes_and_release_numbers(
    text: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert _read(text) == expected


def test_plus_or_minus_is_a_margin_not_a_negative_number() -> None:
    from extractors import extract_claims

    (c,) = [
        c for c in extract_claims("The poll's margin of error is plus or minus 2.5 points.") if "2.5" in c.quantity.text
    ]
    assert c.quantity.text.startswith("plus or minus 2.5")
    assert (c.quantity.low, c.quantity.high) == (2.5, 2.5)


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "low", "high"),
    [
        # "just under" is nearly: the figure itself, approximately (as "just short of").
        ("Turnout was just under 38 per cent.", "just under 38 per cent", "approx", 38.0, 38.0),
        ("The dam is just below 90 metres high.", "just below 90 metres", "approx", 90.0, 90.0),
        # "under" alone is a bound.
        ("Inflation stayed under 3% all year.", "under 3%", "at_most", None, 3.0),
    ],
)
def test_just_under_is_nearly(text: str, figure: str, qualifier: str, low: float | None, high: float | None) -> None:
    from tests.extractors.lookup import claim_for

    q = claim_for(text, figure).quantity
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A bare bound right after people is their age.
        ("The new rules may not apply to patients over 70, the board said.", "over 70", "patients"),
        ("On weekdays, children under 12 ride the ferry free.", "under 12", "children"),
        ("Entry is open to anyone over 21 on Fridays.", "over 21", "people"),
    ],
)
def test_a_bound_after_people_is_their_age(text: str, figure: str, counted: str) -> None:
    from tests.extractors.lookup import claim_for

    c = claim_for(text, figure)
    assert (c.quantity.kind, c.quantity.unit, c.counted) == ("age", "years", counted)


def test_a_bound_after_a_thing_is_no_age() -> None:
    from tests.extractors.lookup import claim_for

    assert claim_for("The firm sold boats over 40 in number last year.", "over 40").quantity.kind == "count"


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "low", "high", "unit"),
    [
        # "a" / "an" after a bound is one span of time.
        ("Fans queued for more than an hour in the rain.", "more than an hour", "at_least", 1.0, None, "hours"),
        ("The tickets sold out in under a minute.", "under a minute", "at_most", None, 1.0, "minutes"),
        ("Repairs took roughly a week.", "roughly a week", "approx", 1.0, 1.0, "weeks"),
    ],
)
def test_a_bounded_span_of_one(
    text: str, figure: str, qualifier: str, low: float | None, high: float | None, unit: str
) -> None:
    from tests.extractors.lookup import claim_for

    q = claim_for(text, figure).quantity
    assert (q.kind, q.qualifier, q.low, q.high, q.unit) == ("duration", qualifier, low, high, unit)


def test_a_span_with_no_bound_is_no_figure() -> None:
    from extractors import extract_claims

    assert extract_claims("The shop opens an hour later on Sundays.") == []
    # "within a month" is a deadline or a window more often than a measured length.
    assert extract_claims("Her symptoms eased within a month.") == []


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # A measure given per day, week or year is a rate, written with its span.
        ("The refinery processes 250,000 barrels a day.", "250,000 barrels a day", "barrels a day"),
        ("The mill burns 900 tonnes per week of wood.", "900 tonnes per week", "tonnes a week"),
        ("The shuttle runs three times a day.", "three times a day", "times a day"),
    ],
)
def test_a_measure_per_span_is_a_rate(text: str, figure: str, unit: str) -> None:
    from tests.extractors.lookup import claim_for

    assert claim_for(text, figure).quantity.unit == unit


def test_a_count_per_span_keeps_its_own_reading() -> None:
    from tests.extractors.lookup import claim_for

    # A count's rate is the figure's sub-period (quantity_keys), not part of a unit.
    assert claim_for("The plant makes 3,000 cars a week.", "3,000").quantity.unit is None


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        ("The new timetable cut delays by almost half in March.", "almost half", "approx"),
        ("Exports fell by nearly half last year.", "nearly half", "approx"),
    ],
)
def test_a_change_by_a_hedged_half(text: str, figure: str, qualifier: str) -> None:
    from tests.extractors.lookup import claim_for

    q = claim_for(text, figure).quantity
    assert (q.kind, q.qualifier, q.low) == ("percent", qualifier, 50.0)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The new bridge cost roughly a third less than the old one.", "roughly a third", 33.33),
        ("Tickets are a quarter cheaper than last season.", "a quarter", 25.0),
    ],
)
def test_a_share_compared_with_than_is_a_figure(text: str, figure: str, value: float) -> None:
    from tests.extractors.lookup import claim_for

    q = claim_for(text, figure).quantity
    assert (q.kind, q.low) == ("percent", value)


def test_an_ordinal_before_a_comparative_without_than_is_no_share() -> None:
    from extractors import extract_claims

    assert extract_claims("A third more officers were sent in.") == []
