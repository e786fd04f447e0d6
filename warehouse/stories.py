"""Stories in the warehouse: assigning this run's documents, and user pins.

Public API (for the config work, issue 5)::

    from warehouse import stories
    stories.pin(con, "kursk-incursion", urls=["https://example.org/a", ...])
    stories.pin(con, "city-hall-feed", url_prefixes=["https://city.example/news/"])
    stories.pin(con, "seed", doc_ids=["000_577a8f38bb14521c"])
    stories.pin(con, "local-inputs", input_prefixes=["/data/inbox/"])
    stories.pin(con, "kursk", paths=["seeds/kursk-captives.jsonl"])   # every line of the file
    stories.apply_pins(con, stories.pins_from_selectors({"kursk": ["seeds/kursk-captives.jsonl"]}))

A pin is a rule kept in ``story_pins``: documents already stored that match it move
to the named story at once (their claims are queued to be compared again), and
documents of later runs that match it join that story instead of being grouped by
similarity. The story's id is its name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import duckdb
import pyarrow as pa

from extractors.errors import InputError
from extractors.linking import LinkKeys, LinkModel, link_keys, load_model
from extractors.stories import NAME_WINDOW_DAYS, Assignment, StoryDoc, assign, doc_terms, idf_from_counts
from warehouse.db import transaction

MATCH_KINDS = ("doc", "url", "input", "path", "url_prefix", "input_prefix")


@dataclass(frozen=True, slots=True)
class StoryPin:
    """Documents that belong to the story ``story`` whatever their similarity."""

    story: str
    doc_ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ()
    url_prefixes: tuple[str, ...] = ()
    input_prefixes: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()  # a file (every line of a JSONL file) or a folder

    def rules(self) -> list[tuple[str, str]]:
        return [
            *(("doc", v) for v in self.doc_ids),
            *(("url", v) for v in self.urls),
            *(("input", v) for v in self.inputs),
            *(("url_prefix", v) for v in self.url_prefixes),
            *(("input_prefix", v) for v in self.input_prefixes),
            *(("path", v) for v in self.paths),
        ]


def pins_from_selectors(pins: Mapping[str, Sequence[str]]) -> tuple[StoryPin, ...]:
    """``{story: [selector, ...]}`` (the flow's ``pins`` parameter, from claimwatch.toml) as pins.

    A selector ending in ``*`` is a prefix of URLs or inputs; one with ``://`` is a URL;
    anything else is a document id or a path (a file, every line of a JSONL file, or a
    folder), taken both as written and made absolute.
    """
    out = []
    for story, selectors in pins.items():
        urls: list[str] = []
        url_prefixes: list[str] = []
        input_prefixes: list[str] = []
        docs: list[str] = []
        paths: list[str] = []
        for sel in selectors:
            if sel.endswith("*"):
                (url_prefixes if "://" in sel else input_prefixes).append(sel[:-1])
            elif "://" in sel:
                urls.append(sel)
            else:
                docs.append(sel)
                paths.extend(dict.fromkeys([sel, os.path.abspath(sel)]))
        out.append(
            StoryPin(
                story,
                doc_ids=tuple(docs),
                urls=tuple(urls),
                url_prefixes=tuple(url_prefixes),
                input_prefixes=tuple(input_prefixes),
                paths=tuple(paths),
            )
        )
    return tuple(out)


#: Whether pin ``p`` (a story_pins row) matches document ``d`` (its doc_id, url and input).
#: A path pins the file itself, the lines of a JSONL file (path:N) and everything under a folder.
_PIN_MATCHES = """
         (p.match_kind = 'doc' AND d.doc_id = p.value)
      OR (p.match_kind = 'url' AND d.url = p.value)
      OR (p.match_kind = 'input' AND d.input = p.value)
      OR (p.match_kind = 'url_prefix' AND starts_with(d.url, p.value))
      OR (p.match_kind = 'input_prefix' AND starts_with(d.input, p.value))
      OR (p.match_kind = 'path' AND (d.input = p.value OR starts_with(d.input, p.value || ':')
                                     OR starts_with(d.input, rtrim(p.value, '/') || '/')))
"""

_MATCH_SQL = f"""
    SELECT DISTINCT sd.doc_id
    FROM story_documents sd
    JOIN (SELECT doc_id, url, input FROM documents QUALIFY version = max(version) OVER (PARTITION BY doc_id)) d
      USING (doc_id)
    JOIN (SELECT * FROM story_pins WHERE story_id = $story) p ON {_PIN_MATCHES}
"""


def _ensure_story(
    con: duckdb.DuckDBPyConnection, story_id: str, name: str, *, pinned: bool, run_id: str | None
) -> None:
    exists = con.execute("SELECT count(*) FROM stories WHERE story_id = ?", [story_id]).fetchone()
    if exists and exists[0]:
        if pinned:
            con.execute("UPDATE stories SET pinned = true WHERE story_id = ?", [story_id])
        return
    con.execute("INSERT INTO stories VALUES (?, ?, ?, now(), ?)", [story_id, name, pinned, run_id])


def pin(
    con: duckdb.DuckDBPyConnection,
    story: str,
    *,
    doc_ids: Iterable[str] = (),
    urls: Iterable[str] = (),
    inputs: Iterable[str] = (),
    url_prefixes: Iterable[str] = (),
    input_prefixes: Iterable[str] = (),
    paths: Iterable[str] = (),
) -> int:
    """Pin documents to the story named ``story``; returns how many stored documents moved to it."""
    return apply_pins(
        con,
        [
            StoryPin(
                story,
                tuple(doc_ids),
                tuple(urls),
                tuple(inputs),
                tuple(url_prefixes),
                tuple(input_prefixes),
                tuple(paths),
            )
        ],
    )


def apply_pins(con: duckdb.DuckDBPyConnection, pins: Sequence[StoryPin], run_id: str | None = None) -> int:
    """Record pin rules (once each) and move the stored documents they match; returns documents moved."""
    moved = 0
    for p in pins:
        if not p.story.strip():
            raise InputError("a story pin needs a story name")
        rules = p.rules()
        if not rules:
            continue
        with transaction(con):
            _ensure_story(con, p.story, p.story, pinned=True, run_id=run_id)
            for kind, value in rules:
                con.execute(
                    "INSERT INTO story_pins SELECT ?, ?, ?, now() WHERE NOT EXISTS"
                    " (SELECT 1 FROM story_pins WHERE story_id = ? AND match_kind = ? AND value = ?)",
                    [p.story, kind, value, p.story, kind, value],
                )
            docs = [r[0] for r in con.execute(_MATCH_SQL, {"story": p.story}).fetchall()]
            ids = pa.table({"doc_id": pa.array(docs, pa.string())})  # noqa: F841 - scanned by DuckDB
            changed = con.execute(
                "SELECT doc_id FROM story_documents SEMI JOIN ids USING (doc_id)"
                " WHERE story_id <> $story OR NOT pinned",
                {"story": p.story},
            ).fetchall()
            con.execute(
                "UPDATE story_documents SET story_id = $story, pinned = true, score = NULL"
                " WHERE doc_id IN (SELECT doc_id FROM ids)",
                {"story": p.story},
            )
            moved_ids = pa.table({"doc_id": pa.array([r[0] for r in changed], pa.string())})  # noqa: F841 - scanned by DuckDB
            # Their claims now belong to another story: key them there and compare them again.
            con.execute(
                "UPDATE claim_keys SET story_id = $story WHERE doc_id IN (SELECT doc_id FROM moved_ids)",
                {"story": p.story},
            )
            con.execute(
                "INSERT INTO change_queue SELECT claim_id FROM claim_keys"
                " WHERE latest AND doc_id IN (SELECT doc_id FROM moved_ids)"
                " AND claim_id NOT IN (SELECT claim_id FROM change_queue)"
            )
        moved += len(changed)
    return moved


#: A document's story terms and link keys are read from at most this much of its text: no
#: text of the dev corpora is longer (corpus/gvc's longest are cut at 100,000 characters, the
#: next is 58,316). A 10 MB dump took 42 s and 800 MB over its whole text.
STORY_TEXT_CHARS = 100_000


def _terms(
    con: duckdb.DuckDBPyConnection, versions: Sequence[tuple[str, int]], chunk: int = 256
) -> dict[str, tuple[dict[str, float], LinkKeys]]:
    """doc_id -> its weighted terms and link keys, reading the texts of ``versions`` a chunk at a time."""
    out: dict[str, tuple[dict[str, float], LinkKeys]] = {}
    for i in range(0, len(versions), chunk):
        part = versions[i : i + chunk]
        wanted = pa.table(  # noqa: F841 - scanned by DuckDB
            {
                "doc_id": pa.array([v[0] for v in part], pa.string()),
                "version": pa.array([v[1] for v in part], pa.int32()),
            }
        )
        for doc_id, title, text, published in con.execute(
            "SELECT doc_id, title, left(text, $n), published FROM documents SEMI JOIN wanted USING (doc_id, version)",
            {"n": STORY_TEXT_CHARS},
        ).fetchall():
            out[doc_id] = (doc_terms(text, title), link_keys(text, title, published))
    return out


def name_term(name: str) -> str:
    """A person's name as a posting of the term index (body terms never hold a colon)."""
    return f"n:{name}"


def _postings(d: StoryDoc) -> list[str]:
    return [*d.terms, *(name_term(n) for n in sorted(d.keys.names))]


#: A new document looks up stored candidates by this many of its terms, the most distinctive ones...
QUERY_TERMS = 12
#: ... and reads the stored documents that share most of their weight, at most this many.
STORED_CANDIDATES = 40

_WINDOW = "($undated OR p.published IS NULL OR p.published BETWEEN $lo AND $hi)"


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, new: Sequence[StoryDoc], window_days: int, new_ids: pa.Table
) -> tuple[list[StoryDoc], dict[str, float], int]:
    """The stored documents the new ones may join, and idf weights over the window, from the term index.

    Reads postings of the new documents' terms inside their date window (plus counts), never
    every stored document: the work grows with the run and the window, not with the store.
    ``new_ids`` (the run's documents, scanned by DuckDB) are left out of the stored side.
    """
    dates = [d.published for d in new if d.published is not None]
    params = {
        "undated": len(dates) < len(new),
        "lo": min(dates) - timedelta(days=window_days) if dates else date.min,
        "hi": max(dates) + timedelta(days=window_days) if dates else date.max,
    }
    new_terms = sorted({t for d in new for t in d.terms})
    wanted = pa.table({"term": pa.array(new_terms, pa.string())})  # noqa: F841 - scanned by DuckDB
    df = dict(
        con.execute(
            "SELECT term, count(*) FROM story_terms p SEMI JOIN wanted USING (term)"
            f" WHERE {_WINDOW} AND p.doc_id NOT IN (SELECT doc_id FROM new_ids) GROUP BY term",
            params,
        ).fetchall()
    )
    row = con.execute(
        f"SELECT count(*) FROM story_documents p WHERE {_WINDOW} AND p.doc_id NOT IN (SELECT doc_id FROM new_ids)",
        params,
    ).fetchone()
    n_stored = int(row[0]) if row else 0
    for d in new:
        for t in d.terms:
            df[t] = df.get(t, 0) + 1
    n = n_stored + len(new)
    weights = idf_from_counts(df, n)
    named = [(d.doc_id, name_term(nm), d.published) for d in new if d.story_id is None for nm in d.keys.names]
    if not n_stored and not named:
        return [], weights, n
    q_doc, q_term, q_weight, q_date = [], [], [], []
    for d in new:
        if d.story_id is not None:
            continue  # kept where it is: nothing to look up
        top = sorted(d.terms, key=lambda t: (-weights[t] * d.terms[t], t))[:QUERY_TERMS]
        for t in top:
            q_doc.append(d.doc_id)
            q_term.append(t)
            q_weight.append(weights[t])
            q_date.append(d.published)
    query = pa.table(  # noqa: F841 - scanned by DuckDB
        {
            "new_doc": pa.array(q_doc, pa.string()),
            "term": pa.array(q_term, pa.string()),
            "weight": pa.array(q_weight, pa.float64()),
            "published": pa.array(q_date, pa.date32()),
        }
    )
    # ... and, further back, the stored documents that name the same person (name postings, "n:...")
    by_name = pa.table(  # noqa: F841 - scanned by DuckDB
        {
            "new_doc": pa.array([x[0] for x in named], pa.string()),
            "term": pa.array([x[1] for x in named], pa.string()),
            "published": pa.array([x[2] for x in named], pa.date32()),
        }
    )
    rows = con.execute(
        "WITH hits AS (SELECT q.new_doc, p.doc_id, sum(q.weight) AS s FROM query q"
        "  JOIN story_terms p ON p.term = q.term"
        f" WHERE {_WINDOW} AND p.doc_id NOT IN (SELECT doc_id FROM new_ids)"
        "   AND (q.published IS NULL OR p.published IS NULL"
        "        OR p.published BETWEEN q.published - $w AND q.published + $w)"
        "  GROUP BY q.new_doc, p.doc_id"
        "  QUALIFY row_number() OVER (PARTITION BY q.new_doc ORDER BY s DESC, p.doc_id) <= $m),"
        " name_hits AS (SELECT q.new_doc, p.doc_id, count(*) AS s FROM by_name q"
        "  JOIN story_terms p ON p.term = q.term"
        "  WHERE p.doc_id NOT IN (SELECT doc_id FROM new_ids)"
        "   AND (q.published IS NULL OR p.published IS NULL"
        "        OR p.published BETWEEN q.published - $nw AND q.published + $nw)"
        "  GROUP BY q.new_doc, p.doc_id"
        "  QUALIFY row_number() OVER (PARTITION BY q.new_doc ORDER BY s DESC, p.doc_id) <= $m)"
        " SELECT doc_id, story_id, published, terms, weights, keys FROM story_documents"
        " WHERE doc_id IN (SELECT doc_id FROM hits UNION SELECT doc_id FROM name_hits)",
        {**params, "w": window_days, "nw": NAME_WINDOW_DAYS, "m": STORED_CANDIDATES},
    ).fetchall()
    stored = [
        StoryDoc(r[0], r[2], dict(zip(r[3], r[4], strict=True)), r[1], LinkKeys.from_list(r[5] or ())) for r in rows
    ]
    return stored, weights, n


