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


def test_a_copula_ends_the_noun_before_a_measure() -> None:
    # "the boulder is 40 metres across" measures the boulder, not "boulder is"
    assert (
        claim_for("Some forums have claimed the boulder is 40 metres across.", "40 metres").counted == "boulder width"
    )


def test_an_adverb_of_now_is_no_subject_of_a_duration() -> None:
    c = claim_for("The band's second album has now spent 12 weeks on the chart.", "12 weeks")
    assert c.counted == "band second album"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "goes on sale on March 3 at $499": the price is the subject's, never the date's
        ("The new tablet goes on sale on March 3 at $499 in Canada, the maker said.", "$499", "new tablet"),
        ("The console went on sale for $399 last year.", "$399", "console"),
    ],
)
def test_a_price_on_sale_is_the_subjects(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted
