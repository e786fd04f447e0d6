"""What a measure measures: a dimension after it ("3 kilometres wide") is of the noun right before it, and
a duration glued to its unit ("a three-day festival") lasts the noun after it.

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


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a duration glued to its unit lasts the noun after it, a named event included
        ("About 50,000 people attended the three-day Harbour Festival.", "three-day", "Harbour Festival"),
        ("Thousands attended the three-day festival in the park.", "three-day", "festival"),
        ("The union began a two-week strike on Monday.", "two-week", "strike"),
    ],
)
def test_a_compound_duration_lasts_the_noun_after_it(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted
