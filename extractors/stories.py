"""Grouping reports of the same event into stories: pure logic, no database.

A document is reduced to weighted terms: content words, with names (capitalised
words inside a sentence: places, people, organisations) and figures (``#449000``)
counted double, and the title's words counted three times; and to its link keys
(``extractors.linking``: title and lead words, names, streets, figures, ages).
Candidates for a new document are the earlier documents inside the time window that
share a term with it, the most similar by TF-IDF cosine (document frequencies over
the documents being compared). Each candidate pair gets a link probability from the
learned model in ``story_model.json``; the new document joins the story of its most
probable candidate when that reaches the model's threshold, and starts a story of its
own otherwise. A roundup may join a story, but no document joins through one. Every
probability computed is kept with the assignment (``Assignment.links``): the change pass
compares two documents only if they are linked directly. Stories are sticky: a stored
document never moves, so flags already raised keep their story."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from extractors.linking import FEATURES, LinkKeys, LinkModel, gap, load_model, pair_features
from extractors.vocabulary import en as vocab

#: Reports further apart than this many days are never the same story (the model's own
#: window, in story_model.json, is what assignment uses; this is the default for callers).
WINDOW_DAYS = 14
#: Reports naming the same person (a victim, a suspect) stay candidates this long: a charge,
#: a trial or a sentencing is reported months after the event, in few of its words.
NAME_WINDOW_DAYS = 365
#: Candidates scored by the model per new document: the most similar by body cosine.
MAX_CANDIDATES = 30
MAX_TERMS = 120

_STOP = vocab.STORY_STOP_WORDS
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d,.]*\d|\d")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """A document as stories see it; ``story_id`` is set for stored documents."""

    doc_id: str
    published: date | None
    terms: Mapping[str, float]
    story_id: str | None = None
    keys: LinkKeys = field(default_factory=LinkKeys)


@dataclass(frozen=True, slots=True)
class Assignment:
    doc_id: str
    story_id: str
    score: float | None  # link probability to the story; None when the document started it
    new_story: bool
    name: str = ""  # for a new story: its name
    # The link probability to each earlier document the model scored it against (doc_id, p):
    # a flag between two documents asks how surely they report one event, not whether a chain
    # of other documents joined them.
    links: tuple[tuple[str, float], ...] = ()


def _norm_token(tok: str) -> str | None:
    if tok[0].isdigit():
        digits = tok.replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        # Figures that identify a story are the larger ones; "3" or "2019" identify nothing.
        if value < 10 or (1900 <= value <= 2100 and "." not in digits):
            return None
        return f"#{value:g}"
    word = tok.lower().replace("’", "'").split("'")[0].strip("-")
    if len(word) < 3 or word in _STOP:
        return None
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def doc_terms(text: str, title: str | None = None, max_terms: int = MAX_TERMS) -> dict[str, float]:
    """A document's weighted terms: names and figures double, title words triple."""
    counts: dict[str, float] = {}
    prev = "."
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        norm = _norm_token(tok)
        if norm is not None:
            name = tok[0].isupper() and not _SENTENCE_END.search(prev)
            counts[norm] = counts.get(norm, 0.0) + (2.0 if (name or norm.startswith("#")) else 1.0)
        prev = text[max(0, m.start() - 2) : m.start()] or "."
    for tok in _TOKEN.findall(title or ""):
        norm = _norm_token(tok)
        if norm is not None:
            counts[norm] = counts.get(norm, 0.0) + 3.0
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms]
    return {t: float(w) for t, w in top}


#: Documents assumed to lack every term, added to the real count. With a handful of documents
#: (a first run, three reports of one fire) the words they all share would otherwise weigh
#: almost nothing, and the reports of one incident fell below the threshold (0.27 for two
#: outlets' reports of one pile-up); with hundreds of stored documents it changes little.
BACKGROUND_DOCS = 20


