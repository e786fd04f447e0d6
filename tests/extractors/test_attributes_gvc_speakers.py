"""Who speaks for a casualty figure in shooting reports when the article names them only by what they are.

GUIDE 13: the source is the person, body or outlet the article says reports the figure, as short as it can be
named. A woman, a relative or "a Elm Park man" is such a person. The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ('"Nobody sleeps since the three people got shot on the corner," said the woman.', "three", "woman"),
        ("A Birch Hollow man says he is not the one who shot two people at the gas station.", "two", "man"),
        ("Her husband said four people were hurt when the car was sprayed with bullets.", "four", "husband"),
    ],
)
def test_a_person_named_by_a_common_noun_speaks_for_the_figure(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A man opened fire at the cookout, killing two guests, the aunt of one of the hosts said.", "two", "aunt"),
        ("Five people were wounded in the parking lot, the brother of a victim told reporters.", "Five", "brother"),
    ],
)
def test_a_relative_of_someone_in_the_story_is_the_speaker(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_man_in_the_story_who_does_not_speak_is_no_source() -> None:
    c = claim_for("The man was shot in the leg and two women were hurt by flying glass.", "two")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # The handle inside the tweet names who gave the count, not the reporter who posted it.
        (
            "Update: 2 men and one teen hurt according to @MapleTwpPD — Sam Lee (@SamLeeNews) June 3, 2016",
            "2",
            "MapleTwpPD",
        ),
        ("Dad tells @KQRS_News the victims are his three sons. — Sam Lee (@SamLeeNews) June 3, 2016", "three", "KQRS"),
        ("Two people were shot at the block party, according to @MapleTwpPD.", "Two", "MapleTwpPD"),
    ],
)
def test_a_handle_the_figure_came_from_or_went_to_is_its_source(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
    assert c.modality == "reported"


def test_a_tweet_without_such_a_handle_stays_its_authors() -> None:
    c = claim_for("Four people were hurt on Elm Street tonight. — Sam Lee (@SamLeeNews) June 3, 2016", "Four")
    assert c.source == "Sam Lee"


def test_a_speaker_who_goes_on_to_their_own_view_does_not_cover_the_clause_before() -> None:
    text = "After a gunman killed three people at a mall, his brother told a local paper he thinks it was planned."
    c = claim_for(text, "three")
    assert (c.source, c.modality) == (None, "asserted")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A shooting left two people hurt on Friday night, according Elm County Fire Rescue.", "two", "Elm County"),
        ("Five people were shot near the rink, according to @ElmCountyFire.", "Five", "ElmCountyFire"),
    ],
)
def test_according_without_its_to_still_names_the_source(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Related: Police: 3 teens hurt in rink shooting", "3", "Police"),
        ("[RELATED: Deputies: 2 dead after dispute at a lake house]", "2", "Deputies"),
    ],
)
def test_a_related_story_link_keeps_its_headlines_speaker(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_related_story_link_without_a_speaker_is_asserted() -> None:
    c = claim_for("Related: 4 shot outside a skating rink", "4")
    assert (c.source, c.modality) == (None, "asserted")
