"""Step 3 of the scanner: the figure filter, what is a number but no figure.

The filter judges a number as soon as it is found (dates, clock times, ordinals, ids,
"one of"), which spares reading the shape of most non-figures, and again once its shape
is read: whether "2019" is a year or "one" a pronoun depends on the unit and qualifier
around it. Page furniture, tip lines and gallery counters are blocked before the scan
(``_furniture``).
"""

from __future__ import annotations

import re

from extractors.numbers import is_ordinal_word
from extractors.quantities._places import ADDRESS_AFTER, NUMBERED_STREET, STATION
from extractors.quantities._reading import Core, Read
from extractors.quantities._shape import ShapeStep
from extractors.records import Qualifier
from extractors.vocabulary import en as vocab

#: Letters that may be glued to the right of a numeral: units, scales, currencies ("5km", "3bn", "5pct").
_GLUED_OK = (
    frozenset(vocab.MEASURE_UNITS)
    | frozenset(vocab.SCALE_ABBREVIATIONS)
    | frozenset(vocab.SCALES)  # "£38million", as some papers write it
    | frozenset(vocab.CURRENCY_WORDS)
    | vocab.CURRENCY_CODES
    | vocab.GLUED_PERCENT
)


#: A version number: "3.0", "5.1".
_VERSION = re.compile(r"\d{1,2}\.\d")


#: Verbs in -s after a station's name: "2 News has learned", "13 News reports".
_STATION_VERBS = frozenset({"has", "is", "was", "says", "reports", "learns", "confirms", "obtains", "asks"})
#: Words joining two clock times into a span: "4-6 p.m.", "between 1 and 2 a.m.", "from 9 to 5 p.m.".
_SPAN_JOINERS = frozenset({"-", "–", "to", "and", "or", "until", "till", "through"})


