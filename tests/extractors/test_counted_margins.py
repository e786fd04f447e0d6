"""A time or distance between two results is a margin or a lead (GUIDE 11: counted names what the
measure is of), not the race, the place or the rival it was won against; and the time a battery-powered device
lasts is its battery life."""

from __future__ import annotations

import pytest

from extractors import extract_claims


def _counted(sentence: str, figure: str) -> str | None:
    return next(c.counted for c in extract_claims(sentence) if c.quantity.text == figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("Ola Brenn won the Leeds Half Marathon by 31 seconds.", "31 seconds", "winning margin"),
        ("The Swiss skier beat her teammate by just 0.4 seconds.", "just 0.4 seconds", "winning margin"),
        ("Kofi Arden now leads the standings by 52 seconds.", "52 seconds", "lead"),
        ("She crossed the line four seconds ahead of her sister.", "four seconds", "margin"),
        ("His time was 3 seconds inside the old record.", "3 seconds", "margin"),
    ],
)
def test_a_gap_between_results_is_a_margin(sentence: str, figure: str, counted: str) -> None:
    assert _counted(sentence, figure) == counted


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The ferry ran 20 minutes behind schedule.", "20 minutes"),
        ("He faces up to 12 years behind bars.", "up to 12 years"),
        ("Firefighters spent six hours inside sorting through debris.", "six hours"),
        ("Prices were cut by 3% on Monday.", "3%"),
    ],
)
def test_a_delay_a_sentence_or_a_stay_is_no_margin(sentence: str, figure: str) -> None:
    assert _counted(sentence, figure) not in ("margin", "winning margin", "lead")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In our rundown test the tablet lasted 14 hours of video playback.", "14 hours"),
        ("Its battery lasts up to 40 hours with the lights off.", "up to 40 hours"),
        ("On a loop of web pages the notebook managed nine and a half hours.", "nine and a half hours"),
        ("The smartwatch runs for three days between charges.", "three days"),
    ],
)
def test_the_time_a_device_lasts_is_its_battery_life(sentence: str, figure: str) -> None:
    assert _counted(sentence, figure) == "battery life"


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("The hearing lasted four hours.", "four hours", "hearing"),
        ("The walkout by bus drivers lasted 11 days.", "11 days", "walkout"),
    ],
)
def test_the_time_anything_else_lasts_is_its_own(sentence: str, figure: str, counted: str) -> None:
    assert _counted(sentence, figure) == counted
