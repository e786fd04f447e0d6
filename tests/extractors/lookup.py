"""Finding one figure's claim in a sentence, and keying a figure as the change pass does, for the tests."""

from __future__ import annotations

from datetime import date

from extractors import extract_claims
from extractors.quantity_keys import ClaimKey, claim_key
from extractors.records import Claim

#: The publication day of a keyed test figure unless a test gives another.
DAY = date(2025, 3, 3)


def claim_for(text: str, figure: str) -> Claim:
    """The claim whose quantity is written ``figure`` in ``text``; fails the test if none is."""
    for c in extract_claims(text):
        if c.quantity.text == figure:
            return c
    raise AssertionError(f"{figure!r} not extracted from {text!r}")


def counted_of(text: str, figure: str) -> str | None:
    """What the figure written ``figure`` in ``text`` counts."""
    return claim_for(text, figure).counted


def head_in(head: str, counted: str | None) -> bool:
    """Whether ``head`` is one of the words of ``counted`` (any case)."""
    return counted is not None and head.lower() in counted.lower().split()


def key(
    sentence: str,
    figure: str,
    value: float,
    *,
    counted: str,
    event: str | None = None,
    kind: str = "count",
    source: str | None = None,
    published: date = DAY,
    time_text: str | None = None,
    unit: str | None = None,
    time_start: date | None = None,
    time_end: date | None = None,
    scope: str = "total",
    qualifier: str = "exact",
) -> ClaimKey:
    """The key ``claim_key`` gives ``figure`` (``value``, a lower bound only if ``at_least``) in ``sentence``."""
    at = sentence.index(figure)
    return claim_key(
        kind=kind,
        unit="years" if kind == "age" else unit,
        qualifier=qualifier,
        low=value,
        high=None if qualifier == "at_least" else value,
        counted=counted,
        event=event,
        place=None,
        time_text=time_text,
        time_start=time_start,
        time_end=time_end,
        scope=scope,
        source=source,
        published=published,
        sentence=sentence,
        offset=at,
        end=at + len(figure),
    )


def key_for(text: str, figure: str, published: date = DAY) -> ClaimKey:
    """The key the change pass gives the claim written ``figure`` in ``text``, as extracted."""
    c = claim_for(text, figure)
    q = c.quantity
    offset = q.start - c.sentence_start
    return claim_key(
        kind=q.kind,
        unit=q.unit,
        qualifier=q.qualifier,
        low=q.low,
        high=q.high,
        counted=c.counted,
        event=c.event,
        place=c.place,
        time_text=c.time.text if c.time else None,
        time_start=c.time.start if c.time else None,
        time_end=c.time.end if c.time else None,
        scope=c.scope,
        source=c.source,
        published=published,
        sentence=c.sentence,
        offset=offset,
        end=offset + len(q.text),
    )
