"""End to end, warm re-run, parallel runs and cold start, against a floor timed in the same run.

    python -m bench.bench_pipeline            # 5,000 documents (about 11 minutes on 2 cores)
    python -m bench.bench_pipeline --docs 1000 --small 200 --no-dask   # a quick look

Every figure is taken in this one run, on this machine:
  floor     a plain loop of trafilatura cleaning + the project's extractor (no Prefect, no DB)
  pipeline  `claimwatch run` on the same pages replicated to N documents, into a fresh DuckDB file
and the ratios are pipeline/floor, warm/first, 2 workers/1 worker, RSS(N)/RSS(small).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from bench.harness import (
    CORPUS,
    GIB,
    MIB,
    REPO,
    RunResult,
    claimwatch_run,
    corpus_pages,
    floor_loop,
    fresh_db,
    replicate,
)

TARGETS = {
    "ratio_1w": 0.8,  # pipeline/floor throughput, 1 worker
    "speedup_2w": 1.6,  # 2 workers / 1 worker
    "rss_gib": 1.5,  # peak RSS for N documents
    "rss_growth": 1.10,  # RSS(N) / RSS(small)
    "warm_speedup": 10.0,  # first run / warm re-run
    "cold_seeds_s": 20.0,  # claimwatch run seeds/, fresh PREFECT_HOME
}


def _row(r: RunResult) -> str:
    return (
        f"  {r.label:<28} {r.seconds:7.1f} s  {r.rate:7.1f} docs/s  startup {r.startup:5.1f} s"
        f"  change pass {r.changes:5.1f} s"
        f"  cpu {r.cpu:6.1f} s  peak RSS {r.peak_rss / MIB:6.0f} MiB (flow process {r.peak_rss_main / MIB:.0f};"
        f" until the last batch was stored {r.peak_rss_stream / MIB:.0f})"
    )


def _check(name: str, value: float, target: float, *, at_most: bool = False) -> str:
    ok = value <= target if at_most else value >= target
    return f"  {name:<44} {value:8.2f}   target {'<=' if at_most else '>='} {target:<6} {'PASS' if ok else 'FAIL'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents in the big run [5000]")
    ap.add_argument("--small", type=int, default=1000, help="documents in the small run, for RSS growth [1000]")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .html.gz pages [shared/corpus/aeb/html]")
    ap.add_argument("--workdir", type=Path, default=None, help="where corpora and databases go [a temp dir]")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    args = ap.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="claimwatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    prefect_home = work / "prefect-home"
    env = {"PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONUNBUFFERED": "1"}
    os.environ.update(env)
    os.environ.pop("PREFECT_API_URL", None)  # each run starts its temporary server, as a user's does
    pages = corpus_pages(args.corpus)
    big = replicate(pages, args.docs, work / f"corpus-{args.docs}")
    small = replicate(pages, args.small, work / f"corpus-{args.small}")
    print(
        f"claimwatch pipeline benchmark: {len(pages)} pages replicated to {args.docs} and {args.small}"
        f" documents; {os.cpu_count()} cores; work dir {work}",
        flush=True,
    )

    # A cold start first: a fresh PREFECT_HOME, as a new user meets it. It also warms
    # PREFECT_HOME for the runs below, which all share it.
    import shutil

    shutil.rmtree(prefect_home, ignore_errors=True)
    cold = claimwatch_run("cold start, seeds/", [str(REPO / "seeds")], fresh_db(work, "seeds"), 20)
    print(_row(cold), flush=True)

    floor = floor_loop(pages, args.docs)
    print(
        f"  {'floor (plain loop)':<28} {floor.seconds:7.1f} s  {floor.rate:7.1f} docs/s"
        f"  {'':16}  cpu {floor.cpu:6.1f} s",
        flush=True,
    )

    runs: dict[str, RunResult] = {}

    def run(key: str, label: str, src: Path, n: int, db: Path, **kw: object) -> RunResult:
        r = claimwatch_run(label, [str(src)], db, n, **kw)  # type: ignore[arg-type]
        runs[key] = r
        print(_row(r) + f"\n    {r.summary}", flush=True)
        return r

    run("small", f"1 worker, {args.small} docs", small, args.small, fresh_db(work, "small"))
    db_big = fresh_db(work, "big")
    one = run("one", f"1 worker, {args.docs} docs", big, args.docs, db_big)
    warm = run("warm", "warm re-run (unchanged)", big, args.docs, db_big)
    two = run("two", "2 workers (processes)", big, args.docs, fresh_db(work, "two"), workers=2)
    if not args.no_dask:
        run("dask1", "dask, 1 worker", big, args.docs, fresh_db(work, "dask1"), workers=1, runner="dask")
        run("dask2", "dask, 2 workers", big, args.docs, fresh_db(work, "dask2"), workers=2, runner="dask")

    # The change pass (stories, keys, comparison, the changed-figures artifact) runs once
    # after the last batch; its time is printed apart so the streaming part shows too.
    def sans_changes(r: RunResult) -> float:
        return r.docs / (r.seconds - r.changes) if r.changes == r.changes else r.rate

    print("\nFigures (ratios are taken within this run):")
    print(f"  {'':28} {'docs/s':>8} {'without the change pass':>24}")
    print(f"  {'floor':28} {floor.rate:8.1f}")
    for r in runs.values():
        print(f"  {r.label:28} {r.rate:8.1f} {sans_changes(r):24.1f}")
    print(
        f"  CPU per document: floor {1000 * floor.cpu / floor.docs:.1f} ms,"
        f" pipeline 1 worker {1000 * one.cpu / one.docs:.1f} ms (whole process tree)"
    )
    print(
        "  Without the change pass (information, not the targets):"
        f" pipeline/floor {sans_changes(one) / floor.rate:.2f},"
        f" 2 workers/1 worker {sans_changes(two) / sans_changes(one):.2f}"
        + (f", dask 2/1 {sans_changes(runs['dask2']) / sans_changes(runs['dask1']):.2f}" if "dask2" in runs else "")
    )
    print("\nTargets:")
    lines = [
        _check("pipeline/floor throughput, 1 worker", one.rate / floor.rate, TARGETS["ratio_1w"]),
        _check("2 workers / 1 worker (process pool)", two.rate / one.rate, TARGETS["speedup_2w"]),
        _check(f"peak RSS, {args.docs} docs (GiB, process tree)", one.peak_rss / GIB, TARGETS["rss_gib"], at_most=True),
        _check(
            f"RSS {args.docs} / RSS {args.small}",
            one.peak_rss / runs["small"].peak_rss,
            TARGETS["rss_growth"],
            at_most=True,
        ),
        _check(
            "the same, until the last batch was stored",
            one.peak_rss_stream / runs["small"].peak_rss_stream,
            TARGETS["rss_growth"],
            at_most=True,
        ),
        _check("first run / warm re-run", one.seconds / warm.seconds, TARGETS["warm_speedup"]),
        _check("cold start, claimwatch run seeds/ (s)", cold.seconds, TARGETS["cold_seeds_s"], at_most=True),
    ]
    if "dask2" in runs:
        lines.append(
            _check("dask: 2 workers / 1 worker", runs["dask2"].rate / runs["dask1"].rate, TARGETS["speedup_2w"])
        )
    print("\n".join(lines))
    failed = sum("FAIL" in line for line in lines)
    print(f"\n{len(lines) - failed} of {len(lines)} targets met.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
