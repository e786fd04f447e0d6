"""Records that extraction produces. Frozen: once extracted, a figure does not change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
Kind = Literal["count", "money", "percent", "age", "duration", "distance", "weight", "other"]
Modality = Literal["asserted", "reported", "possible", "denied"]
#: ``total``: a running total or a figure with no time of its own;
#: ``period``: the figure counts one dated day/week/period (``on August 14``, ``last week``).
Scope = Literal["total", "period"]


def positional_reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as ``(class, field values)``.

    A batch's claims cross a process boundary (pool and Dask workers), and Prefect
    unpickles a task's result twice. The frozen-slots default goes through
    ``__setstate__``, which calls ``dataclasses.fields()`` for every object: loading a
    batch of 125 articles took 25 ms that way and 8 ms this way.
    """
    return type(self), tuple([getattr(self, name) for name in self.__match_args__])


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number expression, normalised to bounds.

    ``text == source_text[start:end]``. ``low``/``high`` follow GUIDE.md: equal for
    exact/approx, ``high`` None for at_least, ``low`` None for at_most.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: Qualifier
    kind: Kind
    unit: str | None = None

    __reduce__ = positional_reduce


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression as written, resolved against the publication date when possible."""

    text: str
    start: date | None = None
    end: date | None = None

    __reduce__ = positional_reduce


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure claim: a quantity that is a figure, with what, where, when, who and how sure."""

    quantity: Quantity
    counted: str | None
    event: str | None
    place: str | None
    time: TimeRef | None
    source: str | None
    modality: Modality
    sentence: str
    sentence_start: int
    sentence_end: int
    scope: Scope = "total"

    __reduce__ = positional_reduce


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    """A sentence whose figures were dropped because a rule failed on it.

    Extraction does not stop at a failing rule, and it does not hide one either: the
    caller gets this record beside the claims and stores it (stage ``extract``).
    ``sentence_start``/``sentence_end`` are character offsets into the text.
    """

    sentence_start: int
    sentence_end: int
    error_type: str
    message: str

    __reduce__ = positional_reduce


@dataclass(frozen=True, slots=True)
class Extraction:
    """The figure claims of a text, the sentences where extraction failed, and every number
    expression the scanner read (figures or not: the ``quantities`` table stores them)."""

    claims: tuple[Claim, ...]
    failures: tuple[ExtractionFailure, ...] = ()
    quantities: tuple[Quantity, ...] = ()

    __reduce__ = positional_reduce
