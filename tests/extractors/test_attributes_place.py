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
        ("A third case was reported in a 55-year-old man from Inner Mongolia.", "55-year-old", "Inner Mongolia"),
        # "near" is kept: the figure is not in the town itself.
        ("Three soldiers were killed near the town of Lgov overnight.", "Three", "near the town of Lgov"),
        # The place nearest the figure, not the first one of the sentence.
        ("Officials in Ohio said two people contracted the virus in Cleveland earlier this month.", "two", "Cleveland"),
        # World-wide scope.
        ("There were 3,248 cases reported worldwide between 2010 and 2015.", "3,248", "worldwide"),
        ("The disease has killed millions of people around the world.", "millions", "world"),
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
        ("The number of captives from the Russian side could be as high as 2,000.", "as high as 2,000"),
        # A political adjective and a fiscal quarter are not places.
        ("Teachers rallied against the Republican-dominated state government, closing 300 schools.", "300"),
        ("Sales rose 4% in Q3.", "4%"),
    ],
)
def test_no_place(text: str, figure: str) -> None:
    assert claim_for(text, figure).place is None


def test_place_from_the_paragraph() -> None:
    text = (
        "Fighting continued in the Kursk region on Thursday. "
        "In the last week alone, about 200 soldiers have been captured, officials said."
    )
    assert claim_for(text, "about 200").place == "Kursk region"
