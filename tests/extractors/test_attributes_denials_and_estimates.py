"""A disputed clause, who puts a figure on something, a belief without a believer, shares written "N in M".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for, counted_of, head_in


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A clause disputed or rejected is called false; its source stays whoever reported it (GUIDE 14),
        # here no one named.
        ("Acme disputes that 900 jobs will go.", "900"),
        ("The union contested that 40 posts would be cut.", "40"),
        ("The league rejected claims that 14 clubs face bankruptcy.", "14"),
    ],
)
def test_a_disputed_clause_is_denied_and_keeps_its_own_source(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.modality == "denied" and c.source is None


def test_a_suspect_denying_an_act_is_no_source_of_its_figure() -> None:
    c = claim_for("The driver denied hitting two cyclists.", "two")
    assert c.source is None


@pytest.mark.parametrize(
    ("text", "figure", "source", "counted"),
    [
        # "put/placed the X at N": a body setting a figure; a money figure is for what the measure is of.
        ("The council put the number of damaged homes at 340.", "340", "council", "homes"),
        ("Insurers put the cost of the flood damage at £80m.", "£80m", "Insurers", "damage"),
        (
            "The regulator placed the value of the contract at about $2 billion.",
            "about $2 billion",
            "regulator",
            "contract",
        ),
        # "pegged" puts a value as "put" does.
        ("The county auditor pegged the repair bill at about $4.2 million.", "about $4.2 million", "auditor", "bill"),
    ],
)
def test_who_puts_a_figure_on_something_is_its_source(text: str, figure: str, source: str, counted: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source.lower() in c.source.lower()
    assert c.modality in ("reported", "possible")
    assert head_in(counted, c.counted)


def test_putting_a_thing_somewhere_sets_no_figure() -> None:
    c = claim_for("She put the bags at the door with 3 others.", "3")
    assert c.source is None


def test_an_estimated_cost_of_something_counts_the_something() -> None:
    assert head_in("campaign", counted_of("The candidate estimated the cost of his campaign at $9,000.", "$9,000"))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "It is thought that ...": a belief, no one's account.
        ("It is thought that about 45 passengers were on board.", "about 45"),
        ("It was thought that 12 climbers had reached the summit.", "12"),
    ],
)
def test_a_belief_without_a_believer_is_possible(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.modality == "possible" and c.source is None


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # The plural after "one in four" is what is shared, after a speaker as at the start.
        ("The report says one in four nurses work unpaid overtime.", "one in four", "nurses"),
        ("The survey found 3 in 10 young drivers had used a phone at the wheel.", "3 in 10", "drivers"),
        ("The mayor says one out of every 50 residents is a volunteer.", "one out of every 50", "residents"),
    ],
)
def test_a_share_written_n_in_m_counts_the_plural_after_it(text: str, figure: str, counted: str) -> None:
    assert head_in(counted, counted_of(text, figure))
