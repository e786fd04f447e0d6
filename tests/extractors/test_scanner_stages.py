"""The scanner's stages can be switched off one by one (issue 13, item 2): ``skip`` on
``scan_quantities`` and ``extract_quantities``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractors import Quantity, extract_quantities
from extractors.quantities import SKIPPABLE, scan_quantities

TEXT = (
    "About $3.5 million went to 40-50 families on August 14, 2019, at 1400 Main Street; "
    "Rita Vale, 19, was one of more than 12% who called 911. Photo 3 of 12 Next"
)


def _rows(skip: frozenset[str]) -> list[tuple[str, float | None, float | None, str, str]]:
    return [(q.text, q.low, q.high, q.kind, q.qualifier) for q in scan_quantities(TEXT, skip=skip)]


def test_all_stages_read_shapes_and_filter_furniture() -> None:
    assert _rows(frozenset()) == [
        ("About $3.5 million", 3_500_000.0, 3_500_000.0, "money", "approx"),
        ("40-50", 40.0, 50.0, "count", "range"),
        ("19", 19.0, 19.0, "age", "exact"),
        ("more than 12%", 12.0, None, "percent", "at_least"),
    ]


def test_without_shapes_numbers_are_bare_counts() -> None:
    # The scale stays part of the number; currency, range, percent, age and qualifiers do not.
    assert _rows(frozenset({"shapes"})) == [
        ("3.5 million", 3_500_000.0, 3_500_000.0, "count", "exact"),
        ("40", 40.0, 40.0, "count", "exact"),
        ("50", 50.0, 50.0, "count", "exact"),
        ("19", 19.0, 19.0, "count", "exact"),
        ("12", 12.0, 12.0, "count", "exact"),
    ]


def test_without_the_figure_filter_dates_addresses_and_counters_come_out() -> None:
    texts = [r[0] for r in _rows(frozenset({"figure_filter"}))]
    assert texts == [
        "About $3.5 million",
        "40-50",
        "14",
        "2019",
        "1400",
        "19",
        "one",
        "more than 12%",
        "911",
        "3",
        "12",
    ]


def test_without_both_every_number_is_a_bare_count() -> None:
    rows = _rows(frozenset({"shapes", "figure_filter"}))
    assert {r[3] for r in rows} == {"count"}
    assert [r[0] for r in rows] == [
        "3.5 million",
        "40",
        "50",
        "14",
        "2019",
        "1400",
        "19",
        "one",
        "12",
        "911",
        "3",
        "12",
    ]


def test_bare_numbers_keep_their_sign() -> None:
    got = [(q.text, q.low) for q in scan_quantities("It fell to minus fifteen, then -12.5 overnight.", skip=SKIPPABLE)]
    assert got == [("minus fifteen", -15.0), ("-12.5", -12.5)]


def test_extract_quantities_takes_the_same_keyword() -> None:
    assert [q.text for q in extract_quantities(TEXT, skip=frozenset({"shapes"}))] == [
        "3.5 million",
        "40",
        "50",
        "19",
        "12",
    ]


@pytest.mark.parametrize("call", [scan_quantities, extract_quantities])
def test_an_unknown_stage_is_a_clear_error(call: Callable[..., list[Quantity]]) -> None:
    with pytest.raises(ValueError, match="unknown scanner stage"):
        call("12 people", skip=frozenset({"numbers"}))
