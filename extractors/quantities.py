"""Every number expression in a text, normalised to bounds (GUIDE.md).

A left-to-right scan over tokens, in three steps at each token that can start a number:

1. numbers: the core number (digits, words, vague amounts, fractions) with a currency
   mark or sign before it and a scale after it ("$3bn", "two point five million");
2. shapes: what it measures and how, from a bounded look-around: percent, money, unit,
   range partner, share, age, height, qualifier words on the left and suffixes on the right;
3. figure filter: dates, clock times, ordinals, ids, names ("Boeing 737", "5G"), years,
   street blocks and pronoun "one" are dropped, and page furniture (urls, phone and tip
   lines, gallery counters) is blocked before the scan.

``skip`` switches steps 2 and 3 off (see ``SKIPPABLE``). A ValueError, OverflowError or
IndexError on one candidate drops that candidate; ``scan_quantities`` lets anything else raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.numbers import decimal_digits, is_ordinal_word, parse_numeral, parse_word_number
from extractors.records import Kind, Qualifier, Quantity
from extractors.tokens import Tokens, tokenize
from extractors.vocabulary import en as vocab

#: Scales a fraction can be a share of: "a quarter million", "two thirds of a billion".
_SHARED_SCALES = frozenset(vocab.SCALES) - {vocab.HUNDRED}
#: Every way to write a month, lower case.
MONTHS = frozenset(vocab.MONTHS)

# Left qualifiers, as lower-case word tuples; longest match wins.
_LEFT_QUAL: dict[tuple[str, ...], Qualifier] = {}
for _q, _phrases in vocab.LEFT_QUALIFIERS.items():
    for _p in _phrases:
        _LEFT_QUAL[tuple(_p.split())] = _q
_LEFT_MAX = max(len(k) for k in _LEFT_QUAL)

#: Letters that may be glued to the right of a numeral: units, scales, currencies ("5km", "3bn", "5pct").
_GLUED_OK = (
    frozenset(vocab.MEASURE_UNITS)
    | frozenset(vocab.SCALE_ABBREVIATIONS)
    | frozenset(vocab.CURRENCY_WORDS)
    | vocab.CURRENCY_CODES
    | vocab.GLUED_PERCENT
)

#: Multiples in one word: "tenfold", "hundredfold".
_FOLD_WORDS = frozenset(w + vocab.FOLD_SUFFIX for w in vocab.NUMBER_WORDS)
#: Words that can start a number expression (besides digits); one set lookup per token.
_STARTERS = (
    vocab.NUMBER_WORDS
    | frozenset(k.split()[0] for k in vocab.VAGUE_AMOUNTS)
    | frozenset(vocab.FRACTIONS)
    | frozenset(vocab.CURRENCY_SYMBOLS)
    | frozenset(vocab.ARTICLES)
    | frozenset(vocab.MULTIPLES)
    | _FOLD_WORDS
)
#: Words that spell the digits after "point".
_DECIMAL_WORDS = frozenset(vocab.SMALL_NUMBERS) | frozenset(vocab.TENS) | frozenset(vocab.ZERO_DIGITS)
_VAGUE_KEYS: list[tuple[str, ...]] = sorted((tuple(k.split()) for k in vocab.VAGUE_AMOUNTS), key=len, reverse=True)
_VAGUE_FIRST = frozenset(k[0] for k in _VAGUE_KEYS)

# Page furniture removed before scanning: urls (embedded tweets' "pic.twitter.com/..." too),
# e-mail, handles, phone numbers, long ids.
_FURNITURE = re.compile(
    r"https?://\S+|www\.\S+|(?:pic\.twitter\.com|bit\.ly|t\.co)/\S+|(?<!\S)[^\s@]{1,64}@[^\s@]{1,253}\.\w+|[@#]\w+"
    r"|(?<![\w.])\(?\d{3}\)?[ ./-]\d{3}[ .-]\d{4}(?!\w)|(?<![\w.])\(\d{3}\)\d{3}[ .-]?\d{4}(?!\w)"
    r"|(?<![\w,.])\+\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\w)"
    r"|(?<![\w,.])\d{8,}(?![\w,])"
)
# Tip lines spelled in letters, with their digits: "(800) 222-TIPS (8477)", "1-888-LOCK-U-UP",
# "text CRIMES (274637)", "274637 (CRIMES)"; and reference marks of wiki copy: "[9]", "[106]".
# Only scanned for in texts that hold such a shape (_TIPLINE_HINT): most do not.
_TIPLINE = re.compile(
    r"(?<![\w.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}-[A-Z]{4,}(?:-[A-Z]+)*(?:\s*\(\d{4,7}\))?(?!\w)"
    r"|\b[A-Z]{4,}\s*\(\d{4,7}\)|(?<![\w.,-])(?:\d{3}-)?\d{4,7}\s*\([A-Z]{3,}(?:\s+\d+)?\)"
    r"|\[\d{1,4}\]"
)
_TIPLINE_HINT = re.compile(r"\d-[A-Z]{4}|\d ?\([A-Z]|[A-Z] ?\(\d|\[\d")

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


@dataclass(slots=True)
class _Core:
    """A parsed core number: bounds, the token after it, and what shaped it."""

    low: float
    high: float
    end: int
    vague: bool = False
    fraction: bool = False
    words: bool = False
    plain_int: bool = False
    lead_dot: bool = False
    times: bool = False  # a multiple: "tenfold", "twice as many" (GUIDE decision 10)
    unit_at: int = -1  # the token of a unit spelled inside the number: "a year and a half"


#: Scanner stages a caller may switch off (``skip``), for ablation and for debugging a rule:
#: ``"shapes"`` reads numbers only: each comes out as a bare count with its scale and sign
#: ("1.2 million", "-3", "several hundred") but without currency, percent, unit, range, age,
#: height, share or qualifier words; ``"figure_filter"`` keeps every number, so dates, clock
#: times, ordinals, ids, street blocks, years, names ("Boeing 737"), phone lines, urls and
#: gallery counters all come out. Finding numbers is the scanner itself and cannot be skipped.
SKIPPABLE = frozenset({"shapes", "figure_filter"})


def _check_skip(skip: frozenset[str]) -> None:
    unknown = set(skip) - SKIPPABLE
    if unknown:
        raise ValueError(f"unknown scanner stage(s) {sorted(unknown)}; can skip {sorted(SKIPPABLE)}")


def extract_quantities(text: str, *, skip: frozenset[str] = frozenset()) -> list[Quantity]:
    """Every number expression in ``text``, in order, not overlapping.

    ``skip`` switches scanner stages off (see ``SKIPPABLE``); an unknown stage name raises.

    >>> [(q.text, q.low, q.qualifier) for q in extract_quantities("about 200 soldiers")]
    [('about 200', 200.0, 'approx')]
    """
    _check_skip(skip)
    if not isinstance(text, str) or not text:
        return []
    # A failure of the scanner raises: ``extract_figures`` records it as a failure row,
    # and a caller of this function sees it, rather than an empty list that looks clean.
    return _Scanner(text, skip).run()


#: The name ``extract_figures``' stages call; the same function.
scan_quantities = extract_quantities


@dataclass(slots=True)
class _Read:
    """One number expression being read: its tokens so far, its bounds and its shape."""

    i: int  # first token of the core number
    core: _Core
    start: int  # first token of the expression: currency, sign and left qualifiers move it left
    num_start: int  # first token of the number itself, its sign included, a currency not
    j: int  # the token after the expression so far
    low: float
    high: float
    qualifier: Qualifier
    currency: str | None = None
    symbol: bool = False  # a currency symbol before the number ("$", "US$", "£")
    mult: float = 1.0
    neg: bool = False
    kind: Kind = "count"
    unit: str | None = None
    left_q: Qualifier | None = None
    left_start: int = 0
    rng: tuple[float, float, int] | None = None
    height: bool = False
    # What the figure filter judges: the kind and end as read from units (years and names are
    # judged before age words: "ages 2019" is no age), then with age words (street blocks).
    unit_kind: Kind = "count"
    unit_end: int = 0
    bare_kind: Kind = "count"
    bare_end: int = 0


class _Scanner:
    """Three steps at each token that can start a number: find the number (``_number``), read
    its shape (``_shape``), and filter out what is no figure (``_not_a_figure_number`` on the
    number, ``_not_a_figure_shape`` once the shape is read)."""

    def __init__(self, text: str, skip: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.t: Tokens = tokenize(text)
        self.shapes = "shapes" not in skip
        self.filter = "figure_filter" not in skip
        self.blocked = [False] * len(self.t)
        if self.filter:
            self._block_furniture()

    def _block_furniture(self) -> None:
        spans = [(m.start(), m.end()) for m in _FURNITURE.finditer(self.text)]
        if _TIPLINE_HINT.search(self.text):
            spans = sorted(spans + [(m.start(), m.end()) for m in _TIPLINE.finditer(self.text)])
        counters = _counter_spans(self.text)
        if counters:
            spans = sorted(spans + counters)
        if not spans:
            return
        k = 0
        for i, s in enumerate(self.t.starts):
            while k < len(spans) and spans[k][1] <= s:
                k += 1
            if k < len(spans) and spans[k][0] <= s < spans[k][1]:
                self.blocked[i] = True

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        t = self.t
        i = 0
        n = len(t)
        while i < n:
            q: tuple[Quantity, int] | None = None
            if not self.blocked[i] and self._may_start(i):
                try:
                    q = self._parse_at(i)
                except (ValueError, OverflowError, IndexError):
                    q = None
            if q is None:
                i += 1
                continue
            quantity, nxt = q
            if out and quantity.start < out[-1].end:
                i += 1
                continue
            out.append(quantity)
            i = max(nxt, i + 1)
        return out

    # ---- candidate starts -------------------------------------------------
    def _may_start(self, i: int) -> bool:
        w = self.t.lower[i]
        return w[0].isdigit() or w in _STARTERS

    # ---- core numbers -----------------------------------------------------
    def _core(self, i: int) -> _Core | None:
        t = self.t
        if i >= len(t) or self.blocked[i]:
            return None
        w = t.lower[i]
        if w in _VAGUE_FIRST:
            vague = self._vague(i)
            if vague is not None:
                return vague
        if w[0].isdigit():
            return self._digit_core(i)
        if w in vocab.MULTIPLES:
            v = vocab.MULTIPLES[w]
            return _Core(v, v, i + 1, words=True, times=t.low(i + 1) == "as")  # "twice as many"
        if w in _FOLD_WORDS:
            fold = parse_word_number([w[: -len(vocab.FOLD_SUFFIX)]])  # "tenfold", "hundredfold"
            return None if fold is None else _Core(fold, fold, i + 1, words=True, times=True)
        if w == "half":
            return self._half(i)
        if w in vocab.FRACTIONS and t.low(i + 1) in _SHARED_SCALES:
            v = vocab.SCALES[t.low(i + 1)] / vocab.FRACTIONS[w]  # "quarter million"
            return _Core(v, v, i + 2, words=True)
        if w in vocab.ARTICLES:
            return self._article_core(i)
        if w in vocab.NUMBER_WORDS:
            return self._word_core(i)
        return None

    def _vague(self, i: int) -> _Core | None:
        """Vague amounts: longest phrase first ("several hundred" before "several")."""
        t = self.t
        for key in _VAGUE_KEYS:
            if tuple(t.lower[i : i + len(key)]) == key:
                if key[:2] == ("a", "couple") and not self._couple_is_number(i + len(key)):
                    continue
                lo, hi = vocab.VAGUE_AMOUNTS[" ".join(key)]
                return _Core(lo, hi, i + len(key), vague=True, words=True)
        return None

    def _article_core(self, i: int) -> _Core | None:
        """ "a half", "a quarter million", "a dozen", "a third of"."""
        t = self.t
        nw = t.low(i + 1)
        if nw == "half":
            return self._half(i + 1, start_a=True)
        if nw in vocab.FRACTIONS and t.low(i + 2) in _SHARED_SCALES:
            v = vocab.SCALES[t.low(i + 2)] / vocab.FRACTIONS[nw]  # "a quarter million"
            return _Core(v, v, i + 3, words=True)
        if nw in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
            return self._word_core(i)
        if nw in vocab.FRACTIONS and (t.low(i + 2) == "of" or self._share_alone(i)):
            v = round(100 / vocab.FRACTIONS[nw], 2)
            return _Core(v, v, i + 2, fraction=True, words=True)
        if vocab.MEASURE_UNITS.get(nw, ("", ""))[0] == "duration" and (t.low(i + 2), t.low(i + 3), t.low(i + 4)) == (
            "and",
            "a",
            "half",
        ):
            return _Core(1.5, 1.5, i + 5, words=True, unit_at=i + 1)  # "a year and a half"
        return None

    def _share_alone(self, i: int) -> bool:
        """ "fell by a third.", "cut by nearly a quarter since 2020": a change by a share, with no
        noun after it. Without "by" it is an ordinal too often: "a third in the arm", "a fourth,
        also 28" (GUIDE decision 3)."""
        t = self.t
        nxt = t.low(i + 2)
        return (
            "by" in (t.low(i - 1), t.low(i - 2))
            and t.low(i + 1) not in ("second", "seconds")
            and (nxt in vocab.AFTER_SHARE or (nxt != "" and not nxt[0].isalnum() and nxt not in ("-", "'", "’")))
        )

    def _couple_is_number(self, j: int) -> bool:
        # "a couple of days", "a couple reasons" vs "the couple", "a couple who".
        w = self.t.low(j)
        return bool(w) and w.isalpha() and w.endswith("s") and not self.t.words[j][0].isupper()

    def _half(self, i: int, start_a: bool = False) -> _Core | None:
        t = self.t
        nw = t.low(i + 1)
        if nw == "a" and t.low(i + 2) in (*vocab.SCALES, "dozen"):  # "half a million", "half a dozen"
            v = 0.5 * vocab.SCALES.get(t.low(i + 2), 12)
            return _Core(v, v, i + 3, words=True)
        if nw in vocab.SCALES:  # "half million"
            v = 0.5 * vocab.SCALES[nw]
            return _Core(v, v, i + 2, words=True)
        if nw in vocab.AFTER_HALF or (start_a and nw == "of"):
            return _Core(50.0, 50.0, i + 1, fraction=True, words=True)
        return None

    def _digit_core(self, i: int) -> _Core | None:
        t = self.t
        w = t.words[i]
        if w.count(".") > 1 or (w.count(".") == 1 and "," in w.split(".")[1]):
            return None  # versions, ip addresses, "1.234,5"
        v = parse_numeral(w)
        if v is None:
            if re.fullmatch(r"\d{1,3}(,\d{3})*,\d{1,2}", w) or "," in w:
                return None
            return None
        if (
            i > 0
            and t.lower[i - 1] == "."
            and t.adjacent(i)
            and not t.low(i - 2)[:1].isdigit()
            and not (t.adjacent(i - 1) and t.low(i - 2).isalpha())  # "U.S.25W": an abbreviation's stop
            and "." not in w
            and "," not in w
        ):
            v = float("0." + w)  # ".08": a decimal written without its leading zero
            return _Core(v, v, i + 1, lead_dot=True)
        core = _Core(v, v, i + 1, plain_int=("," not in w and "." not in w))
        return core

    def _word_core(self, i: int) -> _Core | None:
        t = self.t
        n = len(t)
        j = i
        parts: list[str] = []
        last_ok = -1
        while j < n and j - i < 40:
            lw = t.lower[j]
            if (
                lw in vocab.NUMBER_WORDS
                or (lw == "a" and j == i)
                or (lw == "and" and parts)
                or (lw in vocab.PLURAL_SCALES and parts and parts[-1] != "and")
            ):
                parts.append(lw)
                if lw != "and" and lw != "a":
                    last_ok = len(parts)
                j += 1
                # "twenty-five": a hyphen glued on both sides joins the parts.
                if (
                    j + 1 < n
                    and t.lower[j] == "-"
                    and t.adjacent(j)
                    and t.adjacent(j + 1)
                    and t.lower[j + 1] in vocab.SMALL_NUMBERS
                    and lw in vocab.TENS
                ):
                    j += 1
                continue
            break
        if last_ok <= 0:
            return None
        parts = parts[:last_ok]
        # Recount the token index of the last accepted word.
        end = i
        taken = 0
        while end < n and taken < len(parts):
            if t.lower[end] != "-":
                taken += 1
            end += 1
        v = parse_word_number(parts)
        if v is None:
            # Fall back to the first word alone ("one two three" lists).
            v = parse_word_number(parts[:1])
            end = i + 1
            if v is None:
                return None
        # Compound ordinals: "twenty-first", "twenty second", "two hundred thirtieth".
        k = end + 1 if t.low(end) == "-" and t.adjacent(end) else end
        if is_ordinal_word(t.low(k)) and not (v <= 10 and t.low(k) in vocab.FRACTIONS):
            return None
        # Spoken decimals: "twelve point ninety-nine", "zero point five"; a scale after the digits
        # scales the whole number ("two point five million"), so it is no decimal digit.
        if t.low(end) == "point":
            k = end + 1
            ws: list[str] = []
            while k < n and len(ws) < 8 and (t.lower[k] in _DECIMAL_WORDS):
                ws.append(t.lower[k])
                k += 1
                if k + 1 < n and t.lower[k] == "-" and t.adjacent(k) and t.lower[k + 1] in vocab.SMALL_NUMBERS:
                    k += 1
            digits = decimal_digits(ws)
            if digits is not None:
                v = float(f"{int(v)}.{digits}")
                end = k
        return _Core(v, v, end, words=True)

    # ---- the whole expression: number, shape, filter ----------------------
    def _parse_at(self, i: int) -> tuple[Quantity, int] | None:
        p = self._number(i)
        if p is None or (self.filter and self._not_a_figure_number(p)):
            return None
        if self.shapes:
            self._shape(p)
        else:
            self._bare(p)
        if self.filter and self._not_a_figure_shape(p):
            return None
        return self._quantity(p), p.j

    # ---- step 1: the number ----------------------------------------------
    def _number(self, i: int) -> _Read | None:
        """The number at token ``i``: its core, a currency mark before it, its sign and its scale."""
        t = self.t
        start = i
        currency: str | None = None
        if t.lower[i] in vocab.CURRENCY_SYMBOLS:
            # Currency before the number: "$", "US$", "£".
            currency = vocab.CURRENCY_SYMBOLS[t.lower[i]]
            if t.lower[i] == "$" and i > 0 and t.adjacent(i) and t.lower[i - 1] in vocab.DOLLAR_PREFIXES:
                currency = vocab.DOLLAR_PREFIXES[t.lower[i - 1]]
                start = i - 1
            i += 1
            if i >= len(t) or not (t.lower[i][0].isdigit() or t.lower[i] in vocab.NUMBER_WORDS):
                return None
        core = self._core(i)
        if core is None:
            return None
        p = _Read(i, core, start, start, core.end, core.low, core.high, "vague" if core.vague else "exact")
        p.currency, p.symbol = currency, currency is not None
        self._number_start(p)
        self._and_a_half(p)
        self._scale(p)
        self._scaled_numeral(p)
        if p.mult != 1.0:
            self._and_a_half(p)
        return p

    def _and_a_half(self, p: _Read) -> None:
        """ "one and a half million", "three and a half years", "a million and a half": plus a half
        of the number's unit, before the scale multiplies it."""
        t, j = self.t, p.j
        if p.core.vague or p.core.fraction or p.low != int(p.low):
            return
        if (t.low(j), t.low(j + 1), t.low(j + 2)) == ("and", "a", "half"):
            # A scale spelled inside the number is its unit: "a million and a half" is 1,500,000.
            half = 0.5 * (vocab.SCALES.get(t.low(j - 1), 1) if p.core.words and p.mult == 1.0 else 1)
            p.low += half
            p.high += half
            p.j = j + 3

    def _number_start(self, p: _Read) -> None:
        """A currency code, or a sign written before the number: "USD 5", "Rs 40", "-12.99", ".08", "minus 15"."""
        t, i, core = self.t, p.i, p.core
        if (
            p.start == i
            and i > 0
            and (t.lower[i - 1] in vocab.CURRENCY_CODES or t.lower[i - 1] in vocab.CURRENCY_ABBREVIATIONS)
        ):
            p.currency = vocab.CURRENCY_ABBREVIATIONS.get(t.lower[i - 1]) or t.lower[i - 1].upper()
            p.start = i - 1
        # Negative numbers in tables: "-12.99" with the sign glued on and a space before.
        elif (
            p.start == i
            and i > 0
            and t.lower[i - 1] in ("-", "\u2212")
            and t.adjacent(i)
            and (i == 1 or not t.adjacent(i - 1))
            and not core.words
        ):
            p.neg = True
            p.start = i - 1
        elif core.lead_dot and p.start == i:
            p.start = i - 1
        elif p.start == i and t.low(i - 1) in vocab.SIGN_WORDS and not core.vague:
            # Spoken signs: "minus fifteen" degrees, "plus thirty-three".
            p.start = i - 1
            p.neg = t.low(i - 1) != "plus"
        p.num_start = i if p.currency else p.start

    def _scale(self, p: _Read) -> None:
        """Scale after the number: "1.2 million", "$3bn", "$449K", "two dozen"."""
        t, core, j = self.t, p.core, p.j
        if core.vague or core.fraction:
            return
        sc = t.low(j)
        if sc in vocab.SCALES and not (core.words and sc == "hundred"):
            p.mult = float(vocab.SCALES[sc])
            j += 1
            if t.low(j) in vocab.SCALES and vocab.SCALES[t.low(j)] > vocab.SCALES[sc]:
                p.mult *= vocab.SCALES[t.low(j)]
                j += 1
        elif sc in ("dozen", "dozens") and (not core.words or sc == "dozens"):
            p.mult = 12.0
            j += 1
        elif sc in vocab.SCALE_ABBREVIATIONS and self._abbrev_is_scale(j, p.currency is not None):
            p.mult = float(vocab.SCALE_ABBREVIATIONS[sc])
            j += 1
        elif p.currency is not None and t.adjacent(j) and t.words[j] == "MM":
            p.mult = 1_000_000.0  # "$5MM": finance's million, where "5mm" is millimetres
            j += 1
        p.j = j

    def _scaled_numeral(self, p: _Read) -> None:
        """A numeral scaled in words and continued: "3 hundred and 21", "4 thousand 3 hundred and 21"."""
        t = self.t
        if p.mult not in (100.0, 1000.0) or not p.core.plain_int or p.core.words:
            return
        acc, last, k = p.core.low * p.mult, p.mult, p.j
        while True:
            k2 = k + 1 if t.low(k) == "and" else k
            nw = t.low(k2)
            if not nw.isdigit() or float(nw) >= last:
                break
            v2 = float(nw)
            sc2 = t.low(k2 + 1)
            if sc2 in ("hundred", "thousand") and vocab.SCALES[sc2] < last and v2 < 1000:
                acc, last, k = acc + v2 * vocab.SCALES[sc2], float(vocab.SCALES[sc2]), k2 + 2
                continue
            if sc2 in vocab.SCALES or sc2 in vocab.SCALE_ABBREVIATIONS:
                break  # "3 hundred and 2 hundred": two numbers
            if k2 == k + 1:
                acc, k = acc + v2, k2 + 1
            break
        if k > p.j:
            p.low = p.high = acc
            p.mult = 1.0
            p.j = k

    def _bare(self, p: _Read) -> None:
        """Shapes skipped: the number alone, scaled and signed, as a count."""
        p.low *= p.mult
        p.high *= p.mult
        if p.neg:
            p.low, p.high = -p.high, -p.low
        p.start = p.left_start = p.num_start
        p.unit_end = p.bare_end = p.j

    # ---- step 2: the shape -----------------------------------------------
    def _shape(self, p: _Read) -> None:
        """What the number measures and how: height, share, range, unit, money, age, qualifiers."""
        height = self._height(p.i, p.core)
        if height is not None:
            # "6'3\"", "5’11”": one height in inches, not two counts.
            inches, p.j = height
            p.low = p.high = inches
            p.kind, p.unit, p.start, p.height = "distance", "inches", p.i, True
            return
        if p.core.fraction:
            p.kind, p.unit = "percent", "%"
        self._share(p)
        p.low *= p.mult
        p.high *= p.mult
        if p.neg:
            p.low, p.high = -p.high, -p.low
        # Range partner: "40-50", "350–375 million", "between 19 and 21", "from 40 to 50".
        p.left_q, p.left_start = self._left_qualifier(p.start)
        p.rng = self._range(p.j, p.core, p.mult, p.left_q)
        if p.rng is not None:
            p.low, p.high, p.j = p.rng
            p.qualifier = "range"
        self._unit_after(p)
        self._money(p)
        self._unit_range(p)
        p.unit_kind, p.unit_end = p.kind, p.j
        self._age_words(p)
        p.bare_kind, p.bare_end = p.kind, p.j
        if self._apposed_age(p):
            p.kind, p.unit = "age", "years"
        self._suffix_qualifier(p)
        self._merge_left_qualifier(p)

    def _share(self, p: _Read) -> None:
        """Fractions and shares: "two-thirds", "three quarters billion", "one in five", "1 in 20"."""
        t, core, j = self.t, p.core, p.j
        if core.words and not core.vague and not core.fraction and j < len(t):
            k = j + 1 if t.low(j) == "-" and t.adjacent(j) else j
            fw = t.low(k)
            if fw in vocab.FRACTIONS and core.low <= 10 and (k == j or t.adjacent(k)):
                self._word_fraction(p, k)
            elif fw in ("in", "out") and not core.fraction:
                self._word_share(p, k)
        if core.plain_int and not core.words and p.mult == 1.0 and t.low(p.j) == "in" and core.low == 1:
            self._numeral_share(p)

    def _word_fraction(self, p: _Read, k: int) -> None:
        """ "two-thirds", "one third", "three quarters"; of a scale it is a count: "two thirds of a million"."""
        t, core = self.t, p.core
        fw = t.low(k)
        if fw in ("second", "seconds") or not (fw.endswith("s") or core.low == 1):
            return
        sk = k + 1
        if t.low(sk) == "of" and t.low(sk + 1) == "a":
            sk += 2
        if t.low(sk) in _SHARED_SCALES:
            p.low = p.high = round(core.low * vocab.SCALES[t.low(sk)] / vocab.FRACTIONS[fw], 2)
            p.j = sk + 1
        else:
            p.low = p.high = round(core.low * 100 / vocab.FRACTIONS[fw], 2)
            p.kind, p.unit = "percent", "%"
            p.j = k + 1
            core.fraction = True

    def _word_share(self, p: _Read, k: int) -> None:
        """ "one in five", "three out of four"."""
        t, core = self.t, p.core
        k2 = k + 1 if t.low(k) == "in" else (k + 2 if t.low(k + 1) == "of" else -1)
        if k2 <= 0:
            return
        if t.low(k2) == "every":  # "two out of every three"
            k2 += 1
        other = self._core(k2)
        if (
            other is not None
            and not other.vague
            and other.low > 0
            and core.low < other.low
            and t.low(other.end) not in vocab.MEASURE_UNITS
            and t.low(other.end) not in vocab.SCALES
        ):
            p.low = p.high = round(core.low * 100 / other.low, 2)
            p.kind, p.unit = "percent", "%"
            p.j = other.end
            core.fraction = True

    def _numeral_share(self, p: _Read) -> None:
        """ "1 in 5 adults": a share written with numerals ("2 in 5" is too often a score or a count)."""
        t, core, j = self.t, p.core, p.j
        k = j + 2 if t.low(j + 1) == "every" else j + 1  # "1 in every 5"
        nw = t.low(k)
        other = self._core(k) if nw[:1].isdigit() or nw in vocab.NUMBER_WORDS else None
        if (
            other is not None
            and not other.vague
            and not other.fraction
            and core.low < other.low
            and t.low(other.end) not in vocab.MEASURE_UNITS
            and not self._is_month(other.end)
            and t.low(other.end) not in vocab.SCALES
            and t.low(other.end) not in ("%", "percent")
            and not (other.plain_int and len(t.words[k]) == 4 and 1000 <= other.low <= 2100)
        ):
            p.low = p.high = round(core.low * 100 / other.low, 2)
            p.kind, p.unit = "percent", "%"
            p.j = other.end
            core.fraction = True

    def _unit_after(self, p: _Read) -> None:
        """Units and currencies after the number: "%", "per cent", "dollars", "EUR", "miles"."""
        t, j = self.t, p.j
        if p.core.times:
            p.kind, p.unit = "other", "times"
            return
        if p.core.unit_at >= 0:
            p.kind, p.unit = vocab.MEASURE_UNITS[t.low(p.core.unit_at)]
            return
        if t.low(j) in ("x", "×") and self._dimension(p):
            return
        if self._glued_times(j - 1):
            p.kind, p.unit = "other", "times"
            p.j += 1
            return
        if p.core.vague and t.low(j) == "of" and self._vague_of_unit(p, j + 1):
            return
        u = t.low(j)
        no_money = p.core.fraction or p.currency is not None
        if u in vocab.PERCENT_WORDS or (u in vocab.GLUED_PERCENT and t.adjacent(j)):  # "3.5pc"
            p.kind, p.unit = "percent", "%"
            p.j += 1
            if u == "percentage" and t.low(j + 1) in ("point", "points"):
                p.unit = "percentage points"
                p.j += 1
        elif u == "per" and t.low(j + 1) == "cent":
            p.kind, p.unit = "percent", "%"
            p.j += 2
        elif u in vocab.CURRENCY_WORDS and not no_money:
            code, factor = vocab.CURRENCY_WORDS[u]
            p.kind, p.unit = "money", code
            p.low, p.high = p.low * factor, p.high * factor
            p.j += 1
        elif u in ("pounds",) and t.low(j + 1) == "sterling":
            p.kind, p.unit = "money", "GBP"
            p.j += 2
        elif u in vocab.CURRENCY_CODES and not no_money:
            p.kind, p.unit = "money", u.upper()
            p.j += 1
        elif not no_money:
            p.j, p.kind, p.unit = self._measure_unit(j, p.kind, p.unit)

    def _glued_times(self, i: int) -> bool:
        """ "5x zoom", "3x faster": a small x glued after the number, and no second number after it."""
        t = self.t
        return t.adjacent(i + 1) and t.words[i + 1] == "x" and not t.low(i + 2)[:1].isdigit()

    def _dimension(self, p: _Read) -> bool:
        """ "2,400 x 1,080 pixels", "10×12 feet": two sides, the first takes the unit written after
        the second (each side is its own quantity); "5x zoom" is a multiple, not a side."""
        t = self.t
        other = self._core(p.j + 1)
        if other is None or other.vague or not t.low(p.j + 1)[:1].isdigit():
            return False
        end, kind, unit = self._measure_unit(other.end, "count", None)
        if end > other.end:
            p.kind, p.unit = kind, unit
        return True

    def _vague_of_unit(self, p: _Read, k: int) -> bool:
        """A vague amount of a unit: "tens of millions of dollars", "thousands of miles", "millions of years"."""
        u = self.t.low(k)
        if u in vocab.CURRENCY_WORDS and u.endswith("s") and p.currency is None:
            code, factor = vocab.CURRENCY_WORDS[u]
            p.kind, p.unit = "money", code
            p.low, p.high = p.low * factor, p.high * factor
            p.j = k + 1
            return True
        if u in vocab.MEASURE_UNITS and u.endswith("s"):
            end, kind, unit = self._measure_unit(k, p.kind, p.unit)
            if end > k:
                p.j, p.kind, p.unit = end, kind, unit
                return True
        return False

    def _money(self, p: _Read) -> None:
        """A currency before the number makes it money: "$2.53 per diluted share", "$2.52 a share"."""
        if p.currency is None:
            return
        t, j = self.t, p.j
        p.kind, p.unit = "money", p.currency
        if t.low(j) in ("per", "a") and t.low(j + 1) == "share":
            p.j += 2
        elif t.low(j) == "per" and t.low(j + 2) == "share":
            p.j += 3

    def _unit_range(self, p: _Read) -> None:
        """A range that repeats its unit: "0.6% to 0.7%", "$2 to $3"."""
        t, core = self.t, p.core
        if p.rng is not None or not (p.unit == "%" or p.currency is not None) or core.vague:
            return
        unit_tok = "%" if t.low(p.j - 1) == "%" else (t.low(p.start) if p.currency else None)
        if unit_tok != "%" and not p.currency:
            return
        k0 = p.j
        partner = _Core(core.low, core.high, k0, plain_int=core.plain_int)
        rng2 = self._range(k0, partner, p.mult, p.left_q, unit_tok if unit_tok == "%" else None)
        if rng2 is not None and ((p.unit == "%" and t.low(rng2[2] - 1) == "%") or p.currency):
            p.low, p.high, p.j = rng2
            p.qualifier = "range"
            p.rng = rng2

    def _age_words(self, p: _Read) -> None:
        """Age: "55-year-old", "8 years old", "aged 19", "ages 10, 8 and 4"."""
        t, j = self.t, p.j
        if (
            p.kind == "duration"
            and p.unit in ("years", "months", "weeks", "days")
            and (t.low(j) == "old" or (t.low(j) == "-" and t.low(j + 1) == "old"))
        ):
            p.kind = "age"
            p.j += 1 if t.low(j) == "old" else 2
        if (
            p.kind in ("count", "duration")
            and p.unit in (None, "years")
            and (
                t.low(p.start - 1) in vocab.AGE_WORDS
                or t.low(p.left_start - 1) in vocab.AGE_WORDS
                or self._in_age_list(p.start, p.j)
            )
        ):
            p.kind, p.unit = "age", "years"

    def _apposed_age(self, p: _Read) -> bool:
        """ "Jane Doe, 19, was shot": a number set off by commas after a name is the person's age."""
        core = p.core
        return (
            p.kind == "count"
            and p.qualifier == "exact"
            and (core.plain_int or (core.words and not core.fraction))
            and p.left_q is None
            and p.rng is None
            and p.mult == 1.0
            and p.start == p.i
            and 0 < core.low < 120
            and core.low == int(core.low)
            and self._name_age(p.i, p.j)
        )

    def _suffix_qualifier(self, p: _Read) -> None:
        """Suffix qualifiers: "12 and older", "five or more", "40+"."""
        t, j = self.t, p.j
        for key, q in vocab.SUFFIX_QUALIFIERS.items():
            if p.qualifier != "range" and tuple(t.lower[j : j + len(key)]) == key:
                if key == ("plus",) and not t.adjacent(j) and t.words[j] != "plus":
                    continue
                if key[-1] in vocab.AGE_SUFFIXES and p.kind == "count":
                    p.kind, p.unit = "age", "years"
                p.qualifier = q
                p.j += len(key)
                return
        # A range takes no suffix word, but a glued "+" still opens it: "40-50+".
        if t.low(j) == "+" and t.adjacent(j):
            p.qualifier = "at_least"
            p.j += 1
        elif p.qualifier != "range" and t.low(j) == "-" and t.low(j + 1) == "plus" and t.adjacent(j + 1):
            p.qualifier = "at_least"  # "$200m-plus"
            p.j += 2

    def _merge_left_qualifier(self, p: _Read) -> None:
        """The qualifier before the number ("more than", "about") sets the bounds unless a range or
        a suffix already did; "exact" ones ("just", "a total of") only join the text."""
        left_q = p.left_q
        if left_q is None:
            p.start = min(p.start, p.left_start)
            return
        keeps = p.qualifier == "range" or (p.qualifier == "vague" and left_q in ("approx", "exact"))
        if not keeps and left_q != "exact":
            p.qualifier = left_q
        p.start = p.left_start

    def _quantity(self, p: _Read) -> Quantity:
        low_v: float | None = p.low
        high_v: float | None = p.high
        if p.qualifier == "at_least":
            high_v = None
        elif p.qualifier == "at_most":
            low_v = None
        if low_v is not None and high_v is not None and low_v > high_v:
            low_v, high_v = high_v, low_v
        s_char = self.t.starts[p.start]
        e_char = self.t.ends[p.j - 1]
        return Quantity(
            self.text[s_char:e_char], s_char, e_char, _clean(low_v), _clean(high_v), p.qualifier, p.kind, p.unit
        )

    # ---- step 3: the figure filter ---------------------------------------
    # The filter judges a number as soon as it is found (dates, clock times, ordinals, ids, "one of"),
    # which spares reading the shape of most non-figures, and again once its shape is read: whether
    # "2019" is a year or "one" a pronoun depends on the unit and qualifier around it. Page
    # furniture, tip lines and gallery counters are blocked before the scan (``_block_furniture``).
    def _not_a_figure_number(self, p: _Read) -> bool:
        t, i, core = self.t, p.i, p.core
        if self._is_excluded(i, core, p.symbol):
            return True
        if t.low(core.end) == "-" and t.low(core.end + 1) in vocab.NUMBER_SIZE_WORDS and t.adjacent(core.end + 1):
            return True  # "a six-figure salary": the size of a number, not a figure
        return t.low(i) == "one" and core.end == i + 1 and t.low(i + 1) in vocab.ONE_OF

    def _not_a_figure_shape(self, p: _Read) -> bool:
        if p.height:
            return False
        if p.unit_kind == "count" and (self._year_or_name(p) or self._pronoun_one(p)):
            return True
        # "the 2200 block of Main Street", "the 33-hundred block", "the 400-block": a street block.
        return p.bare_kind == "count" and p.rng is None and self._street_block(p.bare_end, p.low)

    def _year_or_name(self, p: _Read) -> bool:
        core = p.core
        return core.plain_int and not p.neg and p.currency is None and self._is_year_or_name(p.i, core, p.left_q)

    def _pronoun_one(self, p: _Read) -> bool:
        """ "one" alone is often an article or pronoun; claims decide, but "no one",
        "the one", "each one" are never quantities."""
        t, i = self.t, p.i
        return (
            p.core.words
            and t.low(i) == "one"
            and p.unit_end == i + 1
            and not p.left_q
            and (
                t.low(i - 1) in vocab.ONE_PRONOUN_BEFORE
                or is_ordinal_word(t.low(i - 1))
                or t.low(i + 1) in vocab.ONE_PRONOUN_MODALS
            )
        )

    def _abbrev_is_scale(self, j: int, has_currency: bool) -> bool:
        """ "$3bn", "$449K", "5m people" scale the number; "100m race" is a distance."""
        sc = self.t.low(j)
        glued = self.t.adjacent(j)
        if sc in ("bn", "mn", "mln") and has_currency:
            return True
        if sc == "m":
            # A capital "10M" is millions; "100m" needs money or a counted noun after it.
            return glued and (has_currency or self.t.words[j] == "M" or self._million_not_metre(j))
        return glued

    def _million_not_metre(self, j: int) -> bool:
        # "5m people" is five million; "100m race", "a 5m-high wall" are metres.
        nxt = self.t.low(j + 1)
        return nxt.isalpha() and nxt not in vocab.METRE_CONTEXT

    def _measure_unit(self, j: int, kind: Kind, unit: str | None) -> tuple[int, Kind, str | None]:
        """A unit of measure after the number, or ``(j, kind, unit)`` unchanged."""
        t = self.t
        # Hyphenated compounds: "55-year-old", "1,900-mile-wide", "three-hour", "18-year".
        k = j + 1 if t.low(j) == "-" and t.adjacent(j) and t.adjacent(j + 1) else j
        u = t.low(k)
        if u not in vocab.MEASURE_UNITS or (u in vocab.GLUED_ONLY_UNITS and not (t.adjacent(k) and k == j)):
            return j, kind, unit
        named = self._unit_words(k)
        if named is None:
            return j, kind, unit
        end, uname = named
        return self._unit_tail(u, end, "duration" if uname == "minutes" else vocab.MEASURE_UNITS[u][0], uname)

    def _unit_words(self, k: int) -> tuple[int, str] | None:
        """The unit's words from token ``k``: "km", "metric tons", "nautical miles", "square feet"."""
        t = self.t
        u = t.low(k)
        if u == "light" and t.low(k + 1) in ("-", "years"):
            return None
        if u in vocab.TWO_WORD_UNITS:
            return (k + 2, vocab.MEASURE_UNITS[u][1]) if t.low(k + 1) in vocab.TWO_WORD_UNITS[u] else None
        if u in vocab.SQUARE_WORDS:
            return (k + 2, "square " + t.low(k + 1)) if t.low(k + 1) in vocab.SQUARED_UNITS else None
        if u == "m" and t.low(k - 2) == "h" and t.adjacent(k - 2) and t.low(k - 3)[:1].isdigit():
            return k + 1, "minutes"  # "2h 28m": minutes after hours
        return k + 1, vocab.MEASURE_UNITS[u][1]

    def _unit_tail(self, u: str, end: int, ukind: Kind, uname: str) -> tuple[int, Kind, str]:
        """What may follow a unit: "degrees C", "-year-old", "-mile-wide", "km/h"."""
        t = self.t
        if uname == "degrees" and t.low(end) in vocab.TEMPERATURE_SCALES:
            end += 1
        if u in ("degrees", "°") and t.low(end) in ("c", "f") and t.adjacent(end):
            end += 1
        # "-year-old" and "-month-old": the age is the unit word plus "old" ("two 19-year-olds": the age of each).
        if t.low(end) == "-" and t.low(end + 1) in vocab.OLD_WORDS and t.adjacent(end):
            return end + 2, "age", uname if uname in ("months", "weeks", "days") else "years"
        if t.low(end) == "-" and t.adjacent(end) and t.low(end + 1) in vocab.DIMENSION_WORDS:
            end += 2
        if uname == "km" and t.low(end) == "/" and t.low(end + 1) == "h":
            return end + 2, "other", "km/h"
        return end, ukind, uname

    def _range(
        self, j: int, core: _Core, mult: float, left_q: Qualifier | None, unit_tok: str | None = None
    ) -> tuple[float, float, int] | None:
        """A range partner after the number ending before token ``j``: ``(low, high, end)``."""
        t = self.t
        k = self._range_partner_at(j, core)
        if k is None:
            return None
        sep = t.low(j)
        other = self._core(k)
        if other is None or other.vague or other.fraction or core.fraction:
            return None
        if core.words != other.words and sep in ("-", "–", "—"):
            return None
        end, m2 = self._partner_scale(other)
        shared = self._word_scale_shared(core, other) if mult == 1.0 and m2 == 1.0 else 1.0
        scale_once = (mult == 1.0 and m2 != 1.0) or shared != 1.0
        if sep == "or" and not (scale_once or (other.low > core.low and m2 == 1.0 and other.low <= 100)):
            return None
        lo = core.low * (mult if mult != 1.0 else m2) * shared
        hi = other.high * (m2 if m2 != 1.0 else mult)
        # A bare "to" joins two numbers only when something marks them as one amount: "from",
        # a unit or percent after, a scale written once for both ("3 to 5 million") or a
        # currency written twice ("$10,000 to $20,000").
        if sep == "to" and not (
            self._left_word(j, "from")
            or t.low(end) in ("%", "percent", "per")
            or unit_tok is not None
            or t.low(end) in vocab.MEASURE_UNITS
            or scale_once
            or t.low(k - 1) in vocab.CURRENCY_SYMBOLS
            or self._word_pair(j, core, other)
        ):
            return None
        if unit_tok is not None:
            # "0.6% to 0.7%", "$2 to $3": the second number repeats the unit.
            if t.low(end) == unit_tok:
                end += 1
            elif unit_tok == "%" or t.low(end) in vocab.MEASURE_UNITS or t.low(end) in ("percent", "per"):
                return None
        if self._season(j, k, core, other, mult) or hi < lo:
            return None
        return lo, hi, end

    def _range_partner_at(self, j: int, core: _Core) -> int | None:
        """The token where a range's second number starts, after "-", "to", "and" (of "between"), "or"."""
        t = self.t
        sep = t.low(j)
        if sep not in ("-", "–", "—", "to", "and", "or"):
            return None
        if sep == "and" and not self._left_word(j, "between"):
            return None
        if sep in ("-", "–", "—") and core.words and not t.adjacent(j):
            return None
        k = j + 1
        # "one-to-seven days": hyphens around "to".
        if sep in ("-",) and t.low(k) == "to" and t.low(k + 1) == "-":
            k += 2
        # A repeated currency sign: "$2-$3 billion".
        if t.low(k) in vocab.CURRENCY_SYMBOLS:
            k += 1
        return k

    def _partner_scale(self, other: _Core) -> tuple[int, float]:
        """The scale after a range's second number: "350–375 million", "$2-3bn"."""
        t = self.t
        end = other.end
        sc = t.low(end)
        if sc in vocab.SCALES and not (other.words and sc == "hundred"):
            return end + 1, float(vocab.SCALES[sc])
        if sc in vocab.SCALE_ABBREVIATIONS and t.adjacent(end):
            return end + 1, float(vocab.SCALE_ABBREVIATIONS[sc])
        return end, 1.0

    def _word_pair(self, j: int, core: _Core, other: _Core) -> bool:
        """ "twenty to thirty people": two numbers in words, going up, are a range (scores are
        written in digits); "at five to ten" is a clock time."""
        return core.words and other.words and core.low < other.low and not self._left_word(j, "at")

    def _word_scale_shared(self, core: _Core, other: _Core) -> float:
        """ "five to ten thousand", "between two and three hundred": a scale spelled once, at the end
        of the second number, scales the first too; as a multiplier of the first number, else 1."""
        t = self.t
        w = t.low(other.end - 1)
        if not (core.words and other.words and w in vocab.SCALES) or t.low(core.end - 1) in vocab.SCALES:
            return 1.0
        return float(vocab.SCALES[w]) if core.low * vocab.SCALES[w] <= other.low else 1.0

    def _season(self, j: int, k: int, core: _Core, other: _Core, mult: float) -> bool:
        """ "2019-20" season or "1995-01" date-like pairs are no range."""
        t = self.t
        if not (t.low(j) == "-" and t.adjacent(j) and t.adjacent(k) and not core.words):
            return False
        w1, w2 = t.words[j - 1], t.words[k]
        return (
            len(w1) == 4
            and len(w2) in (2, 4)
            and 1000 <= core.low <= 2100
            and mult == 1.0
            and not (len(w2) == 4 and other.low > 2100)
        )

    def _left_word(self, j: int, word: str) -> bool:
        """True if ``word`` appears just before the number that ends before token ``j``."""
        t = self.t
        return any(t.lower[k] == word for k in range(j - 1, max(-1, j - 6), -1))

    def _left_qualifier(self, i: int) -> tuple[Qualifier | None, int]:
        t = self.t
        if t.low(i - 1) == "between" or t.low(i - 1) == "from":
            return None, i - 1 if t.low(i - 1) == "between" else i
        for size in range(_LEFT_MAX, 0, -1):
            if i - size < 0:
                continue
            key = tuple(t.lower[i - size : i])
            if key in _LEFT_QUAL:
                if key == ("c",) and not (t.low(i) == "." or t.words[i - 1] == "c"):
                    continue
                if key == ("some",) and t.low(i) in ("of",):
                    continue
                return _LEFT_QUAL[key], i - size
        return None, i

    def _is_excluded(self, i: int, core: _Core, has_currency: bool) -> bool:
        """Dates, clock times, ordinals, ids and numbers glued into names."""
        t = self.t
        if core.words or core.vague:
            return False
        nxt = t.low(i + 1)
        if self._ordinal_score_or_slash(i, core):
            return True
        if nxt in vocab.CLOCK_WORDS or (nxt in ("a", "p") and t.low(i + 2) == "." and t.low(i + 3) == "m"):
            return nxt != "hrs" or core.low >= 100  # "10 hrs" is a duration, "0600 hrs" a time
        if not has_currency and (self._glued_to_name(i) or self._format_name(i, core)):
            return True
        if t.low(i - 1) == "no" and t.words[i - 1] == "No" and t.low(i) and not t.adjacent(i + 1) and nxt != "one":
            # "No. 5" is handled by the full stop below; "No 10" is a name.
            return False
        if t.low(i - 1) == "." and t.low(i - 2) == "no":
            return True
        # Glued letters on the right that are not a unit or a scale: "737MAX", "5G", "4x200", "Christopher 2X".
        if t.adjacent(i + 1) and nxt.isalpha() and nxt not in _GLUED_OK and not self._glued_times(i):
            return True
        if core.plain_int and self._is_place_or_id(i):
            return True
        # A gun's calibre names its cartridge: "a 22-caliber rifle", "a .40 calibre pistol".
        if nxt in vocab.CALIBER_WORDS or (nxt == "-" and t.adjacent(i + 1) and t.low(i + 2) in vocab.CALIBER_WORDS):
            return True
        return core.plain_int and self._is_date(i, core.low)

    def _ordinal_score_or_slash(self, i: int, core: _Core) -> bool:
        t = self.t
        nxt = t.low(i + 1)
        glued_next = t.adjacent(i + 1)
        # Ordinals and decades: "488th", "1990s", "the 1300s".
        if glued_next and nxt in vocab.ORDINAL_SUFFIXES:
            return True
        # Scores, win-loss records and hyphenated ids: "won 4-1", "(6-5, 3-4)", "14-0-1", "787-9".
        # A glued pair that goes down (or stays level) is never a range; a glued triple never a quantity.
        if self._score_or_id(i, core):
            return True
        # Clock times and scores written with a colon; fractions and dates with a slash.
        if glued_next and nxt in (":", "/") and t.low(i + 2)[:1].isdigit():
            return True
        return t.adjacent(i) and t.low(i - 1) in (":", "/") and t.low(i - 2)[:1].isdigit()

    def _glued_to_name(self, i: int) -> bool:
        """Glued to letters on the left: "IK-3" "COVID-19", "MH17", "G7", "#4"."""
        t = self.t
        if not t.adjacent(i):
            return False
        prev = t.low(i - 1)
        if (
            prev.isalpha()
            and prev not in vocab.CURRENCY_CODES
            and prev not in vocab.DOLLAR_PREFIXES
            and prev not in vocab.CURRENCY_ABBREVIATIONS
        ):
            return True
        if (
            prev in ("-", "–")
            and i >= 2
            and t.adjacent(i - 1)
            and t.low(i - 2).isalpha()
            and (t.words[i - 2][0].isupper() or len(t.words[i - 2]) <= 2)
        ):
            return True
        return prev in ("#", "№")

    def _format_name(self, i: int, core: _Core) -> bool:
        """ "5G", "4G": a network generation; "4K video", "in 8K": a screen format. Names, not figures."""
        t = self.t
        if not (core.plain_int and core.low < 10 and t.adjacent(i + 1)):
            return False
        w = t.words[i + 1]
        after = t.low(i + 2)
        return w == "G" or (
            w == "K" and (after in vocab.SCREEN_WORDS or (t.low(i - 1) in ("in", "at") and not after.isalpha()))
        )

    def _is_date(self, i: int, v: float) -> bool:
        """Dates: "August 14", "14 August", "Aug. 14", "14 Aug 2024", "May 3, 2019", "June 2020"."""
        prev = self.t.low(i - 1)
        if v <= 31 and (self._is_month(i - 1) or (prev == "." and self._is_month(i - 2)) or self._is_month(i + 1)):
            return True
        if 1000 <= v <= 2100 and prev == "," and (self._is_month(i - 3) or self._is_month(i - 2)):
            return True
        return 1000 <= v <= 2100 and self._is_month(i - 1)

    def _is_place_or_id(self, i: int) -> bool:
        """Street blocks, addresses, road numbers and designators: a place or an id, not a
        figure (GUIDE "page furniture: street numbers, ids")."""
        t = self.t
        nxt = t.low(i + 1)
        glued_next = t.adjacent(i + 1)
        # "the 1200 and 1300 blocks of" (the single "2200 block" is read in _parse_at).
        if nxt in ("and", "to", "&", "or") and t.low(i + 2)[:1].isdigit() and t.low(i + 3) in vocab.BLOCK_WORDS:
            return True
        # A broadcaster's name: "NBC 5", "KHOU 11", "WAVE 3" (US call signs start with K or W).
        if (
            _STATION.fullmatch(t.words[i - 1] if i > 0 else "")
            and t.words[i - 1] not in vocab.NOT_STATIONS
            and not t.adjacent(i)
            and nxt not in vocab.SCALES
            and nxt not in vocab.MEASURE_UNITS
        ):
            return True
        # A house number: "at 1400 W. Elm Ave.", "of 16 Hardy St.".
        if _ADDRESS_AFTER.match(self.text, t.ends[i]):
            return True
        # A road or a numbered designator before it: "Route 9", "U.S. Highway 61", "Apt. 8",
        # "room number 7", "ext. 303". Not when a unit or scale follows: "room 10 feet wide".
        # A compass letter glued to a road number names the road, it is no watt: "U.S. 25W".
        measured = (
            (nxt in vocab.MEASURE_UNITS and (nxt not in vocab.GLUED_ONLY_UNITS or glued_next) and nxt != "w")
            or nxt in vocab.SCALES
            or nxt in vocab.SCALE_ABBREVIATIONS
            or nxt in ("%", "percent", "-", "–")
        )
        k = i - 1
        if t.low(k) == "." and t.adjacent(k) and t.low(k - 1) in vocab.ABBREVIATED_DESIGNATORS:
            k -= 1  # "Apt. 8", "Hwy. 61"
        w = t.words[k] if k >= 0 else ""
        if not measured and (
            w.lower() in vocab.DESIGNATORS or (w[:1].isupper() and w.lower() in vocab.ROADS | vocab.BROADCAST_WORDS)
        ):
            return True
        if (
            not measured
            and k >= 3
            and t.words[k - 3 : k + 1] == vocab.US_TOKENS
            and (not nxt.isalpha() or nxt in vocab.ROUTE_TAIL or t.words[i + 1][0].isupper())
        ):
            return True  # "U.S. 41 near Ochopee", not "in the U.S. 50 people die"
        # Copyright years: "© 2017 WHAS-TV", "Copyright 2016".
        if t.low(i - 1) in vocab.COPYRIGHT_WORDS:
            return True
        # The emergency number: "called 911", "911 calls", "the 911 caller's".
        return t.words[i] == vocab.EMERGENCY_NUMBER and (
            t.low(i - 1) in vocab.DIAL_WORDS or re.split("['’]", nxt)[0] in vocab.DIAL_NOUNS
        )

    def _height(self, i: int, core: _Core) -> tuple[float, int] | None:
        """Feet and inches written with marks: "6'3\"", "5’11”", "6′0″" -> (inches, end token)."""
        t = self.t
        if not core.plain_int or not 3 <= core.low <= 8 or t.low(i + 1) not in _FEET_MARKS or not t.adjacent(i + 1):
            return None
        k = i + 2
        if not t.low(k).isdigit() or not t.adjacent(k) or int(t.low(k)) > 11:
            return None
        end = k + 1
        if t.low(end) in _INCH_MARKS and t.adjacent(end):
            end += 1
        elif t.low(end) in _FEET_MARKS and t.low(end + 1) in _FEET_MARKS and t.adjacent(end):
            end += 2  # two apostrophes for the inch mark
        return core.low * 12 + int(t.low(k)), end

    def _in_age_list(self, start: int, j: int) -> bool:
        """ "ages 10, 8 and 4": every number of the list is an age; "Doe and Roe, both 24." too."""
        t = self.t
        if not t.words[start].isdigit():
            return False  # "ages 14, 18, and two 19-year-olds": a word is a count of people
        k = start - 1
        if t.low(k) == "both" and t.low(k - 1) == "," and (j >= len(t) or t.low(j) in (",", ".", ";", ")", "and")):
            return True
        for _ in range(8):  # back over "N," / "N and" / "N, and" to the "ages" that opens the list
            if t.low(k) == "and" and t.low(k - 1) == ",":
                k -= 1
            if t.low(k) not in (",", "and") or not t.low(k - 1).isdigit():
                return False
            k -= 2
            if t.low(k) in ("ages", "aged"):
                return True
        return False

    def _street_block(self, j: int, value: float) -> bool:
        t = self.t
        k = j + 1 if t.low(j) == "-" and t.adjacent(j) and t.adjacent(j + 1) else j
        if t.low(k) == vocab.HUNDRED:  # "the 33-hundred block"
            k, value = k + 1, value * 100
        if t.low(k) not in vocab.BLOCK_WORDS:
            return False
        # "a two-block radius", "two block parties" are counts; a block number is a round hundred.
        return t.low(k + 1) == "of" or (t.low(k) != "blocks" and value >= 100 and value % 100 == 0)

    def _name_age(self, i: int, j: int) -> bool:
        """ "Jane Doe, 19," / "Smith, 34 and Jones, 27" / "Roe Jr., 45)": an apposed age."""
        t = self.t
        if t.low(i - 1) != ",":
            return False
        k = i - 2
        if t.low(k) == "." and t.low(k - 1) in vocab.NAME_SUFFIXES:
            k -= 1
        if t.low(k) in vocab.APPOSED_PERSON_NOUNS and t.low(j) == ",":
            return True  # "A woman, 21, was shot", "her son, 4, was hit"
        if not self._is_name(k):
            return False
        nxt = t.low(j)
        if nxt in (",", ")", ";", "(") or (nxt == "." and (j + 1 >= len(t) or not t.adjacent(j + 1))):
            return True
        if nxt == "of" and j + 1 < len(t):
            # "Roe, 31 of Dayton", "Roe, 31 of 12 Elm St.": a home town or address follows the age,
            # where "Roe, 1 of 4 Marines" is a part of a count.
            w = t.words[j + 1]
            return (w[:1].isupper() and w.isalpha()) or (
                w.isdigit() and bool(_ADDRESS_AFTER.match(self.text, t.ends[j + 1]))
            )
        if j >= len(t):
            return True  # the text ends on the age
        return nxt == "and" and j + 1 < len(t) and t.words[j + 1][:1].isupper()

    def _is_name(self, k: int) -> bool:
        """Token ``k`` ends a person's name: "Doe", "O’Neal"; "May" only after a first name."""
        t = self.t

        def cap(m: int) -> bool:
            w = t.words[m] if m >= 0 else ""
            return w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha()

        if not cap(k):
            return False
        if t.lower[k] not in vocab.NOT_NAMES:
            return True
        # "Thomas May", "Bernard August", "Christian Page": a surname that is also a common word.
        return cap(k - 1) and t.lower[k - 1] not in vocab.NOT_NAMES

    def _score_or_id(self, i: int, core: _Core) -> bool:
        t = self.t

        def num(k: int) -> float | None:
            w = t.low(k)
            return float(w) if w.isdigit() else None

        def dash(k: int) -> bool:
            return t.low(k) in ("-", "–") and t.adjacent(k) and t.adjacent(k + 1)

        if not core.plain_int:
            return False
        nxt = num(i + 2) if dash(i + 1) else None
        prev = num(i - 2) if i >= 2 and dash(i - 1) else None
        if (nxt is not None and dash(i + 3) and num(i + 4) is not None) or (
            prev is not None and i >= 4 and dash(i - 3) and num(i - 4) is not None
        ):
            return True  # "14-0-1", "9-2-1", the middle and last of a triple
        if nxt is not None and nxt <= core.low:
            return True  # "4-1", "0-0", "112-107"
        return prev is not None and prev >= core.low and (i < 4 or not dash(i - 3))

    def _is_month(self, k: int) -> bool:
        t = self.t
        if not 0 <= k < len(t):
            return False
        w = t.lower[k]
        if w not in MONTHS:
            return False
        return not (w in vocab.WEAK_MONTHS and not t.words[k][0].isupper())

    def _is_year_or_name(self, i: int, core: _Core, left_q: Qualifier | None) -> bool:
        """A bare integer that is a year, or part of a name like "Boeing 737"."""
        t = self.t
        v = core.low
        nxt = t.low(i + 1)
        if (
            1000 <= v <= 2100
            and len(t.words[i]) == 4
            and left_q is None
            and nxt in ("-", "–", "—")
            and t.low(i + 2).isdigit()
            and float(t.low(i + 2)) > 2100
        ):
            return False  # "1000-5000": a range whose other end cannot be a year
        if 1000 <= v <= 2100 and len(t.words[i]) == 4 and left_q is None:
            # "2,000 soldiers" has a comma; "2000 soldiers" is rare next to "in 2000".
            if not (nxt.endswith("s") and nxt.isalpha() and nxt not in vocab.NOT_PLURALS):
                return True
            if t.low(i - 1) in vocab.YEAR_BEFORE:
                return True
        if i > 0 and left_q is None:
            pw = t.words[i - 1]
            if (
                pw[:1].isupper()
                and pw.isalpha()
                and pw.lower() not in vocab.NAME_OK_BEFORE
                and self._not_sentence_start(i - 1)
            ):
                return True
            if pw == "&" or (i > 1 and t.words[i - 2] == "&"):
                return True
        return False

    def _not_sentence_start(self, k: int) -> bool:
        t = self.t
        if k == 0:
            return False
        p = t.words[k - 1]
        return not (
            p in (".", "!", "?", ":", "“", '"', "(", "—", "–", "-", "]")
            or "\n" in self.text[t.ends[k - 1] : t.starts[k]]
        )


