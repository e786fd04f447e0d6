"""Every number expression in a text, normalised to bounds (GUIDE.md).

A left-to-right scan over tokens, in three steps at each token that can start a number:

1. numbers: the core number (digits, words, vague amounts, fractions) with a currency
   mark or sign before it and a scale after it ("$3bn", "two point five million");
2. shapes: what it measures and how, from a bounded look-around: percent, money, unit,
   range partner, share, age, height, qualifier words on the left and suffixes on the right;
3. figure filter: dates, clock times, ordinals, ids, names ("Boeing 737", "5G"), years,
   street blocks and pronoun "one" are dropped, and page furniture (urls, phone and tip
   lines, gallery counters) is blocked before the scan.

Each step is a private module: ``_number``, ``_shape`` and ``_figure_filter``, with
``_furniture`` (what is blocked before the scan), ``_places`` (addresses and stations),
``_reading`` (what the steps share) and ``_scanner`` (the walk). The words they read are
``extractors.vocabulary.en``'s.

``skip`` switches steps 2 and 3 off (see ``SKIPPABLE``). A ValueError, OverflowError or
IndexError on one candidate drops that candidate; ``scan_quantities`` lets anything else raise.
"""

from __future__ import annotations

from extractors.quantities._reading import MONTHS
from extractors.quantities._scanner import Scanner
from extractors.records import Quantity

__all__ = ["MONTHS", "SKIPPABLE", "extract_quantities", "scan_quantities"]

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
    return Scanner(text, skip).run()


#: The name ``extract_figures``' stages call; the same function.
scan_quantities = extract_quantities
