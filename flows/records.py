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
    #: The bytes as the input holds them: still gzip-compressed when ``gzipped`` (a
    #: ``.html.gz`` file), so they are stored as they are, and only a worker that cleans
    #: the document spends the time to decompress it (see ``flows.loaders.open_body``).
    data: bytes
    content_type: Literal["html", "text"]
    fetched_at: datetime
    url: str | None = None
    title: str | None = None
    published: date | None = None
    etag: str | None = None
    last_modified: str | None = None
    gzipped: bool = False
    #: sha256 of ``data``, computed once: the warm-run skip and the stored row both use it.
    #: An unchanged input is recognised without decompressing it.
    raw_hash: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "raw_hash", hashlib.sha256(self.data).hexdigest())


@dataclass(frozen=True, slots=True)
class FeedEntries:
    """What a URL turned out to hold when it was a feed: its entries, to load as inputs."""

    feed: str
    refs: tuple[InputRef, ...]