_FEET_MARKS = frozenset({"'", "’", "′"})
_INCH_MARKS = frozenset({'"', "”", "″"})
# Courts are not streets: "Supreme Court", "District Court"; nor is the "Highway Patrol".
_STREET_SUFFIX = (
    r"(?:"
    + "|".join(vocab.STREET_SUFFIXES)
    + r"|(?:"
    + "|".join(vocab.HIGHWAY_SUFFIXES)
    + r")(?!\.?\s+(?:"
    + "|".join(vocab.HIGHWAY_AGENCIES)
    + r"))|"
    + "".join(f"(?<!{w} )" for w in vocab.LAW_COURTS)
    + r"(?:"
    + "|".join(vocab.COURT_SUFFIXES)
    + r"))\b"
)
# Up to four capitalised words (or an ordinal street, "35th") then a street suffix, after
# an optional direction: "1400 W. Elm Ave.", "30 Porter Street", "2527 Elms Court".
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:(?:[NSEW]|N\.?[EW]|S\.?[EW]|" + "|".join(vocab.COMPASS_WORDS) + r")\.?[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))[ \t]+){1,4}" + _STREET_SUFFIX
)
_STATION = re.compile(vocab.CALL_SIGN + "|" + "|".join(vocab.NETWORKS))


def _clean(v: float | None) -> float | None:
    """Round away float noise from scaling (1.2 * 1e6) without hiding real decimals."""
    if v is None:
        return None
    if v != v or v in (float("inf"), float("-inf")):
        return None
    r = round(v, 6)
    return float(int(r)) if r == int(r) and abs(r) < 1e18 else r
