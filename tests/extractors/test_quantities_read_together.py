"""Two figures read together: a display's pixel size ("W x H"), and two amounts joined before their noun.

Each side is its own figure (kind ``other``, unit ``pixels``), never a year nor a name glued to
its "x"; a small pair ("10 x 12", a relay's "4x100") stays what it was, and both sides of any
measure count the same thing.
"""

from __future__ import annotations

import pytest

from extractors import extract_claims, extract_quantities


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The tablet's screen runs at 2048 x 1536 and weighs little.", [2048.0, 1536.0]),
        ("Its 1366x768 panel looks dated.", [1366.0, 768.0]),
        ("Reviewers liked the 5120×2160 ultrawide.", [5120.0, 2160.0]),
        ("The projector outputs 1280 x 800 pixels.", [1280.0, 800.0]),
    ],
)
def test_pixel_sizes_are_two_figures_in_pixels(text: str, sides: list[float]) -> None:
    got = [(q.low, q.kind, q.unit) for q in extract_quantities(text)]
    assert got[:2] == [(side, "other", "pixels") for side in sides]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relay or a small print is no screen.
        ("She anchored the 4x100 relay.", []),
        ("A 6 x 4 print costs nothing.", [("6", "count"), ("4", "count")]),
        # Two sides of a room keep their unit.
        ("The shed is 8 x 10 feet.", [("8", "distance"), ("10 feet", "distance")]),
    ],
)
def test_small_pairs_are_no_pixel_sizes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.kind) for q in extract_quantities(text)] == expected


def test_both_sides_count_the_same_thing() -> None:
    claims = extract_claims("The studio is 40 x 25 metres of open floor.")
    assert claims[0].counted == claims[1].counted
    assert all("x" not in (c.counted or "").split() for c in claims)


def test_two_amounts_joined_before_their_noun_count_it() -> None:
    claims = extract_claims("They will have 60 kWh and 82 kWh of battery capacity.")
    assert [c.counted for c in claims if c.quantity.unit == "kWh"] == ["battery capacity", "battery capacity"]
