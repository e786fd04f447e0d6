"""Fit the change model's weights (extractors/change_model.json) from labelled flags.

    python -m bench.fit_change_model --db /tmp/cw-gvc.duckdb

``--db`` is a warehouse built by ``claimwatch run`` over the GVC articles, the shooting reports
whose flags were judged (the dev pairs stay a check: ``bench_gvc`` scores them). The change pass
is re-run on a copy, every stored key queued, so every pair the pair model accepts is a
candidate flag. Only candidates between ``train`` documents are read (corpus/gvc/incidents.tsv
says which document is which); ``check`` is left for measuring.

Labels, for the candidates between two counts (the model's scope) that they name:

- the hand-labelled pairs (``gvc_dev_changes.jsonl``): a changed pair is a real change; an
  unchanged one the pair model accepts is a wrong flag;
- ``bench/labels/gvc_flag_judgments.jsonl``: flags of earlier versions, sampled at random from
  the GVC train incidents and judged blind against GUIDE.md as right or wrong (``unsure`` is
  left out). It holds document ids and figure texts only, no article text;
- incident labels (GUIDE 22): a candidate between two different incidents is a wrong flag.

Fits the logistic model of the gap between the two figures on all labels (the confidence a
flag carries), and the widest gap flagged: the widest among the labelled real changes between
same-day or falling figures, so every such labelled change is kept. The widest rise across
days (``WIDEST_RISE``, twice the earlier figure) is a prior, not fitted: the labels hold no
real rise beyond 1.6x, while tolls of floods and fires rise in bigger steps than shootings'.
Also its support: the largest figure a labelled real change started from; to two counts both
larger, the model is not applied. And its floor: the least probability a flag needs, where the
cross-validated flags reach their best F1. Prints the weights,
and precision and recall on the labels in five-fold cross-validation (fitted on four folds,
read on the fifth). Needs scikit-learn (dev).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.fitting import fold, requeued_copy, splits
from extractors.change_model import (
    ChangeModel,
    Report,
    change_verdict,
    features,
    gap_ratio,
    report_of,
    rising,
    smallest,
)
from warehouse.changes import accepted_pairs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = ROOT / "extractors" / "change_model.json"
JUDGED = Path(__file__).resolve().parent / "labels" / "gvc_flag_judgments.jsonl"
NAMES = ("log_ratio", "vague", "log_smallest", "heads_differ")
FLOORS = tuple(round(0.05 * i, 2) for i in range(13))  # 0.0 to 0.6
FOLDS = 5
REPEATS = 10  # the floor is read off every repeat's folds together: one split is too noisy
WIDEST_RISE = 2.0


def _side_key(doc: str, text: str) -> tuple[str, str]:
    return doc, fold(text)


def _labels() -> dict[frozenset[tuple[str, str]], int]:
    """(side, side) -> 1 for a real change, 0 for a wrong flag."""
    out: dict[frozenset[tuple[str, str]], int] = {}
    for gold in ("gvc_dev_changes.jsonl",):
        for line in (SHARED / "gold" / gold).read_text("utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                a, b = _side_key(g["a"]["doc"], g["a"]["text"]), _side_key(g["b"]["doc"], g["b"]["text"])
                out[frozenset((a, b))] = int(bool(g["changed"]))
    for line in JUDGED.read_text("utf-8").splitlines():
        j = json.loads(line)
        # GUIDE.md: intervals that differ in a bound are a change, so "several" against "five" is
        # one (a refinement) whatever a judge thought; such judgments are left out as undecided.
        if j["verdict"] not in ("right", "wrong") or j["reason"] == "vague-restatement":
            continue
        for da in j["a"]["docs"]:
            for db in j["b"]["docs"]:
                pair = frozenset((_side_key(da, j["a"]["text"]), _side_key(db, j["b"]["text"])))
                out.setdefault(pair, int(j["verdict"] == "right"))
    return out


def _candidates(path: str) -> Iterator[tuple[dict[str, Any], Report, Report]]:
    """(row, report, report) of every pair the pair model accepts in a copy of the warehouse at ``path``."""
    with requeued_copy(path) as con:
        for row, o, n, _ in accepted_pairs(con):
            yield row, report_of(o), report_of(n)


@dataclass(frozen=True)
class Example:
    a: Report
    b: Report
    label: int
    pair: tuple[str, ...] = ()  # (doc, text, doc, text): orders the examples the same every run


def examples(dbs: list[str]) -> list[Example]:
    """The labelled train candidates of every warehouse."""
    (split, incident), labels = splits(), _labels()
    out: list[Example] = []
    for path in dbs:
        for row, a, b in _candidates(path):
            da, db = row["o_doc_id"], row["n_doc_id"]
            if split.get(da) != "train" or split.get(db) != "train":
                continue
            pair = frozenset((_side_key(da, row["o_text"]), _side_key(db, row["n_text"])))
            label = labels.get(pair)
            if label is None and da in incident and db in incident and incident[da] != incident[db]:
                label = 0
            if label is not None and a.count and b.count:
                out.append(Example(a, b, label, (da, row["o_text"], db, row["n_text"])))
    # DuckDB returns the candidates in no fixed order; the folds must not depend on it.
    return sorted(out, key=_order)


def _order(e: Example) -> tuple[str, ...]:
    """A total order: two examples that tie on it are the same example."""
    return (*e.pair, repr(e.a), repr(e.b), str(e.label))


def fit(data: list[Example]) -> ChangeModel:
    """The model fitted on ``data``: weights, widest gap and support."""
    from sklearn.linear_model import LogisticRegression

    x = [[features(e.a, e.b)[n] for n in NAMES] for e in data]
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(x, [e.label for e in data])
    support = max((smallest(e.a, e.b) for e in data if e.label), default=math.inf)
    governed = [gap_ratio(e.a, e.b) for e in data if e.label and not rising(e.a, e.b)]
    weights = {n: float(w) for n, w in zip(NAMES, clf.coef_[0], strict=True)}
    return ChangeModel(weights, float(clf.intercept_[0]), max(governed, default=math.inf), WIDEST_RISE, support)


def _floored(kept: list[tuple[float, int, bool]], floor: float) -> list[int]:
    """The labels of the flags a floor keeps: a rise across days is flagged whatever its probability."""
    return [label for c, label, rise in kept if rise or c >= floor]


def floor_f1(kept: list[tuple[float, int, bool]], real: int, floor: float) -> float:
    """F1 of the flags a floor keeps, against every real change."""
    above = _floored(kept, floor)
    return 2 * sum(above) / (len(above) + real) if above else 0.0


def best_floor(kept: list[tuple[float, int, bool]], real: int) -> float:
    """The floor on the cross-validated probability at which the flags reach their best F1
    (the lowest such floor on a tie)."""
    return max(FLOORS, key=lambda floor: (floor_f1(kept, real, floor), -floor))


def _print_confidence(kept: list[tuple[float, int, bool]], real: int) -> None:
    """How well the flags' confidence ranks them (cross-validated): what ``--min-confidence`` buys."""
    from sklearn.metrics import roc_auc_score

    labels = [label for _, label, _ in kept]
    if 0 < sum(labels) < len(labels):
        print(f"confidence AUC over the flagged: {roc_auc_score(labels, [c for c, _, _ in kept]):.2f}")
    for floor in (0.4, 0.5, 0.6):
        above = [label for c, label, _ in kept if c >= floor]
        if above:
            print(
                f"  confidence >= {floor}: {len(above) / REPEATS:.0f} flagged, precision {sum(above) / len(above):.2f},"
                f" recall of real changes {sum(above) / real:.2f}"
            )


