"""Read-side queries for the CLI: exports in the gold record format, and change listings."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

EXPORTS = ("claims", "quantities", "changes", "stories")

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
    # One row per stored document: the story it was put in (what score_stories.py reads).
    "stories": """
        SELECT doc_id AS doc, story_id AS story, story AS story_name, pinned, published, score, title, url
        FROM story_reports ORDER BY story_id, published, doc_id""",
}

_CHANGE_COLUMNS = (
    "change_kind",
    "confidence",
    "story",
    "quantity",
    "a_text",
    "a_source",
    "a_published",
    "b_text",
    "b_source",
    "b_published",
    "reason",
    "a_doc",
    "b_doc",
)
_SIDE = ("doc", "text", "counted", "event", "low", "high", "source", "published", "sentence", "url", "version")


def export_rows(con: duckdb.DuckDBPyConnection, what: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    if what == "changes":
        # The scorer reads {"a": {"doc", "text"}, "b": {...}}; the rest is for analysts.
        sides = ", ".join(f"{p}_{c}" for p in "ab" for c in _SIDE)
        cur = con.execute(
            f"SELECT change_kind, story_id, story, quantity, quantity_key, reason, confidence, {sides}"
            " FROM changed_figures ORDER BY story_id, quantity_key, b_published, change_id"
        )
        rows = []
        n = len(_SIDE)
        for r in cur.fetchall():
            rows.append(
                (
                    *r[:7],
                    dict(zip(_SIDE, r[7 : 7 + n], strict=True)),
                    dict(zip(_SIDE, r[7 + n : 7 + 2 * n], strict=True)),
                )
            )
        return ["change_kind", "story_id", "story", "quantity", "quantity_key", "reason", "confidence", "a", "b"], rows
    cur = con.execute(_QUERIES[what])
    return [d[0] for d in cur.description or ()], cur.fetchall()


#: What ``claimwatch changes`` shows in a terminal: one row per story and quantity (a timeline of
#: its figures with sources and dates), not one per pair; jsonl/csv carry every pair and column.
_TIMELINE_COLUMNS = ("story", "quantity", "figures", "kinds", "flags", "confidence")
#: The kinds of change a flag can be (``figure_changes.change_kind``, classified by the change
#: pass in ``warehouse/changes.py``), for filters.
CHANGE_KINDS = ("increase", "decrease", "conflict", "refinement", "revision")


def change_rows(
    con: duckdb.DuckDBPyConnection,
    *,
    story: str | None = None,
    since: date | None = None,
    min_confidence: float | None = None,
    kind: str | None = None,
    compact: bool = False,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Flags for ``claimwatch changes``: ``story`` matches a story id or part of its name.

    ``compact`` groups them by story and quantity (the ``figure_timelines`` view); there
    ``min_confidence`` and ``kind`` keep the quantities with at least one such flag. A flag
    stored without a confidence (before flags had one) passes any ``min_confidence``.
    """
    where: list[str] = []
    params: list[object] = []
    if story:
        where.append("(story_id = ? OR coalesce(story, '') ILIKE ?)")
        params += [story, f"%{story}%"]
    if min_confidence is not None:
        where.append("coalesce(confidence, 1.0) >= ?")
        params.append(min_confidence)
    if compact:
        columns: tuple[str, ...] = _TIMELINE_COLUMNS
        if since:
            where.append("last_published >= ?")
            params.append(since)
        if kind:
            where.append("list_contains(kinds, ?)")
            params.append(kind)
        sql = f"SELECT {', '.join(columns)} FROM figure_timelines"
        order = " ORDER BY story, quantity"
    else:
        columns = _CHANGE_COLUMNS
        if since:
            where.append("coalesce(b_published, a_published) >= ?")
            params.append(since)
        if kind:
            where.append("change_kind = ?")
            params.append(kind)
        sql = f"SELECT {', '.join(columns)} FROM changed_figures"
        order = " ORDER BY story, quantity, b_published, change_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = con.execute(sql + order, params).fetchall()
    if compact:  # kinds as words, confidence to two places
        rows = [(*r[:3], ", ".join(r[3]), r[4], None if r[5] is None else round(r[5], 2)) for r in rows]
    return list(columns), rows
