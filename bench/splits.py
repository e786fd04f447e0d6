"""Which labelled document is in which split, and how the scorers compare figure texts.

Shared by the scripts that fit a model on the ``train`` split (``fit_same_quantity``,
``fit_change_model``): docs.jsonl beside the dev gold and corpus/gvc/incidents.tsv say
which document is ``train`` and which ``check``, and the latter which incident each GVC
article reports.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def splits() -> tuple[dict[str, str], dict[str, str]]:
    """(document -> split, GVC document -> incident)."""
    split: dict[str, str] = {}
    incident: dict[str, str] = {}
    for line in (SHARED / "gold" / "docs.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            split[r["doc"]] = r.get("split", "train")
    for line in (SHARED / "corpus" / "gvc" / "incidents.tsv").read_text("utf-8").splitlines()[1:]:
        doc, inc, sp = line.split("\t")
        split[doc], incident[doc] = sp, inc
    return split, incident


def fold(s: str | None) -> str:
    """A figure text as the shared scorer compares it: white space and case folded."""
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()
