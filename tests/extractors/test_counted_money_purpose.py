"""What an amount is for when its purpose or its forecast verb sits around it (GUIDE decision 11).

Sentences are written for these tests, in the language of business, civic and sports news."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, counted_of


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An infinitive of purpose after an amount names what the amount is for.
        ("The town spent $6 million to build a library.", "$6 million", "library"),
        ("The foundation raised $9 million to fund diabetes research.", "$9 million", "diabetes research"),
        ("The club paid $40 million to sign the winger.", "$40 million", "winger"),
        ("Lawmakers approved $3 million to repair the levee.", "$3 million", "levee"),
    ],
)
def test_an_amount_is_for_what_its_purpose_names(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "to" before a noun is a recipient or a new value, not a purpose.
        ("The trust gave $800 to the families.", "$800"),
        ("Revenue rose to $3 billion to top forecasts.", "$3 billion"),
    ],
)
def test_to_before_a_noun_is_no_purpose(text: str, figure: str) -> None:
    assert claim_for(text, figure).counted not in ("families", "forecasts")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A verb of forecast ends the amount's noun phrase read backwards.
        ("The grocer now expects sales growth of about 2.5%.", "about 2.5%", "sales"),
        ("Acme expects profit of $4 billion this year.", "$4 billion", "profit"),
    ],
)
def test_a_forecast_verb_is_no_part_of_the_noun(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "those" with a participle are people; the participle belongs to the event (GUIDE 11).
        ("About 55 percent of those polled opposed the tax.", "About 55 percent"),
        ("Nine of those evacuated have returned home.", "Nine"),
    ],
)
def test_those_with_a_participle_are_people(text: str, figure: str) -> None:
    assert claim_for(text, figure).counted == "people"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An -ing word and a noun right after an amount are the noun the amount names.
        ("A new £8m dredging system is due.", "£8m", "dredging system"),
        ("A new $12m paving scheme was approved.", "$12m", "paving scheme"),
    ],
)
def test_an_ing_compound_after_an_amount_is_its_noun(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted
