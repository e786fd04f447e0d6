"""Whether a report says whoever did it died: its toll may then count them or not."""

from __future__ import annotations

import pytest

from extractors.quantity_keys import perpetrator_died


@pytest.mark.parametrize(
    "text",
    [
        "Three people were shot dead before the gunman turned the gun on himself.",
        "Deputies said the suspect was shot and killed by troopers on the highway.",
        "The shooter, a 31-year-old former employee, died at the scene.",
        "Investigators are treating the deaths at the farmhouse as a murder-suicide.",
        "The man who opened fire later killed himself in his car.",
        # A reflexive death says whose it was in any tense, with or without a noun for the killer.
        "A gunman shot four people in a bowling alley before taking his own life.",
        "She drove to the depot and fired at the crowd, killing two, then killing herself.",
    ],
)
def test_a_report_that_says_the_killer_died(text: str) -> None:
    assert perpetrator_died(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect fled on foot and was arrested two hours later.",
        "One of the victims died in hospital on Sunday.",
        # The gunman and a death in two clauses: the victim died, not the suspect.
        "A suspect is in custody; a second victim died overnight.",
        "The gunman remains at large, police said.",
    ],
)
def test_a_report_that_does_not(text: str) -> None:
    assert not perpetrator_died(text)
