"""Bulk writes: one transaction per batch, Arrow tables into ``INSERT ... SELECT``.

Row-by-row ``executemany`` runs at ~1k rows/s on DuckDB; an Arrow scan at ~600k.
Re-running on the same inputs adds nothing: a document whose clean text has the
same hash as its latest stored version is counted as unchanged and skipped, and a
changed text becomes the next version.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from extractors.errors import WarehouseError
from warehouse.db import transaction
from warehouse.records import Article, Failure, StoreResult

_DOCUMENTS = pa.schema([
    ("doc_id", pa.string()), ("version", pa.int32()), ("input", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("author", pa.string()), ("site_name", pa.string()),
    ("published", pa.date32()), ("fetched_at", pa.timestamp("us", tz="UTC")),
    ("content_type", pa.string()), ("raw_hash", pa.string()), ("content_hash", pa.string()),
    ("text", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()), ("run_id", pa.string()),
])
_RAW = pa.schema([("doc_id", pa.string()), ("version", pa.int32()), ("raw_gz", pa.binary())])
_QUANTITIES = pa.schema([
    ("doc_id", pa.string()), ("version", pa.int32()), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("text", pa.string()), ("low", pa.float64()), ("high", pa.float64()), ("qualifier", pa.string()),
    ("kind", pa.string()), ("unit", pa.string()),
])
_CLAIMS = pa.schema([
    ("claim_id", pa.string()), ("doc_id", pa.string()), ("version", pa.int32()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("text", pa.string()),
    ("low", pa.float64()), ("high", pa.float64()), ("qualifier", pa.string()), ("kind", pa.string()),
    ("unit", pa.string()), ("counted", pa.string()), ("event", pa.string()), ("place", pa.string()),
    ("time_text", pa.string()), ("time_start", pa.date32()), ("time_end", pa.date32()),
    ("scope", pa.string()), ("source", pa.string()), ("modality", pa.string()),
    ("sentence", pa.string()), ("sentence_start", pa.int32()), ("sentence_end", pa.int32()),
    ("published", pa.date32()), ("run_id", pa.string()),
])
_REHASH = pa.schema([("doc_id", pa.string()), ("version", pa.int32()), ("raw_hash", pa.string())])
_FAILURES = pa.schema([
    ("run_id", pa.string()), ("input", pa.string()), ("stage", pa.string()),
    ("error_type", pa.string()), ("reason", pa.string()), ("failed_at", pa.timestamp("us", tz="UTC")),
])


def latest_hashes(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> dict[str, tuple[int, str, str]]:
    """doc_id -> (latest version, raw_hash, content_hash) for the ids already stored."""
    ids = pa.table({"doc_id": pa.array(sorted(set(doc_ids)), pa.string())})
    if ids.num_rows == 0:
        return {}
    rows = con.execute(
        "SELECT d.doc_id, max(d.version), arg_max(d.raw_hash, d.version), arg_max(d.content_hash, d.version)"
        " FROM documents d SEMI JOIN ids USING (doc_id) GROUP BY d.doc_id"
    ).fetchall()
    return {r[0]: (int(r[1]), str(r[2]), str(r[3])) for r in rows}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]], schema: pa.Schema) -> None:
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows, schema=schema)  # noqa: F841 - read by DuckDB's replacement scan
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow")


def _claim_rows(article: Article, version: int, run_id: str) -> list[dict[str, object]]:
    rows = []
    for c in article.claims:
        q = c.quantity
        rows.append({
            "claim_id": f"{article.doc_id}:{version}:{q.start}", "doc_id": article.doc_id, "version": version,
            "char_start": q.start, "char_end": q.end, "text": q.text, "low": q.low, "high": q.high,
            "qualifier": q.qualifier, "kind": q.kind, "unit": q.unit, "counted": c.counted, "event": c.event,
            "place": c.place, "time_text": c.time.text if c.time else None,
            "time_start": c.time.start if c.time else None, "time_end": c.time.end if c.time else None,
            "scope": c.scope, "source": c.source, "modality": c.modality, "sentence": c.sentence,
            "sentence_start": c.sentence_start, "sentence_end": c.sentence_end,
            "published": article.published, "run_id": run_id,
        })
    return rows


def store_batch(con: duckdb.DuckDBPyConnection, run_id: str, articles: Sequence[Article],
                failures: Sequence[Failure] = ()) -> StoreResult:
    """Write one batch in one transaction: all of it, or (on error) none of it."""
    # Within a batch the last copy of a doc_id wins; DuckDB would otherwise see two rows.
    unique: dict[str, Article] = {}
    for a in articles:
        unique[a.doc_id] = a
    known = latest_hashes(con, unique)
    docs: list[dict[str, object]] = []
    raws: list[dict[str, object]] = []
    quants: list[dict[str, object]] = []
    claims: list[dict[str, object]] = []
    written: list[tuple[str, int]] = []
    rehashed: list[dict[str, object]] = []
    unchanged = len(articles) - len(unique)
    for a in unique.values():
        prev = known.get(a.doc_id)
        if prev is not None and prev[2] == a.content_hash:
            unchanged += 1
            if prev[1] != a.raw_hash:  # new bytes, same text: remember them, so the next run skips them
                rehashed.append({"doc_id": a.doc_id, "version": prev[0], "raw_hash": a.raw_hash})
            continue
        version = prev[0] + 1 if prev else 1
        written.append((a.doc_id, version))
        docs.append({
            "doc_id": a.doc_id, "version": version, "input": a.input, "url": a.url, "title": a.title,
            "author": a.author, "site_name": a.site_name, "published": a.published,
            "fetched_at": a.fetched_at, "content_type": a.content_type, "raw_hash": a.raw_hash,
            "content_hash": a.content_hash, "text": a.text, "etag": a.etag,
            "last_modified": a.last_modified, "run_id": run_id,
        })
        raws.append({"doc_id": a.doc_id, "version": version, "raw_gz": a.raw_gz})
        quants.extend({
            "doc_id": a.doc_id, "version": version, "char_start": q.start, "char_end": q.end, "text": q.text,
            "low": q.low, "high": q.high, "qualifier": q.qualifier, "kind": q.kind, "unit": q.unit,
        } for q in a.quantities)
        claims.extend(_claim_rows(a, version, run_id))
    now = datetime.now(UTC)
    fails = [{"run_id": run_id, "input": f.input, "stage": f.stage, "error_type": f.error_type,
              "reason": f.reason, "failed_at": now} for f in failures]
    try:
        with transaction(con):
            _insert(con, "documents", docs, _DOCUMENTS)
            _insert(con, "document_raw", raws, _RAW)
            _insert(con, "quantities", quants, _QUANTITIES)
            _insert(con, "claims", claims, _CLAIMS)
            _insert(con, "failures", fails, _FAILURES)
            if rehashed:
                fresh = pa.Table.from_pylist(rehashed, schema=_REHASH)  # noqa: F841 - read by DuckDB
                con.execute("UPDATE documents d SET raw_hash = f.raw_hash FROM fresh f"
                            " WHERE d.doc_id = f.doc_id AND d.version = f.version")
    except duckdb.Error as exc:
        raise WarehouseError(f"could not store a batch of {len(articles)} documents: {exc}") from exc
    return StoreResult(stored=len(docs), unchanged=unchanged, failures=len(fails), claims=len(claims),
                       stored_ids=tuple(written))


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, sources: Sequence[str],
              flow_run_id: str | None = None) -> None:
    con.execute(
        "INSERT INTO runs (run_id, flow_run_id, started_at, sources, status) VALUES (?, ?, now(), ?, 'running')",
        [run_id, flow_run_id, list(sources)],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, *, status: str, inputs: int, stored: int,
               unchanged: int, failures: int, claims: int, changes: int) -> None:
    con.execute(
        "UPDATE runs SET finished_at = now(), status = ?, inputs = ?, stored = ?, unchanged = ?,"
        " failures = ?, claims = ?, changes = ? WHERE run_id = ?",
        [status, inputs, stored, unchanged, failures, claims, changes, run_id],
    )


def fetch_validators(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """doc_id -> (ETag, Last-Modified) of the latest version, for conditional GET."""
    rows = con.execute(
        "SELECT doc_id, arg_max(etag, version), arg_max(last_modified, version) FROM documents"
        " WHERE url IS NOT NULL GROUP BY doc_id HAVING arg_max(etag, version) IS NOT NULL"
        " OR arg_max(last_modified, version) IS NOT NULL"
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def run_failures(con: duckdb.DuckDBPyConnection, run_id: str) -> list[Failure]:
    rows = con.execute(
        "SELECT input, stage, error_type, reason FROM failures WHERE run_id = ? ORDER BY input", [run_id]
    ).fetchall()
    return [Failure(*r) for r in rows]
