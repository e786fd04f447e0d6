"""Fit the pair model's weights (extractors/same_quantity_model.json) from labelled pairs.

    python -m bench.fit_same_quantity --db /tmp/cw-gvc.duckdb --db /tmp/cw-dev.duckdb
    python -m bench.fit_same_quantity --db /tmp/cw-gvc.duckdb --min-link-only   # refit min_link alone
    python -m bench.fit_same_quantity --db /tmp/cw-gvc.duckdb --named-link-only  # refit min_link_named alone

Each ``--db`` is a warehouse built by ``claimwatch run`` over a labelled corpus (the GVC
articles, the dev articles, or a written training set of other beats). Only the ``train`` split is
read (docs.jsonl and corpus/gvc/incidents.tsv say which document is which; the stories of the
written sets named by ``--written``, by default ``ta`` and ``tb``, are all train and label their
documents as incidents do); ``check`` is left for measuring.

Labels, all on pairs that the rules of ``extractors.same_quantity`` leave open:

- hand-labelled pairs (``dev_changes.jsonl``, ``gvc_dev_changes.jsonl``): a changed pair or
  one whose values agree ("same value; same figure") is one quantity; any other is not;
- incident labels (GUIDE 22): two claims in one story but from different incidents are
  never one quantity; two claims of one incident with the same key and the same figure are
  (a coincidence of value across different quantities is rare), sampled to balance.

Prints the training figures and writes the model with the threshold that maximises F1 over
all these pairs while keeping 90 % of the hand-labelled same-quantity pairs. Needs
scikit-learn (dev).

It also fits ``min_link``, the direct link probability (``story_links``) two documents need
before their figures are compared: the lowest one at which the train pairs the model accepts
join different incidents at most ``MAX_CROSS_SHARE`` of the time. Those pairs are found by
re-running the change pass without a floor on a copy of each warehouse, every stored key
queued, so any warehouse built by ``claimwatch run`` will do.

And ``min_link_named``, the second route: the direct link enough for two documents that name
the same person or place, fitted on the same pairs: the lowest link at which the pairs this
route adds to those ``min_link`` keeps join two incidents at most ``MAX_CROSS_SHARE`` of the
time, so it does not raise that share.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from bench.fitting import WRITTEN_TRAIN, fold, requeued_copy, splits
from extractors.linking import load_model
from extractors.same_quantity import Model, Side, different_quantities, features, model, verdict
from warehouse.changes import SIDE_COLUMNS, _report, candidate_pairs, lead_names_sql, side

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = ROOT / "extractors" / "same_quantity_model.json"
WEAK_PER_CLASS = 600
MIN_HAND_RECALL = 0.9
#: Flags between two incidents are always wrong (GUIDE 22): at most this share of flags (issue 12's bar).
MAX_CROSS_SHARE = 0.01

_KEYS = f"""
SELECT k.claim_id, k.story_id, k.qkey, k.published AS pub, c.text, c.counted,
       k.doc_id, k.version, k.source_key, k.measure, k.event, k.time_key, k.mods, k.counted_cls,
       k.counted_group, k.counted_head, k.names, k.place, k.part, k.individual, k.named, k.lo, k.hi,
       k.perpetrator_died,
       coalesce(sd.score, 1.0) AS link, coalesce(list_contains(sd.keys, 'r:1'), false) AS roundup,
       {lead_names_sql("sd")} AS lead_names
FROM claim_keys k JOIN claims c USING (claim_id) LEFT JOIN story_documents sd ON sd.doc_id = k.doc_id
WHERE k.latest
"""


def _as_side(r: dict[str, Any]) -> Side:
    """A keyed claim row (``_KEYS``) as the pair model's ``Side``, read as the change pass reads one."""
    row = {f"x_{c}": r[c] for c in SIDE_COLUMNS}
    row["x_pub"], row["x_link"], row["x_roundup"], row["x_lead_names"] = (
        r["pub"],
        r["link"],
        r["roundup"],
        r["lead_names"],
    )
    return side(row, "x")


def _find(keys: list[dict[str, Any]], want: dict[str, Any]) -> dict[str, Any] | None:
    """The keyed claim a gold side names: same text (or containing it), best counted match."""
    g = fold(want["text"])
    hits = [k for k in keys if g and (g in fold(k["text"]) or fold(k["text"]) in g)]
    head = (re.findall(r"[a-z]+", fold(want.get("counted"))) or [""])[-1].rstrip("s")
    hits.sort(key=lambda k: (fold(k["text"]) != g, head not in fold(k["counted"])))
    return hits[0] if hits else None


