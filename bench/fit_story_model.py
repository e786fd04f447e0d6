"""Fit the story link model on the train incidents of corpus/gvc and written stories of other beats, and write
extractors/story_model.json.

    python -m bench.fit_story_model [--corpus /tmp/cw/gvc.jsonl] [--out extractors/story_model.json]
    python -m bench.fit_story_model --stories train_and_check.jsonl   # also write {doc, story} per document

Pairs: every document, taken in date order as assignment takes them, against its
candidates (earlier documents inside the window sharing a term, the most similar by
body cosine: the pairs the linker will score). Only pairs whose two documents are
both in ``train`` incidents are kept; a pair is positive when they report one
incident. Gradient-boosted trees (scikit-learn's GradientBoostingClassifier, a dev
dependency; ``--trees``, ``--depth``) are fitted on their features and written out as
plain node arrays, which ``extractors.linking.LinkModel`` walks. Pairs the linker never
asks about (``extractors.stories.worth_scoring``: too little body in common and no shared
street, age or headline) are left out of the fit, as assignment leaves them out. The
threshold is the one whose story linking, run over the whole corpus in date order,
gives the best B-cubed F1 on the train documents with precision at least
``--min-precision``. The check split's labels are never read here.

With them are fitted the written training stories of other beats (``--written``, by default
``bench/written/clusters_ta_*`` and ``clusters_tb_*``: fires, floods, strikes, breaches, court cases,
each with "twin" stories of the same town, firm or kind of event that are other events), whose
reports share fewer words than shooting reports do. ``clusters_z`` is not fitted on: it measures.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from bench.fitting import WRITTEN, WRITTEN_TRAIN, written_labels
from extractors.linking import FEATURES, LinkModel, Tree, link_keys, tree_value
from extractors.stories import BACKGROUND_DOCS, Linker, StoryDoc, assign, doc_terms, idf, worth_scoring

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "gvc"


def read_jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def load_docs(path: Path) -> list[StoryDoc]:
    out = []
    for r in read_jsonl(path):
        published = date.fromisoformat(r["published"][:10]) if r.get("published") else None
        text, title = r.get("text") or "", r.get("title")
        out.append(StoryDoc(str(r["id"]), published, doc_terms(text, title), None, link_keys(text, title, published)))
    return out


def written_stories(prefix: str) -> tuple[list[StoryDoc], dict[str, str]]:
    """A written training set of other beats (``bench/written/clusters_<prefix>_*``): its documents, and
    doc -> story for every document (the sets written for fitting have no held half)."""
    return load_docs(WRITTEN / f"clusters_{prefix}_docs.jsonl"), written_labels(prefix)


def train_labels(path: Path) -> dict[str, str]:
    """doc -> incident, for the train split only."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc, inc, split = line.rstrip("\n").split("\t")
            if split == "train":
                out[doc] = inc
    return out


def pairs(docs: Sequence[StoryDoc], labels: dict[str, str], window_days: int) -> tuple[list[list[float]], list[int]]:
    weights = idf(d.terms for d in docs)
    linker = Linker(weights, len(docs), _dummy_model(window_days), window_days)
    x, y = [], []
    for doc in sorted(docs, key=lambda d: (d.published or date.min, d.doc_id)):
        if doc.doc_id in labels:
            for other, cos, features in linker.candidate_features(doc):
                if other.doc_id in labels and worth_scoring(cos, features):
                    x.append(features)
                    y.append(int(labels[doc.doc_id] == labels[other.doc_id]))
        linker.add(StoryDoc(doc.doc_id, doc.published, doc.terms, doc.doc_id, doc.keys))
    return x, y


Scored = list[tuple[str, list[tuple[str, float]]]]


