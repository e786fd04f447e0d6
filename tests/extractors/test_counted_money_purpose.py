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


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A payment noun before "of" names what the amount is, whatever it is paid for.
        ("The club paid a fee of £30 million for the striker.", "£30 million", "fee"),
        ("She earned a bonus of $5,000 for the win.", "$5,000", "bonus"),
        ("Nurses are demanding a monthly pay rise of €300.", "€300", "monthly pay rise"),
        ("Police are offering a cash reward of up to $2,000 for tips.", "up to $2,000", "cash reward"),
        ("He was held on a bond of $75,000.", "$75,000", "bond"),
    ],
)
def test_a_payment_noun_names_its_amount(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_budget_or_grant_is_named_by_what_it_is_for() -> None:
    # GUIDE 11: a budget or a grant is counted as what it pays for, not as itself.
    assert claim_for("The board approved a grant of $200,000 for the museum.", "$200,000").counted == "museum"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "worth" right before an amount: what is worth it is the noun phrase before, not the subject.
        ("The forward agreed to a three-year contract worth $45 million with the Hawks.", "$45 million", "contract"),
        ("Police seized drugs worth $80,000 from the flat.", "$80,000", "drugs"),
        ("Thieves took jewellery worth roughly £50,000.", "roughly £50,000", "jewellery"),
        ("The band signed a record deal worth $3 million.", "$3 million", "record deal"),
    ],
)
def test_what_is_worth_an_amount_is_the_noun_before_worth(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_name_before_worth_is_not_what_is_worth_it() -> None:
    sentence = "The tackle signed a four-year contract with the Hawks worth $20 million."
    assert claim_for(sentence, "$20 million").counted != "Hawks"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "earning" after a result is the winner's earnings, as "earned" is.
        ("Tessa Moor won the Lakeside Classic on Sunday, earning $400,000.", "$400,000"),
        ("The film topped the charts again, earning an estimated $12 million.", "an estimated $12 million"),
    ],
)
def test_an_amount_earning_brings_is_earnings(text: str, figure: str) -> None:
    assert claim_for(text, figure).counted == "earnings"
