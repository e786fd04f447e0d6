"""A bare count said to be a plural noun ("five are men") counts that noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A bare count said to be a plural noun counts that noun.
        ("Of the eleven hurt, six were women and five were men.", "six", "women"),
        ("Of the eleven hurt, six were women and five were men.", "five", "men"),
        ("All three were volunteers at the shelter.", "three", "volunteers"),
    ],
)
def test_a_bare_count_said_to_be_a_noun(text: str, figure: str, head: str) -> None:
    assert counted_of(text, figure) == head