def main() -> None:
    from sklearn.model_selection import RepeatedStratifiedKFold

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", action="append", required=True, help="a warehouse over the GVC corpus")
    ap.add_argument("--out", default=str(MODEL))
    args = ap.parse_args()
    data = examples(args.db)
    y = [e.label for e in data]
    print(f"labelled train candidates: {len(y)} ({sum(y)} real changes)")
    # (confidence, label, a rise across days) of the flagged candidates, every repeat
    kept: list[tuple[float, int, bool]] = []
    folds = RepeatedStratifiedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=20261206)
    for train, test in folds.split([[0]] * len(y), y):
        m = fit([data[i] for i in train])
        for i in test:
            v = change_verdict(data[i].a, data[i].b, m)
            if v.flag:
                rise = rising(data[i].a, data[i].b)
                kept.append((1.0 if v.probability is None else v.probability, data[i].label, rise))
    labels = [label for _, label, _ in kept]
    real = sum(y) * REPEATS  # each example is read once per repeat
    print(
        f"cross-validated ({REPEATS} repeats, per repeat): {len(kept) / REPEATS:.0f} of {len(y)} flagged,"
        f" precision {sum(labels) / len(kept):.2f}"
        f" (all: {sum(y) / len(y):.2f}), recall of real changes {sum(labels) / real:.2f}"
    )
    _print_confidence(kept, real)
    floor = best_floor(kept, real)
    print("F1 by floor: " + ", ".join(f"{f} {floor_f1(kept, real, f):.3f}" for f in FLOORS if 0.15 <= f <= 0.5))
    above = _floored(kept, floor)
    print(
        f"floor {floor}: cross-validated, {len(above) / REPEATS:.0f} flagged,"
        f" precision {sum(above) / max(1, len(above)):.2f},"
        f" recall of real changes {sum(above) / real:.2f}"
    )
    m = dataclasses.replace(fit(data), floor=floor)
    fitted = {
        "weights": {n: round(w, 4) for n, w in m.weights.items()},
        "bias": round(m.bias, 4),
        "widest": m.widest,
        "widest_rise": m.widest_rise,
        "support": m.support,
        "floor": m.floor,
        "trained_on": {"labelled_candidates": len(y), "real_changes": sum(y)},
    }
    Path(args.out).write_text(json.dumps(fitted, indent=1) + "\n", encoding="utf-8")
    print(f"weights {fitted['weights']} bias {fitted['bias']}")
    print(f"widest {m.widest:.3f}: same-day or falling figures further apart are not flagged")
    print(f"widest rise {m.widest_rise} (a prior)")
    print(f"support {m.support}")


if __name__ == "__main__":
    main()
