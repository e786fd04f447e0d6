"""A dimension after a measure ("3 kilometres wide") is of the noun right before the measure.

Sentences are written for these tests, in the language of science and local news."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # the object a verb found, built or dug, not whoever did it
        (
            "Scientists have mapped a crater roughly 3 kilometres wide in the desert.",
            "roughly 3 kilometres",
            "crater width",
        ),
        ("Engineers built a tower 120 metres tall beside the river.", "120 metres", "tower height"),
        ("Crews dug a trench 2 metres deep along the road.", "2 metres", "trench depth"),
        # the subject, when the measure is its own
        ("The crater is 3 kilometres wide.", "3 kilometres", "crater width"),
        # a distance off: the place that far away
        ("The injured were flown to a clinic some 90 miles north.", "some 90 miles", "clinic distance"),
    ],
)
def test_a_dimension_is_of_the_noun_before_its_measure(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted
