"""Page furniture: spans of a text the scanner skips before it reads any number.

Urls, e-mail, handles, phone numbers and long ids; tip lines spelled in letters; gallery
and slide counters; reference marks in brackets.
"""

from __future__ import annotations

import itertools
import re

from extractors.vocabulary import en as vocab

# Page furniture removed before scanning: urls (embedded tweets' "pic.twitter.com/..." too),
# e-mail, handles, phone numbers, long ids.
_FURNITURE = re.compile(
    r"https?://\S+|www\.\S+|(?:pic\.twitter\.com|bit\.ly|t\.co)/\S+|(?<!\S)[^\s@]{1,64}@[^\s@]{1,253}\.\w+|[@#]\w+"
    r"|(?<![\w.])\(?\d{3}\)?(?:[ ./-]|- )\d{3}[ .-]\d{4}(?!\w)|(?<![\w.])\(\d{3}\)\d{3}[ .-]?\d{4}(?!\w)"
    # A grid address of Utah and its neighbours: "3740 W. 3280 South", "1200 E 400 North".
    r"|\b\d{2,5}[ \t]+[NSEW]\.?[ \t]+\d{2,5}[ \t]+(?:North|South|East|West)\b"
    r"|(?<![\w,.])\+\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\w)"
    r"|(?<![\w,.])\d{8,}(?![\w,])"
)
# Tip lines spelled in letters, with their digits: "(800) 222-TIPS (8477)", "1-888-LOCK-U-UP",
# "text CRIMES (274637)", "274637 (CRIMES)"; and reference marks of wiki copy: "[9]", "[106]", "[16]:87".
# Only scanned for in texts that hold such a shape (_TIPLINE_HINT): most do not.
_TIPLINE = re.compile(
    r"(?<![\w.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}-[A-Z]{4,}(?:-[A-Z]+)*(?:\s*\(\d{4,7}\))?(?!\w)"
    r"|\b[A-Z]{4,}\s*\(\d{4,7}\)|(?<![\w.,-])(?:\d{3}-)?\d{4,7}\s*\([A-Z]{3,}(?:\s+\d+)?\)"
    r"|\[\d{1,4}\](?::\d{1,4}(?:[–-]\d{1,4})?)?"  # "[16]" and a page after it, "[16]:87"
)
# A text-message short code: "text TIP to 55123", "texting the word SAFE to 40404".
_SHORT_CODE = re.compile(r"\b(?i:text(?:ing|ed)?)\b[^.\n\d]{0,60}?\bto\s+(\d{4,6})(?![\w,.]\d)")
# A local phone number without its area code, after a word that dials it ("call 575-6200", "at 554-1111")
# and with nothing but punctuation, "or" or the line's end after it, so "at 500-1000 feet" stays a range.
_LOCAL_PHONE = re.compile(
    r"\b(?i:" + "|".join(vocab.PHONE_LEAD_WORDS) + r")\s+(\d{3}-\d{4})(?=\s*(?:[.,;:)]|\s+or\b|$))", re.M
)
_TIPLINE_HINT = re.compile(r"\d-[A-Z]{4}|\d ?\([A-Z]|[A-Z] ?\(\d|\[\d")
# Reference marks of health and science copy: "... in 81% of participants (19).", "(27, 28, 29)." A
# bracket of small numbers alone, after a lower-case word, ending its sentence or line (after a name,
# "Ada Moe (31).", it is an age).
_CITATION = re.compile(r"(?:\b[a-z][a-z’'-]*|%)\s?(\(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\))(?=[ \t]*(?:[.;:]|\n|$))")

# Gallery and slide counters ("Image 108 of 111", "Photo 3/12", "1 / 33 Back to Gallery"):
# page furniture. A labelled counter always is; an unlabelled "N of M" only where page
# chrome follows it (a capitalised control word, an all-caps word, another counter, or
# the end of the line), so "3 of 12 victims" stays a count.
_COUNTER = re.compile(r"(?<![\w,.$/-])(\d{1,4})\s*(?:of\s*/?|/)\s*(\d{1,4})(?![\w,.%/-]|\.\d)")
_COUNTER_LABEL = re.compile(r"\b(?i:" + "|".join(vocab.COUNTER_LABELS) + r")s?\s*:?\s*#?$")
_COUNTER_CHROME = re.compile(
    r"[ \t]*(?:\n|$)|\s+(?:[A-Z]{2,}\b|\d{1,4}\s+of\s+\d|(?:" + "|".join(vocab.PAGE_CONTROLS) + r")\b)"
)


def _counter_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _COUNTER.finditer(text):
        if _COUNTER_LABEL.search(text, max(0, m.start() - 12), m.start()) or (
            0 < int(m.group(1)) <= int(m.group(2)) and _COUNTER_CHROME.match(text, m.end())
        ):
            spans.append((m.start(), m.end()))
    return spans


def _ascending(marks: str) -> bool:
    """Reference numbers rise ("(27, 28, 29)", "(4-6)"); a tally in brackets ("(52-48)") goes down."""
    numbers = [int(n) for n in re.findall(r"\d+", marks)]
    return all(a < b for a, b in itertools.pairwise(numbers))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Sorted character spans of ``text`` that are page furniture, not prose."""
    spans = [(m.start(), m.end()) for m in _FURNITURE.finditer(text)]
    if _TIPLINE_HINT.search(text):
        spans = sorted(spans + [(m.start(), m.end()) for m in _TIPLINE.finditer(text)])
    spans = sorted(spans + [m.span(1) for m in _LOCAL_PHONE.finditer(text)])
    if "(" in text:
        spans = sorted(spans + [m.span(1) for m in _CITATION.finditer(text) if _ascending(m.group(1))])
    if "ext" in text:
        spans = sorted(spans + [m.span(1) for m in _SHORT_CODE.finditer(text)])
    counters = _counter_spans(text)
    if counters:
        spans = sorted(spans + counters)
    return spans
