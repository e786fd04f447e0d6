"""Units of other beats (issue 13): tech reviews, car pages and health news.

Each case is a pattern of language seen in an audit of unseen pages, written here as a new
sentence: the unit is read with its number, and the figure's kind, unit and value follow.
"""

from __future__ import annotations

import pytest

from extractors import extract_quantities


def _only(text: str, figure: str) -> tuple[str, str | None, float | None, float | None]:
    for q in extract_quantities(text):
        if q.text == figure:
            return q.kind, q.unit, q.low, q.high
    found = [q.text for q in extract_quantities(text)]
    raise AssertionError(f"{figure!r} not found in {text!r}: {found}")


@pytest.mark.parametrize(
    ("text", "figure", "kind", "unit", "low", "high"),
    [
        # Spelled-out millimetres, also after a range whose unit is written once.
        ("Key travel is one millimeter on the new model.", "one millimeter", "distance", "millimeters", 1.0, 1.0),
        (
            "The pads are between 2 and 3 millimeters thick.",
            "between 2 and 3 millimeters",
            "distance",
            "millimeters",
            2.0,
            3.0,
        ),
        # Torque in pound-feet is no weight.
        ("The V8 makes 470 lb-ft of torque.", "470 lb-ft", "other", "lb-ft", 470.0, 470.0),
        ("Peak torque is 380 pound-feet at 4,000 rpm.", "380 pound-feet", "other", "lb-ft", 380.0, 380.0),
        # Power spelled out, and heart rates and food energy.
        ("The wind farm adds 320 megawatts to the grid.", "320 megawatts", "other", "MW", 320.0, 320.0),
        ("Her pulse rose to 150 bpm on the climb.", "150 bpm", "other", "bpm", 150.0, 150.0),
        # Moves of rates and yields in basis points, spelled out or glued.
        ("The central bank cut its rate by 50 basis points.", "50 basis points", "other", "basis points", 50, 50),
        ("Bond yields climbed 15bps on Friday.", "15bps", "other", "basis points", 15.0, 15.0),
        # Data sizes and rates, spelled out.
        ("The base model ships with 256 gigabytes of storage.", "256 gigabytes", "other", "GB", 256.0, 256.0),
        ("The drive reads at 2,500 megabytes per second.", "2,500 megabytes per second", "other", "MB/s", 2500, 2500),
        ("The port moves 40 gigabits per second.", "40 gigabits per second", "other", "Gbps", 40.0, 40.0),
        # Frame rates spelled out, and video resolutions glued to "p".
        ("The console holds 60 frames per second in most games.", "60 frames per second", "other", "fps", 60, 60),
        ("The phone records 1080p video.", "1080p", "other", "p", 1080.0, 1080.0),
        # Loudness, pixel density, torque, engine power and battery energy.
        ("The game holds 60 frames a second on the console.", "60 frames a second", "other", "fps", 60, 60),
        ("The drive reads at 6,500MB/s.", "6,500MB/s", "other", "MB/s", 6500, 6500),
        # An inch mark glued to the number before a screen, and spelled-out milligrams.
        ('The phone gets a 6.7" display.', '6.7"', "distance", "inches", 6.7, 6.7),
        ("Each tablet holds 25 milligrams of the drug.", "25 milligrams", "weight", "mg", 25.0, 25.0),
        ("Under load the fans reach 44 dBA.", "44 dBA", "other", "dBA", 44.0, 44.0),
        ("The panel packs 458 ppi.", "458 ppi", "other", "ppi", 458.0, 458.0),
        ("The motor delivers 320 Nm of torque.", "320 Nm", "other", "Nm", 320.0, 320.0),
        ("The turbo engine is rated at 190 PS.", "190 PS", "other", "PS", 190.0, 190.0),
        ("A 99.5Wh battery is the largest allowed on planes.", "99.5Wh", "other", "Wh", 99.5, 99.5),
    ],
)
def test_unit_is_read(text: str, figure: str, kind: str, unit: str, low: float | None, high: float | None) -> None:
    assert _only(text, figure) == (kind, unit, low, high)


@pytest.mark.parametrize(
    "text",
    [
        # "frames" is a unit only in a rate; "p" only after the lines of a video format.
        "The shop sold 3 frames and 12 posters.",
        "The museum hung 40 frames in one room.",
    ],
)
def test_no_unit_without_its_rate(text: str) -> None:
    assert all(q.unit is None for q in extract_quantities(text))


def test_a_quote_mark_is_no_inch() -> None:
    assert [q.unit for q in extract_quantities('The poster said "5" in red.')] == [None]


