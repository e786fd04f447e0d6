"""Figure claims: quantities that are figures, with what, where, when, who and how sure.

Cheap by design (issue 7): sentences are split by punctuation, quantities found by
the token scanner, and context read with bounded word-window rules. Only sentences
holding a figure are looked at.
"""

from __future__ import annotations

import re
from datetime import date

from extractors import attribution, timeexpr
from extractors.phrases import counted_phrase, event_phrase, find_place
from extractors.quantities import extract_quantities
from extractors.records import Claim, Modality, Quantity, Scope, TimeRef
from extractors.tokens import paragraph_ids, split_sentences

_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
                         "centuries", "nights", "fortnights"})
_WINDOW_BEFORE = re.compile(r"\b(?:last|past|next|previous|coming|recent|following|first|final|those|these|"
                            r"each\s+of\s+the\s+(?:next|last|past)|for\s+the)\s*$", re.I)
_WINDOW_AFTER = re.compile(r"^\s*(?:ago|later|earlier|from\s+now|prior|running|in\s+a\s+row|straight)\b", re.I)
_ONE_KEEP_BEFORE = re.compile(r"\b(?:only|just|exactly|than|in|at\s+least|merely|single|of)\s*$", re.I)
_FIGURATIVE = re.compile(r"\b(?:a|one)\s+(?:thousand|million|hundred)\s+(?:times|ways|reasons|things|choices)\b", re.I)


def extract_claims(text: str, published: date | None = None) -> list[Claim]:
    """The figure claims of an article, in text order. Never raises.

    >>> [c.quantity.text for c in extract_claims("About 200 soldiers were captured.")]
    ['About 200']
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _extract(text, published)
    except Exception:
        return []


def _extract(text: str, published: date | None) -> list[Claim]:
    quantities = extract_quantities(text)
    if not quantities:
        return []
    spans = split_sentences(text)
    paras = paragraph_ids(text, spans)
    claims: list[Claim] = []
    si = 0
    cache: dict[int, _SentenceInfo] = {}
    for q in quantities:
        while si < len(spans) and spans[si][1] <= q.start:
            si += 1
        if si >= len(spans):
            break
        s_start, s_end = spans[si]
        if q.start < s_start:
            continue
        sentence = text[s_start:s_end]
        if not _is_figure(q, sentence, s_start):
            continue
        info = cache.get(si)
        if info is None:
            info = cache[si] = _SentenceInfo(text, spans, paras, si, published)
        claims.append(_claim(q, sentence, s_start, s_end, info))
    return claims


class _SentenceInfo:
    """Context of one sentence: its own cues, and what it inherits from its paragraph."""

    def __init__(self, text: str, spans: list[tuple[int, int]], paras: list[int], si: int,
                 published: date | None) -> None:
        s, e = spans[si]
        self.sentence = text[s:e]
        self.source = attribution.find_source(self.sentence)
        self.unnamed = attribution.unnamed_report(self.sentence)
        self.hedged = attribution.hedged(self.sentence)
        same_para = [k for k in range(max(0, si - 4), si) if paras[k] == paras[si]]
        nxt = si + 1 if si + 1 < len(spans) and paras[si + 1] == paras[si] else None
        nxt_text = text[spans[nxt][0]:spans[nxt][1]] if nxt is not None else ""
        self.denied = attribution.denied(self.sentence) or bool(
            nxt_text and attribution.denied(nxt_text) and re.match(r"(?:The|This|That|It|But|However)\b", nxt_text)
            and re.search(r"\b(?:this|the|that|these)\s+(?:information|report|claim|figure|video|footage)|\bit\b",
                          nxt_text, re.I))
        self.inherited = False
        if self.source is None and nxt_text:
            self.source = attribution.continued_source(nxt_text)
        if self.source is None and not self.unnamed:
            # GUIDE 13: an earlier sentence of the same paragraph whose account this continues.
            for k in reversed(same_para):
                prev = text[spans[k][0]:spans[k][1]]
                src = attribution.find_source(prev)
                if src is not None:
                    self.source = src
                    self.inherited = True
                    break
                if attribution.unnamed_report(prev):
                    break
        self.published = published
        self.times = timeexpr.find_times(self.sentence)
        self.time: TimeRef | None = None
        if not self.times:
            for k in reversed(same_para[-2:]):
                prev = text[spans[k][0]:spans[k][1]]
                found = timeexpr.find_times(prev)
                if found:
                    ts, te, kind = found[0]
                    if kind in ("window", "md", "dm", "rel", "weekday"):
                        self.time = timeexpr.resolve(prev[ts:te], kind, published)
                    break
        self.total = timeexpr.TOTAL_CUES.search(self.sentence) is not None
        self.place = find_place(self.sentence)
        if self.place is None:
            for k in reversed(same_para[-3:]):
                self.place = find_place(text[spans[k][0]:spans[k][1]])
                if self.place:
                    break


def _is_figure(q: Quantity, sentence: str, s_start: int) -> bool:
    """GUIDE "what is a figure": drop time windows, pronoun "one", figurative numbers."""
    rel = q.start - s_start
    before = sentence[max(0, rel - 40):rel]
    after = sentence[q.end - s_start:q.end - s_start + 30]
    low = q.text.lower()
    if q.kind == "duration" and q.unit in _TIME_UNITS and (
            _WINDOW_BEFORE.search(before) or _WINDOW_AFTER.match(after)):
        return False
    if low in ("one", "a"):
        # A bare "one" counts only where it stands for a noun: "spotted water in one."
        return bool(_ONE_KEEP_BEFORE.search(before) and re.match(r"\s*(?:[.,;:)!?]|$)", after))
    if _FIGURATIVE.search(sentence[max(0, rel - 5):q.end - s_start + 20]):
        return False
    # Zero as a bare word ("zero") without a noun is a negation, not a count.
    return not (q.qualifier == "exact" and q.kind == "count" and q.low == 0 and not re.match(r"\s*[a-z]", after))


def _own_time(info: _SentenceInfo, rel_s: int, rel_e: int) -> TimeRef | None:
    """The sentence's time nearest after the figure (its event), else nearest before.

    "On Thursday, it became known that 102 ... were taken ... on August 14": the
    report's day comes first, the figure's own date after it.
    """
    times = [t for t in info.times if t[1] <= rel_s or t[0] >= rel_e]
    after = [t for t in times if t[0] >= rel_e]
    before = [t for t in times if t[1] <= rel_s]
    pick = after[0] if after else before[-1] if before else None
    if pick is None:
        return info.time
    ts, te, kind = pick
    return timeexpr.resolve(info.sentence[ts:te], kind, info.published)


def _claim(q: Quantity, sentence: str, s_start: int, s_end: int, info: _SentenceInfo) -> Claim:
    rel_s, rel_e = q.start - s_start, q.end - s_start
    counted = counted_phrase(sentence, rel_s, rel_e, q.kind)
    event = event_phrase(sentence, rel_e)
    source = info.source
    modality: Modality = "asserted"
    if source is not None or info.unnamed:
        modality = "reported"
    if info.hedged or re.search(r"\bestimated\b", q.text, re.I):
        modality = "possible"
    if info.denied:
        modality = "denied"
    time = _own_time(info, rel_s, rel_e)
    scope: Scope = "total"
    if time is not None and not info.total and time.start is not None and time.end is not None \
            and (time.end - time.start).days <= 366:
        scope = "period"
    return Claim(q, counted, event, info.place, time, source, modality, sentence, s_start, s_end, scope)
