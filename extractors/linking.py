"""What two reports share, as numbers a learned model weighs: pure logic, no database.

A document is reduced once to its :class:`LinkKeys` (title and lead words, names,
street names, figures, victim ages, the day its lead gives the event, the calendar dates
it names, whether it reads like a roundup), and a pair of documents to the features of :data:`FEATURES`, with the
pair's place among the new document's candidates. None of them is about shootings: a
report of a fire, a crash or a flood shares its title words, names, streets, figures
and day with another report of the same event in the same way.

The model lives in ``story_model.json`` (written by ``bench/fit_story_model.py``
from labelled pairs): small regression trees whose leaf values are summed (gradient
boosting) and/or linear weights, then a sigmoid. At run time that is a few comparisons
per tree, so nothing here needs scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Any

from extractors.errors import ConfigError
from extractors.vocabulary import en as vocab

_STREET_SUFFIX = vocab.STREET_SUFFIX_ABBREVIATIONS
_STREET = re.compile(
    r"\b((?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+){0,2})\s+("
    + "|".join(sorted({k.capitalize() for k in _STREET_SUFFIX}, key=len, reverse=True))
    + r")\b"
)
_BLOCK = re.compile(r"\b(\d{2,6})\s+block\b", re.IGNORECASE)
_AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b|\b(?:age|aged|ages)\s+(\d{1,3})\b|\b[A-Z][a-z]+,\s+(\d{1,2}),")
_NAME = re.compile(r"\b([A-Z][a-z'’]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’]+)+)")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\d)(?!-year)")
_SMALL = vocab.SMALL_NUMBERS | {"twenty": vocab.TENS["twenty"]}
_SPELLED = re.compile(r"\b(" + "|".join(list(_SMALL)[2:]) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d,.]*\d|\d")
_NAME_NOISE = vocab.NAME_NOISE_WORDS

#: A document naming this many different block addresses lists several incidents.
ROUNDUP_BLOCKS = 3
#: ... as does one whose title or lead counts incidents ("two shootings", "3 separate crashes",
#: "a string of overnight attacks") or gathers a weekend's. A bare plural is not enough: one
#: incident with several victims is "the Elm Street shootings" as often as not.
_ROUNDUP_WORDS = re.compile(
    r"\b(?:" + "|".join(vocab.ROUNDUP_COUNTS) + r"|[2-9]|\d{2}"
    r"|(?:" + "|".join(vocab.ROUNDUP_COLLECTIVES) + r") of)"
    r"(?:\s+(?!(?:" + "|".join(vocab.ROUNDUP_NOT_BETWEEN) + r")\b)[\w'-]+){0,3}?"
    r"\s+(?:" + "|".join(vocab.ROUNDUP_INCIDENTS) + r")\b"
    r"|\bweekend (?:of )?(?:" + "|".join(vocab.ROUNDUP_INCIDENTS) + r")\b",
    re.IGNORECASE,
)
LEAD_SENTENCES = 2
#: When the title and lead say the event happened, relative to publication: a weekday ("on Sunday",
#: the last such day), "yesterday" / "last night", "today" / "tonight" / "overnight" / "this morning".
_EVENT_DAY = re.compile(
    r"\b(?:(" + "|".join(vocab.WEEKDAYS) + r")|(yesterday|last night)|(today|tonight|overnight|this morning))\b",
    re.IGNORECASE,
)

#: A calendar date the text names ("March 3", "Sept. 14th"): capitalised, so "may 3" is not one.
_NAMED_DATE = re.compile(
    r"\b("
    + "|".join(sorted((m.capitalize() for m in vocab.MONTHS), key=len, reverse=True))
    + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
)
#: Named dates further back than this are history (an earlier shooting, a law), not this event.
NAMED_DATE_DAYS = 400


def counts_incidents(text: str) -> bool:
    """The text speaks of several incidents by number ("in 4 separate shootings"): a roundup's words."""
    return bool(_ROUNDUP_WORDS.search(text))


