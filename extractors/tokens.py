"""A cheap, linear tokenizer with offsets, and the sentence splitter built on it.

The quantity scanner walks tokens rather than raw characters so that every rule is
a bounded look-around over a few tokens: no regex ever spans a whole sentence, so
nothing can backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.vocabulary import en as vocab

# Numerals keep their separators ("3,248", "1.2"); words keep inner apostrophes
# ("didn't", "Europe’s"); anything else is one character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")


@dataclass(slots=True)
class Tokens:
    """Parallel arrays over one text: surface, lower case, offsets."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.words)

    def adjacent(self, i: int) -> bool:
        """True when token ``i`` touches token ``i - 1`` (no space between)."""
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def low(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.lower) else ""


def tokenize(text: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        words.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(text, words, [w.lower() for w in words], starts, ends)


# Abbreviations after which a full stop does not end a sentence; the final ones often end it
# too, so they only hold it together before lower case.
_ABBREV_FINAL = vocab.SENTENCE_FINAL_ABBREVIATIONS
_ABBREV_HOLDS = vocab.SENTENCE_ABBREVIATIONS - _ABBREV_FINAL
_NAME_AFTER = vocab.NAME_AFTER_ABBREVIATION
_CLOCK_ABBREV = frozenset({"a.m", "p.m"})
_WEEKDAY_NEXT = re.compile(
    r"(?:(?:" + "|".join(w.capitalize() for w in vocab.WEEKDAYS) + r")\b(?![’'])"
    # "at 2 a.m. March 22", "4:45 a.m. PST": a date or a time zone after the clock time belongs to it too
    r"|(?:" + "|".join(m.capitalize() for m in sorted(vocab.MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\b"
    r"|[ECMP][SD]?T\b)"
)
# Extracted news text often glues sentences together ("police said.The victims"): a stop between a
# lower-case word and a capitalised one ends a sentence too.
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|(?<=[a-z]{2})[.!?][\"”]?(?=[A-Z][a-z])|\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` by punctuation and line breaks; linear time.

    Good enough for news prose: it avoids splitting after common abbreviations and
    single initials ("W. M. Keck") and always splits at line breaks, which in
    extracted article text mark paragraphs, headings and table rows.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        punct = m.group()
        if punct[0] == ".":
            # Word before the full stop: an abbreviation or an initial keeps the sentence going.
            j = m.start()
            k = j
            while k > start and (text[k - 1].isalnum() or text[k - 1] == "."):
                k -= 1
            word = text[k:j].lower()
            nxt = text[end : end + 40].lstrip()
            if word in _ABBREV_HOLDS or (len(word) == 1 and word.isalpha()):
                continue
            if nxt and (nxt[0].islower() or (word in _ABBREV_FINAL and not nxt[0].isupper())):
                continue
            if word in _NAME_AFTER and nxt and nxt.split(maxsplit=1)[0].rstrip(".,") in _NAME_AFTER[word]:
                continue  # "Assistant U.S. Attorney Jo Roe said": the abbreviation begins a name
            if word in _CLOCK_ABBREV and _WEEKDAY_NEXT.match(nxt):
                continue  # "at 9:45 a.m. Tuesday", "2 a.m. March 22": the day belongs to the time
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, n, spans)
    return spans


#: Longer "sentences" (tables, run-on junk) are cut so that per-sentence work stays bounded.
MAX_SENTENCE = 1200


def _add_span(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut <= s:
            cut = s + MAX_SENTENCE
        spans.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))


def paragraph_ids(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence span: a line break starts a new paragraph."""
    ids: list[int] = []
    para = 0
    prev_end = 0
    for s, e in spans:
        # Extracted article text puts each paragraph on its own line.
        if "\n" in text[prev_end:s]:
            para += 1
        ids.append(para)
        prev_end = e
    return ids


def lemma(word: str) -> str:
    """A small plural → singular rule set; enough to put "troops" next to "troop"."""
    w = word.lower().strip("'’.")
    if w in vocab.IRREGULAR_SINGULARS:
        return vocab.IRREGULAR_SINGULARS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
