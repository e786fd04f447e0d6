"""Source, modality and counted noun in the language of local shooting reports (GUIDE 11, 13, 14).

Each case is a pattern of language found in several fresh shooting reports, labelled apart from
the gold; the sentences are written for the test.
"""

from __future__ import annotations

import pytest

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
