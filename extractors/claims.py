"""Placeholder until the claim extractor lands (issue 3)."""

from __future__ import annotations

from datetime import date

from extractors.records import Claim


def extract_claims(text: str, published: date | None = None) -> list[Claim]:
    return []
