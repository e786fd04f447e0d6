"""Number words and numerals: the vocabulary and the arithmetic, no spans.

Kept apart from ``quantities`` so the word tables can be tested on their own and
reused by the time-expression code ("the last five days").
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Multipliers written as words or abbreviations after a numeral ("1.2 million", "$3bn").
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian scales: "Rs 5,000 crore", "two lakh people".
    "lakh": 100_000,
    "crore": 10_000_000,
}
SCALE_ABBREV: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "tr": 1_000_000_000_000,
}
#: Denominators of fractions ("two-thirds", "a quarter", "one fifth").
FRACTIONS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
ORDINAL_WORDS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
    }
)

#: Vague amounts as GUIDE.md intervals; longest phrases are tried first by the caller.
VAGUE: dict[str, tuple[float, float]] = {
    "several": (3, 9),
    "a few": (3, 9),
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "dozens": (24, 99),
    "several dozen": (36, 108),
    "a few dozen": (36, 108),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (300, 900),
    "a few hundred": (300, 900),
    "thousands": (2000, 9999),
    "several thousand": (3000, 9000),
    "a few thousand": (3000, 9000),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "several million": (3_000_000, 9_000_000),
    "a few million": (3_000_000, 9_000_000),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    "several billion": (3_000_000_000, 9_000_000_000),
}

NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}
#: Plural scales read as multipliers right after a number word ("seventy-five thousands").
PLURAL_SCALES = frozenset(w + "s" for w in SCALES)


def is_ordinal_word(w: str) -> bool:
    """ "first", "twenty-first" parts, "thirtieth", "hundredth"."""
    stems = NUMBER_WORDS | {"eigh", "nin", "fif", "twelf"}
    return w in ORDINAL_WORDS or (w.endswith(("th", "ieth")) and w[:-2] in stems)


def decimal_digits(words: list[str]) -> str | None:
    """Words after "point" as a digit string: ["zero", "five"] → "05", ["ninety", "nine"] → "99"."""
    digits = ""
    rest: list[str] = []
    for w in words:
        if w in ("zero", "o", "oh") and not rest:
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
        if w in UNITS:
            if last in ("unit", "teen") or (last == "tens" and UNITS[w] >= 10) or (last == "tens" and UNITS[w] == 0):
                return None
            current += UNITS[w]
            last = "unit" if UNITS[w] < 10 else "teen"
        elif w in TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += TENS[w]
            last = "tens"
        elif w == "dozen":
            current = (current or 1) * 12
            last = "scale"
        elif w == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        elif w in SCALES or (w.endswith("s") and w[:-1] in SCALES and seen):
            w = w.rstrip("s")
            if not seen and current == 0:
                current = 1
            total += (current or 1) * SCALES[w]
            current = 0
            last = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None
