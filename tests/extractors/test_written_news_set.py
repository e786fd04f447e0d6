"""The written news sets of ``bench/written`` are well formed: what ``bench.bench_written`` scores against."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

WRITTEN = Path(__file__).parents[2] / "bench" / "written"
KINDS = {"count", "money", "percent", "age", "duration", "distance", "weight", "other"}
MODALITIES = {"asserted", "reported", "possible", "denied"}


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (WRITTEN / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["news_v", "news_w", "news_x"])
def test_every_gold_figure_is_written_in_its_document(name: str) -> None:
    docs = {d["doc"]: d["text"] for d in _lines(f"{name}_docs.jsonl")}
    gold = _lines(f"{name}_gold.jsonl")
    assert {g["doc"] for g in gold} == set(docs)
    for g in gold:
        assert g["text"] in docs[g["doc"]], g
        assert g["kind"] in KINDS and g["modality"] in MODALITIES, g


def test_each_beat_has_four_documents_in_each_half_of_set_v() -> None:
    docs = _lines("news_v_docs.jsonl")
    halves = [Counter(d["beat"] for d in docs if (int(d["doc"][2:]) <= 32) == first) for first in (True, False)]
    assert halves[0] == halves[1]
    assert set(halves[0].values()) == {4}


def test_each_beat_of_set_x_has_items_in_both_halves() -> None:
    docs = _lines("news_x_docs.jsonl")
    halves = [Counter(d["beat"] for d in docs if int(d["doc"][2:]) % 2 == odd) for odd in (1, 0)]
    assert set(halves[0]) == set(halves[1]) and len(halves[0]) == 8
