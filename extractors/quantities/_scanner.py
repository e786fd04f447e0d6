"""The scanner: a left-to-right walk over tokens, running the three steps at each start."""

from __future__ import annotations

from extractors.quantities._figure_filter import FigureFilter
from extractors.quantities._furniture import furniture_spans
from extractors.quantities._number import FOLD_WORDS
from extractors.quantities._reading import Read
from extractors.records import Quantity
from extractors.vocabulary import en as vocab

#: Words that can start a number expression (besides digits); one set lookup per token.
_STARTERS = (
    vocab.NUMBER_WORDS
    | frozenset(k.split()[0] for k in vocab.VAGUE_AMOUNTS)
    | frozenset(vocab.FRACTIONS)
    | frozenset(vocab.CURRENCY_SYMBOLS)
    | frozenset(vocab.ARTICLES)
    | frozenset(vocab.MULTIPLES)
    | frozenset(vocab.MULTIPLES_BEFORE)
    | FOLD_WORDS
)


class Scanner(FigureFilter):
    """Three steps at each token that can start a number: find the number (``_number``), read
    its shape (``_shape``), and filter out what is no figure (``_not_a_figure_number`` on the
    number, ``_not_a_figure_shape`` once the shape is read)."""

    def __init__(self, text: str, skip: frozenset[str] = frozenset()) -> None:
        super().__init__(text)
        self.shapes = "shapes" not in skip
        self.filter = "figure_filter" not in skip
        if self.filter:
            self._block_furniture()

    def _block_furniture(self) -> None:
        spans = furniture_spans(self.text)
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

    def _may_start(self, i: int) -> bool:
        w = self.t.lower[i]
        return w[0].isdigit() or w in _STARTERS

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

    def _quantity(self, p: Read) -> Quantity:
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


def _clean(v: float | None) -> float | None:
    """Round away float noise from scaling (1.2 * 1e6) without hiding real decimals."""
    if v is None:
        return None
    if v != v or v in (float("inf"), float("-inf")):
        return None
    r = round(v, 6)
    return float(int(r)) if r == int(r) and abs(r) < 1e18 else r
