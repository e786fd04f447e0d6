"""Whose age an age is: the name before a bare age ("Ann Lee, 31,"), the noun after an
attributive one ("31-year-old Tom Fenn"), also inside a list of names."""

from __future__ import annotations

import pytest

from extractors import extract_claims


def _ages(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.text, c.counted) for c in extract_claims(sentence) if c.quantity.kind == "age"]


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        (
            "Police named the victims as 27-year-old Mara Quill, 31-year-old Tobias Fenn and 45-year-old Ada Brisk.",
            [("27-year-old", "Mara Quill"), ("31-year-old", "Tobias Fenn"), ("45-year-old", "Ada Brisk")],
        ),
        (
            "Deputies arrested 19-year-old Leo Marsh, 22-year-old Iris Dunn and a third man.",
            [("19-year-old", "Leo Marsh"), ("22-year-old", "Iris Dunn")],
        ),
        ("Mara Quill, 31, and Tobias Fenn, 45, were hurt.", [("31", "Mara Quill"), ("45", "Tobias Fenn")]),
    ],
)
def test_each_age_belongs_to_its_own_person(sentence: str, ages: list[tuple[str, str]]) -> None:
    assert _ages(sentence) == ages


def test_an_attributive_age_with_no_noun_after_borrows_no_one_elses_name() -> None:
    # The child is the 7-year-old; the name before belongs to the man accused.
    ages = _ages("Police say 24-year-old Cole Dunn is accused of hitting a 7-year-old and her father.")
    assert ages == [("24-year-old", "Cole Dunn"), ("7-year-old", None)]
