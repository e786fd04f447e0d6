"""Source and modality in shooting reports: patterns of language from a fresh audit of unseen articles (round 12).

The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "County Executive Dana Reyes released the following statement:\n"
            "Our county grieves tonight for the three residents who were wounded on Pine Road.",
            "three",
            "Dana Reyes",
        ),
        (
            "Governor Ann Lowe issued the following statement on Sunday:\n"
            "I was saddened to learn that two deputies were hurt while serving a warrant.",
            "two",
            "Ann Lowe",
        ),
        (
            "The Elmwood School District issued this statement:\n"
            "We mourn the four students who lost their lives, and we will keep counselors on hand all week.",
            "four",
            "Elmwood School District",
        ),
    ],
)
def test_a_statement_printed_without_quote_marks_is_its_issuers(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source.split()[-1] in c.source
    assert c.modality == "reported"


def test_only_the_paragraph_right_after_the_introduction_is_the_statement() -> None:
    text = (
        "The mayor issued the following statement:\n"
        "Our thoughts are with the families tonight.\n"
        "Five people were shot on Oak Street on Friday."
    )
    c = claim_for(text, "Five")
    assert c.source is None and c.modality == "asserted"


def test_a_paragraph_ending_in_a_colon_with_no_statement_names_no_one() -> None:
    c = claim_for("Here is what we know so far:\nTwo men were shot outside a bar.", "Two")
    assert c.source is None and c.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Two patrol cars posted outside the store overnight.\n"
            "Dana Pike, 34, who works across the street, came by at dawn. "
            "She said she only learned later that three people had been shot.",
            "three",
            "Dana Pike",
        ),
        (
            "Marcus Lee (19) stood by the tape with his brother. He says two of his friends were hurt.",
            "two",
            "Marcus Lee",
        ),
    ],
)
def test_he_said_after_a_person_named_with_an_age_is_that_person(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source and c.modality == "reported"


def test_the_person_named_with_an_age_must_be_in_the_same_paragraph() -> None:
    text = "Dana Pike, 34, lives across the street.\nHe said three people had been shot."
    assert claim_for(text, "three").source != "Dana Pike"


def test_a_speaker_named_nearer_still_wins() -> None:
    text = (
        "Dana Pike, 34, lives nearby. Her uncle, Ray Pike, told reporters the street was quiet. He said four were hurt."
    )
    assert claim_for(text, "four").source == "Ray Pike"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Detectives say a feud between two crews may have led to the violence. "
            "In the last week the area saw three shootings, all near the same corner.",
            "three",
            "Detectives",
        ),
        (
            "Gun violence fell this spring, city police said. By May, 140 shootings had been logged across the city.",
            "140",
            "city police",
        ),
        (
            "The sheriff said the week was the worst in years. The county recorded five killings by Friday.",
            "five",
            "sheriff",
        ),
    ],
)
def test_a_sentence_about_shootings_goes_on_with_the_account_before(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source.split()[-1] in c.source
    assert c.modality == "reported"


def test_background_with_no_harm_in_it_does_not_go_on_with_the_account() -> None:
    text = "Two men were shot on Elm Street, police said. The street has 40 homes and a small park."
    c = claim_for(text, "40")
    assert c.source is None and c.modality == "asserted"
