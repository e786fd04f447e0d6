"""The rest of a count, told in the sentence after the speaker's: "The other four ...".

GUIDE 13: a figure takes the source of an earlier sentence of its paragraph whose account it
continues. "One victim is critical, police said. The other four ..." tells the rest of the same
victims, so it is the same account. The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Deputies say one man remains critical at Elm General. The other four people have minor injuries.",
            "four",
            "Deputies",
        ),
        (
            "A woman died at the scene, Elm police said. The other three victims were taken to a hospital.",
            "three",
            "Elm police",
        ),
        (
            "Officers said a man was shot in the arm. The remaining two were treated and released.",
            "two",
            "Officers",
        ),
    ],
)
def test_the_rest_of_the_count_stays_with_the_account(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (source, "reported")


def test_a_new_paragraph_does_not_inherit_the_account() -> None:
    text = "Deputies say one man remains critical at Elm General.\nThe other four people have minor injuries."
    assert claim_for(text, "four").source is None