@dataclass(frozen=True, slots=True)
class LinkKeys:
    """What a document offers for linking, beyond its weighted body terms."""

    title: frozenset[str] = frozenset()
    lead: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()
    ages: frozenset[str] = frozenset()
    proper: frozenset[str] = frozenset()  # capitalised words of the lead: the town, the people
    roundup: bool = False
    # days before publication the title and lead place the event ("2": on Saturday, read on a Monday)
    days: frozenset[str] = frozenset()
    # days before publication of the calendar dates the text names anywhere ("the March 3 shooting"):
    # a follow-up weeks later names the event's date more often than its words
    named_days: frozenset[str] = frozenset()

    def to_list(self) -> list[str]:
        """A flat, prefixed list (``t:word``, ``n:jane doe``, ...) for a VARCHAR[] column."""
        out = [
            f"{p}:{v}"
            for p, vals in (
                ("t", self.title),
                ("l", self.lead),
                ("n", self.names),
                ("s", self.streets),
                ("f", self.figures),
                ("a", self.ages),
                ("p", self.proper),
                ("d", self.days),
                ("c", self.named_days),
            )
            for v in sorted(vals)
        ]
        return [*out, "r:1"] if self.roundup else out

    @classmethod
    def from_list(cls, items: Iterable[str]) -> LinkKeys:
        parts: dict[str, set[str]] = {p: set() for p in "tlnsfaprdc"}
        for item in items:
            prefix, _, value = item.partition(":")
            if prefix in parts:
                parts[prefix].add(value)
        return cls(
            frozenset(parts["t"]),
            frozenset(parts["l"]),
            frozenset(parts["n"]),
            frozenset(parts["s"]),
            frozenset(parts["f"]),
            frozenset(parts["a"]),
            frozenset(parts["p"]),
            bool(parts["r"]),
            frozenset(parts["d"]),
            frozenset(parts["c"]),
        )


def _words(text: str, capitalised: bool = False) -> frozenset[str]:
    from extractors.stories import _norm_token  # one normalisation for body terms and these keys

    return frozenset(
        w for w in (_norm_token(t) for t in _WORD.findall(text) if not capitalised or t[0].isupper()) if w is not None
    )


def _event_days(lead: str, published: date | None) -> frozenset[str]:
    if published is None:
        return frozenset()
    out = set()
    for m in _EVENT_DAY.finditer(lead):
        if m.group(1):
            out.add((published.weekday() - vocab.WEEKDAYS.index(m.group(1).lower())) % 7)
        else:
            out.add(1 if m.group(2) else 0)
    return frozenset(str(d) for d in out)


def _named_days(text: str, published: date | None) -> frozenset[str]:
    """Days before ``published`` of each "Month D" the text names, taken in the year before publication."""
    if published is None:
        return frozenset()
    out = set()
    for m in _NAMED_DATE.finditer(text):
        month, day = vocab.MONTHS[m.group(1).lower()], int(m.group(2))
        for year in (published.year, published.year - 1):
            try:
                named = date(year, month, day)
            except ValueError:
                continue  # "February 30": no such day
            if named <= published + timedelta(days=1):  # the latest such day not after publication
                back = (published - named).days
                if back <= NAMED_DATE_DAYS:
                    out.add(str(max(back, 0)))
                break
    return frozenset(out)


def link_keys(text: str, title: str | None = None, published: date | None = None) -> LinkKeys:
    """A document's :class:`LinkKeys`, read from its title and text (event days need ``published``)."""
    sentences = _SENTENCE.split(text.strip(), maxsplit=LEAD_SENTENCES)
    lead = " ".join(sentences[:LEAD_SENTENCES])
    if not (title or "").strip():
        title = sentences[0]  # a headline-less report: its first sentence says what a title would
    streets = {f"{m.group(1).lower()} {_STREET_SUFFIX[m.group(2).lower()]}" for m in _STREET.finditer(text)}
    blocks = {f"block {m.group(1)}" for m in _BLOCK.finditer(text)}
    ages = {next(g for g in m.groups() if g) for m in _AGE.finditer(text)}
    ages = {a for a in ages if 0 < int(a) < 110}
    names = set()
    for m in _NAME.finditer(text):
        words = [w for w in re.split(r"\s+", m.group(1)) if not w.endswith(".")]
        while words and words[0].lower() in _NAME_NOISE:
            words = words[1:]
        if len(words) >= 2:
            names.add(" ".join(w.lower().replace("’", "'") for w in words))
    names -= {m.group(0).lower() for m in _STREET.finditer(text)}
    figures = {str(int(m.group(1).replace(",", ""))) for m in _NUMBER.finditer(text)}
    figures |= {str(_SMALL[m.group(1).lower()]) for m in _SPELLED.finditer(text)}
    # Figures that say which event it is: not 0/1, not years, not the ages counted apart.
    figures = {f for f in figures if int(f) >= 2 and not 1900 <= int(f) <= 2100} - ages
    roundup = len(blocks) >= ROUNDUP_BLOCKS or bool(_ROUNDUP_WORDS.search(f"{title or ''} {lead}"))
    return LinkKeys(
        _words(title or ""),
        _words(lead),
        frozenset(names),
        frozenset(streets | blocks),
        frozenset(figures),
        frozenset(ages),
        _words(lead, capitalised=True),
        roundup,
        _event_days(f"{title} {lead}", published),
        _named_days(text, published),
    )


