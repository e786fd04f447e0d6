"""Flagging figures that changed between reports: stories, same-quantity keys, interval comparison.

One pass per run, incremental:

1. ``stories.assign_run`` puts this run's documents into stories;
2. ``key_run_claims`` computes each new claim's same-quantity key in Python
   (``extractors.quantity_keys``), writes ``claim_keys`` and queues the claims;
3. ``compare_queue`` runs one SQL statement in DuckDB: queued claims against the
   stored keys of the same story and key, filtered on the rules that are not
   equalities (counted roles, nested places and names), keeping pairs whose
   intervals differ beyond their tolerance; then it empties the queue.

A pair is two reports: different documents, different sources in one document,
or two versions of one URL (a revision). The earlier report is ``a``.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

from extractors.quantity_keys import ClaimKey, claim_key, settle_times
from warehouse import stories
from warehouse.db import transaction
from warehouse.stories import StoryPin

_KEYS_SCHEMA = pa.schema([
    ("claim_id", pa.string()), ("doc_id", pa.string()), ("version", pa.int32()), ("story_id", pa.string()),
    ("qkey", pa.string()), ("counted_cls", pa.string()), ("counted_group", pa.string()),
    ("names", pa.list_(pa.string())), ("place", pa.list_(pa.string())), ("lo", pa.float64()),
    ("hi", pa.float64()), ("tol", pa.float64()), ("source_key", pa.string()), ("published", pa.date32()),
    ("label", pa.string()), ("latest", pa.bool_()),
])


def key_run_claims(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Key the claims stored by ``run_id`` and queue them for comparison; returns how many."""
    # A syndicated copy (the same clean text as another document, under another id) is not
    # another report: counting it again would flag every copy against every other outlet.
    rows = con.execute(
        "WITH latest AS (SELECT doc_id, content_hash, run_id FROM documents"
        "                QUALIFY version = max(version) OVER (PARTITION BY doc_id)),"
        # the original is the copy already keyed, else the smallest id among this run's
        " copies AS (SELECT DISTINCT l.doc_id FROM latest l JOIN latest o"
        "            ON o.content_hash = l.content_hash AND o.doc_id <> l.doc_id"
        "            WHERE o.doc_id IN (SELECT doc_id FROM claim_keys)"
        "               OR (o.run_id = $run AND l.run_id = $run AND o.doc_id < l.doc_id))"
        " SELECT c.claim_id, c.doc_id, c.version, sd.story_id, c.kind, c.unit, c.qualifier, c.low, c.high,"
        " c.counted, c.event, c.place, c.time_text, c.time_start, c.time_end, c.scope, c.source, c.published,"
        " c.sentence, c.char_start - c.sentence_start, c.char_end - c.sentence_start"
        " FROM claims c JOIN story_documents sd USING (doc_id)"
        " WHERE c.run_id = $run AND c.claim_id NOT IN (SELECT claim_id FROM claim_keys)"
        " AND c.doc_id NOT IN (SELECT doc_id FROM copies)"
        " ORDER BY c.doc_id, c.version, c.char_start", {"run": run_id}).fetchall()
    # A document's claims are keyed together: whether a dated figure is the incident's toll or
    # a one-day count depends on the other spans the same document reports (settle_times).
    by_doc: dict[tuple[str, int], list[tuple[tuple[Any, ...], ClaimKey]]] = {}
    for row in rows:
        (claim_id, doc_id, version, story_id, kind, unit, qualifier, low, high, counted, event, place,
         time_text, time_start, time_end, scope, source, published, sentence, offset, end) = row
        k = claim_key(kind=kind, unit=unit, qualifier=qualifier, low=low, high=high, counted=counted,
                      event=event, place=place, time_text=time_text, time_start=time_start, time_end=time_end,
                      scope=scope, source=source, published=published, sentence=sentence, offset=offset,
                      end=end)
        by_doc.setdefault((doc_id, version), []).append((row, k))
    out: list[dict[str, Any]] = []
    for group in by_doc.values():
        for (row, _), k in zip(group, settle_times([k for _, k in group]), strict=True):
            claim_id, doc_id, version, story_id = row[:4]
            published = row[17]
            if not k.comparable:
                continue  # too thin a key to stand for a quantity (no counted noun, or no event)
            out.append({"claim_id": claim_id, "doc_id": doc_id, "version": version, "story_id": story_id,
                        "qkey": k.join, "counted_cls": k.counted_cls, "counted_group": k.counted_group,
                        "names": list(k.names), "place": list(k.place), "lo": k.low, "hi": k.high,
                        "tol": k.tolerance, "source_key": k.source, "published": published, "label": k.label,
                        "latest": True})
    if not out:
        return 0
    keys = pa.Table.from_pylist(out, schema=_KEYS_SCHEMA)  # noqa: F841 - scanned by DuckDB
    with transaction(con):
        # An older version's claims stay for revisions, but no longer stand for the document.
        con.execute("UPDATE claim_keys SET latest = false WHERE latest AND (doc_id, version) IN"
                    " (SELECT DISTINCT doc_id, version - 1 FROM keys WHERE version > 1)")
        con.execute("INSERT INTO claim_keys BY NAME SELECT * FROM keys")
        con.execute("INSERT INTO change_queue SELECT claim_id FROM keys")
    return len(out)


