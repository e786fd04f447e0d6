"""A clause after a figure's noun phrase has its own verb, and a figure restated later stands for the count before
it, not for a length given between them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, head_in


@pytest.mark.parametrize(
    ("text", "figure", "event", "not_event"),
    [
        ("Rescuers freed 12 miners after the shaft collapsed on Monday.", "12", "freed", "collapsed"),
        ("The storm damaged 300 homes before the levee failed.", "300", "damaged", "failed"),
        ("Inspectors found 40 faults after the bridge reopened.", "40", "found", "reopened"),
    ],
)
def test_a_clause_opened_by_after_or_before_is_not_the_figures_event(
    text: str, figure: str, event: str, not_event: str
) -> None:
    c = claim_for(text, figure)
    assert c.event is not None and event in c.event and not_event not in c.event


def test_after_a_noun_alone_stays_in_the_event() -> None:
    assert claim_for("Four people were hurt after the crash on Friday.", "Four").event == "hurt after the crash"


def test_a_restated_figure_stands_for_the_count_not_the_length_between() -> None:
    text = (
        "The council counted 65 flooded homes on Monday, after the river peaked at 4.1 metres. "
        "Residents said the real figure was closer to 90."
    )
    c = claim_for(text, "closer to 90")
    assert head_in("homes", c.counted)
    assert c.event is not None and "peaked" not in c.event
