"""What the scanner's steps share: the record of one number being read, and token tests.

``Core`` is the number itself as the number step parses it; ``Read`` is the whole
expression as the shape step grows it. ``TokenReader`` holds the tokens of the text and
the small look-arounds every step asks (is this token a month, a name, a sentence start).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.records import Kind, Qualifier
from extractors.tokens import Tokens, tokenize
from extractors.vocabulary import en as vocab

#: Every way to write a month, lower case.
MONTHS = frozenset(vocab.MONTHS)


#: The sign between two sides of a measure: "10 x 12 feet", "3840×2160".
TIMES_SIGNS = ("x", "×")


@dataclass(slots=True)
class Core:
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


@dataclass(slots=True)
class Read:
    """One number expression being read: its tokens so far, its bounds and its shape."""

    i: int  # first token of the core number
    core: Core
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


class TokenReader:
    """The tokens of one text, which furniture blocks, and the look-arounds the steps share."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t: Tokens = tokenize(text)
        self.blocked = [False] * len(self.t)

    def _left_word(self, j: int, word: str) -> bool:
        """True if ``word`` appears just before the number that ends before token ``j``."""
        t = self.t
        return any(t.lower[k] == word for k in range(j - 1, max(-1, j - 6), -1))

    def _is_month(self, k: int) -> bool:
        t = self.t
        if not 0 <= k < len(t):
            return False
        w = t.lower[k]
        if w not in MONTHS:
            return False
        return not (w in vocab.WEAK_MONTHS and not t.words[k][0].isupper())

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

    def _not_sentence_start(self, k: int) -> bool:
        t = self.t
        if k == 0:
            return False
        p = t.words[k - 1]
        return not (
            p in (".", "!", "?", ":", "“", '"', "(", "—", "–", "-", "]")
            or "\n" in self.text[t.ends[k - 1] : t.starts[k]]
        )

    def _dimension_side(self, i: int) -> bool:
        """Token ``i`` is an integer on one side of "x" or "×" between two numbers: "2560 x 1440", "10×12"."""
        t = self.t
        after = t.low(i + 1) in TIMES_SIGNS and t.low(i + 2).isdigit()
        before = t.low(i - 1) in TIMES_SIGNS and t.low(i - 2).isdigit()
        return after or before

    def _screen_resolution(self, i: int) -> bool:
        """Token ``i`` is a side of a display's pixel size: two integers of at least 240, the first the
        wider by the ratio of a screen (4:3 to 21:9). A room's "10 x 12" or a print's "6 x 4" is none."""
        t = self.t
        k = i if t.low(i + 1) in TIMES_SIGNS else i - 2
        w, h = t.low(k), t.low(k + 2)
        if not (t.low(k + 1) in TIMES_SIGNS and w.isdigit() and h.isdigit()):
            return False
        width, height = int(w), int(h)
        return height >= 240 and 1.2 <= width / height <= 2.4

    def _glued_times(self, i: int) -> bool:
        """ "5x zoom", "3x faster": a small x glued after the number, and no second number after it."""
        t = self.t
        return t.adjacent(i + 1) and t.words[i + 1] == "x" and not t.low(i + 2)[:1].isdigit()
