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
    ],
)
def test_a_speaker_gives_the_account_a_belief_sits_in(text: str, figure: str, source: str, modality: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, modality)
