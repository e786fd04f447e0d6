"""Counts whose noun the sentence leaves out: records of results, totals of a share, ellipsis after a verb.

Each case is a pattern of language seen on pages of other beats, written here as a new sentence;
the counted phrase must hold the head noun GUIDE.md would give it (decision 11).
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, counted_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A record of results after "won" or "lost", with no noun of its own, counts games.
        ("The Owls have won 9 of 11 since the holidays.", "9"),
        ("The Owls have won 9 of 11 since the holidays.", "11"),
        ("Riverton has lost four of its last six, and fans are restless.", "four"),
        ("Riverton has lost four of its last six, and fans are restless.", "six"),
        ("The Comets lost seven straight before the break.", "seven"),
        ("The Comets have won three in a row.", "three"),
    ],
)
def test_a_record_counts_games(text: str, figure: str) -> None:
    assert counted_of(text, figure) == "games"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # With a noun of its own, or with no record form, a result is not read as games.
        ("The Owls have won 9 of 11 titles since 1990.", "9"),
        ("The party won 40 seats in the spring.", "40"),
    ],
)
def test_a_result_with_its_noun_is_not_games(text: str, figure: str) -> None:
    assert counted_of(text, figure) != "games"


def test_a_total_after_its_share_counts_the_same() -> None:
    text = "Since March the Owls have lost seven straight and two of three."
    assert counted_of(text, "two") == "games"
    assert counted_of(text, "three") == "games"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A count that ends its clause right after a verb takes the plural noun of a figure before it.
        ("Diaz added 22 points in the win, and Okafor had 14.", "14", "points"),
        ("Pell is charged with six counts of fraud; Mays is charged with two.", "two", "counts"),
        ("The keeper made 9 saves while his rival finished with 4.", "4", "saves"),
    ],
)
def test_an_elided_noun_comes_from_the_figure_before(text: str, figure: str, counted: str) -> None:
    assert (counted_of(text, figure) or "").split()[-1] == counted


def test_an_elided_noun_comes_from_the_same_sentence() -> None:
    # The figure before is in another sentence: its noun is not borrowed.
    assert counted_of("Diaz added 22 points in the win. Okafor had 14.", "14") != "points"


def test_an_age_between_does_not_take_the_elided_noun() -> None:
    # The age names one person; the bare count after it still leaves out the noun of the first count.
    text = "Pell faces six counts of fraud; Roe, 41, is charged with three."
    assert claim_for(text, "41").counted == "Roe"
    assert counted_of(text, "three") == "counts"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # "another N", "a further N": more of what the figure before counted, in its sentence or the one before.
        ("The airline grounded 30 jets on Monday. Another 8 will be inspected this week.", "8", "jets"),
        ("Volunteers planted 400 trees in May and a further 250 in June.", "a further 250", "trees"),
        ("The library lent 900 e-books, and an additional 120 were reserved.", "an additional 120", "e-books"),
    ],
)
def test_another_count_takes_the_noun_before(text: str, figure: str, counted: str) -> None:
    assert counted_of(text, figure) == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A running total a count brings up to counts the same noun, without "more".
        ("The park added 30 benches this spring, bringing its total to 210.", "210", "benches"),
        ("Deputies detained two more women, taking the number detained to nine.", "nine", "women"),
    ],
)
def test_a_total_brought_up_to_counts_the_noun_added(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An owner's total brought up to counts the noun added too.
        ("Clinics reported 7 new mumps cases, bringing the region's total to 33.", "33", "mumps cases"),
        # The other side of a vote counts what the first side counted.
        ("The measure passed with 22 councillors voting in favour and 5 against.", "5", "councillors"),
    ],
)
def test_an_owners_total_and_the_other_side_of_a_vote(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_a_total_never_counts_a_name() -> None:
    text = "Jo Roe, 23, died on Friday. The death pushed the county's total to 34."
    assert claim_for(text, "34").counted != "Jo Roe"


def test_a_count_after_of_those_counts_the_group_before() -> None:
    text = "About 2,100 people were on the list in May. Of those, around 300 had waited a year."
    assert claim_for(text, "around 300").counted == "people"
    # "Among those eight jurors" is a determiner, not a group before.
    assert claim_for("Among those eight jurors was a nurse.", "eight").counted != "people"
