"""Time expressions as written, resolved against the publication date.

Regex over one sentence at a time (bounded, no nested quantifiers), then plain
calendar arithmetic: no dateparser call per sentence, it costs milliseconds each.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from extractors.records import TimeRef
from extractors.vocabulary import en as vocab

_MONTHS = vocab.MONTHS
_WEEKDAYS = {d: i for i, d in enumerate(vocab.WEEKDAYS)}

_MONTH_RE = r"(?:" + "|".join(m.capitalize() for m in (*vocab.MONTH_NAMES, *vocab.MONTH_ABBREVIATIONS)) + r")\.?"
_WEEKDAY_RE = r"(?:" + "|".join(d.capitalize() for d in vocab.WEEKDAYS) + r")"
#: A count of window units: digits, or a number word up to thirty.
_NUMW = r"(?:\d{1,3}|" + "|".join(vocab.SMALL_NUMBERS) + r"|twenty|thirty)"
_WINDOW_UNITS = "|".join(vocab.WINDOW_UNIT_DAYS)
_UNIT_RE = r"(?:(?:" + _WINDOW_UNITS + r")s?)"


def _phrases(phrases: tuple[str, ...]) -> str:
    """An alternation of word phrases, any run of spaces between their words."""
    return "|".join(p.replace(" ", r"\s+") for p in phrases)


# Ordered by preference: the more specific pattern wins when two overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "window",
        re.compile(
            r"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:last|past|previous)\s+(?:"
            + _NUMW
            + r"\s+)?"
            + _UNIT_RE
            + r"(?:\s+alone)?\b",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(
            r"\b(?:(?:on|since|until|by)\s+)?" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?"
            r"(?:,?\s+(\d{4}))?\b"
        ),
    ),
    (
        "dm",
        re.compile(
            r"\b(?:(?:on|since|until|by)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH_RE
            + r"(?:,?\s+(\d{4}))?\b"
        ),
    ),
    (
        "yrange",
        re.compile(
            r"\b(?:[Bb]etween\s+(\d{4})\s+and\s+(\d{4})|[Ff]rom\s+(\d{4})\s+(?:to|through|until)"
            r"\s+(\d{4}))\b"
        ),
    ),
    ("month", re.compile(r"\b(?:(?:in|since|during|until|by)\s+)?" + _MONTH_RE + r"(?:\s+(\d{4}))?\b")),
    ("weekday", re.compile(r"\b(?:(?:on|last|this|since|by|until)\s+)?" + _WEEKDAY_RE + r"\b")),
    (
        "rel",
        re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?:last|this|next|so\s+far\s+this)\s+"
            r"(?:week|month|year|" + "|".join(vocab.SEASONS) + r"|weekend)\b",
            re.I,
        ),
    ),
    ("day", re.compile(r"\b(?:" + "|".join(vocab.DAY_WORDS) + r")\b", re.I)),
    (
        "quarter",
        re.compile(
            r"\b(?:(?:in\s+)?the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b"
            r"|\bQ[1-4]\b|\bfiscal\s+(?:year\s+)?\d{4}\b|\byear[-\s]to[-\s]date\b",
            re.I,
        ),
    ),
    (
        "century",
        re.compile(
            r"\b(?:(?:in|during|since)\s+)?the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+teenth|"
            r"[a-z]+tieth|first|second|third)\s+[Cc]entury\b|\b(?:in\s+)?the\s+\d{2}00s\b"
            r"|\b[Oo]ver\s+the\s+centuries\b",
            re.I,
        ),
    ),
    # "HH-2000 heaters", "the XR-2019": a model number glued by a hyphen to capitals is no year ("mid-2019" is)
    (
        "year",
        re.compile(
            r"\b(?:(?:in|since|during|by|until|of)\s+)?(?<![A-Z0-9]-)(1[89]\d\d|20\d\d)\b(?![-–]\d|\s*(?:%|percent))"
        ),
    ),
    ("annual", re.compile(r"\b(?:" + _phrases(vocab.ANNUAL_PHRASES) + r")\b", re.I)),
]

#: Words that make a figure a running total even when a time is named.
TOTAL_CUES = re.compile(r"\b(?:" + _phrases(vocab.RUNNING_TOTAL_PHRASES) + r")\b", re.I)


def find_times(sentence: str) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, kind)`` time expressions in one sentence."""
    found: list[tuple[int, int, str]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(sentence):
            s, e = m.span()
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            found.append((s, e, kind))
    found.sort()
    return found


def resolve(text: str, kind: str, published: date | None) -> TimeRef:
    """A TimeRef for ``text``; dates filled when ``published`` anchors them."""
    try:
        span = _resolve(text, kind, published)
    except (ValueError, OverflowError):
        span = None
    if span is None:
        return TimeRef(text)
    return TimeRef(text, span[0], span[1])


def _resolve(text: str, kind: str, pub: date | None) -> tuple[date, date] | None:
    written = _WRITTEN.get(kind)
    if written is not None:
        return written(text, pub)
    if pub is None:
        return None  # the rest count from the publication date
    counted = _FROM_PUBLICATION.get(kind)
    return counted(text.lower(), pub) if counted is not None else None


def _year_range(text: str, pub: date | None) -> tuple[date, date] | None:
    ys = [int(y) for y in re.findall(r"\d{4}", text)]
    return date(ys[0], 1, 1), date(ys[-1], 12, 31)


def _year(text: str, pub: date | None) -> tuple[date, date] | None:
    y = int(re.findall(r"\d{4}", text)[0])
    return date(y, 1, 1), date(y, 12, 31)


def _month_day(text: str, pub: date | None) -> tuple[date, date] | None:
    mname = re.search(_MONTH_RE, text)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text)
    year = re.search(r"\b(\d{4})\b", text)
    if not mname or not day:
        return None
    month = _MONTHS[mname.group().rstrip(".").lower()]
    if year:
        d = date(int(year.group(1)), month, int(day.group(1)))
    elif pub is not None:
        # A day without a year is the latest one not much after publication.
        d = date(pub.year, month, int(day.group(1)))
        if d > pub + timedelta(days=7):
            d = date(pub.year - 1, month, int(day.group(1)))
    else:
        return None
    return d, d


