"""A hedge after a casualty count doubts the count only inside the count's own phrase (GUIDE 14).

"possibly gang related" or "possibly with a rifle" after a second count ("five with gunshot wounds", "one
fatally") bears on the shooting, not on the first count. The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from tests.extractors.lookup import claim_for


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A shooting that left seven people hurt, four with gunshot wounds, was possibly a feud, police said.",
            "seven",
        ),
        ("Three men were shot, one fatally, possibly with a shotgun, near the depot, officials said.", "Three"),
    ],
)
def test_a_hedge_past_another_count_leaves_the_first_reported(text: str, figure: str) -> None:
    c = claim_for(text, figure)
    assert c.modality == "reported"


def test_a_share_of_the_count_does_not_end_its_phrase() -> None:
    c = claim_for("Six people, one of them a teacher, may have died in the crash.", "Six")
    assert c.modality == "possible"
