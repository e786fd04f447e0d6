"""What the warehouse stores: processed articles and recorded failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from extractors.errors import ClaimwatchError
from extractors.records import Claim, ExtractionFailure, Quantity, positional_reduce


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned document with its figures, ready to be stored as a new version."""

    doc_id: str
    input: str
    content_type: str  # html | text
    raw_hash: str
    content_hash: str
    text: str
    raw_gz: bytes
    fetched_at: datetime
    url: str | None = None
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published: date | None = None
    etag: str | None = None
    last_modified: str | None = None
    quantities: tuple[Quantity, ...] = field(default=())
    claims: tuple[Claim, ...] = field(default=())
    #: Sentences whose figures were dropped because a rule failed: stored as failure rows.
    extraction_failures: tuple[ExtractionFailure, ...] = field(default=())

    __reduce__ = positional_reduce

    def failure_rows(self) -> list[Failure]:
        """A failure row (stage ``extract``) per sentence whose figures were lost."""
        return [Failure.from_extraction(self.input, self.doc_id, f) for f in self.extraction_failures]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that did not become a document, or a sentence of a stored one whose
    figures were dropped (``doc_id`` and offsets set), and why."""

    input: str
    stage: str  # discover | load | fetch | clean | extract | store
    error_type: str
    reason: str
    #: Set when the document was stored but part of it failed: the sentence's offsets in its text.
    doc_id: str | None = None
    char_start: int | None = None
    char_end: int | None = None

    @classmethod
    def from_exception(cls, input: str, stage: str, exc: BaseException) -> Failure:
        # Our own errors carry a readable message; anything else gets its type named too.
        reason = str(exc) if isinstance(exc, ClaimwatchError) else f"{type(exc).__name__}: {exc}"
        return cls(input=input, stage=stage, error_type=type(exc).__name__, reason=reason or type(exc).__name__)

    @classmethod
    def from_extraction(cls, input: str, doc_id: str, failure: ExtractionFailure) -> Failure:
        reason = (
            f"{failure.error_type}: {failure.message} (figures of the sentence at characters"
            f" {failure.sentence_start}-{failure.sentence_end} dropped)"
        )
        return cls(
            input=input,
            stage="extract",
            error_type=failure.error_type,
            reason=reason,
            doc_id=doc_id,
            char_start=failure.sentence_start,
            char_end=failure.sentence_end,
        )


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What one batch did to the warehouse."""

    stored: int = 0
    unchanged: int = 0
    failures: int = 0
    claims: int = 0
    stored_ids: tuple[tuple[str, int], ...] = ()  # (doc_id, version) written
