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


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # A past tense right after a count, before a preposition or the phrase's end, is what those counted
        # did: the count is of the group named before it.
        ("A crowd of 4,000 assembled outside the town hall.", "4,000", "crowd"),
        ("A crowd of 600 queued in the rain for tickets.", "600", "crowd"),
    ],
)
def test_counted_past_tense_after_count_is_a_verb(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # Before a noun the participle describes it.
        ("Officers arrested 12 armed men near the border.", "12", "men"),
        ("Doctors treated 30 injured workers at the site.", "30", "workers"),
    ],
)
def test_counted_participle_before_noun_stays(text: str, figure: str, head: str) -> None:
    assert head_in(head, counted_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "deceased" is a casualty state, as "dead" is: the count is of people.
        ("Paramedics found three deceased inside the house.", "three"),
        ("One was injured and two were deceased when crews arrived.", "two"),
    ],
)
def test_counted_deceased_counts_people(text: str, figure: str) -> None:
    assert head_in("people", counted_of(text, figure))
