"""What the scripts that fit a model on the ``train`` split share (``fit_same_quantity``,
``fit_change_model``): which labelled document is in which split (docs.jsonl beside the dev
gold, and corpus/gvc/incidents.tsv, which also says which incident each GVC article
reports), how the scorers compare figure texts, and a copy of a warehouse whose every
stored key is queued, so the change pass sees every pair.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

SHARED = Path(__file__).resolve().parents[2] / "shared"
WRITTEN = Path(__file__).resolve().parent / "written"
#: The written story sets of other beats that are only ever fitted on (they have no held half).
WRITTEN_TRAIN = ("ta", "tb")


def written_labels(prefix: str) -> dict[str, str]:
    """doc -> story of a written story set (``bench/written/clusters_<prefix>_stories.jsonl``)."""
    labels = {}
    for line in (WRITTEN / f"clusters_{prefix}_stories.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            labels.update({doc: f"{prefix}:{r['story']}" for doc in r["docs"]})
    return labels


def splits(written: tuple[str, ...] = ()) -> tuple[dict[str, str], dict[str, str]]:
    """(document -> split, document -> incident): the dev documents' splits, the GVC articles'
    splits and incidents, and the stories of the ``written`` training sets, all ``train``."""
    split: dict[str, str] = {}
    incident: dict[str, str] = {}
    for line in (SHARED / "gold" / "docs.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            split[r["doc"]] = r.get("split", "train")
    for line in (SHARED / "corpus" / "gvc" / "incidents.tsv").read_text("utf-8").splitlines()[1:]:
        doc, inc, sp = line.split("\t")
        split[doc], incident[doc] = sp, inc
    for prefix in written:
        for doc, story in written_labels(prefix).items():
            split[doc], incident[doc] = "train", story
    return split, incident


def fold(s: str | None) -> str:
    """A figure text as the shared scorer compares it: white space and case folded."""
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


@contextmanager
def requeued_copy(path: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a temporary copy of the warehouse at ``path`` with every latest key queued."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = str(Path(tmp) / "fit.duckdb")
        shutil.copy(path, copy)
        con = duckdb.connect(copy)
        try:
            con.execute("DELETE FROM change_queue")
            con.execute("INSERT INTO change_queue SELECT claim_id FROM claim_keys WHERE latest")
            yield con
        finally:
            con.close()