#: The pair features, in the order of the model's coefficients.
FEATURES = (
    "body_cosine",
    "title_sim",
    "lead_sim",
    "title_lead_sim",
    "names_shared",
    "streets_shared",
    "streets_conflict",
    "figures_shared",
    "ages_shared",
    "ages_conflict",
    "gap_days",
    "roundup",
    "body_x_roundup",
    "proper_sim",
    "title_x_thin_body",
    "names_x_late",
    "blocks_conflict",
    "names_conflict",
    "days_shared",
    "days_conflict",
    "candidate_rank",
    "cosine_to_best",
    "rare_name_shared",
    "date_named",
)


def _overlap(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float], default: float) -> float:
    """Cosine of two word sets, each word weighted by its idf."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(w, default) ** 2 for w in a & b)
    na = math.sqrt(sum(idf.get(w, default) ** 2 for w in a))
    nb = math.sqrt(sum(idf.get(w, default) ** 2 for w in b))
    return shared / (na * nb)


def _rarest_shared_name(a: LinkKeys, b: LinkKeys, idf: Mapping[str, float], default: float) -> float:
    """How rare the most distinctive name both give is: the idf of its commonest word, 0 if none is shared.

    A person's full name ("Jordan Pike") outlives the event's other words in a follow-up; a
    shared "Police Department" or a city's name ties nothing, and its words are common.
    """
    best = 0.0
    for name in a.names & b.names:
        words = _words(name)
        if words:
            best = max(best, min(idf.get(w, default) for w in words))
    return best


def _names_the_day(a: LinkKeys, b: LinkKeys, gap_days: int | None) -> bool:
    """Whether one report names the calendar day the other gives its event (or was published, or the day before)."""
    if gap_days is None:
        return False
    a_event = {int(x) for x in a.days} or {0, 1}
    b_event = {int(x) for x in b.days} or {0, 1}
    # a is published gap_days after b: b's day y is a's day y + gap_days
    return any(int(x) - gap_days in b_event for x in a.named_days) or any(
        int(y) + gap_days in a_event for y in b.named_days
    )


def pair_features(
    a: LinkKeys,
    b: LinkKeys,
    body_cosine: float,
    gap_days: int | None,
    idf: Mapping[str, float],
    default_idf: float,
    *,
    rank: int = 0,
    best_cosine: float = 0.0,
) -> list[float]:
    """The features of :data:`FEATURES` for documents ``a`` and ``b`` (``a`` published ``gap_days`` after ``b``).

    ``rank`` is ``b``'s place among ``a``'s candidates by body cosine (0: the most similar), and
    ``best_cosine`` the cosine of the first of them.
    """
    # one event day: a's, published gap_days after b's, is as many days further back in a's text
    same_day = gap_days is not None and any(int(x) - int(y) == gap_days for x in a.days for y in b.days)
    title = _overlap(a.title, b.title, idf, default_idf)
    lead = _overlap(a.lead, b.lead, idf, default_idf)
    cross = max(_overlap(a.title, b.lead, idf, default_idf), _overlap(a.lead, b.title, idf, default_idf))
    streets = len(a.streets & b.streets)
    ages = len(a.ages & b.ages)
    roundup = 1.0 if a.roundup or b.roundup else 0.0
    a_blocks = {s for s in a.streets if s.startswith("block ")}
    b_blocks = {s for s in b.streets if s.startswith("block ")}
    return [
        body_cosine,
        title,
        lead,
        cross,
        math.log1p(len(a.names & b.names)),
        math.log1p(streets),
        1.0 if a.streets and b.streets and not streets else 0.0,
        math.log1p(len(a.figures & b.figures)),
        math.log1p(ages),
        1.0 if a.ages and b.ages and not ages else 0.0,
        math.log1p(abs(gap_days)) if gap_days is not None else 0.0,
        roundup,
        body_cosine * roundup,
        _overlap(a.proper, b.proper, idf, default_idf),
        title * max(0.0, 0.3 - body_cosine),  # a page with little of its story: the title must carry it
        # weeks later (a charge, a trial) the people named are what still ties two reports
        math.log1p(len(a.names & b.names)) * (1.0 if gap_days is not None and abs(gap_days) > 7 else 0.0),
        # both give a block address and no address is the same: two places, whatever street they share
        1.0 if a_blocks and b_blocks and not a_blocks & b_blocks else 0.0,
        # both name people (or places) and none of them is the same
        1.0 if a.names and b.names and not a.names & b.names else 0.0,
        1.0 if same_day else 0.0,
        1.0 if a.days and b.days and gap_days is not None and not same_day else 0.0,
        # how b compares with a's other candidates: reports of one event are each other's nearest
        math.log1p(rank),
        body_cosine / best_cosine if best_cosine > 0 else 0.0,
        _rarest_shared_name(a, b, idf, default_idf),
        1.0 if _names_the_day(a, b, gap_days) else 0.0,
    ]


#: One regression tree as parallel node arrays: (feature, threshold, left, right, value). A node
#: whose feature is negative is a leaf; elsewhere a pair goes left when its feature <= threshold.
Tree = tuple[tuple[int, ...], tuple[float, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]]


def tree_value(tree: Tree, features: Sequence[float]) -> float:
    """The value of the leaf ``features`` reach in ``tree``."""
    feature, threshold, left, right, value = tree
    node = 0
    while feature[node] >= 0:
        node = left[node] if features[feature[node]] <= threshold[node] else right[node]
    return value[node]


def _tree_from_json(data: Mapping[str, Any], n_features: int) -> Tree:
    tree: Tree = (
        tuple(int(v) for v in data["feature"]),
        tuple(float(v) for v in data["threshold"]),
        tuple(int(v) for v in data["left"]),
        tuple(int(v) for v in data["right"]),
        tuple(float(v) for v in data["value"]),
    )
    n = len(tree[0])
    if not n or any(len(part) != n for part in tree):
        raise ValueError("a tree's node arrays differ in length")
    for i in range(n):
        # children come after their parent, so a walk always ends at a leaf
        if tree[0][i] >= 0 and not (tree[0][i] < n_features and i < tree[2][i] < n and i < tree[3][i] < n):
            raise ValueError(f"tree node {i} points outside the tree or the features")
    return tree


def sigmoid(z: float) -> float:
    """The logistic function, its argument clamped so a far-out score cannot overflow ``exp``."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True, slots=True)
