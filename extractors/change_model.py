"""Whether a difference between two reports of one quantity is a change worth flagging.

The pair model (``extractors.same_quantity``) says whether two figures count one thing; it
leaves the values out on purpose. This second model looks at the values: how far apart they
are. On labelled flags of local news (the GVC train incidents), every real change is a small
step (two dead, then three), while most wrong flags are far apart ("one" against "sixteen":
one victim described among all of them, a part against its total, a misread number).

- **Probability**: a logistic model of the gap between the two figures (the ratio of their
  nearest ends) and of whether they count by the same noun, learned by
  ``bench/fit_change_model.py`` and shipped in ``change_model.json``. It is the confidence a
  flag carries.
- **Floor**: a same-day or falling pair less likely than ``floor`` is not flagged. The fitting
  script picks it where the labelled candidates' flags, cross-validated, reach their best F1.
- **Widest gap**: the widest gap a labelled real change took between reports of one day, or to
  a falling figure; same-day or falling pairs further apart are not flagged.
- **A toll that rises across days** is flagged up to twice the earlier figure (``widest_rise``,
  a prior: the labels hold no real rise wider than 1.6x, but tolls of floods and fires rise in
  bigger steps than shootings'), and further when reports between them rise in flagged steps
  (4, 7, 10: see ``bridged``). Such pairs keep their probability as their confidence.
- **A later report that only says less** ("eight hurt", then "several hurt" the next day) is a
  restatement, not a change (``restated``).
- **Tolls one apart where a report says the killer died** ("four killed", "five dead", after "the
  gunman then shot himself") count him or not: not a change (``with_or_without_perpetrator``).
- **Support**: the labelled real changes are counts of people of a few dozen at most. For
  other measures (ages, sums, durations, shares), and for two counts both larger than any
  labelled real change started from (a crowd, a war's toll), the model says nothing and the
  pair is flagged.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from extractors.linking import sigmoid
from extractors.same_quantity import Side


@dataclass(frozen=True, slots=True)
class Report:
    """One side of a candidate flag: a figure as one report gives it."""

    low: float | None
    high: float | None
    published: date | None
    count: bool = True  # a count of people or things, not an age, a sum, a duration or a share
    #: A toll of the dead or of people shot in a report that says whoever did it died: it may
    #: count them or not.
    may_count_perpetrator: bool = False
    #: The counted noun's lemma ("woman", "victim"); "" when the report has none.
    head: str = ""
    age: bool = False  # one person's age


#: The events whose tolls may count whoever did it (the gunman who shot himself is dead, and shot).
_PERPETRATOR_TOLLS = ("die", "shot")


def report_of(s: Side) -> Report:
    """One side of a candidate pair (the pair model's ``Side``) as a ``Report``."""
    return Report(
        s.low,
        s.high,
        s.published,
        s.measure == "count",
        s.perpetrator_died and s.event in _PERPETRATOR_TOLLS,
        s.counted_head,
        s.measure == "age",
    )


def _value(r: Report) -> float:
    """The figure as one number: the middle of a range, else the bound or count it states."""
    if r.low is not None and r.high is not None:
        return (r.low + r.high) / 2
    v = r.low if r.low is not None else r.high
    if v is None:
        raise ValueError("a report without a figure has nothing to compare")
    return v


def gap_ratio(a: Report, b: Report) -> float:
    """How far apart two figures are: the ratio of their nearest ends, 1 when they overlap.

    An open bound reaches as far as it is open: "as many as 2,000" overlaps "several hundred".
    """
    _value(a), _value(b)  # both must hold a figure
    alo, ahi = a.low if a.low is not None else 0.0, a.high if a.high is not None else math.inf
    blo, bhi = b.low if b.low is not None else 0.0, b.high if b.high is not None else math.inf
    if alo > bhi:
        near, far = bhi, alo
    elif blo > ahi:
        near, far = ahi, blo
    else:
        return 1.0
    # A figure of 0 ("no one was hurt") is as far from 1 as 1 is from 2.
    return max(far, 0.5) / max(near, 0.5)


def _in_order(a: Report, b: Report) -> tuple[Report, Report] | None:
    """(earlier, later) when the two reports are of different days, else None."""
    if a.published is None or b.published is None or a.published == b.published:
        return None
    return (a, b) if a.published < b.published else (b, a)


def rising(a: Report, b: Report) -> bool:
    """The later report, on a later day, gives the larger figure."""
    ordered = _in_order(a, b)
    return ordered is not None and _value(ordered[1]) > _value(ordered[0])


def restated(a: Report, b: Report) -> bool:
    """The later report, on a later day, only says less: its interval has a lower bound and covers
    the earlier figure ("eight hurt", then "several hurt" or "more than five hurt" the next day).

    Like the rounded restatements of GUIDE decision 17, an editor would not call this a change.
    A ceiling reached later ("up to 60 percent" after "a third") is not covered: it says the figure
    may be higher, which is news.
    """
    ordered = _in_order(a, b)
    if ordered is None:
        return False
    early, late = ordered
    if late.low is None or early.low is None or late.low == late.high:
        return False
    if late.low > early.low:
        return False
    if late.high is None:
        return True
    return early.high is not None and late.high >= early.high


def with_or_without_perpetrator(a: Report, b: Report) -> bool:
    """Two tolls one apart where a report says the killer died: "four killed", "five dead" after
    "the gunman then shot himself" is the toll without and with him (GUIDE 20-23: the toll that
    counts the gunman is another quantity), far more often than a fifth death."""
    if not (a.may_count_perpetrator or b.may_count_perpetrator):
        return False
    if a.low is None or a.low != a.high or b.low is None or b.low != b.high:
        return False
    return abs(a.low - b.low) == 1


#: A year, in days.
_YEAR = 365.25


def grown_older(a: Report, b: Report) -> bool:
    """One person's age, older in the later report by about the years between the two: a birthday
    more likely than not passed in between (a year older after half a year or more), so the reports
    agree. A year older a week on is a report that corrected the age."""
    if not (a.age and b.age) or a.published is None or b.published is None or a.published == b.published:
        return False
    if a.low is None or b.low is None or a.low != a.high or b.low != b.high:
        return False
    years = abs((b.published - a.published).days) / _YEAR
    older = b.low - a.low if b.published > a.published else a.low - b.low
    return older >= 1 and abs(older - years) <= 0.5


def smallest(a: Report, b: Report) -> float:
    """The smaller of the two figures, as one number each."""
    return min(_value(a), _value(b))


def _vague(r: Report) -> bool:
    """A vague word's interval ("several", "dozens"): both bounds, and apart."""
    return r.low is not None and r.high is not None and r.low != r.high


def features(a: Report, b: Report, gap: float | None = None) -> dict[str, float]:
    """What the probability is computed from: how far apart the figures are (``gap``, when the
    caller has it), whether one is a vague word's interval, how large they are (a toll of
    dozens moves between reports more often than one of two or three, whose differing figures
    are more often a part and its total), and whether the two count people by different nouns
    ("three women" against "four people" is more often a part against its total than "three
    people" against "four people")."""
    return {
        "log_ratio": math.log(gap_ratio(a, b) if gap is None else gap),
        "vague": float(_vague(a) or _vague(b)),
        "log_smallest": math.log(max(smallest(a, b), 0.5)),
        "heads_differ": float(bool(a.head) and bool(b.head) and a.head != b.head),
    }


@dataclass(frozen=True, slots=True)
class ChangeModel:
    weights: dict[str, float]
    bias: float
    #: The widest gap (``gap_ratio``) flagged between same-day or falling figures.
    widest: float
    #: The widest gap flagged between a figure and a larger one on a later day.
    widest_rise: float
    #: The largest figure a labelled real change started from (its smaller figure): the model
    #: is applied to two counts whose smaller figure is at most this.
    support: float = math.inf
    #: The least probability a same-day or falling pair needs to be flagged: where the flags of the
    #: labelled candidates were most often right and least often missed (F1, cross-validated by
    #: the fitting script). A rise across days is flagged whatever its probability.
    floor: float = 0.0

    def applies(self, a: Report, b: Report) -> bool:
        return a.count and b.count and smallest(a, b) <= self.support

    def probability(self, feats: dict[str, float]) -> float:
        return sigmoid(self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items()))


