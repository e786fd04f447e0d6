"""Number words and numerals to values: the arithmetic, no spans.

The words themselves (number words, scales, ordinals) are the vocabulary's
(``extractors.vocabulary``); this module only combines them.
"""

from __future__ import annotations

import re

from extractors.vocabulary import en as vocab

_ORDINAL_STEMS = vocab.NUMBER_WORDS | vocab.ORDINAL_STEMS


def is_ordinal_word(w: str) -> bool:
    """ "first", "twenty-first" parts, "thirtieth", "hundredth"."""
    return w in vocab.ORDINALS or (w.endswith(("th", "ieth")) and w[:-2] in _ORDINAL_STEMS)


def decimal_digits(words: list[str]) -> str | None:
    """Words after "point" as a digit string: ["zero", "five"] → "05", ["ninety", "nine"] → "99"."""
    digits = ""
    rest: list[str] = []
    for w in words:
        if w in vocab.ZERO_DIGITS and not rest:
            digits += "0"
        else:
            rest.append(w)
    if rest:
        v = parse_word_number(rest)
        if v is None:
            return None
        digits += str(int(v))
    return digits or None


_DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")


def parse_numeral(s: str) -> float | None:
    """``"3,248"`` → 3248.0, ``"1.2"`` → 1.2, ``"-12.99"`` → -12.99; None if not a numeral."""
    s = s.strip().replace("\u2212", "-")
    if not _DIGITS.fullmatch(s):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def parse_word_number(words: list[str]) -> float | None:
    """Cardinal number words to a value: ``["two", "hundred", "and", "five"]`` → 205.

    Accepts hyphenated tens already split ("fifty", "three"), "a" as one before a
    scale ("a hundred", "a million") and "dozen" as 12. Returns None when the words
    do not form one well-shaped number (so "one two" is not 12).
    """
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    last: str | None = None
    for i, w in enumerate(words):
        w = w.lower()
        if w == "and":
            # "one hundred and five", never "thirty and eleven".
            if not seen or i == len(words) - 1 or last not in ("hundred", "scale"):
                return None
            last = w
            continue
        if w == "a" and i == 0:
            current = 1
            seen = True
            last = "unit"
            continue
        if w in vocab.SMALL_NUMBERS:
            n = vocab.SMALL_NUMBERS[w]
            if last in ("unit", "teen") or (last == "tens" and n >= 10) or (last == "tens" and n == 0):
                return None
            current += n
            last = "unit" if n < 10 else "teen"
        elif w in vocab.TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += vocab.TENS[w]
            last = "tens"
        elif w == vocab.DOZEN:
            current = (current or 1) * 12
            last = "scale"
        elif w == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        elif w in vocab.SCALES or (w.endswith("s") and w[:-1] in vocab.SCALES and seen):
            w = w.rstrip("s")
            if not seen and current == 0:
                current = 1
            total += (current or 1) * vocab.SCALES[w]
            current = 0
            last = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None
