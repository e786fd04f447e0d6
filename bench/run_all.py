"""Every claimwatch benchmark, one after the other, from one command:

    python -m bench.run_all              # the full set (about 12 minutes on 2 cores)
    python -m bench.run_all --quick      # 1,000 documents, no Dask: a few minutes

Runs bench.bench_pipeline (end to end, warm re-run, process pool and Dask, cold
start) and bench.bench_changes (the change pass over 1,000,000 stored claims)
when it is present. Each prints its own figures and ratios; the exit code is
non-zero if a target was missed or a benchmark failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1,000 documents, no Dask, no change pass")
    ap.add_argument("--workdir", type=Path, default=None, help="scratch folder for corpora and databases")
    args = ap.parse_args(argv)

    pipeline = ["--docs", "1000", "--small", "200", "--no-dask"] if args.quick else []
    if args.workdir:
        pipeline += ["--workdir", str(args.workdir)]
    steps: list[tuple[str, list[str]]] = [("pipeline", [sys.executable, "-m", "bench.bench_pipeline", *pipeline])]
    changes = BENCH / "bench_changes.py"
    if changes.exists() and not args.quick:
        steps.append(("changes", [sys.executable, "-m", "bench.bench_changes"]))
    elif not args.quick:
        print("bench/bench_changes.py is not there yet: the change pass is not benchmarked", flush=True)

    failed = []
    for name, cmd in steps:
        print(f"\n=== {name}: {' '.join(cmd[1:])}", flush=True)
        t0 = time.perf_counter()
        code = subprocess.call(cmd, cwd=BENCH.parent)
        print(f"=== {name}: exit {code} after {time.perf_counter() - t0:.0f} s", flush=True)
        if code:
            failed.append(name)
    print(
        f"\n{len(steps) - len(failed)} of {len(steps)} benchmarks met their targets"
        + (f"; missed: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
