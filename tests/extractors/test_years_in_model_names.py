"""A number glued by a hyphen to a model's capitals is no year; a year after "mid-" is. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The maker raised the number of KX-2000 heaters in its recall to 52,000.", "52,000"),
        ("Dealers have sold 3,100 of the QR-2019 scooters.", "3,100"),
    ],
)
def test_a_model_number_glued_to_capitals_is_no_year(text: str, figure: str) -> None:
    assert claim_for(text, figure).time is None


def test_a_year_after_mid_is_a_year() -> None:
    t = claim_for("The mid-2019 models sold 4,000 units.", "4,000").time
    assert t is not None and t.start is not None and t.start.year == 2019
