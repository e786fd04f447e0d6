"""Number shapes from news copy that the token scanner must read whole (issue 3, item 5)."""

from __future__ import annotations

import pytest

from extractors import extract_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numeral scaled in words and continued.
        ("The fund paid out 3 hundred and 21 claims last year.", [("3 hundred and 21", 321.0, 321.0, "count")]),
        (
            "Turnout was 4 thousand 3 hundred and 12, the clerk said.",
            [("4 thousand 3 hundred and 12", 4312.0, 4312.0, "count")],
        ),
        # Fractions of a scale are counts, not percentages.
        (
            "The district will spend a quarter million dollars on buses.",
            [("a quarter million dollars", 250000.0, 250000.0, "money")],
        ),
        (
            "Nearly two thirds of a million people live along the coast.",
            [("Nearly two thirds of a million", 666666.67, 666666.67, "count")],
        ),
        # A four-digit range whose far end cannot be a year.
        ("Organisers expect 1000-5000 visitors a day.", [("1000-5000", 1000.0, 5000.0, "count")]),
        ("Estimates ran from 1000 – 5000 people.", [("1000 – 5000", 1000.0, 5000.0, "count")]),
        # Shares written "X in Y".
        ("One in five residents lacks health insurance.", [("One in five", 20.0, 20.0, "percent")]),
        ("About 1 in 20 drivers was over the limit.", [("About 1 in 20", 5.0, 5.0, "percent")]),
        # Bare "half".
        ("Half the staff were laid off in March.", [("Half", 50.0, 50.0, "percent")]),
        ("More than half our members voted.", [("More than half", 50.0, None, "percent")]),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    got = [(q.text, q.low, q.high, q.kind) for q in extract_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # Not merged: two numbers, a year, a score.
        ("The bill passed 3 hundred and 2 hundred abstained.", ["3 hundred", "2 hundred"]),
        ("The team won 1 in 2019 and none since.", ["1"]),
    ],
)
def test_not_merged(text: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == texts


@pytest.mark.parametrize(
    "text",
    [
        "Marlow improved to 9-0-2 in its last games.",
        "The airline ordered more Boeing 787-9 jets.",
        "We produced nothing in 2013-14.",
    ],
)
def test_records_model_numbers_and_seasons_are_not_quantities(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        # A score or a vote is two counts (GUIDE: any cardinal that counts), never a range.
        ("Elmford beat Marlow 3-1 to earn the last spot.", ["3", "1"]),
        ("The Lakers held on for a 112-107 win over the Thunder.", ["112", "107"]),
    ],
)
def test_scores_are_two_counts(text: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quantities(text)] == texts


def test_ascending_pairs_stay_ranges() -> None:
    assert [(q.text, q.low, q.high) for q in extract_quantities("It could take 24-48 hours to set.")] == [
        ("24-48 hours", 24.0, 48.0)
    ]
