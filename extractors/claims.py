"""Figure claims: quantities that are figures, with what, where, when, who and how sure.

Cheap by design (issue 7): sentences are split by punctuation, quantities found by
the token scanner, and context read with bounded word-window rules. Only sentences
holding a figure are looked at. The work is done by the named stages of
``extractors.stages``; this module runs them within a budget and keeps failures.
"""

from __future__ import annotations

import re
import time
from datetime import date

from extractors import stages
from extractors.records import Claim, Extraction, ExtractionFailure, Quantity


def extract_claims(text: str, published: date | None = None, *, skip: frozenset[str] = frozenset()) -> list[Claim]:
    """The figure claims of an article, in text order. Raises only on a bad ``skip``.

    Sentences on which a rule failed are left out; ``extract_figures`` returns them too,
    and is what the pipeline calls, so that each one is stored as a failure.

    >>> [c.quantity.text for c in extract_claims("About 200 soldiers were captured.")]
    ['About 200']
    """
    return list(extract_figures(text, published, skip=skip).claims)


#: Work one document may cost. An article holds hundreds of numbers; a page with more is a
#: table or a dump (a 10 MB list of numbers took minutes), and extraction stops at a time
#: budget whatever the text, so a worker stays responsive and the run goes on.
MAX_NUMBERS = 20_000
TIME_BUDGET = 30.0
_NUMBER_TOKEN = re.compile(r"\d+")


class BudgetExceeded(Exception):
    """Extraction of one document went past ``MAX_NUMBERS`` or ``TIME_BUDGET``."""


def extract_figures(
    text: str, published: date | None = None, *, budget: float = TIME_BUDGET, skip: frozenset[str] = frozenset()
) -> Extraction:
    """The figure claims of an article, and where extraction failed. Raises only on a bad ``skip``.

    A rule that raises on a sentence drops that sentence's figures only; the failure is
    returned as an ``ExtractionFailure`` with the sentence's offsets. A failure before
    sentences exist (the number scanner, the sentence splitter) covers the whole text, and
    so does a text with more than ``MAX_NUMBERS`` numbers. Sentences left when ``budget``
    seconds have passed are one failure (``BudgetExceeded``) with their span.

    ``skip`` names stages of ``extractors.stages.STAGES`` to switch off (to measure what
    each one adds): a skipped attribute stage leaves its field at its default. Skipping
    ``tokens`` or ``numbers``, or naming an unknown stage, raises ``ValueError``.

    >>> extract_figures("About 200 soldiers were captured.").failures
    ()
    """
    stages.validate_skip(skip)
    if not isinstance(text, str) or not text:
        return Extraction(())
    numbers = sum(1 for _ in _NUMBER_TOKEN.finditer(text))
    if numbers > MAX_NUMBERS:
        return Extraction(
            (),
            (
                _failure(
                    0,
                    len(text),
                    BudgetExceeded(
                        f"{numbers} numbers in one text, over the {MAX_NUMBERS} an article holds: not extracted"
                    ),
                ),
            ),
        )
    deadline = time.monotonic() + budget
    state = stages.State(text, published, frozenset(skip))
    try:
        stages.run_document(state)
    except Exception as exc:  # no sentence to blame: the whole text's figures are lost, and said so
        return Extraction((), (_failure(0, len(text), exc),))
    return _extract(state, deadline)


def _failure(start: int, end: int, exc: Exception) -> ExtractionFailure:
    return ExtractionFailure(start, end, type(exc).__name__, str(exc) or type(exc).__name__)


def _extract(state: stages.State, deadline: float) -> Extraction:
    """Run the sentence stages on each sentence that holds a number, within the deadline."""
    spans, text = state.spans, state.text
    failures: list[ExtractionFailure] = []
    si = 0
    by_sentence: dict[int, list[Quantity]] = {}
    for q in state.quantities:
        while si < len(spans) and spans[si][1] <= q.start:
            si += 1
        if si >= len(spans):
            break
        if spans[si][0] <= q.start and q.end <= spans[si][1]:
            by_sentence.setdefault(si, []).append(q)
    for si, found in by_sentence.items():
        s_start, s_end = spans[si]
        if time.monotonic() > deadline:  # the rest of the text is one failure, with its span
            failures.append(
                _failure(
                    s_start,
                    len(text),
                    BudgetExceeded(f"extraction stopped at its time budget, {len(state.claims)} figures in"),
                )
            )
            break
        try:
            state.claims.extend(stages.run_sentence(state, si, found))
        except Exception as exc:  # this sentence's figures are dropped, and the failure returned
            failures.append(_failure(s_start, s_end, exc))
    return Extraction(tuple(state.claims), tuple(failures), tuple(state.quantities))
