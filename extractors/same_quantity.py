"""Whether two keyed claims are one quantity, and how sure: the pair model behind change flags.

Two parts, both pure:

- **Rules** (GUIDE.md "Same quantity" and decisions 20-23) that say two claims are *different*
  quantities whatever their words share: different measures, events, time scopes or splitting
  modifiers; killed / injured / shot / hospitalized; a part of a group against its total; an
  attribute of one person (an age) against anyone but the same named person; a roundup's
  figures against a single report's (decision 21).
- **Two documents must be linked directly**: the story link model's probability for the pair
  itself (not the chain of reports that put them in one story) must reach ``min_link``, fitted
  so that flags between different incidents stay rare; or, for two documents that name the same
  person or place (a name entry of the story term index in both), ``min_link_named``, fitted
  by the same criterion.
- **Confidence** for the pairs the rules leave: a logistic model over a few report features
  (same article or not, named sources, shared names and places, days apart, how surely the
  story linker joined the two documents). Its weights are learned from labelled pairs by
  ``bench/fit_same_quantity.py`` and ship in ``same_quantity_model.json``; a pair is flagged
  when the confidence reaches the model's threshold.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from extractors.linking import load_model, sigmoid
from extractors.quantity_keys import counted_compatible, nested, places_agree


@dataclass(frozen=True, slots=True)
class Side:
    """One keyed claim as the pair model sees it (a row of ``claim_keys``)."""

    doc_id: str
    version: int
    source: str
    measure: str
    event: str
    time: str
    mods: tuple[str, ...]
    counted_cls: str
    counted_group: str
    names: tuple[str, ...]
    place: tuple[str, ...]
    part: bool
    individual: bool
    named: bool
    low: float | None
    high: float | None
    published: date | None = None
    link: float = 1.0  # how sure the story linker was when the document joined its story
    counted_head: str = ""  # the counted noun's lemma ("woman"), which parts must share
    roundup: bool = False  # the document lists several incidents (extractors.linking)
    perpetrator_died: bool = False  # the document says whoever did it died
    # the first four letters of each capitalised word of the document's lead (its story keys "p:")
    lead_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    same: bool
    confidence: float
    why: str  # the rule that parted them, or "" when the model decided


def _named_group(s: Side) -> bool:
    """ "four Dallas police officers": a name of two or more words on the counted noun narrows it to
    one agency's or family's members, who need not be everyone another report counts. One word is
    as often a nationality ("Russian soldiers"), which a story's every report may leave out."""
    return len(s.names) >= 2 and not (s.individual or s.named)


def different_quantities(a: Side, b: Side) -> str:
    """The rule by which ``a`` and ``b`` are different quantities, or "" when none applies."""
    if a.measure != b.measure:
        return "different measures"
    if a.event != b.event:
        return "different events"
    if a.time != b.time:
        return "different time scopes"
    if a.mods != b.mods:
        return "different modifiers"
    if a.individual or b.individual:
        # The same surname, with a first name on at least one side that the other does not
        # contradict ("Jane Voss, 19" and "Voss, 20"); two bare surnames may be two relatives.
        same_person = (
            a.individual
            and b.individual
            and a.named
            and b.named
            and a.counted_cls == b.counted_cls
            and nested(a.names, b.names)
            and bool(a.names or b.names)
        )
        if not same_person:
            return "attributes of different people"
    if a.roundup != b.roundup:
        # GUIDE 21: a roundup reports its own quantities (its window's totals, several incidents),
        # never one incident's toll as a single report gives it.
        return "a roundup against a report of one incident"
    if a.part != b.part:
        return "a part against a total"
    if a.part and (a.counted_cls != b.counted_cls or a.counted_head != b.counted_head):
        # "three of the victims" and "four men" are two parts of one toll, not one quantity.
        return "different parts"
    if not counted_compatible(a.counted_cls, a.counted_group, b.counted_cls, b.counted_group):
        return "different things counted"
    if _named_group(a) != _named_group(b) and not (a.names and b.names):
        return "a named group against an unnamed one"
    if not nested(a.names, b.names):
        return "different names or places"
    if not (places_agree(a.place, b.place) or _named_in_each_other(a, b)):
        return "different names or places"
    return ""


def _named_in_each_other(a: Side, b: Side) -> bool:
    """Two documents that each name the other's place in their lead: a plant and the town it is in,
    a district and its city. Two reports place one event at two levels; two places of two events are
    rarely both named at the top of each report."""
    if a.doc_id == b.doc_id or not (a.lead_names and b.lead_names):
        return False
    return _in_lead(a.place, b.lead_names) and _in_lead(b.place, a.lead_names)


