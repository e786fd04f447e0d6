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


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A participle of a change that does not end in -ed is the verb, not the noun: the shares are counted.
        ("The airline's shares have fallen 12% since May.", "12%", "price"),
        ("Rents have risen 7% in two years.", "7%", "rents"),
        # In a compound figure, an -ing word after the unit modifies the noun that follows.
        ("The club extended its six-game winning streak.", "six", "streak"),
        # A duration glued to its unit before a noun measures that noun, an -ing noun included.
        ("The hospital runs an eight-week training program for nurses.", "eight-week", "program"),
        ("The two-day hearing closed on Friday.", "two-day", "hearing"),
    ],
)
def test_counted_past_a_participle(text: str, figure: str, head: str) -> None:
    assert _head_in(head, _counted(text, figure))
