"""The change feed on real local news: stories, cross-incident flags and labelled pairs, both splits.

    python -m bench.bench_gvc                  # claimwatch run over corpus/gvc, then score (~2 minutes)
    python -m bench.bench_gvc --db gvc.duckdb  # score a warehouse already built from the corpus

Runs ``claimwatch run ../shared/corpus/gvc/articles.jsonl.gz`` into a fresh DuckDB file (or
reads the one given), exports stories, claims and changes, and prints the shared scorers'
summary lines for the ``train`` and ``check`` splits:

- ``score_stories.py``: story B-cubed P/R/F1 against the incident labels, cross-incident
  flags (always wrong, GUIDE 22) and flags per 100 articles;
- ``score.py changes`` on ``gvc_dev_changes.jsonl``: recall of changed pairs, false-flag rate;
- ``score.py claims`` on ``gvc_dev_claims.jsonl`` (recall-oriented gold).

and, for the dev pairs (``dev_changes.jsonl``), a run over ``corpus/aeb`` and the seed.
Tune on ``train``; read only the summary lines of ``check``.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold"
GVC = SHARED / "corpus" / "gvc"
CLAIMWATCH = [str(Path(sys.executable).with_name("claimwatch"))]


def _run(db: Path, *sources: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [*CLAIMWATCH, "run", *map(str, sources), "--db", str(db)], cwd=REPO, capture_output=True, text=True
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"claimwatch run failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "(no summary line)")
    return time.perf_counter() - start


def _export(db: Path, what: str, out: Path) -> Path:
    with out.open("w", encoding="utf-8") as f:
        subprocess.run(
            [*CLAIMWATCH, "export", what, "--db", str(db)], cwd=REPO, stdout=f, check=True, stderr=subprocess.DEVNULL
        )
    return out


def _score(*args: str, whole: bool = False) -> str:
    """A shared scorer's summary line (its last), or with ``whole`` all it printed (the misses of ``-v``)."""
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True)
    out = proc.stdout.strip().splitlines()
    return "\n".join(out) if whole else out[-1]


def _corpus(tmp: Path) -> Path:
    """The GVC articles as loadable input: the .jsonl.gz itself, or unzipped where .gz is not read."""
    src = GVC / "articles.jsonl.gz"
    probe = subprocess.run([*CLAIMWATCH, "run", "--help"], cwd=REPO, capture_output=True, text=True)
    if ".jsonl.gz" in probe.stdout:
        return src
    out = tmp / "gvc.jsonl"
    with gzip.open(src, "rb") as fin, out.open("wb") as fout:
        shutil.copyfileobj(fin, fout)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="score this warehouse instead of building one")
    ap.add_argument("--dev-db", type=Path, help="the dev warehouse (corpus/aeb + seed) to score the dev pairs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cw-gvc-") as tmpdir:
        tmp = Path(tmpdir)
        db = args.db
        if db is None:
            db = tmp / "gvc.duckdb"
            print(f"claimwatch run over corpus/gvc: {_run(db, _corpus(tmp)):.0f} s")
        dev = args.dev_db
        if dev is None:
            dev = tmp / "dev.duckdb"
            took = _run(dev, SHARED / "corpus" / "aeb", SHARED / "seeds")
            print(f"claimwatch run over corpus/aeb and the seed: {took:.0f} s")
        stories = _export(db, "stories", tmp / "stories.jsonl")
        changes = _export(db, "changes", tmp / "changes.jsonl")
        claims = _export(db, "claims", tmp / "claims.jsonl")
        dev_changes = _export(dev, "changes", tmp / "dev-changes.jsonl")
        for split in ("train", "check"):
            print(f"[{split}]")
            print(
                "  "
                + _score(
                    str(GOLD / "score_stories.py"),
                    "--incidents",
                    str(GVC / "incidents.tsv"),
                    "--stories",
                    str(stories),
                    "--changes",
                    str(changes),
                    "--split",
                    split,
                )
            )
            print(
                "  gvc "
                + _score(
                    str(GOLD / "score.py"),
                    "changes",
                    "--gold",
                    str(GOLD / "gvc_dev_changes.jsonl"),
                    "--pred",
                    str(changes),
                    "--split",
                    split,
                )
            )
            print(
                "  dev "
                + _score(
                    str(GOLD / "score.py"),
                    "changes",
                    "--gold",
                    str(GOLD / "dev_changes.jsonl"),
                    "--pred",
                    str(dev_changes),
                    "--split",
                    split,
                )
            )
            print(
                "  gvc "
                + _score(
                    str(GOLD / "score.py"),
                    "claims",
                    "--gold",
                    str(GOLD / "gvc_dev_claims.jsonl"),
                    "--pred",
                    str(claims),
                    "--split",
                    split,
                )
            )


if __name__ == "__main__":
    main()
