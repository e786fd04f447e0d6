"""No silent loss in extraction (issue 13, item 1): a rule that raises on one sentence
drops that sentence's figures only, and the failure comes back as data."""

from __future__ import annotations

import pytest

from extractors import ExtractionFailure, extract_claims, extract_figures, stages

TEXT = (
    "Officials said 12 people were evacuated on Friday. "
    "The Quarnish depot lost 40 trucks in the flood. "
    "About 300 volunteers helped, the mayor said."
)


def _fail_on_marker(real):  # type: ignore[no-untyped-def]
    def stage(sentence: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Quarnish" in sentence:
            raise RuntimeError("rule broke on purpose")
        return real(sentence, *args, **kwargs)

    return stage


def test_a_failing_rule_drops_one_sentence_and_returns_the_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    intact = [c.quantity.text for c in extract_claims(TEXT)]
    assert intact == ["12", "40", "About 300"]
    monkeypatch.setattr(stages, "event_phrase", _fail_on_marker(stages.event_phrase))
    result = extract_figures(TEXT)
    assert [c.quantity.text for c in result.claims] == ["12", "About 300"]
    start = TEXT.index("The Quarnish")
    end = TEXT.index("About 300") - 1
    assert result.failures == (ExtractionFailure(start, end, "RuntimeError", "rule broke on purpose"),)
    assert TEXT[result.failures[0].sentence_start : result.failures[0].sentence_end].endswith("flood.")
    # The claims-only entry point keeps its contract (never raises) and loses the same sentence.
    assert [c.quantity.text for c in extract_claims(TEXT)] == ["12", "About 300"]


def test_a_failure_before_sentences_exist_covers_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_scanner(text: str, *, skip: frozenset[str] = frozenset()) -> list[object]:
        raise ValueError("scanner broke")

    monkeypatch.setattr(stages, "scan_quantities", broken_scanner)
    result = extract_figures(TEXT)
    assert result.claims == ()
    assert result.failures == (ExtractionFailure(0, len(TEXT), "ValueError", "scanner broke"),)


def test_clean_text_has_no_failures() -> None:
    result = extract_figures(TEXT)
    assert result.failures == () and len(result.claims) == 3
    assert extract_figures("").claims == () and extract_figures("").failures == ()
