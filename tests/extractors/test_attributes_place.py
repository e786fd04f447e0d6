"""Where (GUIDE 12): the place as written, from the figure's own sentence, else its paragraph."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Six people were hurt in a crash in Harris County on Friday night.", "Six", "Harris County"),
        ("At least 30 homes were flooded in the Kursk region, the governor said.", "At least 30", "Kursk region"),
        # No trailing full stop in the name.
        ("A fourth case was found in a 48-year-old woman from West Elmland.", "48-year-old", "West Elmland"),
        # "near" is kept: the figure is not in the town itself.
        ("Three soldiers were killed near the town of Lgov overnight.", "Three", "near the town of Lgov"),
        # The place nearest the figure, not the first one of the sentence.
        ("Officials in Ohio said two people contracted the virus in Cleveland earlier this month.", "two", "Cleveland"),
        # World-wide scope.
        ("There were 1,712 cases reported worldwide between 2012 and 2017.", "1,712", "worldwide"),
        ("The fever has killed thousands of people around the world.", "thousands", "world"),
        ("The famine wiped out nearly one-third of Ireland’s population.", "nearly one-third", "Ireland"),
    ],
)
def test_place(text: str, figure: str, place: str) -> None:
    assert claim_for(text, figure).place == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A demonym is a side, not a place.
        ("About 200 soldiers were taken into Ukrainian captivity.", "About 200"),
        ("The number of captives from the Polish side could be as high as 600.", "as high as 600"),
        # A political adjective and a fiscal quarter are not places.
        ("Teachers rallied against the Republican-dominated state government, closing 300 schools.", "300"),
        ("Sales rose 4% in Q3.", "4%"),
    ],
)
def test_no_place(text: str, figure: str) -> None:
    assert claim_for(text, figure).place is None


def test_place_from_the_paragraph() -> None:
    text = (
        "Fighting continued in the Elm region on Thursday. "
        "In the last week alone, about 70 soldiers have been captured, officials said."
    )
    assert claim_for(text, "about 70").place == "Elm region"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # A place written inside a larger one is one place, as written.
        ("Two workers were hurt at the Brandt Chemicals plant in Dorsey.", "Two", "Brandt Chemicals plant in Dorsey"),
        ("Five guests were hurt at the Velvet Room nightclub in Marlow.", "Five", "Velvet Room nightclub in Marlow"),
    ],
)
def test_a_place_inside_a_larger_one_is_one_place(text: str, figure: str, place: str) -> None:
    assert claim_for(text, figure).place == place
