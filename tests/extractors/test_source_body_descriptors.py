"""A body named once and then called by a descriptor ("the carrier said") is the named body.

Sentences are written for these tests, in the language of business news."""

from __future__ import annotations

import pytest

from extractors.attribution import described_body
from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # introduced before its name, after it, or in apposition
        (
            "Parcel carrier Dunmore Freight will cut 900 jobs. The carrier said 40 depots would close.",
            "40",
            "Dunmore Freight",
        ),
        (
            "Britain's second-largest grocer, Fairway, raised prices. The retailer said sales rose 4%.",
            "4%",
            "Fairway",
        ),
        (
            "Kelso Motors, a Detroit carmaker, reported a loss. The company said it sold 12,000 cars in May.",
            "12,000",
            "Kelso Motors",
        ),
    ],
)
def test_a_descriptor_is_the_body_it_introduced(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def test_a_descriptor_with_no_body_introduced_stays_as_written() -> None:
    assert claim_for("The company said it sold 12,000 cars in May.", "12,000").source == "company"
    # a body named long before, with the article moved on, is not the one meant
    far = "Investment firm Caldow Partners owns 40 papers. " + "Other owners cut staff. " * 20
    text = far + "The company said it lost $3 million."
    assert described_body("company", "The company said it lost $3 million.", text, len(far)) is None


def test_only_a_definite_descriptor_refers_back() -> None:
    text = "Parcel carrier Dunmore Freight will cut jobs. "
    assert described_body("carrier", "A carrier said rates would rise.", text, len(text)) is None
    assert described_body("carrier", "The carrier said rates would rise.", text, len(text)) == "Dunmore Freight"
    # a day or a month before a comma is no body: "on Saturday, the agency said"
    text = "Forecasters expect rain on Saturday, the agency said. "
    assert described_body("agency", "The agency said winds would reach 50 mph.", text, len(text)) is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a closing speaker named after a lower-case description of the body covers what comes before
        ("Rainfall reached 80mm on Sunday, the national weather service Skyvane said.", "80mm", "Skyvane"),
        ("Bills will rise by 9% from May, the energy regulator Powercheck announced on Monday.", "9%", "Powercheck"),
        (
            "Trains faced delays of up to two hours, the operator Greenway Rail said.",
            "up to two hours",
            "Greenway Rail",
        ),
    ],
)
def test_a_closing_body_named_after_its_description_covers_the_sentence(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a sentence adverb in commas between the speaker and the verb
        ("Bakers, however, said the rise would be about 3%.", "about 3%", "Bakers"),
        ("The union, meanwhile, said 400 jobs were at risk.", "400", "union"),
    ],
)
def test_an_adverb_aside_does_not_part_a_speaker_from_the_verb(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a speaker who opens a clause of their own gives the figures after them
        ("Drivers reported 500 potholes, and the city says it repairs 80% within a month.", "80%", "city"),
        ("Police said two men died at the scene, and witnesses said 20 shots were fired.", "20", "witnesses"),
        (
            "Tenants logged 300 leaks, and the landlord says it fixes about two in three within a week.",
            "about two in three",
            "landlord",
        ),
        # "and" going on with the first speaker's account keeps it
        ("Police said two men died at the scene, and four were hurt.", "four", "Police"),
    ],
)
def test_a_speaker_opening_a_coordinate_clause_takes_over(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def test_a_place_speaks_only_with_a_verb_of_saying() -> None:
    assert claim_for("Prices rose 4%, the county said.", "4%").source == "county"
    c = claim_for("Last year the city recorded 780 homicides.", "780")
    assert c.source is None and c.modality == "asserted"


def test_a_place_in_a_body_s_name_is_no_speaker_of_its_own() -> None:
    text = "A 28-year-old man was also found at the scene, according to Capt. Jo Roe of the city police department."
    assert claim_for(text, "28-year-old").source == "Capt. Jo Roe"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Introduced earlier in the same sentence as the descriptor that speaks.
        ("Video service Pellax added 2.1 million members in May, the company said.", "2.1 million", "Pellax"),
        ("An outage at web host provider Darnell Cloud hit 6,000 sites, the company said.", "6,000", "Darnell Cloud"),
    ],
)
def test_a_descriptor_refers_to_a_body_introduced_earlier_in_its_sentence(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "it" speaking in a clause of its own is the company whose shares, or the body, the sentence opens on.
        (
            "Shares of grocer Fenmore rose 8% after it said sales climbed to 3.2 million orders.",
            "3.2 million",
            "Fenmore",
        ),
        ("Castell Group cut its outlook on Monday as it warned that 400 jobs were at risk.", "400", "Castell Group"),
    ],
)
def test_it_in_a_clause_of_its_own_is_the_body_the_sentence_opens_on(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def test_it_said_without_a_body_before_names_no_one() -> None:
    text = "Rain fell for 3 days after it said nothing."
    assert claim_for(text, "3 days").source is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # Researchers or officials at a named body speak for it, trailing as well as leading.
        ("Rents rose 4% in May, economists at Harlan Bank said.", "4%", "Harlan Bank"),
        (
            "About 300 beds were closed, officials at Elm General Hospital said on Friday.",
            "About 300",
            "Elm General Hospital",
        ),
    ],
)
def test_members_of_a_body_speak_for_it(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def test_a_person_at_a_place_speaks_for_himself() -> None:
    text = "A man at Elm General Hospital said his 19-year-old son was hurt."
    assert claim_for(text, "19-year-old").source != "Elm General Hospital"


def test_a_descriptor_with_modifiers_is_its_head_nouns() -> None:
    # "the parcel carrier" refers back as "the carrier" does; a capitalised run is a name, no descriptor.
    text = "Parcel carrier Swiftbox will close two depots. It will cut 1,400 jobs, the parcel carrier said."
    start = text.index("It will")
    assert described_body("parcel carrier", text[start:], text, start) == "Swiftbox"
    assert described_body("Elm Carrier", text[start:], text, start) is None


LEAD = "Delivery app Quikdrop added 2.1 million users in the quarter, the company said on Monday."


def test_a_descriptor_in_the_sentence_is_the_body_after_its_description() -> None:
    assert claim_for(LEAD, "2.1 million").source == "Quikdrop"


def test_a_carried_account_keeps_the_body_the_descriptor_stood_for() -> None:
    c = claim_for(LEAD + " Revenue rose 9%.", "9%")
    assert c.source == "Quikdrop"
    assert c.modality == "reported"


def test_a_headline_subject_is_no_body_for_a_descriptor() -> None:
    text = (
        "Storms in Vell kill 9\n\nAt least 9 people were killed by storms on Sunday, the civil protection agency said."
    )
    assert claim_for(text, "At least 9").source == "civil protection agency"


def test_a_name_that_only_modifies_speakers_is_no_body() -> None:
    text = "Union leaders said 4,000 staff would strike at the Orlen plant. The company said only 900 had signed up."
    assert claim_for(text, "only 900").source == "company"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The band's agency, Lumen Entertainment, said the group would play 22 concerts.", "22", "Lumen Entertainment"),
        ("Its parent company, Dovetail Holdings, said 300 staff would move.", "300", "Dovetail Holdings"),
    ],
)
def test_a_body_named_after_its_descriptor_speaks(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality == "reported"


def test_a_caution_before_that_is_speech() -> None:
    c = claim_for("Lead author Ann Lee cautioned that 20% of patients may relapse.", "20%")
    assert c.source == "Ann Lee"
