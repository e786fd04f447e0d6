"""Who heard it is not who says it: "X told Y" where Y is a person (GUIDE 13).

The sentences are written for the tests; names and numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The bakery now ships 900 loaves a day, Okafor told Lindqvist.", "900", "Okafor"),
        ("Nine in ten farms on the plain grow barley, the minister told Haddad.", "Nine in ten", "minister"),
        ("A neighbour told Ashford police that three boys ran off.", "three", "neighbour"),
    ],
)
def test_a_surname_after_told_is_who_heard_it(text: str, figure: str, source: str) -> None:
    claim = claim_for(text, figure)
    assert claim.source is not None and source in claim.source
    assert claim.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The studio will cut 40 jobs, a spokeswoman told Variety.", "40", "Variety"),
        ("The clinic saw 300 patients in March, Dr. Amos told the Courier.", "300", "Courier"),
        ("The mill employs 250 people, Moreau told Reuters.", "250", "Reuters"),
        ("The ferry carried 90 cars a day, the captain told The Beacon last week.", "90", "Beacon"),
        ("The tour sold 12,000 tickets, the promoter told KXYZ 7.", "12,000", "KXYZ 7"),
    ],
)
def test_an_outlet_after_told_is_the_source(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source
