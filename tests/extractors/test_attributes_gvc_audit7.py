"""Source and modality of casualty figures: patterns of language from a blind audit of unlabelled shooting reports.

GUIDE 13 and 14. Each test is one pattern that recurred across different articles; the sentences are written for
the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Three cousins were wounded at the cookout, the family said.", "Three", "family"),
        ("Two brothers were shot outside the store, his family said on Sunday.", "Two", "family"),
        ("Family members said four people were hit when the van was sprayed with bullets.", "four", "Family members"),
        (
            "Both victims were taken to Elm General, where one of the three men died, a family member said.",
            "three",
            "family member",
        ),
        ("According to the family, two children were hurt by flying glass.", "two", "family"),
    ],
)
def test_a_victims_family_speaks_for_the_figure(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Police confirm two people were shot near the bus depot.", "two", "Police"),
        ("Authorities confirm that three men died in the crash on Route 9.", "three", "Authorities"),
        ("Elm County deputies confirm five people were hurt at the fair.", "five", "Elm County deputies"),
    ],
)
def test_a_plural_body_that_confirms_in_the_present(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Saying goodbye or a prayer is no account of how many were killed.
        ("Friends and family say goodbye to the two teens killed on Oak Street.", "two"),
        ("Neighbors said a prayer for the four people shot at the corner store.", "four"),
        # "family" ending in -ly is a noun, not an adverb; a lone adverb before a verb is still no speaker.
        ("Four men were shot late Friday, and quickly said nothing more.", "Four"),
    ],
)
def test_a_greeting_or_a_prayer_is_no_attribution(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "asserted")


def test_could_not_confirm_is_not_a_confirmation() -> None:
    # The body declines to confirm: it does not report the figure as its own.
    c = claim_for("Police could not confirm whether two people were shot.", "two")
    assert c.source is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A neighbor told police three men were shot in the alley.", "three", "neighbor"),
        ("Her husband told officers four people were hurt in the crash.", "four", "husband"),
        ("Jo Roe told a dispatcher two people had been shot.", "two", "Jo Roe"),
        ("Witnesses told investigators five shots hit the car.", "five", "Witnesses"),
    ],
)
def test_told_the_police_then_what_was_said(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_told_a_number_of_people_is_whom_it_was_told_to() -> None:
    # The figure counts who was told, and is the article's own.
    c = claim_for("The mayor told 300 workers the plant would close.", "300")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("One witness said three men were shot near the gas station.", "three", "witness"),
        ("“I heard six or seven shots,” one neighbor said.", "six or seven", "neighbor"),
        ("Two teens were hurt, one officer said.", "Two", "officer"),
    ],
)
def test_one_person_of_the_story_speaks(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_one_as_a_count_is_no_speaker() -> None:
    c = claim_for("One man was shot and two others were hurt, police said.", "two")
    assert c.source == "police"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Three people were wounded, according to a news release from Elm police.", "Three", "Elm police"),
        (
            "According to a press release issued by the Elm County Sheriff's Office, two men died.",
            "two",
            "Elm County Sheriff's Office",
        ),
        (
            "According to a release from the town police department, four people were hurt.",
            "four",
            "town police department",
        ),
    ],
)
def test_a_release_is_the_issuing_bodys_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A court denying someone bail calls no figure false (what the judge notes is the judge's account).
        ("The judge denied Jo Roe bail, noting that three people died in the fire.", "three", "reported"),
        ("A judge denied both men bond after hearing that two officers were hurt.", "two", "asserted"),
        # A denial of the figure's claim still is one.
        ("The sheriff denied reports that three people died in the fire.", "three", "denied"),
    ],
)
def test_denying_someone_bail_is_no_denial(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A caption credits the photo to the body that provided it; the figure is the caption's own.
        (
            "This photo released by the Elm County Sheriff's Office shows Deputy Jo Roe, one of two officers killed.",
            "two",
        ),
        (
            "This undated photo provided by Elm police shows Jo Roe, who was charged with shooting three people.",
            "three",
        ),
        ("In this image released by the Elm Police Department, officers gather where four people were shot.", "four"),
    ],
)
def test_a_picture_credit_is_no_attribution(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Figures, records and tolls released by a body are its account.
        (
            "Figures released by the Elm County Sheriff's Office show 12 people were shot this year.",
            "12",
            "Elm County Sheriff's Office",
        ),
        ("Police records show two men were shot behind the bar.", "two", "Police records"),
    ],
)
def test_figures_released_by_a_body_stay_its_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A newsroom that "has learned" a figure is the outlet it came to (GUIDE 13), its channel number included.
        ("Channel 2 has learned one victim was listed in critical condition.", "one", "Channel 2"),
        ("Two people were shot outside the bar, Local 4 has learned.", "Two", "Local 4"),
        ("KOB 4 reports three people were hurt in the crash.", "three", "KOB 4"),
        ("Four men were shot, the Elm Daily News has learned.", "Four", "Elm Daily News"),
    ],
)
def test_a_station_named_with_its_number_speaks(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_learning_to_do_something_is_no_account() -> None:
    c = claim_for("He had learned to shoot when he was 12, and two of his cousins were hurt that year.", "two")
    assert (c.source, c.modality) == (None, "asserted")


def test_a_playlist_clock_is_no_station_number() -> None:
    # "1:08 Jo Roe says": the clock of a video list, not channel 8.
    assert claim_for("1:08 Jo Roe says three shots were fired.", "three").source == "Jo Roe"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A person's role in the story before their name: the name is the source, as short as it can be named.
        ("“I saw three people fall,” said neighbor Jo Roe.", "three", "Jo Roe"),
        ("“Two of them were bleeding,” said his friend Ann Lee.", "Two", "Ann Lee"),
        ("Four teens were hurt, according to classmate Ann Lee.", "Four", "Ann Lee"),
        # A day after the role is when it was said, not who said it.
        ("“Three people were shot,” said a neighbor Sunday.", "Three", "neighbor"),
    ],
)
def test_a_role_before_a_name_gives_the_name(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("His mother, Jo Roe, said two of her sons were shot that night.", "two", "Jo Roe"),
        ("A neighbor, Ann Lee, said she heard five shots before the car sped off.", "five", "Ann Lee"),
        ("Two men were shot on the porch, the victim's uncle, Jo Roe, said.", "Two", "Jo Roe"),
        # A trailing role and name without commas: ", neighbor Jo Roe said."
        ("Two men were shot behind the store, neighbor Jo Roe said.", "Two", "Jo Roe"),
    ],
)
def test_a_role_then_a_name_between_commas_speaks(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_count_beside_a_role_is_no_speaker() -> None:
    # "Her son, 19, and two friends": an age between commas, not a name.
    assert claim_for("Her son, 19, and two friends were shot, police said.", "two").source == "police"
