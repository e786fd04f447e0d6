"""Time story assignment and the change pass of 1,000 new documents against stores of about 10,000 and 100,000.

    python -m bench.bench_linking [--corpus /tmp/cw/gvc.jsonl] [--sizes 10000,100000]
    python -m bench.bench_linking --keys gvc.duckdb   # also key and compare against stored claim keys

The store is corpus/gvc replicated: copy ``k`` gets ids ``c<k>-<id>`` and dates moved
by ``k`` times the corpus's span, so every 30-day window holds what it holds in the real
corpus, and a larger store only adds windows further back. Each store ends at the same
point of a copy (the first 3,886 documents of its last copy), and the 1,000 new
documents are the next ones of that copy: the same texts, the same window, whatever the
store's size. Stored documents are written straight into ``story_documents`` and
``story_terms`` (their terms and keys are those assignment writes); the new ones are
stored as a run, and ``warehouse.stories.assign_run`` is timed (best of ``--repeat``).
With ``--keys`` (a warehouse built by ``claimwatch run`` over corpus/gvc), every stored
copy also gets the claim keys and story links of its original, and the change pass that follows
(``changes.key_pending_claims`` and ``changes.compare_queue``) is timed too. Target: the
larger store takes at most 1.5 times as long.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from bench.fit_story_model import CORPUS, read_jsonl
from extractors import extract_claims
from extractors.linking import LinkKeys, link_keys
from extractors.stories import doc_terms
from warehouse import changes, store, stories
from warehouse import db as warehouse_db
from warehouse.records import Article

NEW_DOCS = 1000
TAIL = 3886  # documents of the last copy already stored: 6,114 + 3,886 = 10,000


Base = list[tuple[str, date, dict[str, float], LinkKeys]]


def build(
    path: Path, corpus: list[dict], base: Base, labels: dict[str, str], size: int, keys_db: Path | None = None
) -> tuple[list[Article], int]:
    """A store of about ``size`` documents at ``path``; returns the new run's articles and the stored count."""
    n = len(corpus)
    span = (base[-1][1] - base[0][1]).days + 60  # copies do not share a window
    copies = max(1, round((size - TAIL) / n))
    con = warehouse_db.connect(path)
    try:
        base_rows = pa.table(  # noqa: F841 - scanned by DuckDB
            {
                "i": pa.array(range(n), pa.int64()),
                "doc_id": pa.array([b[0] for b in base], pa.string()),
                "incident": pa.array([labels.get(b[0], b[0]) for b in base], pa.string()),
                "published": pa.array([b[1] for b in base], pa.date32()),
                "terms": pa.array([list(b[2]) for b in base], pa.list_(pa.string())),
                "weights": pa.array([list(b[2].values()) for b in base], pa.list_(pa.float64())),
                "keys": pa.array([b[3].to_list() for b in base], pa.list_(pa.string())),
            }
        )
        # copies 0..copies-1 whole, then the first TAIL documents of copy `copies`
        con.execute(
            "CREATE TEMP TABLE copies AS SELECT k.range AS k, b.* FROM base_rows b, range(? + 1) k"
            " WHERE k.range < ? OR b.i < ?",
            [copies, copies, TAIL],
        )
        con.execute(
            "INSERT INTO story_documents BY NAME SELECT 'c' || k || '-' || doc_id AS doc_id,"
            " 'c' || k || '-' || incident AS story_id, published + CAST(k * ? AS INTEGER) AS published,"
            " terms, weights, false AS pinned, NULL AS score, 'store' AS run_id, keys FROM copies",
            [span],
        )
        con.execute(  # body terms, and names as assignment posts them ("n:<name>")
            "INSERT INTO story_terms SELECT term, 'c' || k || '-' || doc_id, published + CAST(k * ? AS INTEGER)"
            " FROM (SELECT k, doc_id, published, unnest(list_concat(terms,"
            "       list_filter(keys, lambda x: starts_with(x, 'n:')))) AS term FROM copies) ORDER BY 3",
            [span],
        )
        if keys_db is not None:  # the originals' claim keys, under each copy's id and story
            con.execute(f"ATTACH '{keys_db}' AS src (READ_ONLY)")
            con.execute(
                "INSERT INTO claim_keys BY NAME SELECT 'c' || c.k || '-' || k.claim_id AS claim_id,"
                " 'c' || c.k || '-' || k.doc_id AS doc_id, k.version, 'c' || c.k || '-' || c.incident AS story_id,"
                " k.* EXCLUDE (claim_id, doc_id, version, story_id, published),"
                " k.published + CAST(c.k * ? AS INTEGER) AS published"
                " FROM src.claim_keys k JOIN copies c ON c.doc_id = k.doc_id WHERE k.latest",
                [span],
            )
            # and the links assignment scored for them, which the change pass reads
            con.execute(
                "INSERT INTO story_links SELECT 'c' || c.k || '-' || l.doc_id, 'c' || c.k || '-' || l.other_id, l.p"
                " FROM src.story_links l JOIN copies c ON c.doc_id = l.doc_id"
            )
            con.execute("DETACH src")
        stored = con.execute("SELECT count(*) FROM story_documents").fetchone()[0]  # type: ignore[index]
        con.execute("DROP TABLE copies")
    finally:
        warehouse_db.close(path)
    shift = timedelta(days=copies * span)
    new = []
    for r in corpus[TAIL : TAIL + NEW_DOCS]:
        text = r["text"]
        digest = hashlib.sha256(f"{copies}-{r['id']}".encode()).hexdigest()
        new.append(
            Article(
                doc_id=f"c{copies}-{r['id']}",
                input=f"bench:{r['id']}",
                content_type="text",
                raw_hash=digest,
                content_hash=digest,
                text=text,
                raw_gz=gzip.compress(text.encode()),
                fetched_at=datetime.now(UTC),
                title=r["title"],
                published=date.fromisoformat(r["published"][:10]) + shift,
                claims=tuple(extract_claims(text)) if keys_db is not None else (),
            )
        )
    return new, int(stored)