def idf(docs: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Smoothed inverse document frequency over the documents being compared (plus a background)."""
    df: Counter[str] = Counter()
    n = 0
    for terms in docs:
        n += 1
        df.update(terms.keys())
    return idf_from_counts(df, n)


def idf_from_counts(df: Mapping[str, int], n: int) -> dict[str, float]:
    """:func:`idf` from document frequencies counted elsewhere (the warehouse's term index)."""
    return {t: math.log((1 + n + BACKGROUND_DOCS) / (1 + c)) + 1.0 for t, c in df.items()}


def _vector(terms: Mapping[str, float], weights: Mapping[str, float]) -> dict[str, float]:
    vec = {t: (1.0 + math.log(w)) * weights.get(t, 1.0) for t, w in terms.items() if w > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


#: Body similarity a pair needs before the link model is asked, unless it shares what names one
#: event on any beat (:func:`worth_scoring`). The model learned from local incident reports, where
#: two texts on one topic are nearly always one event; on other beats (product reviews, deals,
#: markets) articles share a topic and vocabulary without sharing an event, and the learned
#: features alone linked them.
MIN_COSINE = 0.25
#: ... or this much of their titles' weight (idf-weighted cosine of the title words).
MIN_TITLE_SIM = 0.5
_STREETS, _AGES, _TITLE, _NAMES = (
    FEATURES.index(f) for f in ("streets_shared", "ages_shared", "title_sim", "names_shared")
)


def worth_scoring(body_cosine: float, features: Sequence[float]) -> bool:
    """Whether the link model is asked about a pair: similar bodies, or shared event evidence.

    Reports of one incident with little body in common (a paywall, a video page, a trial
    months later) still share its street or block, a victim's age, or their headline; a
    0.25 floor alone lost a fifth of the same-incident pairs of corpus/gvc.
    """
    return (
        body_cosine >= MIN_COSINE or features[_STREETS] > 0 or features[_AGES] > 0 or features[_TITLE] >= MIN_TITLE_SIM
    )


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def within_window(a: date | None, b: date | None, days: int = WINDOW_DAYS) -> bool:
    # An undated report cannot be ruled out by date; its words must do the work.
    return a is None or b is None or abs((a - b).days) <= days


def story_name(terms: Mapping[str, float], weights: Mapping[str, float], n: int = 3) -> str:
    """The document's most distinctive words, e.g. ``plague-beijing-mongolia``."""
    words = [t for t in terms if not t.startswith("#")]
    words.sort(key=lambda t: (-(1.0 + math.log(terms[t])) * weights.get(t, 1.0), t))
    return "-".join(words[:n]) or "story"


def new_story_id(doc_id: str) -> str:
    return "s-" + hashlib.sha256(doc_id.encode()).hexdigest()[:10]


class Linker:
    """The documents a new one may join, indexed by term, and the model that scores a pair.

    Only documents sharing a term can score above 0, so each new document is scored
    against those (and of those, the :data:`MAX_CANDIDATES` most similar by body
    cosine), never against the whole pool: the work per document stays flat.
    """

    def __init__(self, weights: Mapping[str, float], n_docs: int, model: LinkModel, window_days: int) -> None:
        self.weights = weights
        self.default_idf = math.log(1 + n_docs + BACKGROUND_DOCS) + 1.0  # a word no document has
        self.model = model
        self.window_days = window_days
        self.pool: list[StoryDoc] = []
        self.vectors: list[dict[str, float]] = []
        self.postings: dict[str, list[int]] = {}

    def add(self, d: StoryDoc) -> None:
        for t in d.terms:
            self.postings.setdefault(t, []).append(len(self.pool))
        self.pool.append(d)
        self.vectors.append(_vector(d.terms, self.weights))

    def in_reach(self, doc: StoryDoc, other: StoryDoc) -> bool:
        """Inside the window, or inside the longer one for reports naming the same person."""
        if within_window(doc.published, other.published, self.window_days):
            return True
        return bool(doc.keys.names & other.keys.names) and within_window(
            doc.published, other.published, NAME_WINDOW_DAYS
        )

    def candidates(self, doc: StoryDoc, limit: int = 0) -> list[tuple[StoryDoc, float]]:
        """Pool documents within the window sharing a term with ``doc``, most similar first."""
        vec = _vector(doc.terms, self.weights)
        seen = sorted({i for t in doc.terms for i in self.postings.get(t, ())})
        out = []
        for i in seen:  # pool order, so ties break as a full scan would
            other = self.pool[i]
            if other.doc_id == doc.doc_id or not self.in_reach(doc, other):
                continue
            out.append((other, cosine(vec, self.vectors[i])))
        out.sort(key=lambda oc: -oc[1])
        return out[: limit or MAX_CANDIDATES]

    def features(
        self, doc: StoryDoc, other: StoryDoc, body_cosine: float, rank: int = 0, best_cosine: float = 0.0
    ) -> list[float]:
        return pair_features(
            doc.keys,
            other.keys,
            body_cosine,
            gap(doc.published, other.published),
            self.weights,
            self.default_idf,
            rank=rank,
            best_cosine=best_cosine,
        )

    def candidate_features(self, doc: StoryDoc) -> Iterator[tuple[StoryDoc, float, list[float]]]:
        """Each candidate of ``doc`` with its body cosine and pair features, most similar first."""
        cands = self.candidates(doc)
        for rank, (other, cos) in enumerate(cands):
            yield other, cos, self.features(doc, other, cos, rank, cands[0][1])

    def scored(self, doc: StoryDoc) -> list[tuple[StoryDoc, float]]:
        """The candidates ``doc`` may join through, each with its link probability."""
        return [(other, p) for other, p, joins in self.links(doc) if joins]

    def links(self, doc: StoryDoc) -> list[tuple[StoryDoc, float, bool]]:
        """The candidates the link model is asked about, each with its probability and whether ``doc``
        may join its story through it. A candidate naming the same person or body is asked about
        too, for the change pass's direct link, but joins nothing unless worth scoring: alone, a
        shared name is as often another event of the same people (``worth_scoring``)."""
        out = []
        for other, cos, features in self.candidate_features(doc):
            # A roundup lists several incidents: it may join one, but no report joins through it,
            # or the incidents it lists would chain into one story.
            if other.story_id is None or other.keys.roundup:
                continue
            joins = worth_scoring(cos, features)
            if joins or features[_NAMES] > 0:
                out.append((other, self.model.probability(features), joins))
        return out

    def best_story(self, doc: StoryDoc) -> tuple[str | None, float]:
        """The story ``doc`` links to most probably, and that probability (or None, 0.0)."""
        return _best(self.scored(doc))


def _best(scored: Iterable[tuple[StoryDoc, float]]) -> tuple[str | None, float]:
    best: dict[str, float] = {}
    for other, p in scored:
        if other.story_id is not None and p > best.get(other.story_id, 0.0):
            best[other.story_id] = p
    if not best:
        return None, 0.0
    story = max(best, key=lambda s: best[s])
    return story, best[story]


def assign(
    new: Sequence[StoryDoc],
    stored: Sequence[StoryDoc],
    *,
    model: LinkModel | None = None,
    threshold: float | None = None,
    window_days: int | None = None,
    weights: Mapping[str, float] | None = None,
    n_docs: int | None = None,
) -> list[Assignment]:
    """Give each new document a story: the one it most probably reports, or a new one.

    ``stored`` documents keep their stories. New documents are taken in date order, so
    a three-day story grows from its first report whatever order the inputs came in;
    a new document already carrying a ``story_id`` (a pin) keeps it and can be joined.
    ``weights`` (idf) and ``n_docs`` default to those of the documents given; the
    warehouse passes the window's, read from its term index.
    """
    model = model or load_model()
    threshold = model.threshold if threshold is None else threshold
    window_days = model.window_days if window_days is None else window_days
    if weights is None:
        weights = idf([d.terms for d in (*stored, *new)])
        n_docs = len(stored) + len(new)
    linker = Linker(weights, n_docs or 0, model, window_days)
    for d in stored:
        linker.add(d)
    out: list[Assignment] = []
    for doc in sorted(new, key=lambda d: (d.published or date.min, d.doc_id)):
        if doc.story_id is not None:
            out.append(Assignment(doc.doc_id, doc.story_id, None, new_story=False))
            linker.add(doc)
            continue
        linked = linker.links(doc)
        links = tuple((other.doc_id, round(p, 4)) for other, p, _ in linked)
        story, p = _best((other, p) for other, p, joins in linked if joins)
        if story is not None and p >= threshold:
            out.append(Assignment(doc.doc_id, story, round(p, 4), new_story=False, links=links))
        else:
            story = new_story_id(doc.doc_id)
            name = story_name(doc.terms, weights)
            out.append(Assignment(doc.doc_id, story, None, new_story=True, name=name, links=links))
        linker.add(StoryDoc(doc.doc_id, doc.published, doc.terms, story, doc.keys))
    return out


__all__ = [
    "BACKGROUND_DOCS",
    "MAX_CANDIDATES",
    "MIN_COSINE",
    "MIN_TITLE_SIM",
    "NAME_WINDOW_DAYS",
    "WINDOW_DAYS",
    "Assignment",
    "Linker",
    "StoryDoc",
    "assign",
    "cosine",
    "doc_terms",
    "idf",
    "idf_from_counts",
    "new_story_id",
    "story_name",
    "within_window",
    "worth_scoring",
]
