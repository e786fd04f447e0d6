"""The change feed on written reports of other beats: stories and labelled pairs, tune and held halves.

    python -m bench.bench_clusters       # claimwatch run over bench/written/clusters_z_docs.jsonl, then score
    python -m bench.bench_clusters -v    # and the tune half's misses

A helper wrote the reports (fires, floods, outages, strikes, recalls, ...: no shootings), their stories and
labelled pairs of figures without seeing the corpora or the code (``bench/written/README.md``). Odd stories
are the **tune** half, even ones the **held** half: read the held half's summary lines only.

Prints, per half, the shared scorers' summary lines: ``score_stories.py`` (story B-cubed P/R/F1, flags
between stories, flags per 100 articles) and ``score.py changes`` (recall of the changed pairs, false-flag
rate of the unchanged ones).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.bench_gvc import GOLD, _export, _run, _score

WRITTEN = Path(__file__).parent / "written"
DOCS = WRITTEN / "clusters_z_docs.jsonl"
STORIES = WRITTEN / "clusters_z_stories.jsonl"
PAIRS = WRITTEN / "clusters_z_pairs.jsonl"
#: The scorers' split names for the two halves.
HALVES = (("tune", "train"), ("held", "check"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", action="store_true", help="list the tune half's missed and wrongly flagged pairs")
    args = ap.parse_args()
    stories = _lines(STORIES)
    half_of = {s["story"]: s["split"] for s in stories}
    with tempfile.TemporaryDirectory(prefix="cw-clusters-") as tmpdir:
        tmp = Path(tmpdir)
        db = tmp / "clusters.duckdb"
        print(f"claimwatch run over {DOCS.name}: {_run(db, DOCS):.0f} s")
        found = _export(db, "stories", tmp / "stories.jsonl")
        changes = _export(db, "changes", tmp / "changes.jsonl")
        incidents = tmp / "incidents.tsv"
        split = dict(HALVES)
        incidents.write_text(
            "".join(f"{doc}\t{s['story']}\t{split[s['split']]}\n" for s in stories for doc in s["docs"]), "utf-8"
        )
        for half, scorer_split in HALVES:
            gold = tmp / f"pairs-{half}.jsonl"
            gold.write_text(
                "".join(json.dumps(p) + "\n" for p in _lines(PAIRS) if half_of[p["incident"]] == half), "utf-8"
            )
            print(f"[{half}]")
            print(
                "  "
                + _score(
                    str(GOLD / "score_stories.py"),
                    "--incidents",
                    str(incidents),
                    "--stories",
                    str(found),
                    "--changes",
                    str(changes),
                    "--split",
                    scorer_split,
                )
            )
            verbose = args.v and half == "tune"
            pairs = ["changes", "--gold", str(gold), "--pred", str(changes), *(["-v"] if verbose else [])]
            print("  " + _score(str(GOLD / "score.py"), *pairs, whole=verbose).replace("\n", "\n  "))


if __name__ == "__main__":
    main()
