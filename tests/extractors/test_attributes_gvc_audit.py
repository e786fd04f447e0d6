"""Source and modality in shooting reports no gold covers (GUIDE decisions 13 and 14).

Each case is a pattern of language that a blind audit of GVC train articles found wrong in several
articles; the sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A belief inside the sentence is a view within the account; the trailing speaker gives it.
        (
            "Detectives believe they know who opened fire at the skating rink, wounding four teens, officers said.",
            "four",
            "officers",
            "reported",
        ),
        (
            "The dispute, which deputies believe started over a parking spot, ended with two men shot, "
            "Sgt. Lee Park said.",
            "two",
            "Sgt. Lee Park",
            "reported",
        ),
        # With no speaker beside it, the belief is the source, and a count it opens is in doubt.
        ("Investigators believe three men were inside the van.", "three", "Investigators", "possible"),
        # A belief that opens on the count is the believers' count, which the trailing speaker only relays.
        (
            "One gunman is dead and deputies believe two others remain on the run, the spokeswoman said.",
            "two",
            "deputies",
            "possible",
        ),
    ],
)
def test_a_speaker_gives_the_account_a_belief_sits_in(text: str, figure: str, source: str, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Reports indicate that five people were hurt when the stage collapsed.", "five"),
        ("Reports suggested two guards had been shot at the gate.", "two"),
    ],
)
def test_reports_from_no_one_named_frame_the_figure(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "reported")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        # A belief about what the event was, not about how many were hurt in it.
        ("Three men were wounded in what was believed to be a dispute over money.", "Three", "asserted"),
        ("Two teens were shot in what is thought to be a gang feud.", "Two", "asserted"),
        # A prognosis, in any case, is no doubt about the count.
        ("Two victims went to a clinic in Elmton and are expected to be fine.", "Two", "asserted"),
        # A belief that opens on the count still doubts it.
        ("Police believe four people were inside the store.", "four", "possible"),
    ],
)
def test_beliefs_about_the_event_leave_the_count_asserted(text: str, figure: str, modality: str) -> None:
    assert claim_for(text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Five people were hurt in the crash, according to Elm police spokesman Tom Baker.", "Five", "Tom Baker"),
        ("Two men were found dead in the yard, according to the sheriff's spokeswoman, Ana Ruiz.", "Two", "Ana Ruiz"),
        ("All three victims are students, according to ACU spokesman Jim Hart.", "three", "Jim Hart"),
        # No name after the body: the body stays; nor is a second title at a cut-off line a name.
        ("Two men were shot, according to Elm police.", "Two", "Elm police"),
        ("Two men were shot, according to Elm Police Division spokeswoman Cpl.", "Two", "Elm Police Division"),
    ],
)
def test_according_to_a_body_and_its_titled_person(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The next sentence of the paragraph carries the account on, with the day it was given.
        ("Three men were hurt outside the arena. None of the wounds was serious, police said Tuesday.", "Three"),
        ("Two women were shot at the bus stop. Both are in stable condition, officers said late Friday night.", "Two"),
    ],
)
def test_a_trailing_speaker_with_a_day_carries_the_account_back(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and c.source.lower() in ("police", "officers")
    assert c.modality == "reported"


def test_a_new_paragraph_does_not_take_the_next_ones_speaker() -> None:
    c = claim_for(
        "Three men were hurt outside the arena.\n\nNone of the wounds was serious, police said Tuesday.", "Three"
    )
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Nine students were shot on campus last year, police records show.", "Nine", "police records"),
        ("Court documents indicate that two men fired at the house.", "two", "Court documents"),
    ],
)
def test_papers_of_a_case_speak_with_verbs_of_their_own(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_show_is_speech_only_for_papers() -> None:
    c = claim_for("When officers show up, they find two men on the porch.", "two")
    assert (c.source, c.modality) == (None, "asserted")


def test_an_abbreviation_before_lower_case_ends_no_sentence() -> None:
    c = claim_for("The two victims were shot on Elm Ave. and W. 3rd St. near the park, officials said.", "two")
    assert (c.source, c.modality) == ("officials", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The speaker of the main clause gives both halves of its account.
        (
            "Deputies said two of the victims went home the same night, but three others remain in surgery.",
            "three",
            "Deputies",
        ),
        (
            "Sheriff Ana Ruiz said the gunman is still at large, but three men who drove him have been arrested.",
            "three",
            "Sheriff Ana Ruiz",
        ),
        # Not a speaker inside a clause of the sentence: the article goes on after ", but".
        ("The victims were hurt after police say a car hit them, but two were released.", "two", None),
    ],
)
def test_an_account_goes_on_across_but(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Police in Elmton, Ohio say three people were hurt in the crash.", "three", "Police"),
        ("Deputies in Marlow, Texas, said two men were shot outside the bar.", "two", "Deputies"),
        # A town after a place noun is where it happened; the trailing speaker stays.
        ("Six people were wounded at a barbecue in Elmton, Ohio, police said.", "Six", "police"),
        # Not at the head of the sentence: whom the police shot is no speaker's account.
        ("A man shot by police in Elmton, Ohio, said he saw two guns.", "two", None),
    ],
)
def test_a_body_named_with_its_town_and_state(text: str, figure: str, source: str | None) -> None:
    assert claim_for(text, figure).source == source


def test_straight_quotes_pair_up_from_the_paragraph_start() -> None:
    # A long quotation in a paragraph that runs on: a look-back window starting inside it must not read the
    # quotation as still open at the figure.
    quote = '"' + " ".join(["We walked down the block to the corner store and back again."] * 30) + '" said Jo Lane.'
    c = claim_for("The block party ran late. " + quote + " Two men were hurt in the crossfire.", "Two")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "All three died where they fell, according to the Elm County medical examiner's office.",
            "three",
            "Elm County medical examiner's office",
        ),
        (
            "Two deputies were wounded, according to Marlow County emergency officials.",
            "Two",
            "Marlow County emergency officials",
        ),
        ("Four men were charged, according to Elm Parish court records.", "Four", "Elm Parish court records"),
        # The day after the body is when, not a name.
        ("Two men were shot, according to Elm police Tuesday.", "Two", "Elm police"),
    ],
)
def test_according_to_a_place_and_a_body_in_lower_case(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # American punctuation puts the comma inside the closing quote; the speaker after it still trails.
        ("The three victims belonged to the “Elm Street Crew,” a police source said.", "three", "police source"),
        # A quotation that goes on after its speaker stays theirs.
        (
            "Elm police opened an inquiry.\n“At about 9 p.m., officers responded to a shooting on Elm Street,” the "
            "release stated. “There, they found four adults with gunshot wounds.”",
            "four",
            "release",
        ),
    ],
)
def test_a_speaker_after_a_comma_inside_quotes(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were found dead in the van, according to reports.",
        "According to early news reports, two guards were found dead in the van.",
        "Two guards were found dead in the van, according to media reports.",
        "Two guards were found dead in the van, reports said.",
    ],
)
def test_reports_from_no_one_named_leave_the_source_empty(text: str) -> None:
    c = claim_for(text, "Two" if text.startswith("Two") else "two")
    assert (c.source, c.modality) == (None, "reported")


def test_reports_by_someone_name_them() -> None:
    c = claim_for("Two guards were found dead in the van, according to reports by the Elm Gazette.", "Two")
    assert (c.source, c.modality) == ("Elm Gazette", "reported")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Two students were shot near the dorms on Friday.\n"
            "Elm State Senator Jo Roe released the following statement on the shooting:\n"
            "“My thoughts are with the family of the student who died and the three others who were wounded.”",
            "three",
            "Elm State Senator Jo Roe",
        ),
        (
            "Officers were called to the block at noon.\nThe Elm Sheriff's Office issued this statement:\n"
            '"As a result of the altercation, four people were taken to the hospital."',
            "four",
            "Elm Sheriff's Office",
        ),
    ],
)
def test_a_statement_quoted_after_its_introducing_colon(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_quotation_after_a_paragraph_that_introduces_nothing_is_not_given_a_speaker() -> None:
    text = "Two students were shot near the dorms on Friday.\nThe campus was closed.\n“Three others were wounded.”"
    assert claim_for(text, "Three").source is None


def test_an_outlets_unnamed_source_is_the_outlets_account() -> None:
    # GUIDE 13: "the Harbor Gazette's source" names no one but the outlet, which is the source; a
    # body written after a place ("the Elm County coroner's office") is kept whole.
    c = claim_for("According to the Harbor Gazette's source in the ministry, up to 300 people were held.", "up to 300")
    assert c.source == "Harbor Gazette"
    c = claim_for("According to the Elm County coroner's office, the driver was 34.", "34")
    assert c.source == "Elm County coroner's office"
