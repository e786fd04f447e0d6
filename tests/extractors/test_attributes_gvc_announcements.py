"""Bodies that announce who was shot: when they speak for the count, and when the count is background.

GUIDE 13: the source is who the article says reports the figure. A body that releases the names or the
cause of death of those killed, or identifies them ("were identified by Elm Police as ..."), gives the count
of the people it names. Naming a suspect says who fired, not how many were hit, so a toll in the description
of the shooting stays the article's. The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The county coroner has released the cause of death of a woman and her two daughters found in a van.",
            "two",
            "coroner",
        ),
        ("The three men killed were identified by Pine Bluff Police as cousins from out of town.", "three", "Police"),
    ],
)
def test_a_body_naming_those_killed_speaks_for_their_count(text: str, figure: str, source: str) -> None:
    c = claim_for(text, figure)
    assert c.source is not None and source in c.source
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Deputies have identified a 19-year-old as the gunman in a shooting at a rodeo that left six people hurt.",
            "six",
        ),
        ("Police identified a woman as a person of interest in the drive-by that wounded three teens.", "three"),
        # Without "as ..." the identification is of one person, and the total is the article's.
        ("The second of two men killed at the lake has been identified by the Pine County Coroner.", "two"),
    ],
)
def test_naming_a_suspect_or_one_victim_leaves_the_toll_asserted(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert (c.source, c.modality) == (None, "asserted")
