"""The speaker tagged right after a quotation closes (GUIDE 13): verbs that tag a quotation only there, and a
speaker named by a common noun.

The sentences are written for the tests; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("“We lost 14 sheep to the frost that winter,” Okafor recalled.", "14", "Okafor"),
        ('"The first boat cost us $9,000," Lindqvist joked at the launch.', "$9,000", "Lindqvist"),
        ("“Just 60 seats were left by noon,” replied Ana Ferreira.", "Just 60", "Ana Ferreira"),
    ],
)
def test_a_verb_that_tags_a_quotation_names_its_speaker(text: str, figure: str, source: str) -> None:
    claim = claim_for(text, figure)
    assert claim.source == source
    assert claim.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ('"It took me 40 minutes to walk to the shop," the pensioner said.', "40 minutes", "pensioner"),
        ("“We counted 300 geese on the lake,” a volunteer recalled.", "300", "volunteer"),
        ("“The roof leaked in three places,” said her landlord.", "three", "landlord"),
    ],
)
def test_a_common_noun_after_a_quotation_is_its_speaker(text: str, figure: str, source: str) -> None:
    claim = claim_for(text, figure)
    assert claim.source == source
    assert claim.modality == "reported"


def test_a_tag_verb_outside_a_quotation_tells_no_account() -> None:
    claim = claim_for("The carmaker recalled 4,000 vans over a faulty brake.", "4,000")
    assert claim.source is None
    assert claim.modality == "asserted"
