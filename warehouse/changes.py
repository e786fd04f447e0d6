"""Flagging figures that changed between reports: stories, same-quantity pairs, interval comparison.

One pass per run, incremental:

1. ``stories.assign_run`` puts this run's documents into stories;
2. ``key_pending_claims`` keys the claims of every stored document not keyed yet (this run's,
   and any an interrupted run left) in Python (``extractors.quantity_keys``), writes
   ``claim_keys`` and queues them;
3. ``compare_queue`` finds candidate pairs in one SQL statement (queued claims against stored
   keys of the same story, measure, event and time scope whose figures differ beyond their
   tolerance), lets the pair model (``extractors.same_quantity``) decide which are one quantity
   and how sure it is, and writes the accepted pairs as flags; then it empties the queue. Two
   documents are compared only if the story link model joined them directly (``story_links``),
   not merely through a chain of other reports, unless a user pinned both to the story.

A pair is two reports: different documents, different sources in one document,
or two versions of one URL (a revision). The earlier report is ``a``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb
import pyarrow as pa

from extractors.change_model import Report, bridged, change_verdict, report_of
from extractors.quantity_keys import EARLIER, ClaimKey, claim_key, perpetrator_died, settle_parts, settle_times
from extractors.same_quantity import Side, verdict
from extractors.same_quantity import model as same_quantity_model
from warehouse import stories
from warehouse.db import transaction
from warehouse.stories import StoryPin

_KEYS_SCHEMA = pa.schema(
    [
        ("claim_id", pa.string()),
        ("doc_id", pa.string()),
        ("version", pa.int32()),
        ("story_id", pa.string()),
        ("qkey", pa.string()),
        ("counted_cls", pa.string()),
        ("counted_group", pa.string()),
        ("counted_head", pa.string()),
        ("names", pa.list_(pa.string())),
        ("place", pa.list_(pa.string())),
        ("lo", pa.float64()),
        ("hi", pa.float64()),
        ("tol", pa.float64()),
        ("source_key", pa.string()),
        ("published", pa.date32()),
        ("label", pa.string()),
        ("latest", pa.bool_()),
        ("measure", pa.string()),
        ("event", pa.string()),
        ("time_key", pa.string()),
        ("mods", pa.list_(pa.string())),
        ("part", pa.bool_()),
        ("individual", pa.bool_()),
        ("named", pa.bool_()),
        ("perpetrator_died", pa.bool_()),
    ]
)

#: Documents keyed per chunk: a run that heals an interrupted one may find thousands pending.
_KEY_CHUNK = 2000
#: Bounds on the work one input can cause: keys per document, candidate pairs per pass.
MAX_KEYS_PER_DOC = 400
MAX_PAIRS_PER_PASS = 2_000_000

# Document versions that have a story but whose claims were never keyed, whichever run stored
# them (an interrupted run leaves some behind). A syndicated copy (the same report as another
# document, under another id, by the stories' own rule) is marked keyed without keys: counting
# it again would flag every copy against every other outlet. The original is the copy already
# keyed, else the smallest id.
_PENDING_SQL = f"""
WITH latest AS (SELECT doc_id, version, {stories.copy_key_sql("documents")} AS copy_key FROM documents
                QUALIFY version = max(version) OVER (PARTITION BY doc_id)),
pending AS (SELECT l.* FROM latest l SEMI JOIN story_documents sd USING (doc_id)
            ANTI JOIN keyed_documents k USING (doc_id, version))
SELECT p.doc_id, p.version,
       EXISTS (SELECT 1 FROM latest o WHERE o.copy_key = p.copy_key AND o.doc_id <> p.doc_id
               AND ((o.doc_id, o.version) IN (SELECT (doc_id, version) FROM keyed_documents)
                    OR (o.doc_id < p.doc_id AND o.doc_id IN (SELECT doc_id FROM pending)))) AS copy
