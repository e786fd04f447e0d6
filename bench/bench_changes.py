"""The change pass over 1,000,000 stored claims plus 10,000 new ones, in a real DuckDB file.

    python -m bench.bench_changes                       # 1,000,000 stored + 10,000 new
    python -m bench.bench_changes --stored 100000 --new 1000   # a quick look

Synthetic claims are written through Arrow into ``claims`` and ``claim_keys`` (20 claims
a story, a handful of quantity keys per story, figures drifting between reports), with a
``story_documents`` row per document and the link model's probability from each new
document to the stored ones of its story (``story_links``), so candidate pairs pass the
SQL prune and the pair model judges them as in a real store. The new ones are queued, and
``warehouse.changes.compare_queue`` (the SQL pass and the pair model the flow runs) is timed.
Baseline, timed in the same run on the same table: a plain full-scan LAG window that
orders every stored claim within its story and key and counts value changes, i.e. what a
non-incremental pass would have to do at least.
Target: the change pass under 10 s on this machine.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

from warehouse import changes
from warehouse import db as warehouse_db

CLAIMS_PER_STORY = 20
KEYS_PER_STORY = 5


def _batch(
    rng: np.random.Generator, start: int, n: int, n_stories: int, run_id: str, new: bool
) -> tuple[pa.Table, pa.Table]:
    idx = np.arange(start, start + n)
    # a new document reports one story: its four claims share it
    story = rng.integers(0, n_stories, n // 4 + 1)[(idx - start) // 4] if new else idx // CLAIMS_PER_STORY
    key = rng.integers(0, KEYS_PER_STORY, n)
    doc = idx // 4 if not new else 10_000_000 + idx // 4  # four claims a document
    base = (story % 997 + 3) * 10.0
    # most reports repeat the figure; some move it
    value = base + np.where(rng.random(n) < 0.3, rng.integers(1, 50, n), 0)
    day0 = date(2024, 1, 1)
    published = [day0 + timedelta(days=int(d)) for d in (story % 300 + rng.integers(0, 5, n))]
    claim_id = [f"d{d}:1:{i}" for d, i in zip(doc, idx, strict=True)]
    doc_id = [f"d{d}" for d in doc]
    story_id = [f"s-{s:08d}" for s in story]
    qkey = [f"count|die|T:|{k}" for k in key]
    text = [f"{v:g}" for v in value]
    n_rows = len(idx)
    claims = pa.table(
        {
            "claim_id": claim_id,
            "doc_id": doc_id,
            "version": pa.array(np.ones(n_rows, np.int32)),
            "char_start": pa.array(np.zeros(n_rows, np.int32)),
            "char_end": pa.array(np.full(n_rows, 3, np.int32)),
            "text": text,
            "low": value,
            "high": value,
            "qualifier": ["exact"] * n_rows,
            "kind": ["count"] * n_rows,
            "counted": ["people"] * n_rows,
            "event": ["killed"] * n_rows,
            "scope": ["total"] * n_rows,
            "source": [f"source {s % 7}" for s in idx],
            "modality": ["reported"] * n_rows,
            "sentence": [f"{t} people were killed." for t in text],
            "sentence_start": pa.array(np.zeros(n_rows, np.int32)),
            "sentence_end": pa.array(np.full(n_rows, 20, np.int32)),
            "published": pa.array(published, pa.date32()),
            "run_id": [run_id] * n_rows,
        }
    )
    keys = pa.table(
        {
            "claim_id": claim_id,
            "doc_id": doc_id,
            "version": pa.array(np.ones(n_rows, np.int32)),
            "story_id": story_id,
            "qkey": qkey,
            "counted_cls": ["person"] * n_rows,
            "counted_group": ["pop"] * n_rows,
            "names": pa.array([[] for _ in range(n_rows)], pa.list_(pa.string())),
            "place": pa.array([["marl"] if i % 3 else [] for i in idx], pa.list_(pa.string())),
            "lo": value,
            "hi": value,
            "tol": np.zeros(n_rows),
            "source_key": [f"source {s % 7}" for s in idx],
            "published": pa.array(published, pa.date32()),
            "label": ["people killed (total)"] * n_rows,
            "latest": [True] * n_rows,
            # the facets the pair model reads, as claim_key writes them for "N people were killed"
            "measure": ["count"] * n_rows,
            "event": ["die"] * n_rows,
            "time_key": ["T:"] * n_rows,
        }
    )
    return claims, keys


def _stories(con) -> None:
    """A story row per document, and the link model's probability from each new document to the
    stored ones of its story: the change pass compares two documents only through their own link."""
    per_story = CLAIMS_PER_STORY // 4
    con.execute(
        "INSERT INTO story_documents BY NAME SELECT doc_id, any_value(story_id) AS story_id,"
        " min(published) AS published, [] AS terms, [] AS weights, false AS pinned, 0.9 AS score,"
        " [] AS keys FROM claim_keys GROUP BY doc_id"
    )
    con.execute(
        "INSERT INTO story_links SELECT n.doc_id, 'd' || (CAST(right(n.story_id, 8) AS BIGINT) * ? + k) AS other_id,"
        " 0.9 AS p FROM (SELECT DISTINCT k.doc_id, k.story_id FROM claim_keys k JOIN claims c USING (claim_id)"
        " WHERE c.run_id = 'bench') n,"
        " range(?) t(k)",
        [per_story, per_story],
    )


def _insert(con, rows: pa.Table, keys: pa.Table) -> None:
    con.register("bench_rows", rows)
    con.register("bench_keys", keys)
    con.execute("INSERT INTO claims BY NAME SELECT * FROM bench_rows")
    con.execute("INSERT INTO claim_keys BY NAME SELECT * FROM bench_keys")
    con.unregister("bench_rows")
    con.unregister("bench_keys")


def _load(con, stored: int, new: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    n_stories = max(1, stored // CLAIMS_PER_STORY)
    step = 250_000
    for start in range(0, stored, step):
        _insert(con, *_batch(rng, start, min(step, stored - start), n_stories, "old", new=False))
    _insert(con, *_batch(rng, stored, new, n_stories, "bench", new=True))
    _stories(con)
    con.execute("INSERT INTO change_queue SELECT claim_id FROM claims WHERE run_id = 'bench'")
    con.execute("CHECKPOINT")


def _baseline(con) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = con.execute(
        "SELECT count(*) FROM (SELECT lo IS DISTINCT FROM lag(lo) OVER w OR hi IS DISTINCT FROM lag(hi) OVER w AS moved"
        " FROM claim_keys WINDOW w AS (PARTITION BY story_id, qkey ORDER BY published, claim_id)) WHERE moved"
    ).fetchone()
    return time.perf_counter() - t0, int(n[0] if n else 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stored", type=int, default=1_000_000)
    ap.add_argument("--new", type=int, default=10_000)
    ap.add_argument("--dir", default=None, help="where to put the DuckDB file (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        path = Path(tmp) / "bench.duckdb"
        con = warehouse_db.connect(path)
        t0 = time.perf_counter()
        _load(con, args.stored, args.new)
        load_s = time.perf_counter() - t0
        base_s, base_moves = _baseline(con)
        t0 = time.perf_counter()
        flagged = changes.compare_queue(con, "bench")
        pass_s = time.perf_counter() - t0
        queue_left = con.execute("SELECT count(*) FROM change_queue").fetchone()
        size = os.path.getsize(path)
        warehouse_db.close(path)
    print(
        f"stored claims: {args.stored:,}  new claims: {args.new:,}  (loaded via Arrow in {load_s:.1f} s, "
        f"file {size / 2**20:.0f} MiB)"
    )
    print(f"baseline, full-scan LAG window over all claims: {base_s:.2f} s ({base_moves:,} value moves)")
    print(
        f"change pass, new vs stored (compare_queue):     {pass_s:.2f} s ({flagged:,} flags, "
        f"queue left {queue_left[0] if queue_left else '?'})"
    )
    print(
        f"ratio change pass / baseline: {pass_s / base_s:.2f}   target: change pass < 10 s -> "
        f"{'met' if pass_s < 10 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