def _in_lead(place: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    words = [w for w in place if not w.startswith("~")]  # "~street" marks a street, it is no word
    # A lead word is a lemma: "Dyes" is "dye" there, shorter than a place stem ("dyes").
    return bool(words) and all(w in lead or any(len(x) < 4 and w.startswith(x) for x in lead) for w in words)


def features(a: Side, b: Side) -> dict[str, float]:
    """What the confidence is computed from: each 0 or 1, or a number in [0, 1].

    The values themselves are left out on purpose: the model says whether two figures
    count one thing, and the labels it learns from include pairs whose values agree.
    """
    same_doc = a.doc_id == b.doc_id
    days = abs((a.published - b.published).days) if a.published and b.published else 0
    return {
        "same_doc": float(same_doc and a.version == b.version),
        "revision": float(same_doc and a.version != b.version),
        "both_sourced": float(bool(a.source) and bool(b.source) and a.source != b.source),
        "one_sourced": float(bool(a.source) != bool(b.source)),
        "names": float(bool(a.names) and bool(b.names)),
        "places": float(bool(a.place) and bool(b.place)),
        "days_apart": min(math.log1p(days) / math.log1p(30), 1.0),
        "undated": float(a.published is None or b.published is None),
        # Two documents of one story may be linked only through others: the weaker of their own
        # links to the story says how sure it is that both report the same event.
        "weak_link": 0.0 if same_doc else 1.0 - min(a.link, b.link),
    }


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    # The direct link two documents need before their figures are compared (fitted so that flags
    # between different incidents stay rare); None: the story link model's own threshold.
    min_link: float | None = None
    # The direct link enough for two documents that name the same person or place; None: no second route.
    min_link_named: float | None = None

    def link_floor(self, shared_name: bool = False) -> float:
        floor = _link_threshold() if self.min_link is None else max(self.min_link, _link_threshold())
        if shared_name and self.min_link_named is not None:
            # A shared name is evidence of one event the link model may weigh too little on its own.
            return min(floor, self.min_link_named)
        return floor

    def confidence(self, feats: dict[str, float]) -> float:
        return sigmoid(self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items()))


@cache
def _link_threshold() -> float:
    return load_model().threshold


@cache
def model() -> Model:
    """The shipped model (``same_quantity_model.json``, written by ``bench/fit_same_quantity.py``)."""
    raw = json.loads(resources.files("extractors").joinpath("same_quantity_model.json").read_text("utf-8"))
    min_link, named = raw.get("min_link"), raw.get("min_link_named")
    return Model(
        dict(raw["weights"]),
        float(raw["bias"]),
        float(raw["threshold"]),
        None if min_link is None else float(min_link),
        None if named is None else float(named),
    )


def one_bearer(namesakes: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the first names a story gives one surname can all be one person's ("Jane Voss",
    "Jane A. Voss"), and not two ("Jane Voss", "Tom Voss")."""
    return all(nested(x, y) for i, x in enumerate(namesakes) for y in namesakes[i + 1 :])


def _ages_apart(a: Side, b: Side) -> bool:
    """Two ages one person cannot have in two reports: further apart than a birthday and the years
    between the reports allow."""
    if a.measure != "age" or a.low is None or b.low is None:
        return False
    years = abs((a.published - b.published).days) // 365 if a.published and b.published else 0
    return abs(a.low - b.low) > 1 + years


def different_people(a: Side, b: Side, namesakes: tuple[tuple[str, ...], ...]) -> bool:
    """A bare surname ("Voss, 20") names the person its full name names only beyond doubt (GUIDE
    20): when the story gives that surname to one person, and an age the person could have had.
    In a family's story "Voss" may be any of them, some never named in full."""
    bare = a.individual and b.individual and not (a.names and b.names)
    return bare and (not one_bearer(namesakes) or _ages_apart(a, b))


def verdict(
    a: Side,
    b: Side,
    m: Model | None = None,
    *,
    direct_link: float | None = None,
    shared_name: bool = False,
    namesakes: tuple[tuple[str, ...], ...] = (),
) -> Verdict:
    """Whether ``a`` and ``b`` are one quantity: a rule's no, or the model's confidence.

    ``direct_link`` is the story link model's probability that the two documents report one
    event, scored on the pair itself (None: not known, e.g. documents a user pinned together);
    ``shared_name``: both documents name the same person or place; ``namesakes``: the first
    names the story gives the surname of an individual the two sides count.
    """
    why = different_quantities(a, b)
    if not why and different_people(a, b, namesakes):
        why = "a surname the story gives two people"
    if why:
        return Verdict(False, 0.0, why)
    m = m or model()
    # A story may chain reports A-B-C of which A and C are two events: two documents are compared
    # only when the link model, scoring the two of them, is sure enough they report one event.
    if direct_link is not None and a.doc_id != b.doc_id and direct_link < m.link_floor(shared_name):
        return Verdict(False, 0.0, "documents not linked directly")
    conf = m.confidence(features(a, b))
    return Verdict(conf >= m.threshold, conf, "")


__all__ = [
    "Model",
    "Side",
    "Verdict",
    "different_people",
    "different_quantities",
    "features",
    "model",
    "one_bearer",
    "verdict",
]
