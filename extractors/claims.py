"""Figure claims: quantities that are figures, with what, where, when, who and how sure.

Cheap by design (issue 7): sentences are split by punctuation, quantities found by
the token scanner, and context read with bounded word-window rules. Only sentences
holding a figure are looked at.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date

from extractors import attribution, timeexpr
from extractors.phrases import counted_phrase, event_phrase, find_place, find_places, nearest_place
from extractors.quantities import scan_quantities
from extractors.records import Claim, Extraction, ExtractionFailure, Modality, Quantity, Scope, TimeRef
from extractors.tokens import paragraph_ids, split_sentences

_TIME_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights", "fortnights"}
)
_WINDOW_BEFORE = re.compile(
    r"\b(?:last|past|next|previous|coming|recent|following|first|final|those|these|"
    r"each\s+of\s+the\s+(?:next|last|past)|for\s+the)\s*$",
    re.I,
)
_WINDOW_AFTER = re.compile(r"^\s*(?:ago|later|earlier|from\s+now|prior|running|in\s+a\s+row|straight)\b", re.I)
_ONE_KEEP_BEFORE = re.compile(r"\b(?:only|just|exactly|than|in|at\s+least|merely|single|of)\s*$", re.I)
#: A time phrase that marks a part of a series (quantity_keys reads the same marks).
_SUB_PERIOD = re.compile(
    r"\balone\b|\b(?:last|past|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?|nights?)\b"
    r"|\bper\s+(?:day|week|month|hour|night)\b|\b(?:daily|weekly|monthly|nightly)\b",
    re.I,
)
#: A toll before its figure, with no other figure between: "the death toll ... rose to 15".
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\b(?![^.;]*\d[^.;]*$)[^.;]{0,100}?\b(?:to|at|is|was|of|reached|hit|"
    r"stands|stood|now)\s+(?:at\s+)?(?:least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
#: Nouns that name what happened to those counted: "11 deaths" died, "30 injuries" were injured.
_ROLE_EVENT = {
    "deaths": "died",
    "fatalities": "died",
    "dead": "died",
    "death": "died",
    "fatality": "died",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
    "casualties": "killed or injured",
    "captives": "taken captive",
    "hostages": "taken hostage",
    "arrests": "arrested",
}
_FIGURATIVE = re.compile(r"\b(?:a|one)\s+(?:thousand|million|hundred)\s+(?:times|ways|reasons|things|choices)\b", re.I)


def extract_claims(text: str, published: date | None = None) -> list[Claim]:
    """The figure claims of an article, in text order. Never raises.

    Sentences on which a rule failed are left out; ``extract_figures`` returns them too,
    and is what the pipeline calls, so that each one is stored as a failure.

    >>> [c.quantity.text for c in extract_claims("About 200 soldiers were captured.")]
    ['About 200']
    """
    return list(extract_figures(text, published).claims)


#: Work one document may cost. An article holds hundreds of numbers; a page with more is a
#: table or a dump (a 10 MB list of numbers took minutes), and extraction stops at a time
#: budget whatever the text, so a worker stays responsive and the run goes on.
MAX_NUMBERS = 20_000
TIME_BUDGET = 30.0
_NUMBER_TOKEN = re.compile(r"\d+")


class BudgetExceeded(Exception):
    """Extraction of one document went past ``MAX_NUMBERS`` or ``TIME_BUDGET``."""


def extract_figures(text: str, published: date | None = None, *, budget: float = TIME_BUDGET) -> Extraction:
    """The figure claims of an article, and where extraction failed. Never raises.

    A rule that raises on a sentence drops that sentence's figures only; the failure is
    returned as an ``ExtractionFailure`` with the sentence's offsets. A failure before
    sentences exist (the number scanner, the sentence splitter) covers the whole text, and
    so does a text with more than ``MAX_NUMBERS`` numbers. Sentences left when ``budget``
    seconds have passed are one failure (``BudgetExceeded``) with their span.

    >>> extract_figures("About 200 soldiers were captured.").failures
    ()
    """
    if not isinstance(text, str) or not text:
        return Extraction(())
    numbers = sum(1 for _ in _NUMBER_TOKEN.finditer(text))
    if numbers > MAX_NUMBERS:
        return Extraction(
            (),
            (
                _failure(
                    0,
                    len(text),
                    BudgetExceeded(
                        f"{numbers} numbers in one text, over the {MAX_NUMBERS} an article holds: not extracted"
                    ),
                ),
            ),
        )
    deadline = time.monotonic() + budget
    try:
        quantities = scan_quantities(text)
        spans = split_sentences(text) if quantities else []
        paras = paragraph_ids(text, spans) if quantities else []
    except Exception as exc:  # no sentence to blame: the whole text's figures are lost, and said so
        return Extraction((), (_failure(0, len(text), exc),))
    return _extract(text, published, quantities, spans, paras, deadline)


def _failure(start: int, end: int, exc: Exception) -> ExtractionFailure:
    return ExtractionFailure(start, end, type(exc).__name__, str(exc) or type(exc).__name__)


def _extract(
    text: str,
    published: date | None,
    quantities: list[Quantity],
    spans: list[tuple[int, int]],
    paras: list[int],
    deadline: float,
) -> Extraction:
    claims: list[Claim] = []
    failures: list[ExtractionFailure] = []
    si = 0
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        while si < len(spans) and spans[si][1] <= q.start:
            si += 1
        if si >= len(spans):
            break
        if spans[si][0] <= q.start and q.end <= spans[si][1]:
            by_sentence.setdefault(si, []).append(q)
    for si, found in by_sentence.items():
        s_start, s_end = spans[si]
        if time.monotonic() > deadline:  # the rest of the text is one failure, with its span
            failures.append(
                _failure(
                    s_start,
                    len(text),
                    BudgetExceeded(f"extraction stopped at its time budget, {len(claims)} figures in"),
                )
            )
            break
        try:
            claims.extend(_sentence_claims(text, spans, paras, si, published, found, claims))
        except Exception as exc:  # this sentence's figures are dropped, and the failure returned
            failures.append(_failure(s_start, s_end, exc))
    return Extraction(tuple(claims), tuple(failures))


def _sentence_claims(
    text: str,
    spans: list[tuple[int, int]],
    paras: list[int],
    si: int,
    published: date | None,
    found: list[Quantity],
    earlier: list[Claim],
) -> list[Claim]:
    """The claims of one sentence; ``earlier`` (claims so far) gives a bare numeral its noun."""
    s_start, s_end = spans[si]
    sentence = text[s_start:s_end]
    out: list[Claim] = []
    info: _SentenceInfo | None = None
    for q in found:
        if not _is_figure(q, sentence, s_start):
            continue
        if info is None:
            info = _SentenceInfo(text, spans, paras, si, published)
        last = out[-1] if out else earlier[-1] if earlier else None
        prev = last if last is not None and last.sentence_start >= spans[max(0, si - 3)][0] else None
        out.append(_claim(q, sentence, s_start, s_end, info, prev.counted if prev else None))
    return out


class _SentenceInfo:
    """Context of one sentence: its own cues, and what it inherits from its paragraph."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], paras: list[int], si: int, published: date | None
    ) -> None:
        s, e = spans[si]
        self.sentence = text[s:e]
        self.unnamed = attribution.unnamed_report(self.sentence)
        self.cues = attribution.cues(self.sentence)
        self.hedges = attribution.Hedges(self.sentence)
        same_para = [k for k in range(max(0, si - 4), si) if paras[k] == paras[si]]
        nxt = si + 1 if si + 1 < len(spans) and paras[si + 1] == paras[si] else None
        nxt_text = text[spans[nxt][0] : spans[nxt][1]] if nxt is not None else ""
        self.denied = attribution.denied(self.sentence) or bool(
            nxt_text
            and attribution.denied(nxt_text)
            and re.match(r"(?:The|This|That|It|But|However)\b", nxt_text)
            and re.search(
                r"\b(?:this|the|that|these)\s+(?:information|report|claim|figure|video|footage)|\bit\b", nxt_text, re.I
            )
        )
        # The source for figures no cue of this sentence covers (GUIDE 13).
        self.fallback: str | None = _quote_source(text, spans, paras, si)
        if self.fallback is None and nxt_text:
            self.fallback = attribution.continued_source(nxt_text)
        if self.fallback is None and si + 1 < len(spans):
            self.fallback = attribution.tweet_author(text[spans[si + 1][0] : spans[si + 1][1]])
        if self.fallback is None and not self.unnamed and same_para:
            # An earlier sentence of the same paragraph whose account this one continues.
            k = same_para[-1]
            prev = text[spans[k][0] : spans[k][1]]
            if _continues(self.sentence):
                self.fallback = attribution.find_source(prev)
        self.published = published
        self.times = timeexpr.find_times(self.sentence)
        self.time: TimeRef | None = None
        if not self.times:
            for k in reversed(same_para[-2:]):
                prev = text[spans[k][0] : spans[k][1]]
                found = timeexpr.find_times(prev)
                if found:
                    ts, te, kind = found[0]
                    if kind in ("window", "md", "dm", "rel", "weekday"):
                        self.time = timeexpr.resolve(prev[ts:te], kind, published)
                    break
        self.total = timeexpr.TOTAL_CUES.search(self.sentence) is not None
        self.places = find_places(self.sentence)
        self.place = self.places[0][2] if self.places else None
        if self.place is None:
            for k in reversed(same_para[-3:]):
                self.place = find_place(text[spans[k][0] : spans[k][1]])
                if self.place:
                    break


