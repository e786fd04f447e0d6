"""Finding one figure's claim in a sentence, for the attribute tests."""

from __future__ import annotations

from extractors import extract_claims
from extractors.records import Claim


def claim_for(text: str, figure: str) -> Claim:
    """The claim whose quantity is written ``figure`` in ``text``; fails the test if none is."""
    for c in extract_claims(text):
        if c.quantity.text == figure:
            return c
    raise AssertionError(f"{figure!r} not extracted from {text!r}")
