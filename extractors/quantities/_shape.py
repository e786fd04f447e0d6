"""Step 2 of the scanner: the shape of a number, what it measures and how.

A bounded look-around from the number: percent, money, unit, range partner, share, age,
height, qualifier words on the left and suffixes on the right.
"""

from __future__ import annotations

from extractors.quantities._number import SHARED_SCALES, NumberStep
from extractors.quantities._places import ADDRESS_AFTER
from extractors.quantities._reading import TIMES_SIGNS, Core, Read
from extractors.records import Kind, Qualifier
from extractors.vocabulary import en as vocab

# Left qualifiers, as lower-case word tuples; longest match wins.
_LEFT_QUAL: dict[tuple[str, ...], Qualifier] = {}
for _q, _phrases in vocab.LEFT_QUALIFIERS.items():
    for _p in _phrases:
        _LEFT_QUAL[tuple(_p.split())] = _q
_APPOSED_DETERMINERS = vocab.APPOSED_DETERMINERS
_LEFT_MAX = max(len(k) for k in _LEFT_QUAL)
#: One-word approximations that may stand between "between" and its first number: "between about 16 and 19".
#: Hedges between a count and a higher guess at it: "two, possibly three", "one or maybe two".
_HEDGES = frozenset({"possibly", "perhaps", "maybe"})
#: Words that cannot stand as the adjective between a number and its plural noun: "52 to 47 in the vote".
_NOT_ADJECTIVES = frozenset(
    {"of", "in", "on", "at", "to", "for", "and", "or", "but", "the", "a", "an", "than", "per", "each", "every", "were"}
    | {"more", "less", "fewer", "with", "by", "from", "over", "under", "after", "before", "when", "last", "this"}
)
_APPROX_WORDS = frozenset(w for w in vocab.LEFT_QUALIFIERS["approx"] if " " not in w)

#: The last token of a percent's unit, repeated after a range's second number: "%", "percent", "per cent".
_PERCENT_TOKENS = frozenset({"%", "percent", "pct", "cent"})
#: Bounds that put an age on people before them: "people over 75", "children under 10".
_AGE_BOUND_WORDS = frozenset({("over",), ("under",)})
_FEET_MARKS = frozenset({"'", "’", "′"})


def _people_noun(word: str) -> bool:
    """ "drivers", "victims", "hikers": a noun for people, plural or not."""
    single = word[:-1] if word.endswith("s") else word
    return word in vocab.AGED_PEOPLE_NOUNS or any(
        single in nouns for nouns in (vocab.EVENT_PERSON_NOUNS, vocab.PERSON_ROLE_NOUNS, vocab.APPOSED_PERSON_NOUNS)
    )


def _by_first_word(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, code in table.items():
        out.setdefault(words[0], []).append((words, code))
    return out


#: The countries' currencies by the first word of their name ("hong" for "Hong Kong dollars").
_NATIONAL_CURRENCIES_BY_FIRST = _by_first_word(vocab.NATIONAL_CURRENCIES)
_INCH_MARKS = frozenset({'"', "”", "″"})


class ShapeStep(NumberStep):
    """Reads the shape of a number found by the number step: ``_shape`` and what it calls."""

    def _shape(self, p: Read) -> None:
        """What the number measures and how: height, share, range, unit, money, age, qualifiers."""
        spelled = self._feet_and_inches(p.i, p.core)
        height = spelled or self._height(p.i, p.core)
        if height is not None:
            # "6'3\"", "5’11”", "5 feet 10 inches": one height in inches, not two counts.
            inches, p.j = height
            p.low = p.high = inches
            p.kind, p.unit, p.start, p.height = "distance", "inches", p.i, True
            if spelled:  # "about 6-foot-2"
                p.left_q, p.left_start = self._left_qualifier(p.start)
                self._merge_left_qualifier(p)
            return
        if self._a_unit_or_more(p):
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
        p.rng = self._range(p.j, p.core, p.mult, p.left_q, start=p.start)
        if p.rng is not None:
            p.low, p.high, p.j = p.rng
            p.qualifier = "range"
        self._unit_after(p)
        self._money(p)
        self._unit_range(p)
        self._compound_unit(p)
        p.unit_kind, p.unit_end = p.kind, p.j
        self._age_words(p)
        p.bare_kind, p.bare_end = p.kind, p.j
        if self._apposed_age(p):
            p.kind, p.unit = "age", "years"
        self._suffix_qualifier(p)
        self._merge_left_qualifier(p)

    def _compound_unit(self, p: Read) -> None:
        """ "3 hours 21 minutes", "2 hours and 15 minutes", "7 pounds 6 ounces": one measure in the
        smaller unit, not two figures."""
        if p.unit not in vocab.COMPOUND_UNITS or p.low != p.high or p.qualifier == "range":
            return
        smaller, factor = vocab.COMPOUND_UNITS[p.unit]
        t, k = self.t, p.j
        if t.low(k) == "and":
            k += 1
        part = self._core(k) if k < len(t) else None
        if part is None or part.vague or part.fraction or not 0 < part.low < factor or part.low != part.high:
            return
        unit = vocab.MEASURE_UNITS.get(t.low(part.end))
        # "3h 20m": after hours an "m" glued to its number is minutes, not metres
        minutes = smaller == "minutes" and t.low(part.end) == "m" and t.adjacent(part.end)
        if (unit is None or unit[1] != smaller) and not minutes:
            return
        p.low = p.high = p.low * factor + part.low
        p.unit, p.j = smaller, part.end + 1

    def _a_unit_or_more(self, p: Read) -> bool:
        """ "a minute or two", "an hour or three": one unit up to a few, a range of the unit; the
        number alone would count nothing."""
        t, i = self.t, p.i
        unit = t.low(i - 2)
        if not (p.core.words and t.low(i - 1) == "or" and t.low(i - 3) in ("a", "an", "one")):
            return False
        if unit not in vocab.MEASURE_UNITS or unit.endswith("s") or not 1 < p.core.low <= 3:
            return False
        p.kind, p.unit = vocab.MEASURE_UNITS[unit]
        p.low, p.high, p.qualifier = 1.0, p.core.low, "range"
        p.start = p.num_start = i - 3
        p.unit_kind = p.bare_kind = p.kind
        p.unit_end = p.bare_end = p.j
        return True

    def _height(self, i: int, core: Core) -> tuple[float, int] | None:
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

    def _feet_and_inches(self, i: int, core: Core) -> tuple[float, int] | None:
        """Feet and inches spelled with unit words: "5 feet 10 inches", "6ft 2in", "6-foot-3",
        "six foot two" -> (inches, end token). A person's height, one quantity."""
        t = self.t
        if core.fraction or core.vague or not 3 <= core.low <= 8 or core.low != int(core.low):
            return None
        k = core.end
        hyphen = t.low(k) == "-" and t.adjacent(k)
        if hyphen:
            k += 1
        if t.low(k) not in ("feet", "foot", "ft"):
            return None
        k += 1
        if hyphen:
            if t.low(k) != "-" or not t.adjacent(k):
                return None  # "a 6-foot fence": a measure in feet
            k += 1
        inches = self._core(k) if k < len(t) else None
        if inches is None or inches.fraction or inches.vague or not 0 <= inches.low <= 11:
            return None
        end = inches.end
        if hyphen and t.low(end) == "-" and t.adjacent(end) and t.low(end + 1) in ("inches", "inch"):
            end += 2  # "6-feet-7-inches"
        elif t.low(end) in ("inches", "inch") or (t.low(end) == "in" and t.adjacent(end)):
            end += 1
        elif not hyphen and t.low(k - 1) != "foot":
            return None  # "5 feet 10 people": the second number is no inches
        return core.low * 12 + inches.low, end

    def _share(self, p: Read) -> None:
        """Fractions and shares: "two-thirds", "three quarters billion", "one in five", "1 in 20"."""
        t, core, j = self.t, p.core, p.j
        if core.words and not core.vague and not core.fraction and j < len(t):
            k = j + 1 if t.low(j) == "-" and t.adjacent(j) else j
            fw = t.low(k)
            if fw in vocab.FRACTIONS and core.low <= 10 and (k == j or t.adjacent(k)):
                self._word_fraction(p, k)
            elif fw in ("in", "out") and not core.fraction:
                self._word_share(p, k)
        if core.plain_int and not core.words and p.mult == 1.0 and t.low(p.j) == "in" and core.low >= 1:
            self._numeral_share(p)

    def _word_fraction(self, p: Read, k: int) -> None:
        """ "two-thirds", "one third", "three quarters"; of a scale it is a count: "two thirds of a million"."""
        t, core = self.t, p.core
        fw = t.low(k)
        if fw in ("second", "seconds") or not (fw.endswith("s") or core.low == 1):
            return
        sk = k + 1
        if t.low(sk) == "of" and t.low(sk + 1) == "a":
            sk += 2
        if t.low(sk) in SHARED_SCALES:
            p.low = p.high = round(core.low * vocab.SCALES[t.low(sk)] / vocab.FRACTIONS[fw], 2)
            p.j = sk + 1
        else:
            p.low = p.high = round(core.low * 100 / vocab.FRACTIONS[fw], 2)
            p.kind, p.unit = "percent", "%"
            p.j = k + 1
            core.fraction = True

    def _word_share(self, p: Read, k: int) -> None:
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

    def _numeral_share(self, p: Read) -> None:
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
            and (core.low == 1 or self._plural_after(other.end))
        ):
            p.low = p.high = round(core.low * 100 / other.low, 2)
            p.kind, p.unit = "percent", "%"
            p.j = other.end
            core.fraction = True

    def _plural_after(self, k: int) -> bool:
        """A plural noun at token ``k``, or after one adjective: "3 in 10 adults", "4 in 5 young voters",
        "100 to 150 new homes". Without it "2 in 5" is as often a score or two counts."""
        t = self.t
        w = t.words[k] if k < len(t) else ""
        if w.isalpha() and w.islower() and not w.endswith("s") and w not in vocab.NOT_PLURALS:
            if w in vocab.PLURAL_HEADS:
                return True
            if w in _NOT_ADJECTIVES or w.endswith("ly"):
                return False
            k += 1
            w = t.words[k] if k < len(t) else ""
        return (
            w.isalpha()
            and w.islower()
            and (w.endswith("s") or w in vocab.PLURAL_HEADS)
            and w not in vocab.NOT_PLURALS
            and w not in vocab.NOT_RANGE_NOUNS
        )

    def _left_qualifier(self, i: int) -> tuple[Qualifier | None, int]:
        t = self.t
        if t.low(i - 1) == "between" or t.low(i - 1) == "from":
            return None, i - 1 if t.low(i - 1) == "between" else i
        # "under age 12", "over the age of 70": the qualifier stands before the age words.
        if t.low(i - 1) == "age" or (t.low(i - 1), t.low(i - 2), t.low(i - 3)) == ("of", "age", "the"):
            a = i - 1 if t.low(i - 1) == "age" else i - 3
            q, start = self._left_qualifier_at(a)
            if q is not None:
                return q, start
        return self._left_qualifier_at(i)

    def _left_qualifier_at(self, i: int) -> tuple[Qualifier | None, int]:
        """The qualifier whose words end just before token ``i``."""
        t = self.t
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

    def _range(
        self,
        j: int,
        core: Core,
        mult: float,
        left_q: Qualifier | None,
        unit_tok: str | None = None,
        start: int = -1,
    ) -> tuple[float, float, int] | None:
        """A range partner after the number ending before token ``j``: ``(low, high, end)``.

        ``start`` is the first token of the number expression (its currency included)."""
        t = self.t
        k = self._range_partner_at(j, core)
        if k is None:
            return None
        sep = t.low(j)
        other = self._core(k)
        if other is None or other.vague or other.fraction or core.fraction or core.unit_at >= 0:
            return None
        if core.words != other.words and sep in ("-", "–", "—"):
            return None
        end, m2 = self._partner_scale(other)
        shared = self._word_scale_shared(core, other) if mult == 1.0 and m2 == 1.0 else 1.0
        scale_once = (mult == 1.0 and m2 != 1.0) or shared != 1.0
        if sep in ("or", ",") and not (scale_once or (other.low > core.low and m2 == 1.0 and other.low <= 100)):
            return None
        lo = core.low * (mult if mult != 1.0 else m2) * shared
        hi = other.high * (m2 if m2 != 1.0 else mult)
        # A bare "to" joins two numbers only when something marks them as one amount: "from",
        # a unit or percent after, a scale written once for both ("3 to 5 million") or a
        # currency written twice ("$10,000 to $20,000").
        if sep == "to" and not (
            self._left_word(j, "from")
            # "aged 18 to 65": an age word opens an age range, never a score.
            or (start >= 0 and self._age_range_opener(start))
            or t.low(end) in ("%", "percent", "per")
            or unit_tok is not None
            or t.low(end) in vocab.MEASURE_UNITS
            or scale_once
            or t.low(k - 1) in vocab.CURRENCY_SYMBOLS
            or self._word_pair(j, core, other)
            or self._digit_pair_of(end, core, other)
        ):
            return None
        if unit_tok is not None:
            # "0.6% to 0.7%", "25 percent and 28 percent", "$2 to $3": the second number repeats the unit.
            if t.low(end) == unit_tok:
                end += 1
            elif unit_tok == "cent" and t.low(end) == "per" and t.low(end + 1) == "cent":
                end += 2  # "5 per cent to 6 per cent"
            elif unit_tok in _PERCENT_TOKENS or t.low(end) in vocab.MEASURE_UNITS or t.low(end) in ("percent", "per"):
                return None
        if self._season(j, k, core, other, mult) or hi < lo:
            return None
        moved = lo > 0 and self._moved_from(start)
        if sep == "to" and (moved or self._change_then_level(start, k, unit_tok, lo, hi)):
            return None
        return lo, hi, end

    def _level_before_level(self, p: Read, j: int) -> bool:
        """ "rose from 220 to 226ppi", "grew from 10 to 25%": the first level takes the unit written
        after the second."""
        t = self.t
        if t.low(j) != "to" or p.currency is not None or not t.low(j + 1)[:1].isdigit():
            return False
        if not self._moved_from(p.start):
            return False
        other = self._core(j + 1)
        if other is None:
            return False
        if t.low(other.end) in ("%", "percent"):
            p.kind, p.unit = "percent", "%"
            return True
        end, kind, unit = self._measure_unit(other.end, "count", None)
        if end == other.end:
            return False
        p.kind, p.unit = kind, unit
        return True

    def _moved_from(self, start: int) -> bool:
        """ "rose from 0.9% to 1.2%", "went from $2 to $3": a move from one level to another, two
        quantities, when a verb of moving comes before in the sentence; "from 40 to 50 people came"
        stays a range, and so does "from zero to 60 mph" (a car's sprint, read as one span)."""
        t = self.t
        if t.low(start - 1) != "from":
            return False
        for v in range(start - 2, max(-1, start - 26), -1):
            w = t.low(v)
            if w in vocab.MOVED_VERBS or w in ("went", "goes", "go", "gone", "going"):
                return True
            if w in (".", ";", "!", "?"):
                return False
        return False

    def _change_then_level(self, start: int, k: int, unit_tok: str | None, lo: float, hi: float) -> bool:
        """ "fell by 0.2% to 4.1%", "rose $3 to $41": after a verb that reports a move, the first
        amount is the change and the second the level reached, two quantities. Only with the unit
        written on both and a level well above the change; "will rise by 10% to 15%" (a plain
        form, a forecast) and "lost 5 to 7 pounds" stay ranges."""
        t = self.t
        unit_both = unit_tok in _PERCENT_TOKENS or t.low(k - 1) in vocab.CURRENCY_SYMBOLS
        if start < 1 or not unit_both or not 0 < 2 * lo < hi:
            return False
        v = start - 1
        if t.low(v) != "by":
            return t.low(v) in vocab.MOVED_VERBS
        # "will raise the price of its plan by $2 to $17.99": with "by", the verb of changing may stand further
        # back in the clause, in any form, since the level is well above the change.
        for w in range(v - 1, max(-1, v - 14), -1):
            if t.low(w) in (";", ",", "!", "?") or (t.low(w) == "." and len(t.low(w - 1)) > 1):
                return False  # the clause ends there; the stop of "U.S." does not end it
            if t.low(w) in vocab.MOVED_VERBS or t.low(w) in vocab.CHANGE_VERBS_PLAIN:
                return True
        return False

    def _range_partner_at(self, j: int, core: Core) -> int | None:
        """The token where a range's second number starts, after "-", "to", "and" (of "between"), "or"."""
        t = self.t
        sep = t.low(j)
        if sep == "," and t.low(j + 1) in _HEDGES:
            return j + 2  # "two, possibly three"
        if sep not in ("-", "–", "—", "to", "and", "or"):
            return None
        if sep == "and" and not (self._left_word(j, "between") or self._between_opens(j)):
            return None
        if sep in ("-", "–", "—") and core.words and not t.adjacent(j):
            return None
        k = j + 1
        # "three or possibly four men": a hedge after "or".
        if sep == "or" and t.low(k) in _HEDGES:
            k += 1
        # "one-to-seven days": hyphens around "to".
        if sep in ("-",) and t.low(k) == "to" and t.low(k + 1) == "-":
            k += 2
        # A repeated currency sign: "$2-$3 billion".
        if t.low(k) in vocab.CURRENCY_SYMBOLS:
            k += 1
        return k

    def _between_opens(self, j: int) -> bool:
        """ "between the ages of about 16 and 19": "between" further back than ``_left_word`` looks,
        with only an age phrase and a qualifier between it and the number."""
        t = self.t
        k = j - 2  # the token before a one-token number
        for _ in range(6):
            w = t.low(k)
            if w == "between":
                return True
            if w not in vocab.AGE_BRIDGE_WORDS and w not in vocab.AGE_WORDS and w not in _APPROX_WORDS:
                return False
            k -= 1
        return False

    def _partner_scale(self, other: Core) -> tuple[int, float]:
        """The scale after a range's second number: "350–375 million", "$2-3bn"."""
        t = self.t
        end = other.end
        sc = t.low(end)
        if sc in vocab.SCALES and not (other.words and sc == "hundred"):
            return end + 1, float(vocab.SCALES[sc])
        if sc in vocab.SCALE_ABBREVIATIONS and t.adjacent(end):
            return end + 1, float(vocab.SCALE_ABBREVIATIONS[sc])
        return end, 1.0

    def _word_pair(self, j: int, core: Core, other: Core) -> bool:
        """ "twenty to thirty people": two numbers in words, going up, are a range (scores are
        written in digits); "at five to ten" is a clock time."""
        return core.words and other.words and core.low < other.low and not self._left_word(j, "at")

    def _digit_pair_of(self, end: int, core: Core, other: Core) -> bool:
        """ "242 to 330 passengers", "50 to 60 workers": two numbers going up before a plural noun are one
        count's bounds (issue 13); a score or a vote ("won 3 to 1", "voted 52 to 47") has no noun after it."""
        return self._integer(core) and self._integer(other) and core.low < other.low and self._plural_after(end)

    def _integer(self, core: Core) -> bool:
        """A whole number in digits, with thousands commas or none: "150", "15,000"."""
        w = self.t.words[core.end - 1] if 0 < core.end <= len(self.t) else ""
        return core.plain_int or (not core.words and "." not in w and w.replace(",", "").isdigit())

    def _word_scale_shared(self, core: Core, other: Core) -> float:
        """ "five to ten thousand", "between two and three hundred": a scale spelled once, at the end
        of the second number, scales the first too; as a multiplier of the first number, else 1."""
        t = self.t
        w = t.low(other.end - 1)
        if not (core.words and other.words and w in vocab.SCALES) or t.low(core.end - 1) in vocab.SCALES:
            return 1.0
        return float(vocab.SCALES[w]) if core.low * vocab.SCALES[w] <= other.low else 1.0

    def _season(self, j: int, k: int, core: Core, other: Core, mult: float) -> bool:
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

    def _unit_after(self, p: Read) -> None:
        """Units and currencies after the number: "%", "per cent", "dollars", "EUR", "miles"."""
        t, j = self.t, p.j
        if p.core.times or (p.start >= 2 and t.low(p.start - 1) == "of" and t.low(p.start - 2) == "factor"):
            p.kind, p.unit = "other", "times"  # "grew by a factor of four" is four times
            return
        if p.core.unit_at >= 0:
            if t.low(p.core.unit_at) == "percentage":  # "half a percentage point"
                p.kind, p.unit = "percent", "percentage points"
            else:
                p.kind, p.unit = vocab.MEASURE_UNITS[t.low(p.core.unit_at)]
            return
        if self._side(p, j) or self._level_before_level(p, j):
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
        elif u in ("pounds",) and t.low(j + 1) == "sterling":
            p.kind, p.unit = "money", "GBP"
            p.j += 2
        elif not no_money and not self._money_after(p, j):
            p.j, p.kind, p.unit = self._measure_unit(j, p.kind, p.unit)

    def _money_after(self, p: Read, j: int) -> bool:
        """A currency word, code or country's currency at token ``j`` makes the figure money."""
        u = self.t.low(j)
        if u in vocab.CURRENCY_WORDS or (u == "p" and self._pence(j)):
            # "412p" is pence, like the word
            code, factor = vocab.CURRENCY_WORDS["pence" if u == "p" else u]
            p.low, p.high = p.low * factor, p.high * factor
            p.kind, p.unit, p.j = "money", code, j + 1
        elif u in ("pound", "pounds") and self._spent_before(p.start):
            p.kind, p.unit, p.j = "money", "GBP", j + 1  # "spent a quarter of a million pounds": money, not weight
        elif u in vocab.CURRENCY_CODES:
            p.kind, p.unit, p.j = "money", u.upper(), j + 1
        elif national := self._national_currency(j):
            p.kind, p.unit, p.j = "money", national[1], j + national[0]
        else:
            return False
        return True

    def _side(self, p: Read, j: int) -> bool:
        """A side of a two-sided measure: the first takes the unit after the second; the second of a
        pixel size written without a unit is in pixels."""
        if self.t.low(j) in TIMES_SIGNS and self._dimension(p):
            return True
        if p.start == p.i and self._dimension_side(p.i) and self._screen_resolution(p.i):
            end, kind, unit = self._measure_unit(j, p.kind, p.unit)
            p.j, p.kind, p.unit = (end, kind, unit) if end > j else (j, "other", "pixels")
            return True
        return False

    def _national_currency(self, j: int) -> tuple[int, str] | None:
        """ "Norwegian kroner", "Hong Kong dollars" from token ``j``: (tokens, currency code), or None."""
        # Most numbers have no country's name after them: only those that do read the table.
        for words, code in _NATIONAL_CURRENCIES_BY_FIRST.get(self.t.low(j), ()):
            if all(self.t.low(j + k) == w for k, w in enumerate(words)):
                return len(words), code
        return None

    def _spent_before(self, start: int) -> bool:
        """A verb or noun of spending in the five words before the figure: its pounds are money."""
        return any(self.t.low(k) in vocab.SPENDING_WORDS for k in range(max(0, start - 5), start))

    def _dimension(self, p: Read) -> bool:
        """ "2,400 x 1,080 pixels", "10×12 feet": two sides, the first takes the unit written after
        the second (each side is its own quantity); "5x zoom" is a multiple, not a side."""
        t = self.t
        other = self._core(p.j + 1)
        if other is None or other.vague or not t.low(p.j + 1)[:1].isdigit():
            return False
        end, kind, unit = self._measure_unit(other.end, "count", None)
        if end > other.end:
            p.kind, p.unit = kind, unit
        elif self._screen_resolution(p.i):
            p.kind, p.unit = "other", "pixels"
        return True

    def _vague_of_unit(self, p: Read, k: int) -> bool:
        """A vague amount of a unit: "tens of millions of dollars", "thousands of miles", "millions of years"."""
        u = self.t.low(k)
        if u in vocab.CURRENCY_WORDS and u.endswith("s") and p.currency is None:
            code, factor = vocab.CURRENCY_WORDS[u]
            p.kind, p.unit = "money", code
            p.low, p.high = p.low * factor, p.high * factor
            p.j = k + 1
            return True
        if u == "pounds" and self._spent_before(p.start):
            p.kind, p.unit, p.j = "money", "GBP", k + 1  # "raised thousands of pounds": money, as a numeral's would be
            return True
        if u in vocab.MEASURE_UNITS and u.endswith("s"):
            end, kind, unit = self._measure_unit(k, p.kind, p.unit)
            if end > k:
                p.j, p.kind, p.unit = end, kind, unit
                return True
        return False

    def _measure_unit(self, j: int, kind: Kind, unit: str | None) -> tuple[int, Kind, str | None]:
        """A unit of measure after the number, or ``(j, kind, unit)`` unchanged."""
        t = self.t
        # Hyphenated compounds: "55-year-old", "1,900-mile-wide", "three-hour", "18-year".
        k = j + 1 if t.low(j) == "-" and t.adjacent(j) and t.adjacent(j + 1) else j
        u = t.low(k)
        if u in vocab.RATE_UNITS and t.low(k + 1) in ("per", "a") and t.low(k + 2) in ("second", "sec"):
            return k + 3, "other", vocab.RATE_UNITS[u]  # "60 frames per second", "60 frames a second"
        if u in vocab.RATE_UNITS and t.low(k + 1) == "/" and t.low(k + 2) == "s" and t.adjacent(k + 2):
            return k + 3, "other", vocab.RATE_UNITS[u]  # "7,000MB/s"
        if u == "p" and t.adjacent(k) and k == j and self._resolution(j):
            return k + 1, "other", "p"  # "1080p"
        if u in ('"', "”") and k == j and t.adjacent(k) and t.low(k + 1) in vocab.INCH_MARK_NOUNS:
            return k + 1, "distance", "inches"  # 'a 6.1" display': the inch mark before a screen
        if k == j and self._glued_temperature(j):
            return k + 1, "other", "degrees"  # "highs of 41.2C"
        torque = self._pound_feet(k)
        if torque:
            return torque, "other", "lb-ft"  # "406 lb-ft of torque": a torque, not a weight
        if u not in vocab.MEASURE_UNITS or (u in vocab.GLUED_ONLY_UNITS and not (t.adjacent(k) and k == j)):
            return j, kind, unit
        named = self._unit_words(k)
        if named is None:
            return j, kind, unit
        end, uname = named
        return self._unit_tail(u, end, "duration" if uname == "minutes" else vocab.MEASURE_UNITS[u][0], uname)

    def _pound_feet(self, k: int) -> int:
        """The end of "lb-ft", "lb.-ft.", "pound-feet" at token ``k``, or 0."""
        t = self.t
        if t.low(k) not in ("lb", "lbs", "pound"):
            return 0
        m = k + 1 + (t.low(k + 1) == "." and t.adjacent(k + 1))
        if not (t.low(m) in ("-", "–") and t.adjacent(m) and t.adjacent(m + 1) and t.low(m + 1) in ("ft", "feet")):
            return 0
        return m + 2 + (t.low(m + 2) == "." and t.adjacent(m + 2))

    def _glued_temperature(self, j: int) -> bool:
        """A capital C or F glued to a number where the words before speak of heat or cold: "41.2C",
        "lows of -5F". Alone, "4C" is as often a flat or a grade."""
        t = self.t
        if j >= len(t) or t.words[j] not in ("C", "F") or not t.adjacent(j):
            return False
        if j + 1 < len(t) and t.adjacent(j + 1) and t.low(j + 1)[:1].isalnum():
            return False  # "4Cs", "98FM": a name
        return any(t.low(k) in vocab.TEMPERATURE_CUES for k in range(max(0, j - 10), j))

    def _pence(self, j: int) -> bool:
        """ "412p", "38.5p": a small "p" glued to a number and ending the word is pence."""
        t = self.t
        return (
            t.words[j] == "p"
            and t.adjacent(j)
            and not self._resolution(j)
            and not (j + 1 < len(t) and t.adjacent(j + 1) and t.low(j + 1)[:1].isalnum())
            and not (t.low(j + 1) == "." and t.low(j + 2) == "m")
        )

    def _resolution(self, j: int) -> bool:
        """ "1080p", "720p": the lines of a video format, glued to "p"."""
        w = self.t.low(j - 1)
        return w.isdigit() and int(w) in vocab.RESOLUTION_LINES

    def _unit_words(self, k: int) -> tuple[int, str] | None:
        """The unit's words from token ``k``: "km", "metric tons", "nautical miles", "square feet"."""
        t = self.t
        u = t.low(k)
        if u == "light" and t.low(k + 1) in ("-", "years"):
            return None
        if u in vocab.TWO_WORD_UNITS:
            return (k + 2, vocab.MEASURE_UNITS[u][1]) if t.low(k + 1) in vocab.TWO_WORD_UNITS[u] else None
        if u in vocab.SQUARE_WORDS:
            n = k + 2 if t.low(k + 1) == "." and t.adjacent(k + 1) else k + 1  # "sq. ft."
            if t.low(n) not in vocab.SQUARED_UNITS:
                return None
            name = vocab.MEASURE_UNITS[u][1] + " " + vocab.SQUARED_NAMES.get(t.low(n), t.low(n))
            return n + 1, name
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
        if uname == "miles" and (t.low(end), t.low(end + 1)) == ("per", "gallon"):
            return end + 2, "other", "mpg"  # "45 miles per gallon": fuel economy, no distance
        if ukind in ("other", "weight") and t.low(end) in ("a", "per") and t.low(end + 1) in vocab.RATE_SPANS:
            # "400,000 barrels a day", "2,000 tonnes per week": an output or intake is a rate
            return end + 2, ukind, f"{uname} a {t.low(end + 1)}"
        return end, ukind, uname

    def _money(self, p: Read) -> None:
        """A currency before the number makes it money: "$2.53 per diluted share", "$2.52 a share"."""
        if p.currency is None:
            return
        t, j = self.t, p.j
        p.kind, p.unit = "money", p.currency
        if t.low(j) in vocab.CURRENCY_WORDS and vocab.CURRENCY_WORDS[t.low(j)] == (p.currency, 1.0):
            p.j += 1  # "$7.9 million dollars": the currency written twice
        elif t.low(j) in ("per", "a") and t.low(j + 1) == "share":
            p.j += 2
        elif t.low(j) == "per" and t.low(j + 2) == "share":
            p.j += 3

    def _unit_range(self, p: Read) -> None:
        """A range that repeats its unit: "0.6% to 0.7%", "$2 to $3"."""
        t, core = self.t, p.core
        if p.rng is not None or not (p.unit == "%" or p.currency is not None) or core.vague:
            return
        if self.t.low(p.j - 1) == "share":
            return  # "$9 a share or $64.2 million": a price per share, then the total, no range
        last = t.low(p.j - 1)
        percent_tok = last if p.unit == "%" and last in _PERCENT_TOKENS else None
        if percent_tok is None and not p.currency:
            return
        k0 = p.j
        partner = Core(core.low, core.high, k0, plain_int=core.plain_int)
        rng2 = self._range(k0, partner, p.mult, p.left_q, percent_tok, start=p.start)
        if rng2 is not None and ((percent_tok and t.low(rng2[2] - 1) == percent_tok) or p.currency):
            p.low, p.high, p.j = rng2
            p.qualifier = "range"
            p.rng = rng2

    def _age_words(self, p: Read) -> None:
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
                # "at the age of 9", "by the age of five"
                or (t.low(p.left_start - 1) == "of" and t.low(p.left_start - 2) in vocab.AGE_WORDS)
                # "under the age of 18": the qualifier stands before the age words
                or (t.low(p.start - 1) == "of" and t.low(p.start - 2) in vocab.AGE_WORDS)
                or self._in_age_list(p.start, p.j)
                or self._stated_age(p)
                or self._people_over(p)
                or self._people_were_over(p)
                or self._suspended_age(p.j)
                or (p.qualifier == "range" and self._age_range_opener(min(p.start, p.left_start)))
            )
        ):
            p.kind, p.unit = "age", "years"

    def _bare_bound(self, p: Read) -> bool:
        """ "over 75", "under 10": a whole number under 120 after "over" or "under", with no unit or scale."""
        if p.unit is not None or p.rng or p.mult != 1.0 or p.core.fraction or not 0 < p.core.low < 120:
            return False
        return bool(p.left_q) and tuple(self.t.lower[p.left_start : p.start]) in _AGE_BOUND_WORDS

    def _people_over(self, p: Read) -> bool:
        """ "people over 75", "children under 10": a bare number past people is their age."""
        return self._bare_bound(p) and self.t.low(p.left_start - 1) in vocab.AGED_PEOPLE_NOUNS

    def _people_were_over(self, p: Read) -> bool:
        """ "two of the hikers were over 70", "four were under 18": a bare bound that ends its clause, said with
        "were" or "are" of people or of a count of them, is their age ("temperatures were over 40" is not)."""
        t = self.t
        if not self._bare_bound(p) or t.low(p.left_start - 1) not in ("were", "are"):
            return False
        if p.j < len(t) and t.low(p.j) not in (",", ".", ";", ")", "and"):
            return False
        for k in range(p.left_start - 2, max(-1, p.left_start - 5), -1):
            w = t.low(k)
            if w in vocab.NUMBER_WORDS or w.isdigit() or _people_noun(w):
                return True
            if not w.isalpha():
                return False  # the clause's subject lies before a comma or a quote: not read
        return False

    def _stated_age(self, p: Read) -> bool:
        """ "I’m 74 and ...", "she was 9.", "he turned 50 on Friday": a person's number with nothing after it.

        Only a bare number under 120 that ends its clause, said of one person: "they are 12" still counts.
        """
        t, core = self.t, p.core
        if p.unit is not None or p.left_q or p.rng or p.mult != 1.0 or not 0 < core.low < 120 or core.fraction:
            return False
        if t.low(p.j) not in vocab.STATED_AGE_AFTER or (t.low(p.j) == "and" and t.low(p.j + 1)[:1].isdigit()):
            return False
        prev, prev2 = t.low(p.start - 1), t.low(p.start - 2)
        if prev in vocab.AGE_TURN_VERBS:
            # "turned 50": an age whoever turns it; "would have turned 18" is an age never reached
            return not (prev2 == "have" and t.low(p.start - 3) in vocab.COUNTERFACTUAL_MODALS)
        pronoun_be = prev2 in vocab.PERSON_PRONOUNS and prev in ("am", "is", "was")
        return pronoun_be or prev.replace("’", "'") in vocab.PRONOUN_BE_CONTRACTIONS

    def _age_range_opener(self, start: int) -> bool:
        """ "ranged in age from 14 to 37", "between the ages of 18 and 25": an age word opens the range."""
        t = self.t
        for k in range(start - 1, max(-1, start - 6), -1):
            w = t.low(k)
            if w in vocab.AGE_WORDS:
                return True
            if w not in vocab.AGE_BRIDGE_WORDS:
                return False
        return False

    def _suspended_age(self, j: int) -> bool:
        """ "17- and 19-year-old": the first number's hyphen waits for the age unit of the second."""
        t = self.t
        return (
            t.low(j) in ("-", "–")
            and t.adjacent(j)
            and t.low(j + 1) in ("and", "or", "to")
            and t.low(j + 2)[:1].isdigit()
            and t.low(j + 3) == "-"
            and t.low(j + 4) in ("year", "month", "week", "day")
            and t.low(j + 5) == "-"
            and t.low(j + 6) == "old"
        )

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

    def _apposed_age(self, p: Read) -> bool:
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

    def _person_noun(self, k: int) -> bool:
        w = self.t.low(k)
        return w in vocab.APPOSED_PERSON_NOUNS or (w.endswith("s") and w[:-1] in vocab.APPOSED_PERSON_NOUNS)

    def _name_age(self, i: int, j: int) -> bool:
        """ "Jane Doe, 19," / "Smith, 34 and Jones, 27" / "Roe Jr., 45)" / "Jo Chen (19)": an apposed age."""
        t = self.t
        if t.low(i - 1) == "(" and t.low(j) == ")" and self._is_name(i - 2):
            return True  # "George Chen (19)": a name's age in brackets
        # "two girls, 7 and 5,": a pair of ages set off after a person noun
        closes = (",", ")", ".", ";")
        if t.low(i - 1) == "," and self._person_noun(i - 2) and t.low(j) == "and":
            return t.low(j + 1).isdigit() and t.low(j + 2) in closes
        if t.low(i - 1) == "and" and t.low(i - 2).isdigit() and t.low(i - 3) == "," and self._person_noun(i - 4):
            return t.low(j) in closes
        if t.low(i - 1) != ",":
            return False
        k = i - 2
        if t.low(k) == "." and t.low(k - 1) in vocab.NAME_SUFFIXES:
            k -= 1
        if (t.low(k) in vocab.APPOSED_PERSON_NOUNS or t.low(k) in vocab.PERSON_ROLE_NOUNS) and t.low(j) == ",":
            return True  # "A woman, 21, was shot", "her son, 4, was hit", "The actress, 34, married"
        if t.low(j) == "," and t.low(k - 1) in _APPOSED_DETERMINERS and t.low(k).isalpha() and t.low(k).islower():
            # "The defendant, 34, faces", "the other, 25, is": one person set off with a number is aged so
            return t.low(k) not in vocab.NUMBER_WORDS and t.low(k) not in vocab.MEASURE_UNITS
        if not self._is_name(k):
            return False
        nxt = t.low(j)
        if nxt in (",", ")", ";", "(") or (nxt == "." and (j + 1 >= len(t) or not t.adjacent(j + 1))):
            return True
        if nxt in ("–", "—") and not t.adjacent(j):
            return True  # "Braun, 38 – who manages ...": a dash aside closes the apposition
        if nxt in vocab.APPOSED_AGE_VERBS:
            return True  # "Jane Doe, 34 was shot": the closing comma left out
        if nxt == "of" and j + 1 < len(t):
            # "Roe, 31 of Dayton", "Roe, 31 of 12 Elm St.": a home town or address follows the age,
            # where "Roe, 1 of 4 Marines" is a part of a count.
            w = t.words[j + 1]
            return (w[:1].isupper() and w.isalpha()) or (
                w.isdigit() and bool(ADDRESS_AFTER.match(self.text, t.ends[j + 1]))
            )
        if j >= len(t):
            return True  # the text ends on the age
        return nxt == "and" and j + 1 < len(t) and t.words[j + 1][:1].isupper()

    def _suffix_qualifier(self, p: Read) -> None:
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

    def _merge_left_qualifier(self, p: Read) -> None:
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