# A sentence that carries on the account before it: it opens on the same people or
# report ("They", "The footage", "Of those") rather than a new topic.
_CONTINUES = re.compile(
    r"^[“\"]?(?:They|These|Those|Of\s+(?:these|those|them)|The\s+(?:footage|video|report|figures?|"
    r"data|survey|study|numbers?|toll|count|tally)|Among\s+(?:them|those)|Most\s+of|"
    r"Some\s+of|All\s+of|Of\s+the|Another|A\s+further|In\s+addition)\b"
)


def _continues(sentence: str) -> bool:
    return _CONTINUES.match(sentence) is not None


_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"


def _quote_source(text: str, spans: list[tuple[int, int]], paras: list[int], si: int) -> str | None:
    """Who speaks a quotation the sentence lies in: the attribution right after the
    closing quote, or before the opening one; a paragraph that opens on a quote
    carries on an unclosed quotation of the paragraph before."""
    s = spans[si][0]
    k0 = si
    while k0 > 0 and paras[k0 - 1] == paras[si] and si - k0 < 12:
        k0 -= 1
    k1 = si
    while k1 + 1 < len(spans) and paras[k1 + 1] == paras[si] and k1 - si < 12:
        k1 += 1
    # Bounded look-around: a quotation longer than a few sentences is not followed.
    p_start, p_end = max(spans[k0][0], s - 1500), min(spans[k1][1], spans[si][1] + 1500)
    head = text[p_start : s + 2]
    opened = max(head.rfind(_QUOTE_OPEN), head.rfind('"') if head.count('"') % 2 == 1 else -1)
    closed = head.rfind(_QUOTE_CLOSE)
    if opened < 0 or closed > opened:
        return None
    o = p_start + opened
    close = -1
    for ch in (_QUOTE_CLOSE, '"'):
        c = text.find(ch, max(s, o + 1), p_end)
        if c >= 0 and (close < 0 or c < close):
            close = c
    if close >= 0:
        tail = text[close + 1 : min(p_end, close + 260)]
        m = _AFTER_QUOTE.match(tail)
        if m:
            name = attribution.find_source(m.group(0)) or _first_name(m.group(1) or m.group(2))
            if name:
                return name
    before = text[p_start:o]
    if before.strip():
        name = attribution.find_source(before)
        if name:
            return name
    # A paragraph opening on a quote carries on the previous paragraph's open quotation.
    if o == p_start and k0 > 0:
        prev_s = k0 - 1
        q0 = prev_s
        while q0 > 0 and paras[q0 - 1] == paras[prev_s] and prev_s - q0 < 12:
            q0 -= 1
        prev = text[spans[q0][0] : spans[prev_s][1]]
        if prev.count(_QUOTE_OPEN) > prev.count(_QUOTE_CLOSE):
            return attribution.find_source(prev[: prev.rfind(_QUOTE_OPEN)] or prev)
    return None