def _scored(docs: Sequence[StoryDoc], model: LinkModel, weights: dict[str, float]) -> Scored:
    """Each document (in assignment order) with its candidates' link probabilities.

    A document's candidates and their probabilities do not depend on the stories the
    earlier documents are in, so they are computed once and every threshold is tried on
    them; ``_sweep`` then repeats what ``assign`` does with them (roundups not joined through).
    """
    linker = Linker(weights, len(docs), model, model.window_days)
    out = []
    for doc in sorted(docs, key=lambda d: (d.published or date.min, d.doc_id)):
        cands = [(o.doc_id, model.probability(f)) for o, f in _asked(linker, doc)]
        out.append((doc.doc_id, cands))
        linker.add(StoryDoc(doc.doc_id, doc.published, doc.terms, doc.doc_id, doc.keys))
    return out


def _asked(linker: Linker, doc: StoryDoc) -> Iterator[tuple[StoryDoc, list[float]]]:
    """The candidates ``Linker.scored`` asks the model about, with their features."""
    for other, cos, features in linker.candidate_features(doc):
        if not other.keys.roundup and worth_scoring(cos, features):
            yield other, features


def _sweep(scored: Scored, threshold: float) -> dict[str, str]:
    story: dict[str, str] = {}
    for doc_id, cands in scored:
        best: dict[str, float] = {}
        for other, p in cands:
            if p > best.get(story[other], 0.0):
                best[story[other]] = p
        top = max(best, key=lambda s: best[s]) if best else None
        story[doc_id] = top if top is not None and best[top] >= threshold else doc_id
    return story


def _tree(t: object) -> Tree:
    """A fitted sklearn tree (``estimator.tree_``) as :data:`extractors.linking.Tree` node arrays."""
    leaf = [int(v) < 0 for v in t.children_left]  # type: ignore[attr-defined]
    return (
        tuple(-1 if lf else int(f) for lf, f in zip(leaf, t.feature, strict=True)),  # type: ignore[attr-defined]
        tuple(0.0 if lf else float(v) for lf, v in zip(leaf, t.threshold, strict=True)),  # type: ignore[attr-defined]
        tuple(int(v) for v in t.children_left),  # type: ignore[attr-defined]
        tuple(int(v) for v in t.children_right),  # type: ignore[attr-defined]
        tuple(float(v[0][0]) for v in t.value),  # type: ignore[attr-defined]
    )


def _model_json(out: dict) -> str:
    """The model as JSON with one tree a line: readable, and a refit diffs tree by tree."""
    head = json.dumps({k: v for k, v in out.items() if k != "trees"}, indent=2)[:-2]
    trees = ",\n".join("    " + json.dumps(t, separators=(",", ":")) for t in out["trees"])
    return f'{head},\n  "trees": [\n{trees}\n  ]\n}}\n'


def _dummy_model(window_days: int) -> LinkModel:
    return LinkModel(FEATURES, tuple(0.0 for _ in FEATURES), 0.0, 0.5, window_days)