FROM pending p ORDER BY p.doc_id
"""

_CLAIMS_SQL = """
SELECT c.claim_id, c.doc_id, c.version, sd.story_id, c.kind, c.unit, c.qualifier, c.low, c.high,
       c.counted, c.event, c.place, c.time_text, c.time_start, c.time_end, c.scope, c.source, c.published,
       c.sentence, c.char_start - c.sentence_start, c.char_end - c.sentence_start
FROM claims c SEMI JOIN wanted USING (doc_id, version) JOIN story_documents sd USING (doc_id)
ORDER BY c.doc_id, c.version, c.char_start
"""


# Which of the documents being keyed say whoever did it died (a toll may then count them or not).
_DOCUMENTS_SQL = "SELECT doc_id, version, text FROM documents SEMI JOIN wanted USING (doc_id, version)"


def _keys_of(
    rows: list[tuple[Any, ...]], perpetrator_dead: frozenset[tuple[str, int]] = frozenset()
) -> list[dict[str, Any]]:
    # A document's claims are keyed together: whether a dated figure is the incident's toll or
    # a one-day count depends on the other spans the same document reports (settle_times).
    by_doc: dict[tuple[str, int], list[tuple[tuple[Any, ...], ClaimKey]]] = {}
    for row in rows:
        (
            claim_id,
            doc_id,
            version,
            story_id,
            kind,
            unit,
            qualifier,
            low,
            high,
            counted,
            event,
            place,
            time_text,
            time_start,
            time_end,
            scope,
            source,
            published,
            sentence,
            offset,
            end,
        ) = row
        k = claim_key(
            kind=kind,
            unit=unit,
            qualifier=qualifier,
            low=low,
            high=high,
            counted=counted,
            event=event,
            place=place,
            time_text=time_text,
            time_start=time_start,
            time_end=time_end,
            scope=scope,
            source=source,
            published=published,
            sentence=sentence,
            offset=offset,
            end=end,
        )
        by_doc.setdefault((doc_id, version), []).append((row, k))
    out: list[dict[str, Any]] = []
    for group in by_doc.values():
        seen: set[tuple[Any, ...]] = set()
        for (row, _), k in zip(group, settle_parts(settle_times([k for _, k in group])), strict=True):
            claim_id, doc_id, version, story_id = row[:4]
            if not k.comparable:
                continue  # too thin a key to stand for a quantity (no counted noun, or no event)
            # A figure a source repeats in one document is one figure; and a document gets at
            # most MAX_KEYS_PER_DOC, so one pathological input cannot flood the pass with pairs.
            same = (k.join, k.source, k.low, k.high, k.counted_cls, k.names, k.place, k.part)
            if same in seen or len(seen) >= MAX_KEYS_PER_DOC:
                continue
            seen.add(same)
            out.append(
                {
                    "claim_id": claim_id,
                    "doc_id": doc_id,
                    "version": version,
                    "story_id": story_id,
                    "qkey": k.join,
                    "counted_cls": k.counted_cls,
                    "counted_group": k.counted_group,
                    "counted_head": k.counted_head,
                    "names": list(k.names),
                    "place": list(k.place),
                    "lo": k.low,
                    "hi": k.high,
                    "tol": k.tolerance,
                    "source_key": k.source,
                    "published": row[17],
                    "label": k.label,
                    "latest": True,
                    "measure": k.measure,
                    "event": k.event,
                    "time_key": k.time,
                    "mods": list(k.mods),
                    "part": k.part,
                    "individual": k.individual,
                    "named": k.named,
                    "perpetrator_died": (doc_id, version) in perpetrator_dead,
                }
            )
    return out


def key_pending_claims(con: duckdb.DuckDBPyConnection) -> int:
    """Key the claims of every stored document version not keyed yet, and queue them; returns how many."""
    pending = con.execute(_PENDING_SQL).fetchall()
    total = 0
    for i in range(0, len(pending), _KEY_CHUNK):
        chunk = pending[i : i + _KEY_CHUNK]
        versions = [(d, v) for d, v, copy in chunk if not copy]
        wanted = pa.table(  # noqa: F841 - scanned by DuckDB
            {
                "doc_id": pa.array([d for d, _ in versions], pa.string()),
                "version": pa.array([v for _, v in versions], pa.int32()),
            }
        )
        dead = frozenset(
            (d, v)
            for d, v, text in (con.execute(_DOCUMENTS_SQL).fetchall() if versions else [])
            if perpetrator_died(text)
        )
        out = _keys_of(con.execute(_CLAIMS_SQL).fetchall(), dead) if versions else []
        keys = pa.Table.from_pylist(out, schema=_KEYS_SCHEMA)  # noqa: F841 - scanned by DuckDB
        done = pa.table(  # noqa: F841 - scanned by DuckDB
            {
                "doc_id": pa.array([d for d, _, _ in chunk], pa.string()),
                "version": pa.array([v for _, v, _ in chunk], pa.int32()),
            }
        )
        with transaction(con):
            # An older version's claims stay for revisions, but no longer stand for the document.
            con.execute(
                "UPDATE claim_keys SET latest = false WHERE latest AND (doc_id, version) IN"
                " (SELECT (doc_id, version - 1) FROM done WHERE version > 1)"
            )
            con.execute("INSERT INTO claim_keys BY NAME SELECT * FROM keys")
            con.execute("INSERT INTO change_queue SELECT claim_id FROM keys")
            con.execute("INSERT INTO keyed_documents SELECT doc_id, version FROM done")
        total += len(out)
    return total


# The change pass, step 1: candidate pairs. `o` is any stored key of the same story, measure,
# event and time scope; `n` a queued one. Only pairs whose figures differ are candidates; the
# pair model (extractors/same_quantity.py) then decides whether they are one quantity.
SIDE_COLUMNS = (
    "doc_id",
    "version",
    "source_key",
    "measure",
    "event",
    "time_key",
    "mods",
    "counted_cls",
    "counted_group",
    "counted_head",
    "names",
    "place",
    "part",
    "individual",
    "named",
    "lo",
    "hi",
    "perpetrator_died",
)


def lead_names_sql(documents: str) -> str:
    """SQL for the capitalised words of the lead of the ``story_documents`` row ``documents`` (its story keys
    "p:"), cut to their first four letters as place stems are (``same_quantity.Side.lead_names``)."""
    return f"list_transform(list_filter(coalesce({documents}.keys, []), lambda x: x LIKE 'p:%'), lambda x: x[3:6])"


_CANDIDATES_SQL = f"""
WITH queued AS (SELECT DISTINCT claim_id FROM change_queue),
new AS (SELECT k.* FROM claim_keys k SEMI JOIN queued USING (claim_id)),
-- A re-fetched version that repeats a figure of the previous version says nothing new to other reports.
carried AS (
    SELECT n.claim_id FROM new n JOIN claim_keys p
      ON p.doc_id = n.doc_id AND p.version = n.version - 1 AND p.qkey = n.qkey AND p.source_key = n.source_key
     AND p.lo IS NOT DISTINCT FROM n.lo AND p.hi IS NOT DISTINCT FROM n.hi
),
-- the link model's own score of two documents (story_links), read for the queued documents only
links AS (SELECT * FROM story_links
          WHERE doc_id IN (SELECT doc_id FROM new) OR other_id IN (SELECT doc_id FROM new)),
