"""Each extraction stage's contribution: the claims scores with that one stage off.

    python -m bench.bench_ablation             # dev (cleaned pages) + GVC, both splits
    python -m bench.bench_ablation --no-gvc    # dev only
    python -m bench.bench_ablation --reference # dev from the hand-made reference texts

For every stage of ``extractors.stages`` that can be switched off, extraction runs with it
off and ``score.py claims`` scores dev train / check (match F1 and the fields) and GVC
train / check (recall-oriented gold: match R and the fields). The summary lines come
first, then one table of what switching each stage off costs, in points (hundredths);
``rows%`` is the share of predicted rows that change at all, which also shows the stages
the gold does not score (event, place, time). A stage whose gain on ``train`` does not
hold on ``check`` is named at the end: a rule fitted to examples.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from bench.bench_claims import GOLD, dev_texts, gvc_texts, predict, score
from extractors import stages

FIELDS = ("qualifier", "value", "kind", "counted", "source", "modality")
_SCORE = re.compile(r"\b(\w+)=(\d+(?:\.\d+)?)\b")


def parse(line: str) -> dict[str, float]:
    """The figures of a ``score.py claims`` summary line: P, R, F1 and the field scores."""
    return {k: float(v) for k, v in _SCORE.findall(line)}


def _changed(on: list[dict[str, Any]], off: list[dict[str, Any]]) -> float:
    """Share of predicted rows that differ (or appear, or go) when the stage is off."""
    key = [json.dumps(r, sort_keys=True) for r in on]
    other = [json.dumps(r, sort_keys=True) for r in off]
    same = len(set(key) & set(other))
    return 1 - same / max(len(set(key) | set(other)), 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", action="store_true", help="dev from reference texts, not cleaned pages")
    parser.add_argument("--no-gvc", action="store_true", help="score the dev gold only")
    args = parser.parse_args(argv)
    gold_gvc = GOLD / "gvc_dev_claims.jsonl"
    sets: list[tuple[str, Any, str, str]] = [
        ("dev train", GOLD / "dev.jsonl", "train", "F1"),
        ("dev check", GOLD / "dev.jsonl", "check", "F1"),
    ]
    docs = {"dev": list(dev_texts(args.reference))}
    if not args.no_gvc:
        wanted = {json.loads(ln)["doc"] for ln in gold_gvc.read_text(encoding="utf-8").splitlines() if ln.strip()}
        docs["gvc"] = list(gvc_texts(wanted))
        sets += [("gvc train", gold_gvc, "train", "R"), ("gvc check", gold_gvc, "check", "R")]

    configs = [("all on", frozenset[str]())]
    configs += [(f"-{name}", frozenset({name})) for name in stages.SWITCHABLE]
    scores: dict[str, dict[str, dict[str, float]]] = {}
    changed: dict[str, float] = {}
    base: dict[str, list[dict[str, Any]]] = {}
    for label, skip in configs:
        rows = {name: predict(texts, skip) for name, texts in docs.items()}
        if not skip:
            base = rows
        changed[label] = _changed([r for v in base.values() for r in v], [r for v in rows.values() for r in v])
        scores[label] = {}
        for set_name, gold, split, _ in sets:
            line = score(gold, rows[set_name[:3]], split)
            scores[label][set_name] = parse(line)
            print(f"{label:15} {set_name}: {line}")
    _table(scores, changed, sets)
    _fitted(scores, sets)


def _table(
    scores: dict[str, dict[str, dict[str, float]]], changed: dict[str, float], sets: list[tuple[str, Any, str, str]]
) -> None:
    cols = [(name, [match, *FIELDS]) for name, _, _, match in sets]
    print()
    print("all on: scores in points; a stage off: the change in points (negative: the stage helps)")
    print(" " * 15 + "".join(f"| {name:<{4 * len(ms) - 1}}" for name, ms in cols) + "| rows%")
    short = {"qualifier": "qal", "value": "val", "kind": "knd", "counted": "cnt", "source": "src", "modality": "mod"}
    print(" " * 15 + "".join("|" + "".join(f"{short.get(m, m):>4}" for m in ms)[1:] + " " for _, ms in cols) + "|")
    on = scores["all on"]
    for label, by_set in scores.items():
        cells = []
        for name, ms in cols:
            if label == "all on":
                cells.append("".join(f"{round(100 * by_set[name][m]):>4}" for m in ms))
            else:
                cells.append("".join(f"{round(100 * (by_set[name][m] - on[name][m])):>+4}" for m in ms))
        share = "" if label == "all on" else f"{100 * changed[label]:5.1f}"
        print(f"{label:15}" + "".join("|" + c[1:] + " " for c in cells) + f"| {share}")


def _fitted(scores: dict[str, dict[str, dict[str, float]]], sets: list[tuple[str, Any, str, str]]) -> None:
    """Name each stage whose gain on a gold set's train split does not hold on its check split."""
    on = scores["all on"]
    found = []
    for gold_name in sorted({name[:3] for name, _, _, _ in sets}):
        match = next(m for name, _, _, m in sets if name.startswith(gold_name))
        for label, by_set in scores.items():
            if label == "all on":
                continue
            for m in (match, *FIELDS):
                gain_train = on[f"{gold_name} train"][m] - by_set[f"{gold_name} train"][m]
                gain_check = on[f"{gold_name} check"][m] - by_set[f"{gold_name} check"][m]
                if gain_train > 0.005 and gain_check <= 0.005:
                    found.append(f"{label[1:]} ({gold_name} {m}: train +{gain_train:.2f}, check {gain_check:+.2f})")
    print()
    print("helps train, not check: " + ("; ".join(found) if found else "none"))


if __name__ == "__main__":
    main()
