"""Flagging figures that changed between reports, in SQL (first version).

A claim's quantity key is its counted head noun, event head word, place and time
scope; two claims from different documents (or different sources) with the same
key and different intervals are a change.
"""

from __future__ import annotations

import duckdb

_FLAG_SQL = """
INSERT INTO figure_changes
WITH keyed AS (
    SELECT c.*,
           lower(regexp_extract(coalesce(c.counted, ''), '([A-Za-z]+)s?\\s*$', 1)) || '|' ||
           lower(coalesce(c.place, '')) || '|' || c.scope || '|' ||
           coalesce(CAST(c.time_start AS VARCHAR), '') AS qkey
    FROM figures c
    WHERE c.counted IS NOT NULL
),
new AS (SELECT * FROM keyed WHERE run_id = $run_id),
pairs AS (
    SELECT o.claim_id AS a_id, n.claim_id AS b_id, n.qkey, o.low AS alow, o.high AS ahigh,
           n.low AS blow, n.high AS bhigh, o.published AS apub, n.published AS bpub,
           o.doc_id = n.doc_id AS same_doc
    FROM new n JOIN keyed o
      ON o.qkey = n.qkey AND o.claim_id < n.claim_id AND o.kind = n.kind
     AND (o.doc_id <> n.doc_id OR coalesce(o.source, '') <> coalesce(n.source, ''))
    WHERE (o.low IS DISTINCT FROM n.low OR o.high IS DISTINCT FROM n.high)
)
SELECT a_id || '|' || b_id, $run_id, now(),
       CASE WHEN coalesce(bhigh, blow) > coalesce(ahigh, alow) THEN 'increase'
            WHEN coalesce(bhigh, blow) < coalesce(ahigh, alow) THEN 'decrease'
            ELSE 'conflict' END,
       qkey, NULL, a_id, b_id,
       'same quantity, different values'
FROM pairs p
WHERE NOT EXISTS (SELECT 1 FROM figure_changes f WHERE f.change_id = p.a_id || '|' || p.b_id)
"""


def flag_changes(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Flag changes among this run's new claims and what is stored; returns how many."""
    before = con.execute("SELECT count(*) FROM figure_changes").fetchone()
    con.execute(_FLAG_SQL, {"run_id": run_id})
    after = con.execute("SELECT count(*) FROM figure_changes").fetchone()
    return int(after[0] if after else 0) - int(before[0] if before else 0)