def time_assign(path: Path, new: list[Article], repeat: int) -> tuple[float, float, int]:
    """Best seconds of assignment and of the change pass, and the flags the pass raised."""
    best = best_pass = float("inf")
    flags = 0
    for i in range(repeat):
        con = warehouse_db.connect(path)
        try:
            run = f"bench-{i}"
            # each repeat assigns the same documents afresh: drop what the previous one wrote
            con.execute(
                "DELETE FROM story_terms WHERE doc_id IN (SELECT doc_id FROM story_documents"
                " WHERE run_id LIKE 'bench-%')"
            )
            con.execute("DELETE FROM story_documents WHERE run_id LIKE 'bench-%'")
            con.execute("DELETE FROM claim_keys WHERE claim_id IN (SELECT claim_id FROM claims)")
            con.execute("DELETE FROM keyed_documents; DELETE FROM figure_changes; DELETE FROM change_queue")
            con.execute("DELETE FROM claims; DELETE FROM quantities; DELETE FROM documents")
            store.start_run(con, run, ["bench"])
            store.store_batch(con, run, new)
            t0 = time.perf_counter()
            stories.assign_run(con, run)
            best = min(best, time.perf_counter() - t0)
            t0 = time.perf_counter()
            changes.key_pending_claims(con)
            flags = changes.compare_queue(con, run)
            best_pass = min(best_pass, time.perf_counter() - t0)
        finally:
            warehouse_db.close(path)
    return best, best_pass, flags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS / "articles.jsonl.gz")
    ap.add_argument("--incidents", type=Path, default=CORPUS / "incidents.tsv")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--keys", type=Path, help="a claimwatch warehouse over corpus/gvc whose claim keys to replicate")
    args = ap.parse_args()
    corpus = [r for r in read_jsonl(args.corpus) if r.get("published")]
    labels = {}
    with open(args.incidents, encoding="utf-8") as f:
        for line in f:
            doc, inc, _ = line.rstrip("\n").split("\t")
            labels[doc] = inc  # only to give stored copies stories; nothing is scored here
    base = [
        (
            r["id"],
            date.fromisoformat(r["published"][:10]),
            doc_terms(r["text"], r["title"]),
            link_keys(r["text"], r["title"], date.fromisoformat(r["published"][:10])),
        )
        for r in corpus
    ]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"store-{size}.duckdb"
            t0 = time.perf_counter()
            new, stored = build(path, corpus, base, labels, size, args.keys)
            built = time.perf_counter() - t0
            seconds, pass_s, flags = time_assign(path, new, args.repeat)
            times.append(seconds + (pass_s if args.keys else 0.0))
            line = (
                f"store {stored:>7,} documents (built in {built:.0f} s): assign {len(new):,} new documents"
                f" {seconds:.2f} s ({1000 * seconds / len(new):.1f} ms each)"
            )
            if args.keys:
                line += f", key and compare {pass_s:.2f} s ({flags} flags)"
            print(line)
            path.unlink()
    if len(times) > 1:
        ratio = times[-1] / times[0]
        what = "assign + change pass" if args.keys else "assign"
        verdict = "OK" if ratio <= 1.5 else "MISSED"
        print(f"ratio largest/smallest store ({what}): {ratio:.2f}x (target <= 1.5x) {verdict}")


if __name__ == "__main__":
    main()