-- the first names each story gives a named individual's surname (same_quantity.different_people)
namesakes AS (SELECT story_id, counted_cls, list(DISTINCT names) AS given FROM claim_keys
              WHERE latest AND individual AND named AND len(names) > 0
                AND story_id IN (SELECT story_id FROM new)
              GROUP BY story_id, counted_cls)
SELECT o.claim_id AS o_id, n.claim_id AS n_id, n.story_id, n.qkey, n.label,
       o.published AS o_pub, n.published AS n_pub, greatest(o.tol, n.tol) AS tol,
       lower(oc.text) AS o_text, lower(nc.text) AS n_text,
       coalesce(osd.score, 1.0) AS o_link, coalesce(nsd.score, 1.0) AS n_link,
       coalesce(list_contains(osd.keys, 'r:1'), false) AS o_roundup,
       coalesce(list_contains(nsd.keys, 'r:1'), false) AS n_roundup,
       greatest(coalesce(l1.p, 0.0), coalesce(l2.p, 0.0)) AS direct_link,
       coalesce(osd.pinned AND nsd.pinned, false) AS pinned,
       -- both documents name one person or place (the story term index's name entries)
       coalesce(len(list_intersect(list_filter(osd.keys, lambda x: x LIKE 'n:%'), nsd.keys)) > 0, false) AS shared_name,
       coalesce(ns.given, []) AS namesakes,
       {lead_names_sql("osd")} AS o_lead_names, {lead_names_sql("nsd")} AS n_lead_names,
       {", ".join(f"o.{c} AS o_{c}" for c in SIDE_COLUMNS)},
       {", ".join(f"n.{c} AS n_{c}" for c in SIDE_COLUMNS)}
FROM new n
JOIN claim_keys o ON o.story_id = n.story_id AND o.measure = n.measure AND o.event = n.event
                 AND o.time_key = n.time_key AND o.claim_id <> n.claim_id
LEFT JOIN queued oq ON oq.claim_id = o.claim_id
JOIN claims oc ON oc.claim_id = o.claim_id
JOIN claims nc ON nc.claim_id = n.claim_id
LEFT JOIN story_documents osd ON osd.doc_id = o.doc_id
LEFT JOIN story_documents nsd ON nsd.doc_id = n.doc_id
LEFT JOIN links l1 ON l1.doc_id = n.doc_id AND l1.other_id = o.doc_id
LEFT JOIN links l2 ON l2.doc_id = o.doc_id AND l2.other_id = n.doc_id
LEFT JOIN namesakes ns ON ns.story_id = n.story_id AND ns.counted_cls = n.counted_cls AND n.individual
WHERE (o.latest OR (o.doc_id = n.doc_id AND o.version = n.version - 1))
  -- two queued claims meet once
  AND (oq.claim_id IS NULL OR o.claim_id < n.claim_id)
  -- two reports: other document, other version, or another source in the same document
  AND (o.doc_id <> n.doc_id OR o.version <> n.version OR o.source_key <> n.source_key)
  AND (o.doc_id = n.doc_id OR n.claim_id NOT IN (SELECT claim_id FROM carried))
  -- and different figures: a bound differs beyond the rounding/conversion tolerance
  AND NOT (coalesce(abs(o.lo - n.lo) <= greatest(o.tol, n.tol), o.lo IS NULL AND n.lo IS NULL)
       AND coalesce(abs(o.hi - n.hi) <= greatest(o.tol, n.tol), o.hi IS NULL AND n.hi IS NULL))
  -- ... that are not one number hedged on one side ("at least 12" / "12"; quantity_keys.same_figure)
  AND NOT coalesce(
        (o.lo = o.hi AND ((n.hi IS NULL AND abs(n.lo - o.lo) <= greatest(o.tol, n.tol))
                          OR (n.lo IS NULL AND abs(n.hi - o.lo) <= greatest(o.tol, n.tol))))
     OR (n.lo = n.hi AND ((o.hi IS NULL AND abs(o.lo - n.lo) <= greatest(o.tol, n.tol))
                          OR (o.lo IS NULL AND abs(o.hi - n.lo) <= greatest(o.tol, n.tol)))), false)
"""

_PAIRS_SCHEMA = pa.schema(
    [
        ("o_id", pa.string()),
        ("n_id", pa.string()),
        ("story_id", pa.string()),
        ("qkey", pa.string()),
        ("label", pa.string()),
        ("o_doc", pa.string()),
        ("n_doc", pa.string()),
        ("o_ver", pa.int32()),
        ("n_ver", pa.int32()),
        ("o_lo", pa.float64()),
        ("o_hi", pa.float64()),
        ("n_lo", pa.float64()),
        ("n_hi", pa.float64()),
        ("tol", pa.float64()),
        ("o_pub", pa.date32()),
        ("n_pub", pa.date32()),
        ("confidence", pa.float64()),
        # the side is the earlier value of a figure its report updates ("up from 350")
        ("o_earlier", pa.bool_()),
        ("n_earlier", pa.bool_()),
    ]
)


def side(row: dict[str, Any], prefix: str) -> Side:
    """One side of a candidate row as the pair model's ``Side``."""
    p = prefix + "_"  # read straight from the row: this runs twice per candidate pair
    return Side(
        doc_id=row[p + "doc_id"],
        version=row[p + "version"],
        source=row[p + "source_key"],
        measure=row[p + "measure"],
        event=row[p + "event"],
        time=row[p + "time_key"],
        mods=tuple(row[p + "mods"]),
        counted_cls=row[p + "counted_cls"],
        counted_group=row[p + "counted_group"],
        counted_head=row[p + "counted_head"],
        names=tuple(row[p + "names"]),
        place=tuple(row[p + "place"]),
        part=row[p + "part"],
        individual=row[p + "individual"],
        named=row[p + "named"],
        low=row[p + "lo"],
        high=row[p + "hi"],
        published=row[p + "pub"],
        link=row[p + "link"],
        roundup=row[p + "roundup"],
        perpetrator_died=row[p + "perpetrator_died"],
        lead_names=tuple(row.get(p + "lead_names") or ()),
    )


def candidate_pairs(
    con: duckdb.DuckDBPyConnection, limit: int = MAX_PAIRS_PER_PASS, floor: float | None = None
) -> Iterator[tuple[dict[str, Any], Side, Side]]:
    """The queued claims' candidate pairs, each as (row, stored side, queued side), at most ``limit``.

    Pairs of two documents the link model did not join directly are left out here already
    (the pair model refuses them, see ``same_quantity.verdict``): in a large store most
    candidates are such pairs, and reading them into Python cost seconds a pass. ``floor``: the
    direct link a pair of documents needs (None: the lowest the shipped pair model accepts).
    """
    if floor is None:
        m = same_quantity_model()
        floor = min(m.link_floor(False), m.link_floor(True))
    cur = con.execute(
        f"SELECT * FROM ({_CANDIDATES_SQL}) WHERE pinned OR o_doc_id = n_doc_id OR direct_link >= ? LIMIT {int(limit)}",
        [floor],
    )
    names = [d[0] for d in cur.description or ()]
    while chunk := cur.fetchmany(10_000):
        for values in chunk:
            row = dict(zip(names, values, strict=True))
            yield row, side(row, "o"), side(row, "n")


def _report(s: Side, text: str) -> tuple[Any, ...]:
    # One report of one figure: a figure a source repeats word for word in one document is said once.
    return (s.doc_id, s.version, s.source, text, s.low, s.high)


def _surer(conf: float, row: dict[str, Any], best_conf: float, best_row: dict[str, Any]) -> bool:
    """Whether a pair stands for its two reports rather than the one kept so far: the surer, and of two as sure
    the one of the smaller claim ids, so that a run flags the same pair whatever order DuckDB returns them in."""
    if conf != best_conf:
        return conf > best_conf
    return sorted((row["o_id"], row["n_id"])) < sorted((best_row["o_id"], best_row["n_id"]))


def accepted_pairs(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[dict[str, Any], Side, Side, float]]:
    """Each candidate pair the pair model takes for one quantity, as (row, stored side, queued
    side, the pair model's confidence), once per pair of reports of a figure."""
    best: dict[tuple[Any, ...], tuple[float, dict[str, Any], Side, Side]] = {}
    for row, o, n in candidate_pairs(con):
        # Documents a user pinned to one story are one event by the user's word.
        v = verdict(
            o,
            n,
            direct_link=None if row["pinned"] else row["direct_link"],
            shared_name=row["shared_name"],
            namesakes=tuple(tuple(g) for g in row["namesakes"]),
        )
        if not v.same:
            continue
        key = (row["story_id"], row["qkey"], *sorted((_report(o, row["o_text"]), _report(n, row["n_text"])), key=repr))
        if key in best and not _surer(v.confidence, row, best[key][0], best[key][1]):
            continue
        best[key] = (v.confidence, row, o, n)
    for same, row, o, n in best.values():
        yield row, o, n, same


# Flags stored by earlier passes in the stories at hand, with their figures: steps that may
# bridge this pass's pairs (extractors.change_model.bridged).
_STORED_STEPS_SQL = """
SELECT f.a_claim_id, f.b_claim_id, coalesce(f.confidence, 1.0), a.low, a.high, a.published, b.low, b.high, b.published
FROM figure_changes f JOIN claims a ON a.claim_id = f.a_claim_id JOIN claims b ON b.claim_id = f.b_claim_id
WHERE f.story_id IN (SELECT story_id FROM wanted_stories)
"""


def _updated_in_place(o: Side, n: Side) -> bool:
    """An article that says its own figure changed ("14 hurt, not 40 as first reported", "800, up from 300"):
    a change, however far apart the two are."""
    return o.doc_id == n.doc_id and o.source.endswith(EARLIER) != n.source.endswith(EARLIER)


def _accepted(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """The pairs to flag: one quantity by the pair model, and a change by the change model or
    bridged by flagged steps. A flag's confidence is the change model's probability, or the pair
    model's where the change model says nothing (figures beyond what it was fitted on)."""
    pairs: dict[tuple[str, str], tuple[dict[str, Any], Side, Side]] = {}
    kept: dict[frozenset[str], float] = {}
    dropped: list[tuple[str, str]] = []
    reports: dict[str, Report] = {}
    for row, o, n, same in accepted_pairs(con):
        ids = (row["o_id"], row["n_id"])
        pairs[ids] = (row, o, n)
        # A claim meets many others: its report is built once.
        for claim_id, s in zip(ids, (o, n), strict=True):
            if claim_id not in reports:
                reports[claim_id] = report_of(s)
        cv = change_verdict(reports[ids[0]], reports[ids[1]])
        conf = same if cv.probability is None else cv.probability
        if cv.flag or _updated_in_place(o, n):
            kept[frozenset(ids)] = conf
        else:
            dropped.append(ids)
    if dropped:
        wanted_stories = pa.table(  # noqa: F841 - scanned by DuckDB
            {"story_id": pa.array(sorted({pairs[ids][0]["story_id"] for ids in dropped}), pa.string())}
        )
        for a_id, b_id, conf, a_lo, a_hi, a_pub, b_lo, b_hi, b_pub in con.execute(_STORED_STEPS_SQL).fetchall():
            kept.setdefault(frozenset((a_id, b_id)), float(conf))
            reports.setdefault(a_id, Report(a_lo, a_hi, a_pub))
            reports.setdefault(b_id, Report(b_lo, b_hi, b_pub))
        kept.update({frozenset(ids): conf for ids, conf in bridged(dropped, kept, reports).items()})
    rows = []
    for ids, (row, o, n) in pairs.items():
        flagged = kept.get(frozenset(ids))
        if flagged is None:
            continue
        rows.append(
            {
                "o_id": ids[0],
                "n_id": ids[1],
                "story_id": row["story_id"],
                "qkey": row["qkey"],
                "label": row["label"],
                "o_doc": o.doc_id,
                "n_doc": n.doc_id,
                "o_ver": o.version,
                "n_ver": n.version,
                "o_lo": o.low,
                "o_hi": o.high,
                "n_lo": n.low,
                "n_hi": n.high,
                "tol": row["tol"],
                "o_pub": row["o_pub"],
                "n_pub": row["n_pub"],
                "confidence": round(flagged, 3),
                "o_earlier": o.source.endswith(EARLIER),
                "n_earlier": n.source.endswith(EARLIER),
            }
        )
    return pa.Table.from_pylist(rows, schema=_PAIRS_SCHEMA)


# Step 2: the accepted pairs, ordered (earlier report first), classified and written with a reason.
_COMPARE_SQL = """
INSERT INTO figure_changes BY NAME
WITH pairs AS (SELECT * FROM accepted),
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
    SELECT story_id, qkey, label, confidence, n_refines OR o_refines AS refinement, o_earlier <> n_earlier AS updated,
           -- `a` is the earlier report (the older version; the wider figure of a refinement)
           CASE WHEN o_doc = n_doc AND o_ver <> n_ver THEN o_ver > n_ver
                WHEN o_earlier <> n_earlier THEN n_earlier
                WHEN o_refines THEN true
                WHEN n_refines THEN false
                -- same day: a fixed order (claim id), whichever run stored which
                ELSE coalesce(n_pub < o_pub, false) OR (n_pub IS NOT DISTINCT FROM o_pub AND n_id < o_id)
           END AS swap,
           o_id, n_id, o_doc, n_doc, o_ver, n_ver, o_pub, n_pub, o_lo, o_hi, n_lo, n_hi
    FROM shaped
),
sides AS (
    SELECT story_id, qkey, label, confidence, refinement, updated,
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
                WHEN a_pub IS NOT DISTINCT FROM b_pub AND NOT updated THEN 'conflict'
                WHEN b_mid > a_mid THEN 'increase'
                WHEN b_mid < a_mid THEN 'decrease'
                ELSE 'conflict' END AS kind,
           -- open bounds: "at least 5" and "up to 3" overlap only if their open sides allow it
           coalesce(a_hi >= b_lo, true) AND coalesce(b_hi >= a_lo, true) AS overlap
    FROM kinds
)
SELECT k.a_id || '|' || k.b_id AS change_id, $run_id AS run_id, now() AS flagged_at, k.kind AS change_kind,
       k.qkey AS quantity_key, k.label AS quantity, k.story_id, k.a_id AS a_claim_id, k.b_id AS b_claim_id,
       k.confidence,
       CASE k.kind
         WHEN 'revision' THEN printf('the re-fetched text (version %d) says %s where version %d said %s',
                                    b.version, b.text, a.version, a.text)
         WHEN 'refinement' THEN printf('%s (%s, %s) narrows %s (%s, %s)', b.text, b_who, b_when, a.text, a_who, a_when)
         WHEN 'conflict' THEN printf('%s (%s) and %s (%s) on %s %s', a.text, a_who, b.text, b_who, b_when,
                                    CASE WHEN k.overlap THEN 'give different bounds' ELSE 'do not overlap' END)
         ELSE printf('%s from %s (%s, %s) to %s (%s, %s)', k.kind, a.text, a_who,
                     CASE WHEN k.updated THEN 'the earlier figure' ELSE a_when END, b.text, b_who, b_when)
       END AS reason
FROM classified k
JOIN claims a ON a.claim_id = k.a_id
JOIN claims b ON b.claim_id = k.b_id
-- who says so: the cited source, else the outlet, else the document
LEFT JOIN documents da ON da.doc_id = a.doc_id AND da.version = a.version
LEFT JOIN documents db ON db.doc_id = b.doc_id AND db.version = b.version,
LATERAL (SELECT coalesce(outlet(a.source, da.site_name, da.url), a.doc_id[:12]) AS a_who,
                coalesce(outlet(b.source, db.site_name, db.url), b.doc_id[:12]) AS b_who,
                coalesce(CAST(a.published AS VARCHAR), 'undated') AS a_when,
                coalesce(CAST(b.published AS VARCHAR), 'undated') AS b_when)
WHERE NOT EXISTS (SELECT 1 FROM figure_changes f WHERE f.change_id = k.a_id || '|' || k.b_id)
"""


def compare_queue(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Compare the queued claims with everything stored (one SQL pass); returns the flags added."""
    accepted = _accepted(con)  # noqa: F841 - scanned by DuckDB
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
    key_pending_claims(con)
    return compare_queue(con, run_id)


__all__ = [
    "SIDE_COLUMNS",
    "accepted_pairs",
    "candidate_pairs",
    "compare_queue",
    "flag_changes",
    "key_pending_claims",
    "lead_names_sql",
    "side",
]
