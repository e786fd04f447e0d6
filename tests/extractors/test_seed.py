"""The seed article's hard cases (GUIDE.md), quantity by quantity and claim by claim."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors import Claim, extract_claims, extract_quantities

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_577a8f38bb14521c.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims(seed_text: str) -> dict[str, Claim]:
    return {c.quantity.text: c for c in extract_claims(seed_text, date(2024, 8, 15))}


def test_several_hundred_is_vague_possible_from_ft(claims: dict[str, Claim]) -> None:
    c = next(c for t, c in claims.items() if t.endswith("several hundred"))
    assert (c.quantity.qualifier, c.quantity.low, c.quantity.high) == ("vague", 300, 900)
    assert c.source is not None and c.source in ("FT", "Financial Times")
    assert c.modality == "possible"
    assert c.counted is not None and c.counted.endswith("soldiers")


def test_as_high_as_2000_is_at_most(claims: dict[str, Claim]) -> None:
    q = claims["as high as 2,000"].quantity
    assert (q.qualifier, q.low, q.high, q.kind) == ("at_most", None, 2000, "count")
    assert claims["as high as 2,000"].modality == "possible"


def test_about_200_last_week_from_sky_news(claims: dict[str, Claim]) -> None:
    c = claims["about 200"]
    assert (c.quantity.qualifier, c.quantity.low, c.quantity.high) == ("approx", 200, 200)
    assert c.time is not None and c.time.text.lower().startswith("in the last week")
    assert c.time.start == date(2024, 8, 8) and c.time.end == date(2024, 8, 15)
    assert c.scope == "period"
    assert c.source == "Sky News"
    assert c.modality == "reported"
    assert c.counted == "Russian soldiers"


def test_ages_between_19_and_21_continue_sky_news(claims: dict[str, Claim]) -> None:
    c = next(c for t, c in claims.items() if "19 and 21" in t)
    assert (c.quantity.qualifier, c.quantity.low, c.quantity.high, c.quantity.kind) == ("range", 19, 21, "age")
    assert c.source == "Sky News"


def test_102_on_august_14(claims: dict[str, Claim]) -> None:
    c = claims["102"]
    assert (c.quantity.qualifier, c.quantity.low) == ("exact", 102)
    assert c.time is not None and "August 14" in c.time.text
    assert c.time.start == date(2024, 8, 14) == c.time.end
    assert c.scope == "period"
    assert c.modality == "reported" and c.source is None
    assert c.counted == "soldiers"


def test_several_is_denied(claims: dict[str, Claim]) -> None:
    c = claims["several"]
    assert (c.quantity.qualifier, c.quantity.low, c.quantity.high) == ("vague", 3, 9)
    assert c.modality == "denied"


def test_names_ordinals_and_pronoun_one_are_not_quantities(seed_text: str) -> None:
    texts = [q.text for q in extract_quantities(seed_text)]
    assert not any("488" in t for t in texts)
    assert not any(t.endswith("3") and "IK" in seed_text[:0] + t for t in texts)
    assert "3" not in texts  # IK-3
    assert not any(t.lower() == "one" for t in texts)  # "one of them", "one of the Russian companies"
    assert "Three" in texts and "several dozen" in texts


def test_claims_are_in_text_order_and_slice_exactly(seed_text: str) -> None:
    cs = extract_claims(seed_text, date(2024, 8, 15))
    starts = [c.quantity.start for c in cs]
    assert starts == sorted(starts)
    for c in cs:
        assert seed_text[c.quantity.start : c.quantity.end] == c.quantity.text
        assert seed_text[c.sentence_start : c.sentence_end] == c.sentence
        assert c.sentence_start <= c.quantity.start < c.quantity.end <= c.sentence_end
