"""What an amount or a level is of, when its rate, a place or a second verb stands between them (GUIDE 11),
and a trailing speaker named by a common noun (GUIDE 13). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A rate ("a day", "per year", "annually") between the amount and what it is counted in.
        ("The blockade is costing the port about $3 million a day in lost trade.", "about $3 million", "lost trade"),
        ("The outage cost shops £40,000 per hour in missed sales.", "£40,000", "missed sales"),
        ("Smoking costs the region $2 billion annually in medical bills.", "$2 billion", "medical bills"),
        ("The delay cost the airline $9 million in compensation.", "$9 million", "compensation"),
    ],
)
def test_a_cost_is_counted_in_the_bare_noun_after_in(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_place_after_in_is_no_cost() -> None:
    assert claim_for("The upgrade will cost the city $5 million in Ohio money.", "$5 million").counted != "Ohio"
    assert claim_for("The phone costs $700 in the US.", "$700").counted != "US"


def test_a_value_of_an_amount_is_the_value() -> None:
    text = "Border guards found cannabis with a street value of £800,000 in a van at the crossing."
    assert claim_for(text, "£800,000").counted == "street value"


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        ("Inflation eased to 2.9% in June and could drop below 2% next year.", "below 2%", "Inflation"),
        ("Sales of the drug reached $2 billion last year and could climb to $3 billion.", "$3 billion", "Sales"),
        ("The jobless rate stood at 5.1% in March but has since risen to 5.6%.", "5.6%", "jobless rate"),
    ],
)
def test_a_joined_verb_of_level_shares_the_first_subject(text: str, figure: str, head: str) -> None:
    assert claim_for(text, figure).counted == head


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A place after the object, or a number inside it, still leaves the object what changed.
        ("Streamzone will raise the price of its basic plan in the U.K. by £1 to £8.99.", "£1", "price of basic plan"),
        (
            "The grocer cut the price of its Vega 15 tablet by a fifth on Monday, to $319.",
            "$319",
            "price of Vega 15 tablet",
        ),
        ("The firm cut jobs in Ohio by 10% last year.", "10%", "jobs"),
    ],
)
def test_a_changed_object_keeps_its_place_apart(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_rate_among_some_places_is_the_rate() -> None:
    text = "Officials said pass rates at some rural colleges are below 60%."
    assert claim_for(text, "below 60%").counted == "pass rates"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Attendance reached about 40,000, the promoters said.", "about 40,000", "promoters"),
        ("Two men were hurt in the crash, the stewards said on Sunday.", "Two", "stewards"),
        ("The bridge will cost $40 million, engineers wrote.", "$40 million", "engineers"),
    ],
)
def test_a_common_noun_that_closes_a_sentence_with_said_is_its_speaker(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    "text",
    [
        # A verb that is a noun too ("suspects", "expected") or an -ing word makes no speaker.
        "The fight ended with six people hurt, including two suspects.",
        "Officers questioned dozens of people, with more interviews expected.",
    ],
)
def test_a_noun_like_verb_at_the_end_makes_no_speaker(text: str) -> None:
    figure = "six" if "six" in text else "dozens"
    assert claim_for(text, figure).source is None


@pytest.mark.parametrize("adjective", ["real", "true", "actual"])
def test_a_restated_figure_counts_and_happens_as_the_one_before(adjective: str) -> None:
    text = f"Police said 12 people were killed in the blast. Local officials put the {adjective} figure at 20."
    c = claim_for(text, "20")
    assert c.counted == "people"
    assert c.event == claim_for(text, "12").event


@pytest.mark.parametrize("route", ["between Alton and Brey", "from Alton to Brey"])
def test_a_route_is_no_counted_noun(route: str) -> None:
    text = f"The new bridge cuts the drive {route} from 50 minutes to 15 minutes."
    assert claim_for(text, "15 minutes").counted == "drive"