@cache
def model() -> ChangeModel:
    """The shipped model (``change_model.json``, written by ``bench/fit_change_model.py``)."""
    raw = json.loads(resources.files("extractors").joinpath("change_model.json").read_text("utf-8"))
    return ChangeModel(
        dict(raw["weights"]),
        float(raw["bias"]),
        float(raw["widest"]),
        float(raw["widest_rise"]),
        float(raw["support"]),
        float(raw.get("floor", 0.0)),
    )


@dataclass(frozen=True, slots=True)
class ChangeVerdict:
    flag: bool
    probability: float | None  # None: beyond the model's support


def change_verdict(a: Report, b: Report, m: ChangeModel | None = None) -> ChangeVerdict:
    """Whether the difference between ``a`` and ``b`` (one quantity) is flagged, and how likely
    it is a real change."""
    m = m or model()
    if restated(a, b) or with_or_without_perpetrator(a, b) or grown_older(a, b):
        return ChangeVerdict(False, None)
    if not m.applies(a, b):
        return ChangeVerdict(True, None)
    gap = gap_ratio(a, b)
    p = m.probability(features(a, b, gap))
    if rising(a, b):  # a toll that grows on later days is what a reader follows: no floor
        return ChangeVerdict(gap <= m.widest_rise, p)
    return ChangeVerdict(gap <= m.widest and p >= m.floor, p)