def bcubed(story: dict[str, str], labels: dict[str, str]) -> tuple[float, float, float]:
    docs = [d for d in story if d in labels]
    by_story, by_inc = collections.defaultdict(list), collections.defaultdict(list)
    for d in docs:
        by_story[story[d]].append(d)
        by_inc[labels[d]].append(d)
    p = r = 0.0
    for d in docs:
        both = sum(1 for o in by_story[story[d]] if labels[o] == labels[d])
        p += both / len(by_story[story[d]])
        r += both / len(by_inc[labels[d]])
    p, r = p / len(docs), r / len(docs)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS / "articles.jsonl.gz")
    ap.add_argument("--incidents", type=Path, default=CORPUS / "incidents.tsv")
    ap.add_argument("--out", type=Path, default=ROOT / "extractors" / "story_model.json")
    ap.add_argument("--window-days", type=int, default=30)
    ap.add_argument("--min-precision", type=float, default=0.97)
    ap.add_argument("--trees", type=int, default=200, help="boosting rounds")
    ap.add_argument("--depth", type=int, default=3, help="depth of each tree")
    ap.add_argument("--learning-rate", type=float, default=0.1)
    ap.add_argument("--stories", type=Path, help="also write {doc, story} per document with the fitted model")
    ap.add_argument(
        "--written",
        nargs="*",
        default=list(WRITTEN_TRAIN),
        help="written story sets of other beats to fit on too (bench/written/clusters_<prefix>_*)",
    )
    args = ap.parse_args()
    from sklearn.ensemble import GradientBoostingClassifier  # dev dependency: only this script needs it

    docs = load_docs(args.corpus)
    labels = train_labels(args.incidents)
    for prefix in args.written:
        extra, extra_labels = written_stories(prefix)
        docs += extra
        labels.update(extra_labels)
    x, y = pairs(docs, labels, args.window_days)
    print(f"pairs: {len(y)} ({sum(y)} same incident) from {sum(d.doc_id in labels for d in docs)} train documents")
    gb = GradientBoostingClassifier(
        n_estimators=args.trees, max_depth=args.depth, learning_rate=args.learning_rate, random_state=0
    ).fit(x, y)
    trees = tuple(_tree(est.tree_) for est in gb.estimators_[:, 0])
    # the trees' starting log-odds (the train prior), read back from sklearn's own decision function
    intercept = float(gb.decision_function([x[0]])[0]) - args.learning_rate * sum(tree_value(t, x[0]) for t in trees)
    coef = tuple(0.0 for _ in FEATURES)
    fitted = LinkModel(FEATURES, coef, intercept, 0.5, args.window_days, trees, args.learning_rate)
    drift = max(abs(fitted.probability(f) - p) for f, p in zip(x[:2000], gb.predict_proba(x[:2000])[:, 1], strict=True))
    if drift > 1e-6:
        raise SystemExit(f"the exported trees disagree with scikit-learn's by {drift:.2g}")
    weights = idf(d.terms for d in docs)
    scored = _scored(docs, fitted, weights)
    best: tuple[float, float, tuple[float, float, float]] | None = None
    for t in [i / 100 for i in range(20, 91, 2)]:
        p, r, f = bcubed(_sweep(scored, t), labels)
        print(f"threshold {t:.2f}: train bcubed P={p:.3f} R={r:.3f} F1={f:.3f}")
        if p >= args.min_precision and (best is None or f > best[1]):
            best = (t, f, (p, r, f))
    if best is None:
        raise SystemExit(f"no threshold reaches train precision {args.min_precision}")
    threshold = best[0]
    print(f"chosen threshold {threshold:.2f}: train P={best[2][0]:.3f} R={best[2][1]:.3f} F1={best[2][2]:.3f}")
    out = {
        "features": list(FEATURES),
        "intercept": round(intercept, 6),
        "learning_rate": args.learning_rate,
        "threshold": threshold,
        "window_days": args.window_days,
        "background_docs": BACKGROUND_DOCS,
        "fitted_on": "corpus/gvc train incidents and the written stories "
        + ", ".join(args.written)
        + " (bench/fit_story_model.py)",
        "pairs": len(y),
        "positives": sum(y),
        "trees": [
            {"feature": list(f), "threshold": list(t), "left": list(lft), "right": list(rgt), "value": list(v)}
            for f, t, lft, rgt, v in trees
        ],
    }
    args.out.write_text(_model_json(out), encoding="utf-8")
    print(f"wrote {args.out}")
    importance = sorted(zip(gb.feature_importances_, FEATURES, strict=True), reverse=True)
    print("feature importance: " + ", ".join(f"{n} {v:.3f}" for v, n in importance))
    if args.stories:
        model = LinkModel(FEATURES, coef, intercept, threshold, args.window_days, trees, args.learning_rate)
        final = {a.doc_id: a.story_id for a in assign(docs, [], model=model, weights=weights, n_docs=len(docs))}
        print("with assign itself: train bcubed P={:.3f} R={:.3f} F1={:.3f}".format(*bcubed(final, labels)))
        with open(args.stories, "w", encoding="utf-8") as out_file:
            for a in assign(docs, [], model=model, weights=weights, n_docs=len(docs)):
                out_file.write(json.dumps({"doc": a.doc_id, "story": a.story_id}) + "\n")


if __name__ == "__main__":
    main()
