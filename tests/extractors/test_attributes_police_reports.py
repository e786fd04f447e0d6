"""Source and modality in the language of police reports (GUIDE decisions 6, 13, 14).

Each case is a pattern found in several shooting reports of the GVC train split; the sentences
are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A definite bare title refers back to the person the article named with it.
        (
            "Police Chief Dana Whitfield said officers arrived within minutes. "
            "Three people were hurt, but none critically, the chief said.",
            "Three",
            "Dana Whitfield",
        ),
        # The short form of a title before the name, and a body and a second title before it.
        (
            "Lt. Omar Reyes spoke at the scene.\n\nFour men were wounded on the porch, the lieutenant said.",
            "Four",
            "Omar Reyes",
        ),
        (
            "The shooting was reported by Elm County Sheriff Ray Dunn on Sunday. "
            "The county sheriff said two victims died at the hospital.",
            "two",
            "Ray Dunn",
        ),
        # No name with that title before: the title stays.
        ("Two men were shot near the dock, the chief said.", "Two", "chief"),
        # An indefinite title names nobody in particular.
        (
            "Sheriff Ray Dunn was at a meeting. Five people were hurt at the fair, a sheriff said.",
            "Five",
            "sheriff",
        ),
    ],
)
def test_titles_refer_back_to_named_speakers(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A speaker whose verb opens an account of its own ("that", "told X that", "vowed to") does not
        # speak for the clause before the comma: that is the article's background.
        (
            "Two weeks after a shooting at a bowling alley left two people dead, police told reporters "
            "that the suspect had turned himself in.",
            "two",
            None,
            "asserted",
        ),
        (
            "After a night of gunfire left three men wounded on Elm Street, the mayor vowed to add patrols.",
            "three",
            None,
            "asserted",
        ),
        # A closing speaker with nothing after the verb speaks for what precedes it.
        ("Three men were wounded on Elm Street, the mayor said Monday.", "Three", "mayor", "reported"),
        (
            "Four people were shot at a party, police said, and one of them died later.",
            "Four",
            "police",
            "reported",
        ),
    ],
)
def test_a_speaker_with_an_account_of_its_own_leaves_the_clause_before(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # An agency's initials before a headline's colon speak for the line, inside a tweet too.
        ("ELPD: 3 hurt in shooting outside a Maple Street bar", "3", "ELPD"),
        ("HCSO: two deputies shot during a traffic stop — Jo Roe (@joroe) May 2, 2016", "two", "HCSO"),
        ("DA: 2 men charged in the shooting of a store clerk", "2", "DA"),
        # A label before the colon speaks for nobody.
        ("UPDATE: 3 hurt in shooting outside a Maple Street bar", "3", None),
        ("WATCH: 4 shot at a block party on Elm Street", "4", None),
    ],
)
def test_agency_initials_speak_for_a_headline(text: str, figure: str, source: str | None) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "asserted" if source is None else "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # An investigation named by its noun alone is the speaker's, and the speaker is the source.
        (
            "The preliminary investigation indicates all three victims were hit by the same gun, police said.",
            "three",
            "police",
        ),
        (
            "Deputies said their initial investigation showed that two men fired from a passing car.",
            "two",
            "Deputies",
        ),
        # With no speaker, or with a named study, the finding keeps its own source.
        (
            "The preliminary investigation indicates all three victims were hit by the same gun.",
            "three",
            "investigation",
        ),
        (
            "A Lakeside University survey found that 40 clinics had closed, officials said.",
            "40",
            "Lakeside University survey",
        ),
    ],
)
def test_a_speaker_before_an_unnamed_finding_of_theirs(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # First accounts from no one named frame the figure: reported, with no source.
        ("Early reports said two people had died at the scene.", "two", None),
        ("The initial report was that nine people had been shot near the park.", "nine", None),
        ("Preliminary reports indicate four men were wounded.", "four", None),
        # A body's report is that body's.
        ("All three were taken to a hospital, the police report says.", "three", "police"),
        ("Initial reports by deputies said five people were hurt.", "five", "deputies"),
    ],
)
def test_first_reports_frame_a_figure_without_a_name(text: str, figure: str, source: str | None) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A place's police in lower case after page furniture or a dash, with nothing before to mark a subject.
        ("Photo 2 of 4 Elm City police say three people were hurt at a party.", "three", "Elm City police"),
        ("- Maple County police say one person died and two were hurt.", "two", "Maple County police"),
    ],
)
def test_a_places_police_speak_after_page_furniture(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Deputies pulled over a pickup on Route 9 late Friday, Sgt. Mara Ellis said. "
            "A search of the cab yielded about 40 grams of cocaine.",
            "about 40 grams",
            "Mara Ellis",
        ),
        (
            "Troopers stopped the van near the state line, state police said. Officers seized 12 rifles from the back.",
            "12",
            "state police",
        ),
    ],
)
def test_what_a_search_turned_up_goes_on_with_the_account_before(text: str, figure: str, source: str) -> None:
    claim = claim_for(text, figure)
    assert claim.source is not None and source in claim.source
    assert claim.modality == "reported"


def test_a_search_in_a_new_paragraph_is_the_articles_own() -> None:
    text = "Deputies pulled over a pickup late Friday, Sgt. Mara Ellis said.\n\nA search of the cab yielded 40 grams."
    assert claim_for(text, "40 grams").source is None
