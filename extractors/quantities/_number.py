"""Step 1 of the scanner: the number itself.

The core number (digits, words, vague amounts, fractions, multiples) with a currency mark
or sign before it and a scale after it: "$3bn", "two point five million", "minus 15",
"a year and a half", "3 hundred and 21".
"""

from __future__ import annotations

import re

from extractors.numbers import decimal_digits, is_ordinal_word, parse_numeral, parse_word_number
from extractors.quantities._reading import Core, Read, TokenReader
from extractors.vocabulary import en as vocab

#: Scales a fraction can be a share of: "a quarter million", "two thirds of a billion".
SHARED_SCALES = frozenset(vocab.SCALES) - {vocab.HUNDRED}
#: Multiples in one word: "tenfold", "hundredfold".
FOLD_WORDS = frozenset(w + vocab.FOLD_SUFFIX for w in vocab.NUMBER_WORDS)
#: Words that spell the digits after "point".
_DECIMAL_WORDS = frozenset(vocab.SMALL_NUMBERS) | frozenset(vocab.TENS) | frozenset(vocab.ZERO_DIGITS)
_VAGUE_KEYS: list[tuple[str, ...]] = sorted((tuple(k.split()) for k in vocab.VAGUE_AMOUNTS), key=len, reverse=True)
_VAGUE_FIRST = frozenset(k[0] for k in _VAGUE_KEYS)


#: Comparatives a share may measure against "than": "a third less than", "a quarter cheaper than".
_COMPARED = frozenset(("less", "more", "fewer", "cheaper", "lower", "higher", "bigger", "smaller", "longer", "shorter"))
#: Qualifier words between a verb of changing and a share: "climbed nearly a fifth".
_SHARE_QUALIFIERS = frozenset(("nearly", "almost", "about", "around", "roughly", "over", "more", "just", "some"))


class NumberStep(TokenReader):
    """Reads the number at a token: ``_number`` and the core readers it calls."""

    def _number(self, i: int) -> Read | None:
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
        p = Read(i, core, start, start, core.end, core.low, core.high, "vague" if core.vague else "exact")
        p.currency, p.symbol = currency, currency is not None
        self._number_start(p)
        self._and_a_half(p)
        self._scale(p)
        self._scaled_numeral(p)
        if p.mult != 1.0:
            self._and_a_half(p)
        return p

    def _core(self, i: int) -> Core | None:
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
            # "twice as many", "twice the target": a multiple; "shot twice in the leg" counts times it happened
            nxt = t.low(i + 1)
            when = nxt in ("this", "that", "last") and t.low(i + 2) in vocab.CALENDAR_SPANS  # "twice this year"
            times = nxt == "as" or (nxt in vocab.MULTIPLIED_WORDS and not when)
            return Core(v, v, i + 1, words=True, times=times)
        if w in vocab.MULTIPLES_BEFORE and t.low(i + 1) in vocab.MULTIPLIED_WORDS:
            v = vocab.MULTIPLES_BEFORE[w]
            return Core(v, v, i + 1, words=True, times=True)  # "double the figure in 2015"
        if w in FOLD_WORDS:
            fold = parse_word_number([w[: -len(vocab.FOLD_SUFFIX)]])  # "tenfold", "hundredfold"
            return None if fold is None else Core(fold, fold, i + 1, words=True, times=True)
        if w == "half":
            return self._half(i)
        if w in vocab.FRACTIONS and t.low(i + 1) in SHARED_SCALES:
            v = vocab.SCALES[t.low(i + 1)] / vocab.FRACTIONS[w]  # "quarter million"
            return Core(v, v, i + 2, words=True)
        if w in vocab.ARTICLES:
            return self._article_core(i)
        if w in vocab.NUMBER_WORDS:
            return self._word_core(i)
        return None

    def _vague(self, i: int) -> Core | None:
        """Vague amounts: longest phrase first ("several hundred" before "several")."""
        t = self.t
        for key in _VAGUE_KEYS:
            if tuple(t.lower[i : i + len(key)]) == key:
                if key[:2] == ("a", "couple") and not self._couple_is_number(i + len(key)):
                    continue
                if key == ("scores",) and not self._scores_is_number(i):
                    continue
                lo, hi = vocab.VAGUE_AMOUNTS[" ".join(key)]
                return Core(lo, hi, i + len(key), vague=True, words=True)
        return None

    def _scores_is_number(self, i: int) -> bool:
        """ "scores of people", "killing scores" vs "test scores rose", "their scores": a noun after a modifier
        or a determiner is the results of a test (issue 13)."""
        t = self.t
        prev = t.low(i - 1) if i > 0 else ""
        if t.low(i + 1) == "of" or not prev.isalpha():
            return True
        if prev in vocab.DETERMINERS:
            return False
        return prev in vocab.NP_STOP_WORDS or prev.endswith(
            "ed"
        )  # "reading scores" is a modifier, "injured scores" a verb

    def _article_core(self, i: int) -> Core | None:
        """ "a half", "a quarter million", "a dozen", "a third of"."""
        t = self.t
        nw = t.low(i + 1)
        if nw == "half":
            return self._half(i + 1, start_a=True)
        # "a quarter million", "a quarter of a million": a fraction of a scale is a number, no share.
        scale_at = i + 4 if (t.low(i + 2), t.low(i + 3)) == ("of", "a") else i + 2
        if nw in vocab.FRACTIONS and t.low(scale_at) in SHARED_SCALES:
            v = vocab.SCALES[t.low(scale_at)] / vocab.FRACTIONS[nw]
            return Core(v, v, scale_at + 1, words=True)
        if nw in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
            return self._word_core(i)
        unit_at = self._unit_of_fraction(i + 1) if nw in vocab.FRACTIONS and nw != "half" else None
        if unit_at is not None:  # "a quarter-mile", "a third of a mile", "a quarter of a percentage point"
            v = 1 / vocab.FRACTIONS[nw]
            return Core(v, v, self._unit_end(unit_at), words=True, unit_at=unit_at)
        if nw in vocab.FRACTIONS and (t.low(i + 2) == "of" or self._share_alone(i)):
            v = round(100 / vocab.FRACTIONS[nw], 2)
            return Core(v, v, i + 2, fraction=True, words=True)
        if vocab.MEASURE_UNITS.get(nw, ("", ""))[0] == "duration" and (t.low(i + 2), t.low(i + 3), t.low(i + 4)) == (
            "and",
            "a",
            "half",
        ):
            return Core(1.5, 1.5, i + 5, words=True, unit_at=i + 1)  # "a year and a half"
        if nw in vocab.ONE_SPAN_UNITS and t.low(i - 1) in vocab.SPAN_BOUND_WORDS:
            return Core(1, 1, i + 2, words=True, unit_at=i + 1)  # "more than an hour", "under a week": one span
        return None

    def _share_alone(self, i: int) -> bool:
        """ "fell by a third.", "cut by nearly a quarter since 2020": a change by a share, with no
        noun after it. Without "by" it is an ordinal too often: "a third in the arm", "a fourth,
        also 28" (GUIDE decision 3)."""
        t = self.t
        nxt = t.low(i + 2)
        # "fell by a third", "cut by nearly a quarter", "climbed nearly a fifth": after "by" or a verb of changing.
        changed = "by" in (t.low(i - 1), t.low(i - 2)) or any(
            t.low(k) in vocab.MOVED_VERBS or t.low(k) in vocab.CHANGE_VERBS_PLAIN
            for k in (i - 1, i - 2)
            if k == i - 1 or t.low(i - 1) in _SHARE_QUALIFIERS
        )
        if t.low(i + 1) not in ("second", "seconds") and nxt in _COMPARED and t.low(i + 3) == "than":
            return True  # "roughly a third less than its predecessor": a share of the other figure
        return (
            changed
            and t.low(i + 1) not in ("second", "seconds")
            and (nxt in vocab.AFTER_SHARE or (nxt != "" and not nxt[0].isalnum() and nxt not in ("-", "'", "’")))
        )

    def _couple_is_number(self, j: int) -> bool:
        # "a couple of days", "a couple reasons" vs "the couple", "a couple who".
        w = self.t.low(j)
        return bool(w) and w.isalpha() and w.endswith("s") and not self.t.words[j][0].isupper()

    def _half(self, i: int, start_a: bool = False) -> Core | None:
        t = self.t
        nw = t.low(i + 1)
        before = t.low(i - 1) if i > 0 else ""
        if before in vocab.HALF_PART_WORDS or is_ordinal_word(before):
            return None  # "the first half of 2020", "the upper half of the case": a part, not a share
        if nw == "a" and t.low(i + 2) in (*vocab.SCALES, "dozen"):  # "half a million", "half a dozen"
            v = 0.5 * vocab.SCALES.get(t.low(i + 2), 12)
            return Core(v, v, i + 3, words=True)
        if nw in vocab.SCALES:  # "half million"
            v = 0.5 * vocab.SCALES[nw]
            return Core(v, v, i + 2, words=True)
        unit_at = self._unit_of_fraction(i)
        if unit_at is not None:  # "half a mile", "a half-mile", "half an hour", "half a percentage point"
            return Core(0.5, 0.5, self._unit_end(unit_at), words=True, unit_at=unit_at)
        # "fell by half", "cut by half": the share of a change; "by half past nine" is a clock
        # time and "by half-time" a point in a match.
        by_half = (before == "by" or (before in _SHARE_QUALIFIERS and t.low(i - 2) == "by")) and nw not in (
            "past",
            "-",
            "–",
        )  # "by almost half" too
        if nw in vocab.AFTER_HALF or (start_a and nw == "of") or by_half:
            return Core(50.0, 50.0, i + 1, fraction=True, words=True)
        return None

    def _unit_of_fraction(self, i: int) -> int | None:
        """The unit token of a fraction of one unit at token ``i``: "half a mile", "a half-mile",
        "a quarter of a mile", "half an hour". Only a unit written out in the singular; a hyphen
        only after "half" and "quarter", since "a third-year student" is an ordinal."""
        t = self.t
        hyphen = t.low(i) in ("half", "quarter") and t.low(i + 1) == "-" and t.adjacent(i + 1) and t.adjacent(i + 2)
        if hyphen or (t.low(i) == "half" and t.low(i + 1) in ("a", "an")):
            k = i + 2
        elif (t.low(i + 1), t.low(i + 2)) in (("of", "a"), ("of", "an")):
            k = i + 3
        else:
            return None
        if t.low(k) == "percentage" and t.low(k + 1) == "point":
            return k
        return k if t.low(k) in vocab.SINGULAR_UNITS else None

    def _unit_end(self, unit_at: int) -> int:
        """The token after a unit spelled inside a number: "mile", "percentage point"."""
        return unit_at + (2 if self.t.low(unit_at) == "percentage" else 1)

    def _digit_core(self, i: int) -> Core | None:
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
            return Core(v, v, i + 1, lead_dot=True)
        frac = vocab.VULGAR_FRACTIONS.get(t.words[i + 1]) if i + 1 < len(t) and "." not in w else None
        if frac is not None:  # "2½ years", "172 ½ years"
            return Core(v + frac, v + frac, i + 2)
        mixed = self._mixed_fraction(i) if w.isdigit() else None
        if mixed is not None:  # "2 1/2 miles", "a 1 1/2-story home"
            return Core(v + mixed, v + mixed, i + 4)
        core = Core(v, v, i + 1, plain_int=("," not in w and "." not in w))
        return core

    def _mixed_fraction(self, i: int) -> float | None:
        """The fraction after a whole number, written with a slash and a space before it: the 1/2 of
        "2 1/2 miles". Only halves, thirds, quarters, eighths and sixteenths below one, and no third
        slash part (a date "4 1/2/2020")."""
        t = self.t
        a, slash, b = t.low(i + 1), t.low(i + 2), t.low(i + 3)
        if t.adjacent(i + 1) or slash != "/" or not (t.adjacent(i + 2) and t.adjacent(i + 3)):
            return None
        if not (a.isdigit() and b.isdigit()) or t.low(i + 4) == "/":
            return None
        num, den = int(a), int(b)
        return num / den if den in (2, 3, 4, 8, 16) and 0 < num < den else None

    def _word_core(self, i: int) -> Core | None:
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
        return Core(v, v, end, words=True)

    def _and_a_half(self, p: Read) -> None:
        """ "one and a half million", "three and a half years", "a million and a half": plus a half
        of the number's unit, before the scale multiplies it."""
        t, j = self.t, p.j
        if p.core.vague or p.core.fraction or p.low != int(p.low):
            return
        spaced = (t.low(j), t.low(j + 1), t.low(j + 2)) == ("and", "a", "half")
        # "five-and-a-half years": the same words joined by hyphens, all glued
        hyphened = [t.low(k) for k in range(j, j + 6)] == ["-", "and", "-", "a", "-", "half"] and all(
            t.adjacent(k) for k in range(j, j + 6)
        )
        if spaced or hyphened:
            # A scale spelled inside the number is its unit: "a million and a half" is 1,500,000.
            half = 0.5 * (vocab.SCALES.get(t.low(j - 1), 1) if p.core.words and p.mult == 1.0 else 1)
            p.low += half
            p.high += half
            p.j = j + (3 if spaced else 6)

    def _number_start(self, p: Read) -> None:
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
        elif p.start == i and i >= 3 and (t.low(i - 3), t.low(i - 2), t.low(i - 1)) == ("plus", "or", "minus"):
            # "plus or minus 3 points": a margin either way, written as its size.
            p.start = i - 3
        elif p.start == i and t.low(i - 1) in vocab.SIGN_WORDS and not core.vague:
            # Spoken signs: "minus fifteen" degrees, "plus thirty-three".
            p.start = i - 1
            p.neg = t.low(i - 1) != "plus"
        p.num_start = i if p.currency else p.start

    def _scale(self, p: Read) -> None:
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

    def _scaled_numeral(self, p: Read) -> None:
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

    def _bare(self, p: Read) -> None:
        """Shapes skipped: the number alone, scaled and signed, as a count."""
        p.low *= p.mult
        p.high *= p.mult
        if p.neg:
            p.low, p.high = -p.high, -p.low
        p.start = p.left_start = p.num_start
        p.unit_end = p.bare_end = p.j
