"""A pronoun that speaks ("They found that ...", "It said ...", "She said ...") when no one spoke before
it: the subject the sentence before opens on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Engineers at the port inspected the cranes. They found that 11 needed repairs.", "11", "Engineers"),
        ("The watchdog reviewed the contract. It said the costs had risen by 14%.", "14%", "watchdog"),
        ("Mara Quist coached the team for a decade. She said 30 players had turned professional.", "30", "Mara Quist"),
        ("Pollsters surveyed voters in May. They estimate that 52% back the plan.", "52%", "Pollsters"),
    ],
)
def test_the_pronoun_is_the_subject_before(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source == source
    assert c.modality in ("reported", "possible")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A quotation opens on no subject of the article's.
        ('"Lena was the heart of the club." He said she had coached 40 players.', "40"),
        # "he" is never a plural body.
        ("Officers searched the flat. He said 12 rooms were empty.", "12"),
        # what officers came upon is no finding they report
        ("Deputies went to the farm. They found two dogs inside.", "two"),
    ],
)
def test_no_subject_stands_for_the_pronoun(text: str, figure: str) -> None:
    assert claim_for(text, figure).source is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # A fear is an account of a figure, and a hedged one.
        ("As many as 25 stalls could close, the traders' association fears.", "As many as 25", "traders' association"),
        ("Around 90 flights may be cut, unions fear.", "Around 90", "unions"),
    ],
)
def test_a_fear_is_a_hedged_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "possible")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "the agency", "the broadcaster": the body that spoke just before, in its paragraph.
        (
            "Rivers could rise 2 metres, the Flood Forecasting Centre said. "
            "Up to 300 homes may flood, the agency warned.",
            "Up to 300",
            "Flood Forecasting Centre",
        ),
        # the body the paragraph opens on, as subject or as owner
        ("Veltra launched its e-bike on Monday. It weighs 19 kg, the company said.", "19 kg", "Veltra"),
        ("Orvane's new kettle boils a litre in 90 seconds, the company says.", "90 seconds", "Orvane"),
    ],
)
def test_a_bare_descriptor_is_the_body_before(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def test_a_bare_descriptor_never_stands_for_a_person() -> None:
    text = "Chief executive Ola Brandt spoke on Monday. Sales rose 4%, the company said."
    assert claim_for(text, "4%").source == "company"


def test_the_owner_of_a_product_may_be_a_two_word_body() -> None:
    text = "Marrow Kinetics' delivery drone flew 40 km on Friday. The company said it carried 3 kg."
    assert claim_for(text, "3 kg").source == "Marrow Kinetics"


def test_a_study_of_n_people_published_in_a_journal_is_the_journal_s() -> None:
    text = (
        "Cyclists were 15% less likely to report back pain, according to a study of 2,400 commuters "
        "published in the Dunmore Review of Medicine."
    )
    assert claim_for(text, "15%").source == "Dunmore Review of Medicine"
