"""Extraction scores on written news: invented items of eight beats, annotated to GUIDE.md.

    python -m bench.bench_written          # summary lines: sets v, x and y in two halves each, set w

Helpers wrote the items and their gold without seeing the corpora or the code (``bench/written``,
see its README). Set v's first half (hv01-hv32) is for tuning: read its misses with ``-v``. Its second
half (hv33-hv64) is held: read its summary line only. Set w was measured before its misses were read,
and is a tune set since. Set x was measured whole before any of it was read; its odd items are for
tuning, its even items held (summary line only); sets y and z likewise. Scored by
``../shared/gold/score.py claims`` over the texts as the JSONL loader stores them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from bench.bench_claims import GOLD, claim_row
from extractors import extract_claims
from flows.clean import clean_text

WRITTEN = Path(__file__).parent / "written"
#: (label, docs file, gold file, which documents): sets v, x and y in two halves, set w whole.
SETS = (
    ("v tune", "news_v_docs.jsonl", "news_v_gold.jsonl", lambda doc: int(doc[2:]) <= 32),
    ("v held", "news_v_docs.jsonl", "news_v_gold.jsonl", lambda doc: int(doc[2:]) > 32),
    ("w", "news_w_docs.jsonl", "news_w_gold.jsonl", lambda doc: True),
    ("x tune", "news_x_docs.jsonl", "news_x_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 1),
    ("x held", "news_x_docs.jsonl", "news_x_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 0),
    ("y tune", "news_y_docs.jsonl", "news_y_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 1),
    ("y held", "news_y_docs.jsonl", "news_y_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 0),
    ("z tune", "news_z_docs.jsonl", "news_z_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 1),
    ("z held", "news_z_docs.jsonl", "news_z_gold.jsonl", lambda doc: int(doc[2:]) % 2 == 0),
)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_set(docs_file: str, gold_file: str, wanted, verbose: bool = False) -> str:
    """The ``score.py claims`` output for the documents of one set that ``wanted`` keeps."""
    docs = [d for d in _lines(WRITTEN / docs_file) if wanted(d["doc"])]
    pred = [
        claim_row(d["doc"], c)
        for d in docs
        for c in extract_claims(clean_text(d["text"].encode("utf-8")).text, date.fromisoformat(d["published"]))
    ]
    gold = [g for g in _lines(WRITTEN / gold_file) if wanted(g["doc"])]
    with tempfile.TemporaryDirectory() as tmp:
        gp, pp = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gp.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        pp.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
        cmd = [sys.executable, str(GOLD / "score.py"), "claims", "--gold", str(gp), "--pred", str(pp)]
        return subprocess.run([*cmd, *(["-v"] if verbose else [])], capture_output=True, text=True, check=True).stdout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="misses of the tune sets (never the held half)")
    args = parser.parse_args(argv)
    for label, docs_file, gold_file, wanted in SETS:
        held = label.endswith("held")
        out = score_set(docs_file, gold_file, wanted, verbose=args.verbose and not held)
        lines = out.strip().splitlines()
        if args.verbose and not held:
            print("\n".join(lines[:-1]))
        print(f"{label:7} {lines[-1]}")


if __name__ == "__main__":
    main()