def bridged(
    pairs: list[tuple[str, str]], kept: dict[frozenset[str], float], reports: dict[str, Report]
) -> dict[tuple[str, str], float]:
    """The pairs of ``pairs`` (ids) that flagged steps join: a toll that rose 4, 7, 10 rose from 4
    to 10, even though that step alone is wider than a rise the model flags.

    ``kept`` maps the pairs flagged so far to their confidence; a pair ``(a, b)`` is bridged when
    a report ``m`` lies strictly between them in value and not outside them in time, with ``a``-``m``
    and ``m``-``b`` both flagged or bridged in turn. Its confidence is the weaker step's.
    """
    kept = dict(kept)
    neighbours: dict[str, set[str]] = {}
    for edge in kept:
        x, y = tuple(edge)
        neighbours.setdefault(x, set()).add(y)
        neighbours.setdefault(y, set()).add(x)
    out: dict[tuple[str, str], float] = {}
    grown = True
    while grown:
        grown = False
        for a, b in pairs:
            if (a, b) in out:
                continue
            for m in sorted(neighbours.get(a, set()) & neighbours.get(b, set())):
                if _between(reports[a], reports[m], reports[b]):
                    out[(a, b)] = kept[frozenset((a, b))] = min(kept[frozenset((a, m))], kept[frozenset((m, b))])
                    neighbours.setdefault(a, set()).add(b)
                    neighbours.setdefault(b, set()).add(a)
                    grown = True
                    break
    return out


def _between(a: Report, m: Report, b: Report) -> bool:
    va, vm, vb = _value(a), _value(m), _value(b)
    if not (va < vm < vb or va > vm > vb):
        return False
    if a.published and b.published and m.published:
        early, late = sorted((a.published, b.published))
        return early <= m.published <= late
    return True


__all__ = [
    "ChangeModel",
    "ChangeVerdict",
    "Report",
    "bridged",
    "change_verdict",
    "features",
    "gap_ratio",
    "grown_older",
    "model",
    "report_of",
    "restated",
    "rising",
    "smallest",
    "with_or_without_perpetrator",
]
