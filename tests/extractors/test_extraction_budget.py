"""One document cannot hold a worker: too many numbers, or too long, is a failure with its span."""

from __future__ import annotations

from extractors import claims as claims_module
from extractors.claims import extract_figures


def test_a_dump_of_numbers_is_not_extracted_and_says_why(monkeypatch):
    monkeypatch.setattr(claims_module, "MAX_NUMBERS", 50)
    text = " ".join(str(n) for n in range(1, 200))
    out = extract_figures(text)
    assert out.claims == ()
    [failure] = out.failures
    assert failure.error_type == "BudgetExceeded" and "199 numbers" in failure.message
    assert (failure.sentence_start, failure.sentence_end) == (0, len(text))


def test_extraction_stops_at_its_time_budget_and_keeps_what_it_found():
    text = "Four people were hurt in the fire. " * 40
    done = extract_figures(text)
    assert len(done.claims) == 40 and not done.failures
    cut = extract_figures(text, budget=-1.0)  # spent before the first sentence
    assert cut.claims == ()
    [failure] = cut.failures
    assert failure.error_type == "BudgetExceeded" and failure.sentence_end == len(text)