#: Below this many characters, one text under several ids is a copy only under one title too:
#: short texts shared by many pages are a site's sign-up wall or video list, not a syndicated
#: report, and taking them for copies put unrelated stories' pages into one story.
COPY_MIN_CHARS = 1000


def copy_key_sql(alias: str) -> str:
    """SQL for document ``alias``'s syndication key: two documents with one key are one report."""
    return (
        f"CASE WHEN length({alias}.text) >= {COPY_MIN_CHARS} THEN {alias}.content_hash"
        f" ELSE {alias}.content_hash || ':' || coalesce({alias}.title, '') END"
    )


def assign_run(con: duckdb.DuckDBPyConnection, run_id: str, *, model: LinkModel | None = None) -> list[Assignment]:
    """Give every document stored by ``run_id`` a story, and every stored document that has none
    (an interrupted run's); returns the assignments made."""
    model = model or load_model()
    # The run's documents without their texts: a run's texts together would be held twice
    # (sorted in DuckDB, then in Python) for terms that need one text at a time.
    rows = con.execute(
        "SELECT d.doc_id, d.version, d.published, sd.story_id, sd.pinned,"
        f" {copy_key_sql('d')} AS copy_key,"
        # the newest pin that matches the document, if any
        f" (SELECT arg_max(p.story_id, p.created_at) FROM story_pins p WHERE {_PIN_MATCHES}) AS pin_story,"
        " (SELECT any_value(osd.story_id) FROM documents o JOIN story_documents osd ON osd.doc_id = o.doc_id"
        f"  WHERE o.content_hash = d.content_hash AND {copy_key_sql('o')} = {copy_key_sql('d')}"
        "  AND o.doc_id <> d.doc_id) AS copy_story"
        " FROM documents d LEFT JOIN story_documents sd USING (doc_id)"
        # this run's documents, and any an interrupted run stored without giving them a story
        " WHERE d.run_id = ? OR sd.doc_id IS NULL"
        " QUALIFY d.version = max(d.version) OVER (PARTITION BY d.doc_id)"
        " ORDER BY d.published NULLS FIRST, d.doc_id",
        [run_id],
    ).fetchall()
    copies: dict[str, str] = {}  # doc_id -> the doc_id of an identical text earlier in this run
    first_of_text: dict[str, tuple[str, int]] = {}
    for doc_id, version, _, _, _, copy_key, _, _ in rows:
        if copy_key in first_of_text:
            copies[doc_id] = first_of_text[copy_key][0]
        else:
            first_of_text[copy_key] = (doc_id, version)
    terms_of_doc = _terms(con, list(first_of_text.values()))
    new: list[StoryDoc] = []
    kept: dict[str, tuple[str, bool]] = {}
    published_of: dict[str, date | None] = {}
    for doc_id, _, published, story_id, pinned, _, pin_story, copy_story in rows:
        published_of[doc_id] = published
        terms, keys = terms_of_doc[copies.get(doc_id, doc_id)]
        # A re-fetched document stays in its story; a pinned one goes where the pin says; a
        # syndicated copy (the same clean text under another id) goes where its original is.
        fixed = story_id or pin_story or copy_story
        if fixed:
            kept[doc_id] = (fixed, bool(pinned) if story_id else fixed != copy_story)
        if doc_id not in copies or fixed:
            new.append(StoryDoc(doc_id, published, terms, fixed, keys))
    if not published_of:
        return []
    new_ids = pa.table({"doc_id": pa.array(list(published_of), pa.string())})
    stored, weights, n_docs = _stored_candidates(con, new, model.window_days, new_ids)
    assignments = assign(new, stored, model=model, weights=weights, n_docs=n_docs)
    story_of = {a.doc_id: a.story_id for a in assignments}
    by_id = {d.doc_id: d for d in new}
    for doc_id, original in copies.items():  # copies of this run join their original's story
        if doc_id not in story_of:
            d = by_id[original]
            by_id[doc_id] = StoryDoc(doc_id, published_of[doc_id], d.terms, story_of[original], d.keys)
            assignments.append(Assignment(doc_id, story_of[original], 1.0, new_story=False))
    now = datetime.now(UTC)
    with transaction(con):
        for a in assignments:
            if a.new_story:
                con.execute("INSERT INTO stories VALUES (?, ?, false, ?, ?)", [a.story_id, a.name, now, run_id])
        for story_id, pinned in set(kept.values()):
            if pinned:
                _ensure_story(con, story_id, story_id, pinned=True, run_id=run_id)
        con.execute("DELETE FROM story_documents WHERE doc_id IN (SELECT doc_id FROM new_ids)")
        con.execute("DELETE FROM story_terms WHERE doc_id IN (SELECT doc_id FROM new_ids)")
        # A document kept from an earlier version keeps its original pinned flag and score.
        for i in range(0, len(assignments), _INSERT_CHUNK):
            part = assignments[i : i + _INSERT_CHUNK]
            new_rows = _story_rows(part, by_id, kept, run_id)  # noqa: F841 - scanned by DuckDB
            con.execute("INSERT INTO story_documents BY NAME SELECT * FROM new_rows")
            posted = [(t, a.doc_id, by_id[a.doc_id].published) for a in part for t in _postings(by_id[a.doc_id])]
            postings = pa.table(  # noqa: F841 - scanned by DuckDB
                {
                    "term": pa.array([x[0] for x in posted], pa.string()),
                    "doc_id": pa.array([x[1] for x in posted], pa.string()),
                    "published": pa.array([x[2] for x in posted], pa.date32()),
                }
            )
            con.execute("INSERT INTO story_terms BY NAME SELECT * FROM postings")
        # A document scored again (an interrupted run's, given its story now) keeps only its new links.
        scored = [a for a in assignments if a.doc_id not in kept and a.doc_id not in copies]
        for i in range(0, len(scored), _INSERT_CHUNK):
            part = scored[i : i + _INSERT_CHUNK]
            links = pa.table(  # noqa: F841 - scanned by DuckDB
                {
                    "doc_id": pa.array([a.doc_id for a in part for _ in a.links], pa.string()),
                    "other_id": pa.array([o for a in part for o, _ in a.links], pa.string()),
                    "p": pa.array([p for a in part for _, p in a.links], pa.float64()),
                }
            )
            part_ids = pa.table({"doc_id": pa.array([a.doc_id for a in part], pa.string())})  # noqa: F841
            con.execute("DELETE FROM story_links WHERE doc_id IN (SELECT doc_id FROM part_ids)")
            con.execute("INSERT INTO story_links BY NAME SELECT * FROM links")
    return assignments