def test_pence_are_no_resolution() -> None:
    assert [q.text for q in extract_quantities("A stamp now costs 85p more.") if q.unit == "p"] == []


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        # A version or model number after a product's name is part of the name.
        ("The router supports Wi-Fi 6 and costs $180.", {"6"}),
        ("Both ports run USB 3.2 at full speed.", {"3.2"}),
        ("Owners of an iPhone 11 get the update first.", {"11"}),
        # An ordinal or a position word before "half" makes a part of a period or a thing, not a share.
        ("The carmaker expects a recovery in the second half of 2021.", {"half"}),
        ("The upper half of the case lifts off.", {"half"}),
        # "scores" after a modifier or a determiner are results of a test, not "scores of" people.
        ("Math test scores fell in every district.", {"scores"}),
        ("Their scores improved after the course.", {"scores"}),
    ],
)
def test_not_a_figure(text: str, not_figures: set[str]) -> None:
    assert not {q.text for q in extract_quantities(text)} & not_figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The router supports Wi-Fi 6 and costs $180.", "$180"),
        ("About half of the staff left in the second quarter.", "About half"),
        ("Scores of people were hurt in the crush.", "Scores"),
        ("The blast injured scores and killed 12.", "scores"),
        ("Version 2 of the app reached 3.5 million users.", "3.5 million"),
    ],
)
def test_still_a_figure(text: str, figure: str) -> None:
    assert figure in {q.text for q in extract_quantities(text)}


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        # A screen format in lower case too; a capitalised number word inside a hyphenated name.
        ("The plan gets subscribers 4k streaming on two screens.", {"4k"}),
        ("Both Ubisoft and Take-Two Interactive signed on.", {"Two"}),
    ],
)
def test_names_and_formats(text: str, not_figures: set[str]) -> None:
    assert not {q.text for q in extract_quantities(text)} & not_figures


@pytest.mark.parametrize(
    ("text", "figure", "low"),
    [
        # "the age of N" is an age, as "aged N" and "age N" are.
        ("He learned the violin at the age of 7 in Vienna.", "7", 7.0),
        ("Most toddlers talk by the age of two.", "two", 2.0),
    ],
)
def test_the_age_of(text: str, figure: str, low: float) -> None:
    assert _only(text, figure) == ("age", "years", low, low)


@pytest.mark.parametrize(
    "text",
    [
        # The end of a span of days after a month is a date too.
        "Visit the county fair, Aug. 12–18, in Harlan.",
        "The summit runs March 28-29 in Vienna.",
    ],
)
def test_a_span_of_days_is_no_figure(text: str) -> None:
    assert extract_quantities(text) == []


def test_an_age_closed_by_a_dash() -> None:
    q = next(q for q in extract_quantities("Okafor, 41 – who runs the studio – declined.") if q.text == "41")
    assert (q.kind, q.unit) == ("age", "years")


def test_a_currency_written_twice_is_one_amount() -> None:
    q = extract_quantities("The label owes her $3.2 million dollars in royalties.")[0]
    assert (q.text, q.kind, q.unit, q.low) == ("$3.2 million dollars", "money", "USD", 3_200_000.0)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # An age said of one person as a predicate, the number closing its clause.
        ("I’m 68 and still drive to work.", "68"),
        ("She was 11 when the family moved.", "11"),
        ("The founder turned 90 on Sunday.", "90"),
    ],
)
def test_a_stated_age(text: str, figure: str) -> None:
    assert _only(text, figure)[:2] == ("age", "years")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("They are 12 in all.", "12"),
        ("It was 5 in the morning.", "5"),
        ("She was 3 and 4 on the tour.", "3"),
        # a birthday that never came is no one's age
        ("The boy would have turned 15 next week.", "15"),
    ],
)
def test_no_stated_age(text: str, figure: str) -> None:
    assert _only(text, figure)[0] == "count"


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        # Two numbers going up before a plural noun: one count's bounds.
        ("The new jet seats 250 to 310 passengers.", "250 to 310", 250.0, 310.0),
        ("The bakery will hire 40 to 55 workers next spring.", "40 to 55", 40.0, 55.0),
    ],
)
def test_a_count_range_with_to(text: str, figure: str, low: float, high: float) -> None:
    assert _only(text, figure) == ("count", None, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 7 to 2 to approve the plan.",
        "The Hawks won 3 to 1 games on the road.",
    ],
)
def test_no_range_for_a_tally(text: str) -> None:
    assert all(q.qualifier != "range" for q in extract_quantities(text))


def test_a_price_per_share_or_a_total_is_no_range() -> None:
    found = [(q.text, q.low) for q in extract_quantities("The fund bought the stake for $14 a share or $96.5 million.")]
    assert found == [("$14 a share", 14.0), ("$96.5 million", 96_500_000.0)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A single digit with a capital K is a screen format or a race, not thousands.
        ("The remaster runs at native 8K on the new console.", []),
        ("She finished the charity 5K in 24 minutes.", ["24 minutes"]),
        # ... unless it counts a plural, or an amount rose to it.
        ("The page passed 9K followers.", ["9K"]),
        ("The bounty was raised to 5K on Friday.", ["5K"]),
    ],
)
def test_a_digit_k_names_a_format(text: str, kept: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == kept
