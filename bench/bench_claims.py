"""Claim quality in process, in seconds: the shared scorer on both splits of both gold sets.

    python -m bench.bench_claims              # dev (cleaned pages, as the CLI sees them) + GVC
    python -m bench.bench_claims --reference  # dev from the hand-made reference texts instead

Prints ``score.py claims`` summary lines for dev train / check and GVC train / check. It
runs the extractor on exactly the texts the pipeline would store (trafilatura for pages,
the text cleaner for plain text and JSONL bodies), without Prefect or DuckDB, so a rule
change is measured in well under a minute. Tune on ``train``; on ``check`` read the
summary line only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from extractors import Claim, extract_claims
from flows.clean import clean_html, clean_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
GVC = SHARED / "corpus" / "gvc" / "articles.jsonl.gz"


def claim_row(doc: str, c: Claim) -> dict[str, Any]:
    q = c.quantity
    return {
        "doc": doc,
        "text": q.text,
        "kind": q.kind,
        "qualifier": q.qualifier,
        "low": q.low,
        "high": q.high,
        "unit": q.unit,
        "counted": c.counted,
        "event": c.event,
        "place": c.place,
        "time": c.time.text if c.time else None,
        "source": c.source,
        "modality": c.modality,
    }


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def dev_texts(reference: bool) -> Iterator[tuple[str, str, date | None]]:
    """``(doc, text, published)`` of the dev documents."""
    truth = json.loads((SHARED / "corpus" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    for line in (GOLD / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        path = SHARED / d["path"]
        if d["doc"] in truth and reference:
            text = truth[d["doc"]]["articleBody"]
        elif path.name.endswith(".html.gz"):
            text = clean_html(gzip.decompress(path.read_bytes()), d.get("url")).text
        else:
            text = clean_text(path.read_bytes()).text
        yield d["doc"], text, _date(d.get("published"))


def gvc_texts(wanted: set[str]) -> Iterator[tuple[str, str, date | None]]:
    """The GVC articles that the gold names, as the JSONL loader stores them."""
    with gzip.open(GVC, "rt", encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj["id"] in wanted:
                yield obj["id"], clean_text(obj["text"].encode("utf-8")).text, _date(obj.get("published"))


def predict(docs: Iterable[tuple[str, str, date | None]], skip: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Score rows of the claims of ``docs``, with the extraction stages in ``skip`` off."""
    return [claim_row(doc, c) for doc, text, pub in docs for c in extract_claims(text, pub, skip=skip)]


def score(gold: Path, pred: list[dict[str, Any]], split: str) -> str:
    """The summary line of ``score.py claims``, run as the script it is."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for row in pred:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    try:
        cmd = [sys.executable, str(GOLD / "score.py"), "claims", "--gold", str(gold), "--pred", f.name]
        out = subprocess.run([*cmd, "--split", split], capture_output=True, text=True, check=True).stdout
    finally:
        Path(f.name).unlink()
    return out.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", action="store_true", help="dev from reference texts, not cleaned pages")
    parser.add_argument("--no-gvc", action="store_true", help="score the dev gold only")
    args = parser.parse_args(argv)
    dev = predict(dev_texts(args.reference))
    for split in ("train", "check"):
        print(f"dev {split}: {score(GOLD / 'dev.jsonl', dev, split)}")
    if args.no_gvc:
        return
    gold_path = GOLD / "gvc_dev_claims.jsonl"
    wanted = {json.loads(line)["doc"] for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()}
    gvc = predict(gvc_texts(wanted))
    for split in ("train", "check"):
        print(f"gvc {split}: {score(gold_path, gvc, split)}")


if __name__ == "__main__":
    main()
