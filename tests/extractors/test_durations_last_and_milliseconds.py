""" "last" as a verb measures a duration, "the last" is a window; milliseconds are durations.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors import extract_claims
from tests.extractors.lookup import claim_for, head_in


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # After its subject, "last" is the verb and the duration is what the subject lasts (for a device
        # on a battery, its battery life).
        ("The new headphones last about 30 hours on one charge.", "about 30 hours", "battery"),
        ("Most of the lamps last 12 years.", "12 years", "lamps"),
        ("Talks could last three weeks.", "three weeks", None),
    ],
)
def test_a_duration_after_last_the_verb_is_a_figure(text: str, figure: str, counted: str | None) -> None:
    c = claim_for(text, figure)
    assert c.quantity.kind == "duration"
    if counted:
        assert head_in(counted, c.counted)


@pytest.mark.parametrize(
    "text",
    [
        # After a determiner or a preposition, "last" opens a window of time, not a figure.
        "Officers made nine arrests in the last 48 hours.",
        "Over the last four days the river rose.",
        "Their last three seasons were the club's best.",
        "Shop sales fell during the past two months.",
    ],
)
def test_the_last_n_days_is_a_window(text: str) -> None:
    assert all(c.quantity.kind != "duration" for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The gaming monitor has a 2ms response time.", "2ms", "milliseconds"),
        ("Latency dropped to 18 milliseconds on the new network.", "18 milliseconds", "milliseconds"),
        ("Ping times averaged 35 ms in the test.", "35 ms", "milliseconds"),
    ],
)
def test_milliseconds_are_durations(text: str, figure: str, unit: str) -> None:
    q = claim_for(text, figure).quantity
    assert (q.kind, q.unit) == ("duration", unit)


@pytest.mark.parametrize(
    ("text", "figure", "minutes"),
    [
        # Hours and then an "m" glued to a number: one duration in minutes, not a distance or millions.
        ("The ferry takes 2h 40m in calm weather.", "2h 40m", 160.0),
        ("She won the race in 1h07m.", "1h07m", 67.0),
    ],
)
def test_hours_then_glued_m_is_one_duration(text: str, figure: str, minutes: float) -> None:
    c = claim_for(text, figure)
    assert (c.quantity.kind, c.quantity.unit, c.quantity.low) == ("duration", "minutes", minutes)
    assert [cl.quantity.text for cl in extract_claims(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "over" a span after another figure of its clause is the window that figure is counted over.
        ("The levy will raise £90m over four years.", ["£90m"]),
        ("Volunteers planted 3,000 trees over two months.", ["3,000"]),
        # with no figure before, or after "for" or "lasted", it is a length
        ("The strike lasted over three weeks.", ["over three weeks"]),
        ("She has run the shelter for over 12 years.", ["over 12 years"]),
    ],
)
def test_over_a_span_after_a_figure_is_a_window(text: str, kept: list[str]) -> None:
    assert [c.quantity.text for c in extract_claims(text)] == kept
