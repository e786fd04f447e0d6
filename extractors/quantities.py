"""Placeholder until the quantity extractor lands (issue 3)."""

from __future__ import annotations

from extractors.records import Quantity


def extract_quantities(text: str) -> list[Quantity]:
    return []
