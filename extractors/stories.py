"""Grouping reports of the same event into stories: pure logic, no database.

A document is reduced to weighted terms: content words, with names (capitalised
words inside a sentence: places, people, organisations) and figures (``#449000``)
counted double, and the title's words counted three times. Two documents are
similar by the cosine of their TF-IDF vectors, with document frequencies taken
over the documents being compared (the stored ones inside the time window, and
the new ones). A new document joins the story of its most similar document when
that similarity reaches the threshold and the two are within the time window;
otherwise it starts a story of its own. Stories are sticky: a stored document
never moves, so flags already raised keep their story.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

#: Cosine similarity at which a report joins a story (tuned on the shared AEB corpus:
#: same-event reports across outlets score 0.36-0.6; same-topic but different-event pairs,
#: e.g. two Afghanistan stories of one week, reach 0.28).
THRESHOLD = 0.30
#: Reports further apart than this many days are never the same story.
WINDOW_DAYS = 14
MAX_TERMS = 120

_STOP_WORDS = """
a about above after again against ago all almost also although always am among an and another any
are around as at away back be became because become been before being below between both but by came
can cannot could day days did do does doing done down during each early either else even ever every
few for from further get gets getting give given go goes going gone got had has have having he her
here hers him his how however i if in including into is it its itself just know known last later
least less let like made make makes many may me might more most much must my near nearly never new
news next no nor not now of off often on once one only or other others our out over own part per
perhaps put rather really said same say says see seen several she should show shows since so some
still such take taken than that the their them then there these they thing things this those though
three through time times to today told too two under until up upon us use used very via want was way
we week weeks well went were what when where whether which while who whom whose why will with within
without would year years yet you your according among added asked called come comes including monday
tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december percent million billion thousand hundred first second third four
five six seven eight nine ten dont didnt doesnt isnt wasnt arent cant wont its im ive youre theyre
hes shes thats whats lets click share read image photo video copyright reserved rights subscribe
newsletter advertisement getty images
"""
_STOP = frozenset(_STOP_WORDS.split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d,.]*\d|\d")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """A document as stories see it; ``story_id`` is set for stored documents."""

    doc_id: str
    published: date | None
    terms: Mapping[str, float]
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    doc_id: str
    story_id: str
    score: float | None  # similarity to the story; None when the document started it
    new_story: bool
    name: str = ""  # for a new story: its name


@dataclass(slots=True)
class _Story:
    story_id: str
    docs: list[StoryDoc] = field(default_factory=list)


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
        prev = text[max(0, m.start() - 2): m.start()] or "."
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
    return {t: math.log((1 + n + BACKGROUND_DOCS) / (1 + c)) + 1.0 for t, c in df.items()}


def _vector(terms: Mapping[str, float], weights: Mapping[str, float]) -> dict[str, float]:
    vec = {t: (1.0 + math.log(w)) * weights.get(t, 1.0) for t, w in terms.items() if w > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


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


def assign(new: Sequence[StoryDoc], stored: Sequence[StoryDoc], *, threshold: float = THRESHOLD,
           window_days: int = WINDOW_DAYS) -> list[Assignment]:
    """Give each new document a story: the story of its most similar earlier document, or a new one.

    ``stored`` documents keep their stories. New documents are taken in date order, so
    a three-day story grows from its first report whatever order the inputs came in;
    a new document already carrying a ``story_id`` (a pin) keeps it and can be joined.
    """
    weights = idf([d.terms for d in (*stored, *new)])
    vectors = {d.doc_id: _vector(d.terms, weights) for d in (*stored, *new)}
    pool: list[StoryDoc] = []
    # Term -> positions in the pool: only documents sharing a term can score above 0, so
    # each new document is compared with those, not with the whole pool (quadratic at scale).
    postings: dict[str, list[int]] = {}

    def add(d: StoryDoc) -> None:
        for t in d.terms:
            postings.setdefault(t, []).append(len(pool))
        pool.append(d)

    for d in stored:
        add(d)
    out: list[Assignment] = []
    for doc in sorted(new, key=lambda d: (d.published or date.min, d.doc_id)):
        if doc.story_id is not None:
            out.append(Assignment(doc.doc_id, doc.story_id, None, new_story=False))
            add(doc)
            continue
        best, best_score = None, 0.0
        vec = vectors[doc.doc_id]
        candidates = sorted({i for t in doc.terms for i in postings.get(t, ())})
        for other in (pool[i] for i in candidates):  # pool order, as a full scan would see them
            if other.story_id is None or not within_window(doc.published, other.published, window_days):
                continue
            score = cosine(vec, vectors[other.doc_id])
            if score > best_score:
                best, best_score = other, score
        if best is not None and best_score >= threshold:
            assert best.story_id is not None
            out.append(Assignment(doc.doc_id, best.story_id, round(best_score, 4), new_story=False))
            add(StoryDoc(doc.doc_id, doc.published, doc.terms, best.story_id))
        else:
            sid = new_story_id(doc.doc_id)
            out.append(Assignment(doc.doc_id, sid, None, new_story=True, name=story_name(doc.terms, weights)))
            add(StoryDoc(doc.doc_id, doc.published, doc.terms, sid))
    return out


__all__ = ["BACKGROUND_DOCS", "THRESHOLD", "WINDOW_DAYS", "Assignment", "StoryDoc", "assign", "cosine", "doc_terms",
           "idf",
           "new_story_id", "story_name", "within_window"]
