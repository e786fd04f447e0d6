"""Event classes the change pass keys a figure by, for phrases that name no class by their verb. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import key_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Eleven people have been treated for injuries after the stand gave way.", "Eleven"),
        ("Four spectators were each treated for minor injuries by medics.", "Four"),
        ("Three bystanders were later treated for gunshot wounds at Elm General.", "Three"),
    ],
)
def test_those_treated_for_injuries_are_the_injured(text: str, figure: str) -> None:
    # GUIDE 23: wounded, hurt and injured are one quantity, however a report words it.
    assert key_for(text, figure).event == key_for("Nine people were injured in the collapse.", "Nine").event


def test_treatment_for_an_illness_is_no_injury() -> None:
    assert key_for("Six people were treated for smoke inhalation.", "Six").event != "injure"


def test_those_treated_for_other_injuries_are_no_whole_toll() -> None:
    # "one in a serious state and two treated for other injuries": two of the three injured
    text = "A driver remains in a serious state while two passengers were also treated for other injuries."
    assert key_for(text, "two").event != "injure"


def test_caught_up_in_a_breach_is_no_infection() -> None:
    k = key_for("The firm raised the number of accounts caught up in the breach to 2.4 million.", "2.4 million")
    assert k.event != "infect"
    assert key_for("Doctors said 40 patients caught the virus on the ward.", "40").event == "infect"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A fallen tree knocked out power to about 4,000 homes in Ardley on Sunday.", "about 4,000"),
        ("The fault cut off the electricity supply to 900 households.", "900"),
    ],
)
def test_a_cut_of_power_to_homes_counts_the_outage(text: str, figure: str) -> None:
    k = key_for(text, figure)
    assert k.comparable and k.event == key_for("The storm left 4,500 homes without power.", "4,500").event


def test_power_restored_is_no_outage() -> None:
    assert key_for("Crews restored power to 3,000 homes by Monday.", "3,000").event != "outage"


@pytest.mark.parametrize(
    ("light", "figure", "plain", "plain_figure"),
    [
        (
            "The maker said 9,400 kettles were covered by its recall in Ireland.",
            "9,400",
            "The maker recalled 8,000 kettles.",
            "8,000",
        ),
        (
            "Some 3,000 homes were affected by the outage on Friday.",
            "Some 3,000",
            "A fault knocked out power to 2,500 homes.",
            "2,500",
        ),
    ],
)
def test_a_light_passive_takes_the_event_of_its_noun(light: str, figure: str, plain: str, plain_figure: str) -> None:
    # "covered by its recall" is the recall, "affected by the outage" the outage
    assert key_for(light, figure).event == key_for(plain, plain_figure).event