# The change pass. `o` is any stored key of the same story and quantity key; `n` a queued one.
_COMPARE_SQL = """
INSERT INTO figure_changes
WITH queued AS (SELECT DISTINCT claim_id FROM change_queue),
new AS (SELECT k.* FROM claim_keys k SEMI JOIN queued USING (claim_id)),
-- A re-fetched version that repeats a figure of the previous version says nothing new to other reports.
carried AS (
    SELECT n.claim_id FROM new n JOIN claim_keys p
      ON p.doc_id = n.doc_id AND p.version = n.version - 1 AND p.qkey = n.qkey AND p.source_key = n.source_key
     AND p.lo IS NOT DISTINCT FROM n.lo AND p.hi IS NOT DISTINCT FROM n.hi
),
pairs AS (
    SELECT o.claim_id AS o_id, n.claim_id AS n_id, n.story_id, n.qkey, n.label,
           o.doc_id AS o_doc, n.doc_id AS n_doc, o.version AS o_ver, n.version AS n_ver,
           o.lo AS o_lo, o.hi AS o_hi, n.lo AS n_lo, n.hi AS n_hi, greatest(o.tol, n.tol) AS tol,
           o.published AS o_pub, n.published AS n_pub
    FROM new n
    JOIN claim_keys o ON o.story_id = n.story_id AND o.qkey = n.qkey AND o.claim_id <> n.claim_id
    LEFT JOIN queued oq ON oq.claim_id = o.claim_id
    WHERE (o.latest OR (o.doc_id = n.doc_id AND o.version = n.version - 1))
      -- two queued claims meet once
      AND (oq.claim_id IS NULL OR o.claim_id < n.claim_id)
      -- two reports: other document, other version, or another source in the same document
      -- (inside one article, two *named* sources: the article's own voice against a quote is
      -- far more often two different things than two accounts of one)
      AND (o.doc_id <> n.doc_id OR o.version <> n.version
           OR (o.source_key <> n.source_key AND o.source_key <> '' AND n.source_key <> ''))
      AND (o.doc_id = n.doc_id OR n.claim_id NOT IN (SELECT claim_id FROM carried))
      -- the same thing counted: same class, or a role (captives) against people (soldiers)
      AND (o.counted_cls = n.counted_cls
           OR (o.counted_group = 'role' AND n.counted_group = 'pop')
           OR (o.counted_group = 'pop' AND n.counted_group = 'role'))
      AND o.counted_cls <> '' AND n.counted_cls <> ''
      AND (list_has_all(o.names, n.names) OR list_has_all(n.names, o.names))
      AND (list_has_all(o.place, n.place) OR list_has_all(n.place, o.place))
      -- and different figures: a bound differs beyond the rounding/conversion tolerance
      AND NOT (coalesce(abs(o.lo - n.lo) <= greatest(o.tol, n.tol), o.lo IS NULL AND n.lo IS NULL)
           AND coalesce(abs(o.hi - n.hi) <= greatest(o.tol, n.tol), o.hi IS NULL AND n.hi IS NULL))
      -- ... that are not one number hedged on one side ("at least 12" / "12"; quantity_keys.same_figure)
      AND NOT coalesce(
            (o.lo = o.hi AND ((n.hi IS NULL AND abs(n.lo - o.lo) <= greatest(o.tol, n.tol))
                              OR (n.lo IS NULL AND abs(n.hi - o.lo) <= greatest(o.tol, n.tol))))
         OR (n.lo = n.hi AND ((o.hi IS NULL AND abs(o.lo - n.lo) <= greatest(o.tol, n.tol))
                              OR (o.lo IS NULL AND abs(o.hi - n.lo) <= greatest(o.tol, n.tol)))), false)
),
shaped AS (
    SELECT *,
           -- a precise figure inside an earlier (or same-day) bounded vague one
           (n_lo = n_hi AND o_lo < o_hi AND n_lo BETWEEN o_lo - tol AND o_hi + tol
            AND coalesce(n_pub >= o_pub, true)) AS n_refines,
           (o_lo = o_hi AND n_lo < n_hi AND o_lo BETWEEN n_lo - tol AND n_hi + tol
            AND coalesce(o_pub >= n_pub, true)) AS o_refines
    FROM pairs
),
ordered AS (
    SELECT story_id, qkey, label, n_refines OR o_refines AS refinement,
           -- `a` is the earlier report (the older version; the wider figure of a refinement)
           CASE WHEN o_doc = n_doc AND o_ver <> n_ver THEN o_ver > n_ver
                WHEN o_refines THEN true
                WHEN n_refines THEN false
                -- same day: a fixed order (claim id), whichever run stored which
                ELSE coalesce(n_pub < o_pub, false) OR (n_pub IS NOT DISTINCT FROM o_pub AND n_id < o_id)
           END AS swap,
           o_id, n_id, o_doc, n_doc, o_ver, n_ver, o_pub, n_pub, o_lo, o_hi, n_lo, n_hi
    FROM shaped
),
sides AS (
    SELECT story_id, qkey, label, refinement,
           CASE WHEN swap THEN n_id ELSE o_id END AS a_id, CASE WHEN swap THEN o_id ELSE n_id END AS b_id,
           o_doc = n_doc AND o_ver <> n_ver AS revision,
           CASE WHEN swap THEN n_pub ELSE o_pub END AS a_pub, CASE WHEN swap THEN o_pub ELSE n_pub END AS b_pub,
           CASE WHEN swap THEN n_lo ELSE o_lo END AS a_lo, CASE WHEN swap THEN n_hi ELSE o_hi END AS a_hi,
           CASE WHEN swap THEN o_lo ELSE n_lo END AS b_lo, CASE WHEN swap THEN o_hi ELSE n_hi END AS b_hi
    FROM ordered
),
kinds AS (
    SELECT *,
           coalesce(a_lo, a_hi) AS a_from, coalesce(a_hi, a_lo) AS a_to,
           coalesce(b_lo, b_hi) AS b_from, coalesce(b_hi, b_lo) AS b_to,
           (coalesce(a_lo, a_hi) + coalesce(a_hi, a_lo)) / 2 AS a_mid,
           (coalesce(b_lo, b_hi) + coalesce(b_hi, b_lo)) / 2 AS b_mid
    FROM sides
),
classified AS (
    SELECT *,
           CASE WHEN revision THEN 'revision'
                WHEN refinement THEN 'refinement'
                WHEN a_pub IS NOT DISTINCT FROM b_pub THEN 'conflict'
                WHEN b_mid > a_mid THEN 'increase'
                WHEN b_mid < a_mid THEN 'decrease'
                ELSE 'conflict' END AS kind,
           -- open bounds: "at least 5" and "up to 3" overlap only if their open sides allow it
           coalesce(a_hi >= b_lo, true) AND coalesce(b_hi >= a_lo, true) AS overlap
    FROM kinds
)
SELECT k.a_id || '|' || k.b_id, $run_id, now(), k.kind, k.qkey, k.label, k.story_id, k.a_id, k.b_id,
       CASE k.kind
         WHEN 'revision' THEN printf('the re-fetched text (version %d) says %s where version %d said %s',
                                    b.version, b.text, a.version, a.text)
         WHEN 'refinement' THEN printf('%s (%s, %s) narrows %s (%s, %s)', b.text, b_who, b_when, a.text, a_who, a_when)
         WHEN 'conflict' THEN printf('%s (%s) and %s (%s) on %s %s', a.text, a_who, b.text, b_who, b_when,
                                    CASE WHEN k.overlap THEN 'give different bounds' ELSE 'do not overlap' END)
         ELSE printf('%s from %s (%s, %s) to %s (%s, %s)', k.kind, a.text, a_who, a_when, b.text, b_who, b_when)
       END
FROM classified k
JOIN claims a ON a.claim_id = k.a_id
JOIN claims b ON b.claim_id = k.b_id
-- who says so: the cited source, else the outlet, else the document
LEFT JOIN documents da ON da.doc_id = a.doc_id AND da.version = a.version
LEFT JOIN documents db ON db.doc_id = b.doc_id AND db.version = b.version,
LATERAL (SELECT coalesce(a.source, da.site_name, nullif(regexp_extract(da.url, '//(?:www[.])?([^/]+)', 1), ''),
                         a.doc_id[:12]) AS a_who,
                coalesce(b.source, db.site_name, nullif(regexp_extract(db.url, '//(?:www[.])?([^/]+)', 1), ''),
                         b.doc_id[:12]) AS b_who,
                coalesce(CAST(a.published AS VARCHAR), 'undated') AS a_when,
                coalesce(CAST(b.published AS VARCHAR), 'undated') AS b_when)
WHERE NOT EXISTS (SELECT 1 FROM figure_changes f WHERE f.change_id = k.a_id || '|' || k.b_id)
"""


def compare_queue(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Compare the queued claims with everything stored (one SQL pass); returns the flags added."""
    with transaction(con):
        before = con.execute("SELECT count(*) FROM figure_changes").fetchone()
        con.execute(_COMPARE_SQL, {"run_id": run_id})
        after = con.execute("SELECT count(*) FROM figure_changes").fetchone()
        con.execute("DELETE FROM change_queue")
    return int(after[0] if after else 0) - int(before[0] if before else 0)


def flag_changes(con: duckdb.DuckDBPyConnection, run_id: str, pins: tuple[StoryPin, ...] = ()) -> int:
    """Stories for this run's documents, keys for its claims, then the change pass; returns flags added."""
    if pins:
        stories.apply_pins(con, pins, run_id)
    stories.assign_run(con, run_id)
    key_run_claims(con, run_id)
    return compare_queue(con, run_id)


__all__ = ["compare_queue", "flag_changes", "key_run_claims"]
