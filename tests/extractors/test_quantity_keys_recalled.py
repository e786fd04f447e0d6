"""Figures of an incident a report recalls (GUIDE 22) are apart from the report's own toll.

Sentences written for these tests. ``recalled`` decides from the figure's clause and the
report's publication date; ``claim_key`` turns it into the ``background`` modifier, so such a
figure is never compared with this incident's toll, while the incident's own day still is.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.quantity_keys import ClaimKey, recalled, same_quantity
from tests.extractors.lookup import key

PUBLISHED = date(2024, 6, 18)


def is_recalled(sentence: str, figure: str, published: date | None = PUBLISHED) -> bool:
    at = sentence.index(figure)
    return recalled(sentence, at, at + len(figure), published)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # another year, fronted or after the figure
        ("Last year, a gunman opened fire at the same tavern and wounded four patrons.", "four"),
        ("In 2019, three teenagers were shot at the skate park.", "three"),
        ("Back in March 2021 a drive-by on Oak Lane left two men dead.", "two"),
        ("A sniper killed 11 commuters at the station six years ago.", "11"),
        ("Two brothers were shot outside the same diner last year.", "Two"),
        # a past month without a day, well before the report
        ("In February, a man was stabbed on the same corner.", "a man"),
        # another incident named as such
        ("Another shooting at the arcade left five people hurt.", "five"),
        ("In a separate shooting across town, two women were wounded.", "two"),
        ("A similar attack at a bus depot killed three guards.", "three"),
        # a ranking against an older incident
        ("It was the deadliest shooting in the county since the 2012 mall attack that killed 14.", "14"),
        ("The city marked the anniversary of the riverside massacre that left nine dead.", "nine"),
        # a subordinate clause placing another event in time, inside the sentence
        ("The ambush came three weeks after a gunman shot seven deputies in Morrow County.", "seven"),
        ("Nine months before that, a teenager wounded six classmates.", "six"),
    ],
)
def test_a_figure_of_a_recalled_incident_is_recalled(sentence, figure):
    assert is_recalled(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the incident's own day, however it is written
        ("On Sunday, four people were shot outside the tavern.", "four"),
        ("Four people were shot Sunday night outside the tavern.", "Four"),
        ("Earlier Sunday, police said two of the wounded were in critical condition.", "two"),
        # the same month or year as the report
        ("In June, three people were shot at the skate park.", "three"),
        ("In 2024, three people were shot at the skate park.", "three"),
        # a fronted subordinate clause ends at its comma: the main clause is this incident
        ("Two weeks after a gunman killed five deputies in Morrow County, a man shot three officers in Dale.", "three"),
        # a recalled phrase inside the sentence covers its own comma-bounded part only
        ("Rob Kerr, who was paroled in 2019, shot four people at the arcade.", "four"),
        ("The shooting, the deadliest in the county since 2012, left six dead.", "six"),
        # another clause, a relative clause, or more victims of this incident
        ("Last year the tavern lost its licence, but on Friday three men were shot there.", "three"),
        ("Three people were hurt at the tavern where a man was shot last year.", "Three"),
        ("The man who shot four neighbours said last year that he feared them.", "four"),
        ("Police found another shooting victim, and two more were taken to hospital.", "two"),
        ("Four people were wounded in another drive-by shooting early Saturday.", "Four"),
    ],
)
def test_the_reports_own_incident_is_not_recalled(sentence, figure):
    assert not is_recalled(sentence, figure)


def test_a_year_or_a_month_needs_the_reports_date():
    sentence = "In 2019, three teenagers were shot at the skate park."
    assert not is_recalled(sentence, "three", published=None)
    assert not is_recalled(sentence, "three", published=date(2019, 8, 1))
    # A month two weeks back may still be the incident's own; two months back it is not.
    assert not is_recalled("In May, two men were shot on the pier.", "two", published=date(2024, 6, 5))
    assert is_recalled("In April, two men were shot on the pier.", "two", published=date(2024, 6, 5))
    # October seen from January is last year's.
    assert is_recalled("In October, two men were shot on the pier.", "two", published=date(2024, 1, 20))


def killed(sentence: str, figure: str, value: float) -> ClaimKey:
    return key(sentence, figure, value, counted="people", event="killed", published=PUBLISHED)


def test_a_recalled_toll_is_never_compared_with_this_incidents_toll():
    toll = killed("Three people were killed at the tavern on Sunday.", "Three", 3)
    recalled_toll = killed("Last year, another shooting at the same tavern killed two people.", "two", 2)
    assert "background" in recalled_toll.mods
    assert not same_quantity(toll, recalled_toll)
    # The next day's report of this incident is still compared, so a real change is flagged.
    update = killed("Police said Monday that four people were killed at the tavern.", "four", 4)
    assert "background" not in update.mods
    assert same_quantity(toll, update)
