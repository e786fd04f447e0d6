"""Read-side queries for the CLI: exports in the gold record format, and change listings."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

EXPORTS = ("claims", "quantities", "changes")

_QUERIES = {
    # GUIDE.md's record fields first, then where the figure sits.
    "claims": """
        SELECT doc_id AS doc, text, kind, qualifier, low, high, unit, counted, event, place,
               time_text AS time, source, modality, time_start, time_end, scope, published,
               sentence, char_start, char_end, version, claim_id
        FROM figures ORDER BY doc_id, char_start""",
    "quantities": """
        SELECT q.doc_id AS doc, q.text, q.kind, q.qualifier, q.low, q.high, q.unit,
               q.char_start, q.char_end, q.version
        FROM quantities q JOIN articles a USING (doc_id, version)
        ORDER BY q.doc_id, q.char_start""",
}

_CHANGE_COLUMNS = ("change_kind", "quantity_key", "story_id", "a_text", "a_source", "a_published", "a_doc",
                   "b_text", "b_source", "b_published", "b_doc", "reason")


def export_rows(con: duckdb.DuckDBPyConnection, what: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    if what == "changes":
        cur = con.execute(
            "SELECT change_kind, quantity_key, story_id, reason,"
            " a_doc, a_text, a_counted, a_event, a_low, a_high, a_source, a_published, a_sentence,"
            " b_doc, b_text, b_counted, b_event, b_low, b_high, b_source, b_published, b_sentence"
            " FROM changed_figures ORDER BY quantity_key, b_published"
        )
        rows = []
        for r in cur.fetchall():
            side = ("doc", "text", "counted", "event", "low", "high", "source", "published", "sentence")
            rows.append((r[0], r[1], r[2], r[3], dict(zip(side, r[4:13], strict=True)),
                         dict(zip(side, r[13:22], strict=True))))
        return ["change_kind", "quantity_key", "story_id", "reason", "a", "b"], rows  # type: ignore[return-value]
    cur = con.execute(_QUERIES[what])
    return [d[0] for d in cur.description or ()], cur.fetchall()


def change_rows(con: duckdb.DuckDBPyConnection, *, story: str | None = None,
                since: date | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    where: list[str] = []
    params: list[object] = []
    if story:
        where.append("coalesce(story_id, '') ILIKE ?")
        params.append(f"%{story}%")
    if since:
        where.append("coalesce(b_published, a_published) >= ?")
        params.append(since)
    sql = f"SELECT {', '.join(_CHANGE_COLUMNS)} FROM changed_figures"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY story_id, quantity_key, b_published"
    return list(_CHANGE_COLUMNS), con.execute(sql, params).fetchall()
