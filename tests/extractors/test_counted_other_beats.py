"""What is counted on other beats (issue 13): business, tech, health, science and sports pages.

Each case is a pattern of language seen in an audit of unseen pages, written here as a new
sentence; the counted phrase must hold the head noun GUIDE.md would give it (decision 11).
"""

from __future__ import annotations

import pytest

from extractors import extract_claims


def _counted(text: str, figure: str) -> str | None:
    claims = extract_claims(text, None)
    for c in claims:
        if c.quantity.text == figure:
            return c.counted
    raise AssertionError(f"{figure!r} not found in {text!r}: {[c.quantity.text for c in claims]}")


def _head_in(head: str, counted: str | None) -> bool:
    return counted is not None and head.lower() in counted.lower().split()


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A change named after its figure is a change of what follows "in" or "of".
        ("The bank reported a 14 percent rise in lending.", "14 percent", "lending"),
        ("The chain saw a 6% decline in its overseas sales.", "6%", "sales"),
        ("The carrier announced a $30 million cut in spending.", "$30 million", "spending"),
        ("Regulators ordered a 15% reduction in the number of daily flights.", "15%", "flights"),
        # Set beside a figure, the change is that figure's: "…, an increase of 9%", "…, a 9% jump".
        ("The studio booked profits of $900 million, an increase of 9 percent.", "9 percent", "profits"),
        ("Exports reached $12 billion, a 4% dip from the spring.", "4%", "exports"),
    ],
)
def test_counted_of_a_change(text: str, figure: str, head: str) -> None:
    assert _head_in(head, _counted(text, figure))
