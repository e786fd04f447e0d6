"""A batch of articles as Arrow tables, built where the batch was extracted.

Turning records into columns is CPU work: done by the worker that extracted the
batch, it runs on every core, and the batch crosses back to the flow process (the
database's single writer) as a few Arrow buffers instead of some 5,000 small records,
which Prefect's process pool would unpickle twice. Each table has the article's
``doc_id`` and its ``ordinal`` in the batch; the version of each document and the run
id are for the writer to add (:func:`warehouse.store.store_tables`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyarrow as pa

from warehouse.records import Article

DOCUMENTS = pa.schema(
    [
        ("ordinal", pa.int32()),
        ("doc_id", pa.string()),
        ("input", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("site_name", pa.string()),
        ("published", pa.date32()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("content_type", pa.string()),
        ("raw_hash", pa.string()),
        ("content_hash", pa.string()),
        ("text", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
    ]
)
RAW = pa.schema([("ordinal", pa.int32()), ("doc_id", pa.string()), ("raw_gz", pa.binary())])
QUANTITIES = pa.schema(
    [
        ("ordinal", pa.int32()),
        ("doc_id", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("text", pa.string()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("qualifier", pa.string()),
        ("kind", pa.string()),
        ("unit", pa.string()),
    ]
)
CLAIMS = pa.schema(
    [
        *QUANTITIES,  # a claim is a quantity with what the figure is about
        ("counted", pa.string()),
        ("event", pa.string()),
        ("place", pa.string()),
        ("time_text", pa.string()),
        ("time_start", pa.date32()),
        ("time_end", pa.date32()),
        ("scope", pa.string()),
        ("source", pa.string()),
        ("modality", pa.string()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("published", pa.date32()),
    ]
)


@dataclass(frozen=True, slots=True)
class ArticleTables:
    """The rows of a batch of articles, one table per warehouse table, in batch order."""

    documents: pa.Table
    raw: pa.Table
    quantities: pa.Table
    claims: pa.Table

    def __len__(self) -> int:
        return int(self.documents.num_rows)


def _table(rows: Iterable[tuple[object, ...]], schema: pa.Schema) -> pa.Table:
    """Row tuples (in ``schema``'s column order) as one table, built column by column."""
    columns = list(zip(*rows, strict=True)) or [() for _ in schema]
    return pa.Table.from_arrays(
        [pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema
    )


def article_tables(articles: Sequence[Article]) -> ArticleTables:
    """Every row that ``articles`` would add to the warehouse, without versions or run id."""
    docs = (
        (
            i,
            a.doc_id,
            a.input,
            a.url,
            a.title,
            a.author,
            a.site_name,
            a.published,
            a.fetched_at,
            a.content_type,
            a.raw_hash,
            a.content_hash,
            a.text,
            a.etag,
            a.last_modified,
        )
        for i, a in enumerate(articles)
    )
    raw = ((i, a.doc_id, a.raw_gz) for i, a in enumerate(articles))
    quantities = (
        (i, a.doc_id, q.start, q.end, q.text, q.low, q.high, q.qualifier, q.kind, q.unit)
        for i, a in enumerate(articles)
        for q in a.quantities
    )
    claims = (
        (
            i,
            a.doc_id,
            c.quantity.start,
            c.quantity.end,
            c.quantity.text,
            c.quantity.low,
            c.quantity.high,
            c.quantity.qualifier,
            c.quantity.kind,
            c.quantity.unit,
            c.counted,
            c.event,
            c.place,
            c.time.text if c.time else None,
            c.time.start if c.time else None,
            c.time.end if c.time else None,
            c.scope,
            c.source,
            c.modality,
            c.sentence,
            c.sentence_start,
            c.sentence_end,
            a.published,
        )
        for i, a in enumerate(articles)
        for c in a.claims
    )
    return ArticleTables(
        _table(docs, DOCUMENTS), _table(raw, RAW), _table(quantities, QUANTITIES), _table(claims, CLAIMS)
    )


__all__ = ["ArticleTables", "article_tables"]