class LinkModel:
    """``p = sigmoid(intercept + coef . features + learning_rate * sum of the trees' leaf values)``.

    The shipped model is gradient-boosted trees (no linear part): how much a body cosine
    is worth depends on whether the names, streets and title agree, which one weight per
    feature cannot say.
    """

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    window_days: int
    trees: tuple[Tree, ...] = ()
    learning_rate: float = 1.0

    def probability(self, features: Sequence[float]) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, features, strict=True))
        if self.trees:
            z += self.learning_rate * sum(tree_value(t, features) for t in self.trees)
        return sigmoid(z)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkModel:
        try:
            features = tuple(str(f) for f in data["features"])
            coef = tuple(float(c) for c in data.get("coef") or [0.0] * len(features))
            trees = tuple(_tree_from_json(t, len(features)) for t in data.get("trees") or ())
            model = cls(
                features,
                coef,
                float(data["intercept"]),
                float(data["threshold"]),
                int(data["window_days"]),
                trees,
                float(data.get("learning_rate", 1.0)),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"story link model is malformed: {exc!r}") from exc
        if features != FEATURES or len(coef) != len(FEATURES):
            raise ConfigError(f"story link model has features {features}, the code computes {FEATURES}")
        return model


def load_model(path: str | None = None) -> LinkModel:
    """The shipped model (``extractors/story_model.json``), or the one at ``path``."""
    try:
        if path is None:
            raw = resources.files("extractors").joinpath("story_model.json").read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                raw = f.read()
        return LinkModel.from_json(json.loads(raw))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the story link model: {exc}") from exc


def gap(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else (a - b).days


__all__ = [
    "FEATURES",
    "LinkKeys",
    "LinkModel",
    "Tree",
    "counts_incidents",
    "gap",
    "link_keys",
    "load_model",
    "pair_features",
    "sigmoid",
    "tree_value",
]
