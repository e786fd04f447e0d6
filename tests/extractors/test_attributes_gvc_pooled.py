"""Casualty figures in shooting reports: patterns of language that recur across the pooled GVC audit rounds.

The sentences are written for the test, one per shape of the pattern, with a near miss that must read as before.
"""

from __future__ import annotations

import pytest

from extractors import extract_claims
from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Four people were shot on Elm Street. Two suffered minor injuries.", "Two", "people"),
        ("Deputies found the family inside. All three had suffered gunshot wounds to the chest.", "three", "people"),
        ("All five had gunshot wounds when medics arrived.", "five", "people"),
        ("Six women were hit; four sustained serious injuries in the crash.", "four", "people"),
        ("Two men were shot and the other three received treatment at the scene.", "three", "other men"),
    ],
)
def test_a_bare_count_that_bore_the_harm_counts_people(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # An adjective before the noun stays the noun's, and a verb with no harm after it is no such report.
        ("Two wounded officers were taken to the hospital.", "Two", "wounded officers"),
        ("Deputies in the village of 3,400 searched all night.", "3,400", "village"),
    ],
)
def test_a_count_with_its_own_noun_or_without_harm_reads_as_before(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


def test_the_undergone_harm_is_the_event_not_the_counted() -> None:
    c = claim_for("Five people were shot. Two suffered minor injuries.", "Two")
    assert c.counted == "people"
    assert c.event is not None and "injuries" in c.event
    assert [x.quantity.text for x in extract_claims("Five people were shot. Two suffered minor injuries.")] == [
        "Five",
        "Two",
    ]


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "After the fire was out, investigators determined that the man had shot two boys in the yard.",
            "two",
            "investigators",
        ),
        ("Deputies discovered that three people had been wounded inside the bar.", "three", "Deputies"),
        ("The medical examiner concluded that four shots struck the victim.", "four", "medical examiner"),
    ],
)
def test_a_finding_before_its_that_clause_is_the_finders_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == "reported"


def test_a_finding_inside_a_trailing_account_is_the_speakers() -> None:
    c = claim_for("Deputies determined that the man fled with his two accomplices, Sheriff Jo Roe said.", "two")
    assert c.source is not None and "Roe" in c.source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The chief determined the route for 40 officers.", "40"),
        ("Hikers discovered 12 caves along the ridge.", "12"),
    ],
)
def test_a_finding_verb_without_that_is_no_account(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.source is None
    assert c.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Jo Roe, 41, worked as a nurse for 12 years, according to her LinkedIn profile.", "41", "LinkedIn"),
        ("The club had 300 members, according to its Facebook page.", "300", "Facebook"),
        (
            "A 9-year-old boy shot twice is recovering, according to his mother who spoke with reporters.",
            "9-year-old",
            "mother",
        ),
        ("The 8-year-old should recover, according to his family.", "8-year-old", "family"),
    ],
)
def test_according_to_a_possessive_names_the_owner_s_page_or_kin(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Police in northern Elmland say a 7-year-old girl was hurt on the trail.", "7-year-old", "Police"),
        ("Authorities in southwestern Marlow County said two hunters were hurt.", "two", "Authorities"),
        ("Deputies in rural Elm County say three men were wounded.", "three", "Deputies"),
    ],
)
def test_a_body_in_a_region_of_a_place_is_the_speaker(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    "text",
    [
        "Three people were shot on Elm Street on Sunday. Another man was hurt in a crash nearby, police said.",
        "Two men were wounded at the bar. State troopers later arrested a suspect on the highway, officials said.",
        "An hour later, four more people were shot in Marlow. Two teens and a woman were hit at a store, police said.",
        "Two people were hurt early Friday. A woman and a man were shot near a park, police said.",
    ],
)
def test_a_next_sentence_about_someone_new_does_not_carry_its_speaker_back(text: str) -> None:
    first = extract_claims(text)[0]
    assert first.source is None
    assert first.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Deputies found four people inside with gunshot wounds. One victim, a woman, was dead at the scene, "
            "the sheriff's office said.",
            "four",
            "sheriff's office",
        ),
        ("Officers found two men shot in a car. They were taken to a hospital, police said.", "two", "police"),
        ("Nine workers were kept at home for a week. No one has fallen ill so far, the agency said.", "Nine", "agency"),
    ],
)
def test_a_next_sentence_about_those_counted_carries_its_speaker_back(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == "reported"
