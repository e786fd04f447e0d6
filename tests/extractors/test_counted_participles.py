"""A past participle is a verb, never what a figure counts; a bare count after "in front of" is a crowd.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import counted_of, head_in


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # An irregular participle in -en before a figure is its verb, never what the figure counts.
        ("The trustee has given $40,000 to the library fund.", "$40,000"),
        ("Burglars had taken $900 from the register.", "$900"),
    ],
)
def test_counted_is_no_en_participle(text: str, figure: str) -> None:
    assert counted_of(text, figure) not in ("given", "taken")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A bare count after "in front of" is the crowd a game or a show played to.
        ("The visitors won 3-2 in front of 41,870 at the stadium.", "41,870"),
        ("The choir sang in front of about 1,200 on Sunday.", "about 1,200"),
    ],
)
def test_counted_crowd_in_front_of(text: str, figure: str) -> None:
    assert head_in("spectators", counted_of(text, figure))