#: story_documents rows carry each document's terms (up to 120): built for a whole run
#: at once, they would make the change pass's memory grow with the run.
_INSERT_CHUNK = 500
_STORY_DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("story_id", pa.string()),
        ("published", pa.date32()),
        ("terms", pa.list_(pa.string())),
        ("weights", pa.list_(pa.float64())),
        ("pinned", pa.bool_()),
        ("score", pa.float64()),
        ("run_id", pa.string()),
        ("keys", pa.list_(pa.string())),
    ]
)


def _story_rows(
    assignments: Sequence[Assignment], by_id: Mapping[str, StoryDoc], kept: Mapping[str, tuple[str, bool]], run_id: str
) -> pa.Table:
    rows = []
    for a in assignments:
        d = by_id[a.doc_id]
        rows.append(
            {
                "doc_id": a.doc_id,
                "story_id": a.story_id,
                "published": d.published,
                "terms": list(d.terms),
                "weights": list(d.terms.values()),
                "pinned": a.doc_id in kept and kept[a.doc_id][1],
                "score": a.score,
                "run_id": run_id,
                "keys": d.keys.to_list(),
            }
        )
    return pa.Table.from_pylist(rows, schema=_STORY_DOCUMENTS)


__all__ = [
    "COPY_MIN_CHARS",
    "MATCH_KINDS",
    "StoryPin",
    "apply_pins",
    "assign_run",
    "copy_key_sql",
    "pin",
    "pins_from_selectors",
]
