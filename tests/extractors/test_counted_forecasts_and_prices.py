"""A figure that forecasters expected, and a price with where or for whom it is charged.

Sentences are written for these tests, in the language of business and consumer news."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted", "source"),
    [
        # the forecast counts what the reported figure before it counts, and is the forecasters'
        (
            "Factories added 40,000 jobs in May, short of the 65,000 economists had expected.",
            "65,000",
            "jobs",
            "economists",
        ),
        (
            "Sales came in at $4.2 billion, above the $4 billion analysts had forecast.",
            "$4 billion",
            "Sales",
            "analysts",
        ),
        (
            "The bank posted a quarterly profit of $820 million, beating analysts' estimates of $790 million.",
            "$790 million",
            "quarterly profit",
            "analysts",
        ),
        ("Exports rose 3% in April, against the 2% economists had predicted.", "2%", "Exports", "economists"),
    ],
)
def test_a_forecast_counts_what_the_figure_before_it_counts(text: str, figure: str, counted: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.counted == counted
    assert c.source == source
    assert c.modality == "possible"  # expected, not what happened


def test_forecasters_counted_for_themselves_are_people() -> None:
    # no figure before them to expect: the number counts the forecasters
    c = claim_for("The 40 analysts polled by the agency had expected growth of 1.5%.", "40")
    assert c.counted == "analysts"
    assert c.modality != "possible"
    assert claim_for("About 300 economists attended the conference in Lisbon.", "About 300").counted == "economists"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # after "costs", "on" and "for" say where or for whom: the price is the subject's
        ("The film costs $19.99 on tablets.", "$19.99", "film"),
        ("A day pass costs €12 for children under ten.", "€12", "day pass"),
        # a spending verb still spends "on" what it buys, and a cost "in" names what was lost
        ("The council spent £3 million on new buses.", "£3 million", "buses"),
        ("The upgrade will cost $4 billion in new debt.", "$4 billion", "debt"),
    ],
)
def test_a_price_is_the_subjects_wherever_it_is_charged(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted
