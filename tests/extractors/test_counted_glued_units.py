"""A number with a unit glued on ("128GB", "8K", "40mph") is one token: its letters are no noun.

Sentences written for these tests; the counted phrase must hold the noun and none of the unit's letters.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of, head_in


@pytest.mark.parametrize(
    ("text", "figure", "head", "residue"),
    [
        ("The 128GB tablet sells for $449 at most retailers.", "$449", "tablet", "GB"),
        ("Its 8K camera costs £2,100 before tax.", "£2,100", "camera", "K"),
        ("Officers found three 10mm cartridges near the car.", "three", "cartridges", "mm"),
        ("The 3rd Precinct said four officers responded.", "four", "officers", "rd"),
        ("The 65W charger adds $35 to the bill.", "$35", "charger", "W"),
    ],
)
def test_glued_unit_leaves_no_letters_in_counted(text: str, figure: str, head: str, residue: str) -> None:
    counted = counted_of(text, figure)
    assert head_in(head, counted)
    assert residue not in (counted or "").split()