def _month(text: str, pub: date | None) -> tuple[date, date] | None:
    mname = re.search(_MONTH_RE, text)
    year = re.search(r"\b(\d{4})\b", text)
    if not mname:
        return None
    month = _MONTHS[mname.group().rstrip(".").lower()]
    if year:
        y = int(year.group(1))
    elif pub is not None:
        y = pub.year if month <= pub.month else pub.year - 1
    else:
        return None
    return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])


def _weekday(low: str, pub: date) -> tuple[date, date] | None:
    wd = next(v for k, v in _WEEKDAYS.items() if k in low)
    back = (pub.weekday() - wd) % 7
    if low.startswith("last ") and back == 0:
        back = 7
    d = pub - timedelta(days=back)
    return d, d


def _day(low: str, pub: date) -> tuple[date, date] | None:
    d = pub - timedelta(days=1) if "yesterday" in low else pub
    return d, d


_WINDOW_COUNT = re.compile(r"(\d+|" + "|".join(vocab.SMALL_NUMBERS) + r")\s+(" + _WINDOW_UNITS + ")")
_WINDOW_UNIT = re.compile("(" + _WINDOW_UNITS + ")")


def _window(low: str, pub: date) -> tuple[date, date] | None:
    m = _WINDOW_COUNT.search(low)
    n = 1
    unit = _WINDOW_UNIT.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else vocab.SMALL_NUMBERS[m.group(1)]
    if unit is None:
        return None
    return pub - timedelta(days=max(vocab.WINDOW_UNIT_DAYS[unit.group(1)] * n, 1)), pub


def _relative(low: str, pub: date) -> tuple[date, date] | None:
    if "week" in low:
        monday = pub - timedelta(days=pub.weekday())
        if "last" in low:
            return monday - timedelta(days=7), monday - timedelta(days=1)
        if "next" in low:
            return monday + timedelta(days=7), monday + timedelta(days=13)
        return monday, monday + timedelta(days=6)
    if "month" in low:
        if "last" in low:
            end = pub.replace(day=1) - timedelta(days=1)
            return end.replace(day=1), end
        if "next" in low:
            first = (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
        if "earlier" in low or "so far" in low:
            return pub.replace(day=1), pub
        return pub.replace(day=1), pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
    if "year" in low:
        y = pub.year - 1 if "last" in low else pub.year + 1 if "next" in low else pub.year
        if "so far" in low or "earlier" in low:
            return date(y, 1, 1), pub
        return date(y, 1, 1), date(y, 12, 31)
    return None


#: Kinds whose date is written out (a publication date only fills a missing year).
_WRITTEN: dict[str, Callable[[str, date | None], tuple[date, date] | None]] = {
    "yrange": _year_range,
    "year": _year,
    "md": _month_day,
    "dm": _month_day,
    "month": _month,
}
#: Kinds counted from the publication date, read from the lower-cased text.
_FROM_PUBLICATION: dict[str, Callable[[str, date], tuple[date, date] | None]] = {
    "weekday": _weekday,
    "day": _day,
    "window": _window,
    "rel": _relative,
}
