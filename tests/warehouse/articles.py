"""Articles of plain text, built as the JSONL and text loaders store them, for warehouse tests."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime

from extractors import extract_claims
from extractors.records import Claim
from warehouse.records import Article


def text_article(
    doc_id: str,
    text: str,
    published: date | None,
    *,
    title: str | None = None,
    url: str | None = None,
    input: str | None = None,
    claims: Iterable[Claim] | None = None,
) -> Article:
    """``text`` stored as ``doc_id``; its claims are the extractor's unless ``claims`` are given."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        doc_id=doc_id,
        input=input or f"{doc_id}.txt",
        content_type="text",
        raw_hash=digest,
        content_hash=digest,
        text=text,
        raw_gz=gzip.compress(text.encode()),
        fetched_at=datetime.now(UTC),
        url=url,
        title=title,
        published=published,
        claims=tuple(extract_claims(text, published) if claims is None else claims),
    )
