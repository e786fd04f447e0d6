"""Source, modality and counted noun in the language of local shooting reports (GUIDE 11, 13, 14).

Each case is a pattern of language found in several fresh shooting reports, labelled apart from
the gold; the sentences are written for the test.
"""

from __future__ import annotations

import pytest

from extractors import extract_claims
from extractors.tokens import split_sentences
from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # A trailing attribution of the next sentence carries the account back to the figure...
        (
            "Two men were found with gunshot wounds. One of them died at the scene, deputies said.",
            "Two",
            "deputies",
            "reported",
        ),
        # ...but a quotation closing before its speaker is that speaker's own words.
        (
            'Two men were found with gunshot wounds. "I ran out and saw them lying there," said Ana Ortiz.',
            "Two",
            None,
            "asserted",
        ),
    ],
)
def test_a_quotation_after_the_figure_does_not_attribute_it(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A bare "one" after a group counts one member of it.
        ("Four people were shot, one fatally, outside a bar on Elm Street.", "one", "person"),
        ("A gunman fired at two deputies, killing one and wounding the other.", "one", "deputy"),
        ("Three women were hurt and one died at the scene.", "one", "woman"),
        ("The blast left one dead and two injured.", "one", "person"),
        ("Two men shot, one fatally, near Elm Park", "one", "man"),
        # the singular of any plural the group ends on, not only people's
        ("Three coaches were hurt in the crash, one critically.", "one", "coach"),
        ("Two witnesses were shot outside the courthouse, one fatally.", "one", "witness"),
        ("Two servicemen were wounded at the gate, one seriously.", "one", "serviceman"),
        # A title-case headline counts people, as its other figures do.
        ("One Killed, Three Hurt In Elm Street Shooting", "One", "people"),
    ],
)
def test_a_bare_one_counts_one_member_of_the_group(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    "text",
    [
        "Four people were shot on Elm Street. One remains in hospital. The other three went home on Monday.",
        "Four people were shot on Elm Street. The other three were shot on Oak Street.",
    ],
)
def test_the_other_few_count_others_of_the_group(text: str) -> None:
    assert (claim_for(text, "three").counted or "").startswith("other")


def test_a_line_without_commas_keeps_its_counts_apart() -> None:
    # A tweet or crosshead lists its counts without commas: the next count is no part of the noun.
    claims = {c.quantity.text: c.counted for c in extract_claims("Several wounded one dead on Elm Ln. #breaking")}
    assert claims == {"Several": "people", "one": "person"}


@pytest.mark.parametrize(
    "text",
    ["3 found shot dead in Elm Street home", "Two shot dead outside Elm Park bar", "Four gunned down at party"],
)
def test_a_headline_count_of_people_shot_dead_counts_people(text: str) -> None:
    assert extract_claims(text)[0].counted == "people"


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Deputies found three men ages 19, 20 and 24 with gunshot wounds.", "three", "men"),
        ("The victims were four women aged 30 to 45.", "four", "women"),
    ],
)
def test_ages_after_the_noun_are_not_part_of_it(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "source", "modality"),
    [
        # The telling of the harm carries on the account the sentence before gave as a whole...
        (
            "The fight started inside the bar, Sgt. Dana Cole said. The gunman then walked outside and shot three men.",
            "three",
            "Sgt. Dana Cole",
            "reported",
        ),
        (
            "Deputies said the man had argued with a neighbor. "
            "He went home, came back with a rifle and killed two people.",
            "two",
            "Deputies",
            "reported",
        ),
        # ...background the reporter adds does not, and a new paragraph does not inherit it.
        (
            "The fight started inside the bar, Sgt. Dana Cole said. The bar opened last spring and employs 12 people.",
            "12",
            None,
            "asserted",
        ),
        (
            "The fight started inside the bar, Sgt. Dana Cole said.\n"
            "The gunman then walked outside and shot three men.",
            "three",
            None,
            "asserted",
        ),
    ],
)
def test_the_telling_of_the_harm_continues_the_account_before_it(
    text: str, figure: str, source: str | None, modality: str
) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)


def test_a_date_after_a_clock_time_keeps_the_sentence_together() -> None:
    text = "According to police, deputies got there at 3 a.m. Oct. 9 and located two people who had been shot."
    assert len(split_sentences(text)) == 1
    assert claim_for(text, "two").source == "police"
    assert len(split_sentences("Deputies arrived at 4:45 a.m. PST, according to a release, and found two men.")) == 1
    # A month name that opens the next sentence, with no day after it, still starts one.
    shop = "The shop closes at 9 p.m. March is its busiest month."
    parts = [shop[s:e] for s, e in split_sentences(shop)]
    assert parts == ["The shop closes at 9 p.m.", "March is its busiest month."]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three people were shot, said Det. Jo Roe.", "Det. Jo Roe"),
        ("Three people were shot, said Cpl. Jo Roe of the Elm police.", "Cpl. Jo Roe"),
        ("Three people were shot, Cmdr. Jo Roe said.", "Cmdr. Jo Roe"),
        ("Three people were shot, said Supt. Jo Roe.", "Supt. Jo Roe"),
    ],
)
def test_a_rank_before_the_speakers_name_does_not_end_the_sentence(text: str, source: str) -> None:
    assert claim_for(text, "Three").source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Alan Pike with the Dunmore Police Department says three people were shot.", "Alan Pike"),
        ("Sgt. Alan Pike of the Dunmore Police Department said three people were shot.", "Sgt. Alan Pike"),
        ("Officer Alan Pike with the Dunmore police said three people were shot.", "Officer Alan Pike"),
        ("Alan Pike, with the Dunmore Police Department, says three people were shot.", "Alan Pike"),
        # Without a person's name, the body is who says so.
        ("Officers with the Dunmore Police Department said three people were shot.", "Dunmore Police Department"),
    ],
)
def test_a_person_named_with_the_body_they_speak_for_is_the_source(text: str, source: str) -> None:
    assert claim_for(text, "three").source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # whom it was told to is no complement of the verb: the speaker still covers the clause before
        ("In all, three people were shot, police tell local media.", "police"),
        ("In all, three people were shot, deputies confirmed to reporters.", "deputies"),
        ("Detectives tell us three people were shot.", "Detectives"),
        # a pronoun with a contraction is someone quoted, never a source the article names
        ("I'll tell you, three people were shot here.", None),
        ("We'd say three people were shot, not two.", None),
    ],
)
def test_told_whom_and_quoted_pronouns(text: str, source: str | None) -> None:
    assert claim_for(text, "three").source == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the article's description of who speaks is not what the speaker reports
        ('"It was awful," the 41-year-old baker and mother of three small girls said.', "three"),
        ('"It was awful," the 41-year-old baker and mother of three small girls said.', "41-year-old"),
        ('"We heard shots," Rafe Ortiz, 30, said.', "30"),
    ],
)
def test_a_figure_describing_the_speaker_is_the_articles(text: str, figure: str) -> None:
    claim = claim_for(text, figure)
    assert (claim.source, claim.modality) == (None, "asserted")


def test_a_quotation_is_still_its_speakers() -> None:
    claim = claim_for('"Two men were shot," Rafe Ortiz, 30, said.', "Two")
    assert (claim.source, claim.modality) == ("Rafe Ortiz", "reported")
