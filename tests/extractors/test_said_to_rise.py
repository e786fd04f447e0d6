"""Whether a report says its figure rose: a rise so told is flagged whatever the change model's floor."""

from __future__ import annotations

import pytest

from extractors.quantity_keys import said_to_rise


def _at(sentence: str, figure: str) -> bool:
    i = sentence.index(figure)
    return said_to_rise(sentence, i, i + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The number of people killed in the mill blast has risen to 6, the mayor said.", "6"),
        ("A second worker died overnight, bringing the death toll to two.", "two"),
        ("One more patient died on Friday, raising the number of dead to nine.", "nine"),
        ("The toll from the landslide now stands at 41.", "41"),
        ("Eleven people have now died after eating at the market stall.", "Eleven"),
        ("Confirmed cases climbed to at least 300 by the weekend.", "300"),
    ],
)
def test_a_report_that_says_its_figure_rose(sentence: str, figure: str) -> None:
    assert _at(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Six people were killed in the mill blast on Monday.", "Six"),
        ("Nine people were taken to hospital, two of them with burns.", "Nine"),
        # a rise the sentence describes, not the figure's own
        ("Sales rose to a record after 12 stores opened.", "12"),
        ("Up to 40 homes may have been flooded.", "40"),
    ],
)
def test_a_report_that_does_not(sentence: str, figure: str) -> None:
    assert not _at(sentence, figure)
