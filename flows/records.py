"""Plain records passed between the flow's tasks (picklable, no clients or connections)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

InputKind = Literal["file", "jsonl", "url"]


@dataclass(frozen=True, slots=True)
class InputRef:
    """One input to load: a file, one line of a JSONL file, or a URL."""

    kind: InputKind
    location: str  # path or URL
    line: int | None = None  # 1-based line number, for jsonl
    offset: int | None = None  # byte offset of that line, for jsonl
    feed: str | None = None  # the feed a URL came from

    @property
    def label(self) -> str:
        """How the input is named in failures and in ``documents.input``."""
        return f"{self.location}:{self.line}" if self.line is not None else self.location


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An input's bytes as loaded, before cleaning."""

    doc_id: str
    input: str
    raw: bytes
    content_type: Literal["html", "text"]
    fetched_at: datetime
    url: str | None = None
    title: str | None = None
    published: date | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: The input's own gzip bytes when it came compressed (``.html.gz``): stored as they are,
    #: rather than compressed again.
    raw_gz: bytes | None = None
    #: sha256 of ``raw``, computed once: the warm-run skip and the stored row both use it.
    raw_hash: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "raw_hash", hashlib.sha256(self.raw).hexdigest())
