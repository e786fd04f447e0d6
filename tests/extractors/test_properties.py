"""Property-based tests: never raise, offsets slice exactly, bounds ordered."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_claims, extract_quantities

# Fragments that exercise the scanner's look-arounds, glued together at random.
FRAGMENTS = [
    "about",
    "more than",
    "between",
    "and",
    "to",
    "-",
    "–",
    "$",
    "£",
    "US$",
    "%",
    "per cent",
    "million",
    "bn",
    "k",
    "m",
    "several",
    "hundred",
    "hundreds",
    "of",
    "thousands",
    "tens",
    "a",
    "dozen",
    "half",
    "one",
    "two-thirds",
    "in",
    "five",
    "or",
    "more",
    "older",
    "year-old",
    "-year-old",
    "years",
    "miles",
    "August",
    "14",
    "2024",
    "3,248",
    "1.2",
    ".5",
    "-12.99",
    "10:30",
    "9/11",
    "488th",
    "IK-3",
    "Boeing",
    "737",
    "said",
    "according to",
    "Sky News",
    "told",
    "could",
    "fake",
    "last week",
    "on Thursday",
    "\n",
    "\n\n",
    ". ",
    ", ",
    "“",
    "”",
    "minus",
    "point",
    "twenty",
    "-",
    "s",
    "0",
    "000",
    ",",
    ".",
]

text_from_fragments = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
glued_fragments = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=400), text_from_fragments, glued_fragments)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check_quantity(text: str, q) -> None:  # type: ignore[no-untyped-def]
    assert text[q.start : q.end] == q.text
    assert q.text
    if q.low is not None and q.high is not None:
        assert q.low <= q.high
    if q.qualifier == "at_least":
        assert q.high is None
    if q.qualifier == "at_most":
        assert q.low is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_quantities_never_raise_and_slice_exactly(text: str) -> None:
    qs = extract_quantities(text)
    prev_end = -1
    for q in qs:
        _check_quantity(text, q)
        assert q.start >= prev_end  # in order, not overlapping
        prev_end = q.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, dates)
def test_claims_never_raise_and_slice_exactly(text: str, published: date | None) -> None:
    claims = extract_claims(text, published)
    starts = [c.quantity.start for c in claims]
    assert starts == sorted(starts)
    for c in claims:
        _check_quantity(text, c.quantity)
        assert text[c.sentence_start : c.sentence_end] == c.sentence
        assert c.sentence_start <= c.quantity.start and c.quantity.end <= c.sentence_end
        assert c.modality in ("asserted", "reported", "possible", "denied")
        assert c.scope in ("total", "period")
        if c.time is not None and c.time.start is not None and c.time.end is not None:
            assert c.time.start <= c.time.end


def test_non_strings_and_empty_give_nothing() -> None:
    assert extract_quantities("") == []
    assert extract_claims("") == []
    assert extract_quantities(None) == []  # type: ignore[arg-type]
    assert extract_claims(b"12 people", None) == []  # type: ignore[arg-type]


def test_long_adversarial_texts_keep_the_invariants() -> None:
    # Speed on such inputs (linear, no regex blow-up) is measured, not asserted here:
    # bench/bench_extractor_scaling.py prints the time of each at 100 kB and 400 kB.
    for unit in ("1,", "-", "$", "between 1 and ", "one-", "a@", "Mr. "):
        text = unit * (50_000 // len(unit))
        claims = extract_claims(text)
        starts = [c.quantity.start for c in claims]
        assert starts == sorted(starts), unit
        for c in claims:
            _check_quantity(text, c.quantity)
