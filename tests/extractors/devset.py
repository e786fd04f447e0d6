"""Builds predictions for the dev gold: run ``extract_claims`` on the 20 dev documents.

    python tests/extractors/devset.py /tmp/pred.jsonl   # then score.py claims --pred /tmp/pred.jsonl

Shared by the quality gate (``test_quality_gate.py``) and by hand runs.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold"


def load_docs() -> list[tuple[str, str, date | None]]:
    """``(doc id, text, published)`` of every dev document."""
    corpus = json.loads((SHARED / "corpus" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    docs = []
    for line in (GOLD / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d["doc"] in corpus:
            text = corpus[d["doc"]]["articleBody"]
        else:
            text = (SHARED / d["path"]).read_text(encoding="utf-8")
        pub = date.fromisoformat(d["published"]) if d.get("published") else None
        docs.append((d["doc"], text, pub))
    return docs


def predictions() -> list[dict[str, Any]]:
    from bench.bench_claims import claim_row
    from extractors import extract_claims

    return [claim_row(doc, c) for doc, text, pub in load_docs() for c in extract_claims(text, pub)]


def scorer() -> ModuleType:
    """``score.py`` imported by path: the project is measured with exactly this code."""
    spec = importlib.util.spec_from_file_location("claimwatch_gold_score", GOLD / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/claimwatch_dev_pred.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in predictions():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(out)
