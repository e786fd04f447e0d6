"""What is counted in the language of police reports (GUIDE decisions 1, 11, 23).

Each case is a pattern found in several shooting reports of the GVC train split; the sentences
are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A participle after "other", "more" or "additional" modifies the noun that follows it.
        ("Two other stabbing victims were driven to a hospital by friends.", "Two", "other stabbing victims"),
        ("Three more gunshot victims arrived at the clinic later.", "Three", "more gunshot victims"),
        ("The three other wounded men were released on Sunday.", "three", "other wounded men"),
        # ... but not a verb after a complete noun phrase.
        ("Two other men fleeing the scene were stopped.", "Two", "other men"),
    ],
)
def test_a_participle_after_other_modifies_the_noun(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # A bare count in the state a report puts the hurt in counts people, not the speaker or a place.
        ("Troopers said two were pronounced dead on the highway.", "two", "people"),
        ("Five men were shot near the bar. Two remain hospitalized.", "Two", "people"),
        ("Two are dead and three are in critical condition after a shooting on Oak Street.", "three", "people"),
        ("After the shooting, four were transported to Mercy Hospital, police said.", "four", "people"),
    ],
)
def test_a_bare_count_in_a_casualty_state_counts_people(text: str, figure: str, counted: str) -> None:
    assert claim_for(text, figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "head"),
    [
        # An adverb of how badly between the verb and the harm keeps the count of people.
        ("Three were critically injured at the depot.", "Three", "people"),
        ("Two are badly hurt, a nurse said.", "Two", "people"),
        ("One was slightly wounded by glass.", "One", "person"),
    ],
)
def test_a_bare_count_harmed_badly_counts_people(text: str, figure: str, head: str) -> None:
    assert claim_for(text, figure).counted == head