class FigureFilter(ShapeStep):
    """Tells numbers that are no figure: ``_not_a_figure_number`` and ``_not_a_figure_shape``."""

    def _not_a_figure_number(self, p: Read) -> bool:
        t, i, core = self.t, p.i, p.core
        if self._is_excluded(i, core, p.symbol):
            return True
        if self._digit_word_name(i, core):
            return True
        if t.low(core.end) in vocab.OCLOCK_WORDS or (t.low(core.end) == "o" and t.low(core.end + 1) == "clock"):
            return True  # "three o'clock", "around eight o clock": a clock time, spelled or not
        if t.low(core.end) == "-" and t.low(core.end + 1) in vocab.NUMBER_SIZE_WORDS and t.adjacent(core.end + 1):
            return True  # "a six-figure salary": the size of a number, not a figure
        k = core.end + 1 if t.low(core.end) == "-" and t.adjacent(core.end) else core.end
        if t.low(k) in vocab.RATING_WORDS and not p.symbol:
            return True  # "a 3-alarm fire", "a five-star hotel": a grade
        return t.low(i) == "one" and core.end == i + 1 and t.low(i + 1) in vocab.ONE_OF

    def _not_a_figure_shape(self, p: Read) -> bool:
        if p.height:
            return False
        if p.unit_kind == "count" and (
            self._year_or_name(p) or self._pronoun_one(p) or self._model_number(p) or self._opening_name(p)
        ):
            return True
        if (
            p.kind not in ("money", "percent")
            and p.rng is None
            and p.left_q is None
            and self.t.low(p.start - 1) == "per"
        ):
            return True  # "12 cases per 100,000 children", "$2 per 1,000 litres": the base of a rate
        # "the 2200 block of Main Street", "the 33-hundred block", "the 400-block": a street block.
        return p.bare_kind == "count" and p.rng is None and self._street_block(p.bare_end, p.low)

    def _is_excluded(self, i: int, core: Core, has_currency: bool) -> bool:
        """Dates, clock times, ordinals, ids and numbers glued into names."""
        t = self.t
        if core.words or core.vague:
            return False
        nxt = t.low(i + 1)
        if self._ordinal_score_or_slash(i, core):
            return True
        if nxt == "hrs":
            return core.low >= 100  # "10 hrs" is a duration, "0600 hrs" a time
        if self._clock_word_at(i + 1):
            return True
        if nxt in _SPAN_JOINERS and t.low(i + 2).isdigit() and self._clock_word_at(i + 3):
            return True  # "4-6 p.m.", "between 1 and 2 a.m.", "from 9 to 5 p.m.": a span of clock times
        if core.plain_int and self._screen_resolution(i):
            return False  # "1920x1080": glued to its "x", yet a pixel size, no name or id
        if not has_currency and (self._glued_to_name(i) or self._format_name(i, core)):
            return True
        if t.low(i - 1) == "no" and t.words[i - 1] == "No" and t.low(i) and not t.adjacent(i + 1) and nxt != "one":
            # "No. 5" is handled by the full stop below; "No 10" is a name.
            return False
        if t.low(i - 1) == "." and t.low(i - 2) == "no":
            return True
        # Glued letters on the right that are not a unit or a scale: "737MAX", "5G", "4x200", "Christopher 2X".
        if (
            t.adjacent(i + 1)
            and nxt.isalpha()
            and nxt not in _GLUED_OK
            and not self._glued_times(i)
            and not (nxt == "p" and (self._resolution(i + 1) or self._pence(i + 1)))
            and not self._glued_temperature(i + 1)
        ):
            return True
        if core.plain_int and self._is_place_or_id(i):
            return True
        # A gun's calibre names its cartridge: "a 22-caliber rifle", "a .40 calibre pistol".
        if nxt in vocab.CALIBER_WORDS or (nxt == "-" and t.adjacent(i + 1) and t.low(i + 2) in vocab.CALIBER_WORDS):
            return True
        if self._cartridge_mm(i):
            return True
        return core.plain_int and self._is_date(i, core.low)

    def _ordinal_score_or_slash(self, i: int, core: Core) -> bool:
        t = self.t
        nxt = t.low(i + 1)
        glued_next = t.adjacent(i + 1)
        # Ordinals and decades: "488th", "1990s", "the 1300s".
        if glued_next and nxt in vocab.ORDINAL_SUFFIXES:
            return True
        # A decade with an apostrophe: "in their 30's", "the 1980's".
        if glued_next and nxt in ("'", "’") and t.low(i + 2) == "s" and t.adjacent(i + 2) and core.low % 10 == 0:
            return True
        # Scores, win-loss records and hyphenated ids: "won 4-1", "(6-5, 3-4)", "14-0-1", "787-9".
        # A glued pair that goes down (or stays level) is never a range; a glued triple never a quantity.
        if self._score_or_id(i, core):
            return True
        # Clock times and scores written with a colon; fractions and dates with a slash.
        if glued_next and nxt in (":", "/") and t.low(i + 2)[:1].isdigit():
            return True
        return t.adjacent(i) and t.low(i - 1) in (":", "/") and t.low(i - 2)[:1].isdigit()

    def _score_or_id(self, i: int, core: Core) -> bool:
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
        # A glued pair that goes down or stays level is no range: a score or a tally ("won 4-1",
        # "passed 52-48", "0-0"), two counts; or a model number after a name ("Boeing 787-9").
        if nxt is not None and prev is not None:
            return True  # the middle of "9-0-2" read from either side
        if nxt is not None and nxt <= core.low:
            return self._model_or_season_pair(i)
        if prev is not None and prev >= core.low and (i < 4 or not dash(i - 3)):
            return self._model_or_season_pair(i - 2)
        return False

    def _opens_score(self, i: int, v: float) -> bool:
        """ "beat Marlow 3-1", "passed the House 218 to 210": a pair going down after a team's or a
        chamber's name is its score or its vote, no name."""
        t = self.t
        glued = t.low(i + 1) in ("-", "–") and t.adjacent(i + 1) and t.adjacent(i + 2)
        if not (glued or t.low(i + 1) == "to") or not t.low(i + 2).isdigit() or float(t.low(i + 2)) > v:
            return False
        return not glued or not self._model_or_season_pair(i)

    def _height_pair(self, i: int, first: str, second: str) -> bool:
        """ "the 6-4 guard", "he is 5-10", "a 6-2 suspect": feet and inches of a person, no score."""
        t = self.t
        if not (len(first) == 1 and 4 <= int(first) <= 7 and int(second) <= 11):
            return False
        after = t.low(i + 3)
        weighs = after == "and" and t.low(i + 4).startswith("weigh")
        return (
            t.low(i - 1) in vocab.HEIGHT_VERBS
            or after in vocab.HEIGHT_NOUNS_AFTER
            or after in vocab.EVENT_PERSON_NOUNS
            or weighs
        )

    def _model_or_season_pair(self, i: int) -> bool:
        """ "Boeing 787-9": a pair at token ``i`` after a capitalised name, whose first number is
        longer than its second, names a model; "2013-14", "1995-01" are a season or a date;
        "866-7LOCKUP" an id; "the 6-4 guard" a height; "24-7" an idiom. Scores have at most three
        digits and no leading zero."""
        t = self.t
        first, second, name = t.words[i], t.words[i + 2], t.words[i - 1] if i >= 1 else ""
        if len(first) >= 4 or (len(second) > 1 and second.startswith("0")):
            return True  # "2013-14", "1995-01", "2023-0456": a season, a date or a case number
        if t.adjacent(i + 3) and t.low(i + 3)[:1].isalnum():
            return True  # "866-7LOCKUP": a phone line or an id runs on into letters
        if self._height_pair(i, first, second) or (first, second) in vocab.IDIOM_PAIRS:
            return True
        return len(first) >= 3 and len(second) < len(first) and name[:1].isupper() and name.isalpha()

    def _cartridge_mm(self, i: int) -> bool:
        """ "a 9 mm pistol", "9mm rounds", "a 9-mm. handgun": millimetres before a gun name its cartridge."""
        t = self.t
        k = i + 2 if t.low(i + 1) == "-" and t.adjacent(i + 1) else i + 1
        if t.low(k) not in vocab.CARTRIDGE_MM:
            return False
        k += 1
        if t.low(k) in (".", "-"):
            k += 1
        return t.low(k) in vocab.GUN_NOUNS

    def _station_news(self, i: int) -> bool:
        words = self.t.words[i + 1 : i + 4]
        for k, w in enumerate(words):
            if w in ("News", "NEWS"):
                # "the 3 Fox News hosts": a count of what the channel has
                after = self.t.low(i + k + 2)
                return not (len(after) > 3 and after.endswith("s") and after.isalpha() and after not in _STATION_VERBS)
            if not (w[:1].isupper() and w.isalpha()) or k == 2:
                return False
        return False

    def _clock_word_at(self, k: int) -> bool:
        """A clock word at token ``k``: "p.m.", "a.m", "GMT" ("hrs" is judged by the number before it)."""
        t = self.t
        w = t.low(k)
        spelled = w in ("a", "p") and t.low(k + 1) == "." and t.low(k + 2) == "m"
        return (w in vocab.CLOCK_WORDS and w != "hrs") or spelled

    def _glued_to_name(self, i: int) -> bool:
        """Glued to letters on the left: "IK-3" "COVID-19", "MH17", "G7", "#4"."""
        t = self.t
        if not t.adjacent(i):
            return False
        prev = t.low(i - 1)
        if (
            prev.isalpha()
            and prev not in vocab.CURRENCY_CODES
            # a dollar prefix is glued to its "$", not to the digits ("C$5"): "A4", "K9" are names
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
        if prev in ("-", "–") and t.adjacent(i - 1) and t.low(i - 2).isdigit() and t.adjacent(i - 2):
            # "i5-9300H", "A4-1200": after a letter-and-digit name, a model's number
            return t.low(i - 3).isalpha() and len(t.low(i - 3)) <= 2
        return prev in ("#", "№")

    def _digit_word_name(self, i: int, core: Core) -> bool:
        """ "7-Eleven": digits hyphened to a capitalised number word are a name, both halves of it (a range
        or a compound number is written "7-11" or "seven-eleven")."""
        t = self.t
        if core.words:
            # "Eleven" of "7-Eleven"
            return self._capital_number(i) and t.low(i - 1) == "-" and t.adjacent(i - 1) and t.low(i - 2).isdigit()
        k = core.end
        return t.low(k) == "-" and t.adjacent(k) and self._capital_number(k + 1)

    def _capital_number(self, k: int) -> bool:
        """A capitalised number word glued to the token before it: the "Eleven" of "7-Eleven"."""
        t = self.t
        return t.adjacent(k) and t.words[k][:1].isupper() and t.low(k) in vocab.NUMBER_WORDS

    def _format_name(self, i: int, core: Core) -> bool:
        """ "5G", "4G": a network generation; "4K video", "in 8K", "native 4K": a screen format (or a race,
        "a 5K"). Names, not figures; "4K followers" is a count."""
        t = self.t
        if not (core.plain_int and core.low < 10 and t.adjacent(i + 1)):
            return False
        w = t.words[i + 1]
        after = t.low(i + 2)
        plural_after = after.isalpha() and after.endswith("s")  # "4K followers" counts them
        return w == "G" or (
            w in ("K", "k")
            and (
                after in vocab.SCREEN_WORDS
                or (t.low(i - 1) in ("in", "at") and not after.isalpha())
                # "runs at native 4K", "a 5K on Saturday"; "rose to 5K" is an amount
                or (w == "K" and not plural_after and t.low(i - 1) not in ("to", "by", "from", "of", "than"))
            )
        )

    def _is_date(self, i: int, v: float) -> bool:
        """Dates: "August 14", "14 August", "Aug. 14", "14 Aug 2024", "May 3, 2019", "June 2020", "Oct. 5–7"."""
        t = self.t
        prev = t.low(i - 1)
        if v <= 31 and (self._is_month(i - 1) or (prev == "." and self._is_month(i - 2)) or self._is_month(i + 1)):
            return True
        if v <= 31 and prev in ("-", "–") and t.adjacent(i) and t.adjacent(i - 1) and t.low(i - 2).isdigit():
            # The end of a span of days: "Oct. 5–7", "March 28-29" (the start is read as a date above).
            return int(t.low(i - 2)) < v and (self._is_month(i - 3) or (t.low(i - 3) == "." and self._is_month(i - 4)))
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
            STATION.fullmatch(t.words[i - 1] if i > 0 else "")
            and t.words[i - 1] not in vocab.NOT_STATIONS
            and not t.adjacent(i)
            and nxt not in vocab.SCALES
            and nxt not in vocab.MEASURE_UNITS
        ):
            return True
        # A station's brand in a dateline: "(NEWS 12)", "(KTV 9)".
        pw = t.words[i - 1] if i > 1 else ""
        if pw.isupper() and pw.isalpha() and 2 <= len(pw) <= 6 and t.low(i - 2) == "(" and nxt == ")":
            return True
        # A house number: "at 1400 W. Elm Ave.", "of 16 Hardy St.".
        if ADDRESS_AFTER.match(self.text, t.ends[i]) or NUMBERED_STREET.match(self.text, t.ends[i]):
            return True
        # A station named by its channel: "told 11 News", "Channel 4 News", "5 EYEWITNESS NEWS", "13 Action
        # News" (the number before "News", at most two capitalised words between).
        if not glued_next and self._station_news(i):
            return True
        # Route numbers after a plural road word: "routes 9 and 202", "Highways 61, 7 and 9".
        if self._road_list(i):
            return True
        # A route named by its number: "the 405 Freeway", "the 610 Loop".
        if t.words[i + 1 : i + 2] and t.words[i + 1] in vocab.ROAD_NUMBER_SUFFIXES and not glued_next:
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

    def _road_list(self, i: int) -> bool:
        """A number in a list of route numbers opened by a plural road word: "routes 512 and 22"."""
        t = self.t
        k = i - 1
        for _ in range(6):
            w = t.low(k)
            if w in vocab.ROAD_PLURALS:
                # the first number needs a second after it: "the routes 20 miles apart" is a distance
                return k < i - 1 or (t.low(i + 1) in ("and", ",", "&", "or") and t.low(i + 2)[:1].isdigit())
            if w not in ("and", ",", "&", "or") or not t.low(k - 1)[:1].isdigit():
                return False
            k -= 2
        return False

    def _year_or_name(self, p: Read) -> bool:
        core = p.core
        return core.plain_int and not p.neg and p.currency is None and self._is_year_or_name(p.i, core, p.left_q)

    def _is_year_or_name(self, i: int, core: Core, left_q: Qualifier | None) -> bool:
        """A bare integer that is a year, or part of a name like "Boeing 737"."""
        t = self.t
        v = core.low
        nxt = t.low(i + 1)
        if self._dimension_side(i):
            return False  # "1920 x 1080": a side, never a year
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
            if 1900 <= v < 2100 and t.words[i + 1][:1].isupper() and t.low(i - 1) in vocab.EVENT_YEAR_BEFORE:
                return True  # "the 2024 Olympics", "its 2019 Oscars": the year of a named event
            if t.low(i - 1) == "-" and t.adjacent(i) and t.low(i - 2) in ("mid", "early", "late", "pre", "post"):
                return True  # "the mid-2019 models", "pre-2020 levels": a time
        if i > 0 and left_q is None:
            pw = t.words[i - 1]
            if (
                pw[:1].isupper()
                and pw.isalpha()
                and pw.lower() not in vocab.NAME_OK_BEFORE
                and self._not_sentence_start(i - 1)
                and not self._opens_score(i, v)
            ):
                return True
            if pw == "&" or (i > 1 and t.words[i - 2] == "&"):
                return True
        return False

    def _opening_name(self, p: Read) -> bool:
        """ "Windows 11 runs on …", "Apollo 11 landed": a sentence's first word, capitalised and no
        function word, then a bare integer, is a name with its number, which the capitalised-name rule
        cannot tell at a sentence's start. A plural noun or comma after the number keeps it a count
        ("Davis 17 points", a score "Wild 4, Sabres 1"), as does a verb form ("Killing 3")."""
        t, i = self.t, p.i
        if i < 1 or p.left_q or p.neg or p.currency is not None or not p.core.plain_int or p.core.words:
            return False
        w, nxt = t.words[i - 1], t.low(i + 1)
        return (
            w.istitle()
            and w.isascii()
            and w.isalpha()
            and len(w) > 1
            and not self._not_sentence_start(i - 1)
            and w.lower() not in vocab.OPENING_COUNT_WORDS
            and not w.lower().endswith(("ed", "ing"))
            and not (nxt.isalpha() and nxt.endswith("s") and nxt not in vocab.NOT_PLURALS)
            and nxt not in (",", "%", "-", "–", "/", ":")
            and not nxt[:1].isdigit()  # a line of figures ("1 1/2 cups", a box score)
            and not (p.core.low == 1 and nxt.isalpha() and nxt.islower())  # "Jo Roe 1 goal."
            and not t.adjacent(i)
        )

    def _model_number(self, p: Read) -> bool:
        """A version or model number after a product's name: "Wi-Fi 6", "USB 3.0", "iPhone 11" (issue 13).

        The capitalised-name rule of ``_is_year_or_name`` misses these: the name is hyphenated (its
        hyphen reads as a break), written in camel case, or the number is a decimal version.
        """
        t, i = self.t, p.i
        if i < 1 or p.left_q or p.currency is not None or p.mult != 1.0:
            return False
        pw = t.words[i - 1]
        if p.core.words:
            # "Take-Two Interactive": a capitalised number word glued into a hyphenated name.
            return t.words[i][:1].isupper() and pw == "-" and t.adjacent(i) and i >= 2 and t.words[i - 2].istitle()
        if not pw.isalpha() or t.adjacent(i):
            return False
        # "Wi-Fi 6", "Blu-Ray 3": the second half of a capitalised hyphenated name.
        hyphenated = pw[:1].isupper() and i >= 3 and t.words[i - 2] == "-" and t.adjacent(i - 1) and t.adjacent(i - 2)
        # "iPhone 11", "iOS 13", "eGPU 2": a lower-case letter, then capitals.
        camel = pw[:1].islower() and any(c.isupper() for c in pw[1:])
        # "USB 3.0", "Bluetooth 5.1": a decimal with one digit after the point, after a capitalised word.
        version = _VERSION.fullmatch(t.words[i]) is not None and pw[:1].isupper() and self._not_sentence_start(i - 1)
        # "version 7.2", "firmware 2.1": the word says the number names a release.
        named = pw.lower() in ("version", "firmware", "v")
        return hyphenated or camel or version or named

    def _pronoun_one(self, p: Read) -> bool:
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

    def _street_block(self, j: int, value: float) -> bool:
        t = self.t
        k = j + 1 if t.low(j) == "-" and t.adjacent(j) and t.adjacent(j + 1) else j
        if t.low(k) == vocab.HUNDRED:  # "the 33-hundred block"
            k, value = k + 1, value * 100
        if t.low(k) not in vocab.BLOCK_WORDS:
            return False
        # "a two-block radius", "two block parties" are counts; a block number is a round hundred.
        return t.low(k + 1) == "of" or (t.low(k) != "blocks" and value >= 100 and value % 100 == 0)