_AFTER_QUOTE = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|wrote|told|explained|noted)\s+([^,.]{2,80})|"
    r"([^,.“”\"]{2,80}?)(?:,[^“”\"]{0,160},)?\s+(?:said|says|added|adds|wrote|told|explained|"
    r"noted|stated|claimed)\b)"
)


def _first_name(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.split()
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return attribution.find_source(raw + " said")
    # "study lead author Lucas Paganini" -> "Lucas Paganini"
    k = len(words)
    while k > 0 and not words[k - 1][:1].isupper():
        k -= 1
    j = k
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    name = " ".join(words[j:k])
    return name if name.lower() not in ("he", "she", "they", "we", "i", "it") else None


_TABLE_ROW = re.compile(r"^([A-Z][A-Z0-9&.'’ -]{1,80}?)\s+(?:[-+−]?\$?\d[\d,]*(?:\.\d+)?%?\s*){2,}$")
_CORP_SUFFIX = re.compile(r"\b(?:INC|CORP|CO|LTD|PLC|COMPANIES|COMPANY|HOLDINGS|GROUP|CORPORATION)\.?$")


def _security(name: str) -> str:
    """ "HD THE HOME DEPOT INC." → "Home Depot": ticker, article and corporate suffix dropped."""
    words = name.split()
    if len(words) > 1 and len(words[0]) <= 5:
        words = words[1:]
    if words and words[0] == "THE":
        words = words[1:]
    while len(words) > 1 and _CORP_SUFFIX.search(words[-1]):
        words = words[:-1]
    return " ".join(w.capitalize() for w in words) or name


def _is_figure(q: Quantity, sentence: str, s_start: int) -> bool:
    """GUIDE "what is a figure": drop time windows, pronoun "one", figurative numbers."""
    rel = q.start - s_start
    before = sentence[max(0, rel - 40) : rel]
    after = sentence[q.end - s_start : q.end - s_start + 30]
    low = q.text.lower()
    if q.kind == "duration" and q.unit in _TIME_UNITS and (_WINDOW_BEFORE.search(before) or _WINDOW_AFTER.match(after)):
        return False
    if low in ("one", "a"):
        # A bare "one" counts only where it stands for a noun: "spotted water in one."
        return bool(_ONE_KEEP_BEFORE.search(before) and re.match(r"\s*(?:[.,;:)!?]|$)", after))
    if _FIGURATIVE.search(sentence[max(0, rel - 5) : q.end - s_start + 20]):
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


def _claim(
    q: Quantity, sentence: str, s_start: int, s_end: int, info: _SentenceInfo, antecedent: str | None = None
) -> Claim:
    rel_s, rel_e = q.start - s_start, q.end - s_start
    counted = counted_phrase(sentence, rel_s, rel_e, q.kind, antecedent)
    row = _TABLE_ROW.match(sentence)
    if row:
        # A quote-table row ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%"): prices and changes.
        counted = _security(row.group(1)) + " share price"
        if q.kind == "count" and "%" not in q.text:
            q = replace(q, kind="money")
    event = event_phrase(sentence, rel_e, rel_s, counted, q.kind)
    if q.kind == "count" and _TOLL_BEFORE.search(sentence[max(0, rel_s - 120) : rel_s]):
        # "the death toll from the storm rose to 15": the toll counts deaths.
        counted, event = "deaths", "died"
    elif event is None and counted:
        event = _ROLE_EVENT.get(counted.split()[-1].lower())
    cue = attribution.covering_cue(sentence, rel_s, rel_e, info.cues)
    aside = cue is not None and attribution.dash_aside(sentence, cue, rel_s)
    source = None if aside or cue is None else cue.name
    if cue is None and not info.unnamed:
        source = info.fallback
    modality: Modality = "asserted"
    if source is not None or (info.unnamed and not aside):
        modality = "reported"
    attributive = q.kind == "age" or (q.kind == "duration" and "-" in q.text)
    if (
        not aside
        and not attributive
        and (
            (cue is not None and cue.verb in attribution.HEDGE_VERBS)
            or info.hedges.near(rel_s, rel_e, source is not None)
            or re.search(r"\bestimated\b", q.text, re.I)
        )
    ):
        modality = "possible"
    if info.denied and not aside:
        modality = "denied"
    time = _own_time(info, rel_s, rel_e)
    scope: Scope = "total"
    if (
        time is not None
        and not info.total
        and (
            (time.start is not None and time.end is not None and (time.end - time.start).days <= 366)
            or _SUB_PERIOD.search(time.text)
        )
    ):
        # A dated count or a sub-period ("in the last week alone", "per day") even when no
        # publication date resolves it; quantity_keys.time_scope tells an incident's date apart.
        scope = "period"
    place = nearest_place(info.places, rel_s, rel_e, sentence) if info.places else info.place
    return Claim(q, counted, event, place, time, source, modality, sentence, s_start, s_end, scope)