def _train_keys(dbs: list[str], split: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The keyed claims of train documents, by document."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for path in dbs:
        con = duckdb.connect(path, read_only=True)
        cur = con.execute(_KEYS)
        names = [d[0] for d in cur.description or ()]
        for values in cur.fetchall():
            r = dict(zip(names, values, strict=True))
            if split.get(r["doc_id"]) == "train":
                by_doc.setdefault(r["doc_id"], []).append(r)
        con.close()
    return by_doc


def _hand_labelled(
    by_doc: dict[str, list[dict[str, Any]]], split: dict[str, str]
) -> Iterator[tuple[dict[str, float], int, bool]]:
    """The train pairs of the two labelled change sets that the rules leave to the model."""
    for gold in ("dev_changes.jsonl", "gvc_dev_changes.jsonl"):
        for line in (SHARED / "gold" / gold).read_text("utf-8").splitlines():
            g = json.loads(line)
            if split.get(g["a"]["doc"]) != "train":
                continue
            a = _find(by_doc.get(g["a"]["doc"], []), g["a"])
            b = _find(by_doc.get(g["b"]["doc"], []), g["b"])
            if a is None or b is None or a["claim_id"] == b["claim_id"]:
                continue
            sa, sb = _as_side(a), _as_side(b)
            if different_quantities(sa, sb):
                continue
            same = bool(g["changed"]) or "same value" in g.get("why", "")
            yield features(sa, sb), int(same), True


def _weak_labelled(
    by_doc: dict[str, list[dict[str, Any]]], incident: dict[str, str], rng: random.Random
) -> Iterator[tuple[dict[str, float], int, bool]]:
    """Weak labels from incidents: pairs in one story, same measure, event and time scope."""
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for rows in by_doc.values():
        for r in rows:
            if r["doc_id"] in incident:
                groups.setdefault((r["story_id"], r["measure"], r["event"], r["time_key"]), []).append(r)
    weak: dict[int, list[dict[str, float]]] = {0: [], 1: []}
    for rows in groups.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a["doc_id"] == b["doc_id"] and a["source_key"] == b["source_key"]:
                    continue
                cross = incident[a["doc_id"]] != incident[b["doc_id"]]
                if not cross and (a["lo"], a["hi"]) != (b["lo"], b["hi"]):
                    continue  # same incident, other figure: a change or another quantity, unknown
                sa, sb = _as_side(a), _as_side(b)
                if not different_quantities(sa, sb):
                    weak[0 if cross else 1].append(features(sa, sb))
    for label, feats in weak.items():
        rng.shuffle(feats)
        for f in feats[:WEAK_PER_CLASS]:
            yield f, label, False


def _examples(
    dbs: list[str], rng: random.Random, written: tuple[str, ...]
) -> Iterator[tuple[dict[str, float], int, bool]]:
    """(features, label, hand-labelled) for every usable pair."""
    split, incident = splits(written)
    by_doc = _train_keys(dbs, split)
    yield from _hand_labelled(by_doc, split)
    yield from _weak_labelled(by_doc, incident, rng)


def _all_accepted(path: str, m: Model) -> Iterator[tuple[str, str, float, bool]]:
    """(document, document, direct link, shared name) of every pair ``m`` accepts, whatever its link."""
    free = Model(m.weights, m.bias, m.threshold)  # no floor: the link is what is being fitted
    with requeued_copy(path) as con:
        seen = set()
        for row, o, n in candidate_pairs(con, floor=0.0):
            # one per pair of reports of a figure, as the change pass writes them (changes._accepted)
            key = (
                row["story_id"],
                row["qkey"],
                *sorted((_report(o, row["o_text"]), _report(n, row["n_text"])), key=repr),
            )
            if key not in seen and verdict(o, n, free).same:
                seen.add(key)
                yield o.doc_id, n.doc_id, row["direct_link"], row["shared_name"]


def fit_min_link(dbs: list[str], floor: float, m: Model, written: tuple[str, ...] = ()) -> float | None:
    """The lowest direct link (from ``floor`` up) at which the train flags of ``m`` join two incidents
    rarely enough."""
    split, incident = splits(written)
    flags: list[tuple[bool, bool, float]] = []  # (same document, same incident, direct link)
    for path in dbs:
        for a, b, p, _ in _all_accepted(path, m):
            # Train labels only: both documents in train incidents.
            if a in incident and b in incident and split[a] == split[b] == "train":
                flags.append((a == b, incident[a] == incident[b], p))
    if not flags:
        return None
    for step in range(round(floor * 100), 100):
        t = step / 100
        kept = [same_inc for same_doc, same_inc, p in flags if same_doc or p >= t]
        cross = sum(1 for same_inc in kept if not same_inc)
        print(f"min_link {t:.2f}: train flags {len(kept)}, between incidents {cross}")
        if kept and cross / len(kept) <= MAX_CROSS_SHARE:
            return t
    return 0.99


def fit_min_link_named(dbs: list[str], min_link: float, m: Model, written: tuple[str, ...] = ()) -> float | None:
    """The lowest direct link at which the pairs of documents sharing a name that ``min_link``
    leaves out join two incidents at most ``MAX_CROSS_SHARE`` of the time (None: at none)."""
    split, incident = splits(written)
    added: list[tuple[float, bool]] = []  # (direct link, same incident) of pairs only this route could flag
    for path in dbs:
        for a, b, p, named in _all_accepted(path, m):
            train = a in incident and b in incident and split[a] == split[b] == "train"
            if train and a != b and named and p < min_link:
                added.append((p, incident[a] == incident[b]))
    for step in range(0, round(min_link * 100)):
        t = step / 100
        kept = [same_inc for p, same_inc in added if p >= t]
        cross = sum(1 for same_inc in kept if not same_inc)
        print(f"min_link_named {t:.2f}: pairs added {len(kept)}, between incidents {cross}")
        if kept and cross / len(kept) <= MAX_CROSS_SHARE:
            return t
    return None


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", action="append", required=True, help="a warehouse over a labelled corpus")
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument(
        "--min-link-only", action="store_true", help="keep the shipped weights and threshold; fit min_link alone"
    )
    ap.add_argument(
        "--named-link-only", action="store_true", help="keep everything else shipped; fit min_link_named alone"
    )
    ap.add_argument(
        "--written",
        nargs="*",
        default=list(WRITTEN_TRAIN),
        help="written story sets whose stories label the pairs of their warehouses (pass those with --db too)",
    )
    args = ap.parse_args()
    written = tuple(args.written)
    if args.named_link_only:
        shipped = json.loads(MODEL.read_text("utf-8"))
        shipped["min_link_named"] = fit_min_link_named(args.db, model().link_floor(), model(), written)
        Path(args.out).write_text(json.dumps(shipped, indent=1) + "\n", encoding="utf-8")
        print(f"min_link_named={shipped['min_link_named']} (everything else kept)")
        return
    if args.min_link_only:
        shipped = json.loads(MODEL.read_text("utf-8"))
        shipped["min_link"] = fit_min_link(args.db, load_model().threshold, model(), written)
        Path(args.out).write_text(json.dumps(shipped, indent=1) + "\n", encoding="utf-8")
        print(f"min_link={shipped['min_link']} (weights and threshold kept)")
        return
    rng = random.Random(20261206)
    data = list(_examples(args.db, rng, written))
    names = sorted(data[0][0])
    x = [[f[n] for n in names] for f, _, _ in data]
    y = [label for _, label, _ in data]
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(x, y)
    probs = clf.predict_proba(x)[:, 1]
    hand = [(p, label) for p, (_, label, h) in zip(probs, data, strict=True) if h]
    every = [(p, label) for p, (_, label, _) in zip(probs, data, strict=True)]

    def f1(t: float, pairs: list[tuple[float, int]]) -> float:
        tp = sum(1 for p, label in pairs if p >= t and label)
        fp = sum(1 for p, label in pairs if p >= t and not label)
        fn = sum(1 for p, label in pairs if p < t and label)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def recall(t: float) -> float:
        same = [p for p, label in hand if label]
        return sum(1 for p in same if p >= t) / len(same) if same else 1.0

    # Flag only when confident, but never at the cost of the hand-labelled same-quantity pairs:
    # the best F1 over all pairs among thresholds that keep 90 % of those.
    kept = [round(t / 100, 2) for t in range(5, 96) if recall(round(t / 100, 2)) >= MIN_HAND_RECALL]
    threshold = max(kept or [0.05], key=lambda t: (f1(t, every), -t))
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)}
    bias = round(float(clf.intercept_[0]), 4)
    fitted_model = Model(weights, bias, threshold)  # the floors are fitted on the flags of the new weights
    min_link = fit_min_link(args.db, load_model().threshold, fitted_model, written)
    min_link_named = fit_min_link_named(args.db, min_link or load_model().threshold, fitted_model, written)
    fitted = {
        "weights": weights,
        "bias": bias,
        "threshold": threshold,
        "min_link": min_link,
        "min_link_named": min_link_named,
        "trained_on": {
            "hand_pairs": len(hand),
            "hand_same": sum(label for _, label in hand),
            "weak_pairs": len(data) - len(hand),
        },
    }
    Path(args.out).write_text(json.dumps(fitted, indent=1) + "\n", encoding="utf-8")
    print(f"pairs: hand={len(hand)} (same={sum(label for _, label in hand)}) weak={len(data) - len(hand)}")
    print(
        f"threshold={threshold} F1 all={f1(threshold, every):.2f} hand={f1(threshold, hand):.2f}"
        f" (hand pairs kept: {sum(1 for p, label in hand if p >= threshold and label)} of"
        f" {sum(label for _, label in hand)} same, {sum(1 for p, label in hand if p >= threshold and not label)}"
        f" of {sum(1 for _, label in hand if not label)} different)"
    )
    for n in names:
        print(f"  {n:14} {weights[n]:+.3f}")
    print(f"  {'bias':14} {fitted['bias']:+.3f}")
    print(f"  {'min_link':14} {min_link}")
    print(f"  {'min_link_named':14} {min_link_named}")


if __name__ == "__main__":
    main()
