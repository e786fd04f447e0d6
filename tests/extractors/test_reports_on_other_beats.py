"""Figures as the change pass keys them in reports of other beats than shootings: job cuts, marches,
floods. Each rule keeps two reports of one quantity on one key, or two quantities apart (GUIDE 20-23).
Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import extract_claims
from tests.extractors.lookup import claim_for, key


def _event_key(text: str, figure: str, value: float) -> str:
    c = claim_for(text, figure)
    return key(text, figure, value, counted=c.counted or "", event=c.event).event


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Brennan Foods said it would cut 900 jobs at its bakery.", "900", 900),
        ("The union said as many as 1,400 jobs could go.", "as many as 1,400", 1400),
        ("The bakery will shed 600 jobs by June.", "600", 600),
        ("About 300 jobs were axed in the first round.", "About 300", 300),
    ],
)
def test_jobs_taken_away_are_one_event_whatever_the_verb(text: str, figure: str, value: float) -> None:
    assert _event_key(text, figure, value) == "cut"


def test_a_figure_with_its_own_predicate_takes_no_event_from_the_clause_before() -> None:
    text = "The death toll rose to 19 on Tuesday, officials said, and about 4,500 people remain in shelters."
    assert _event_key(text, "19", 19) == "die"
    assert _event_key(text, "about 4,500", 4500) != "die"


def test_a_figure_restated_as_announced_has_no_event_of_announcing() -> None:
    text = "The union said 2,000 jobs could go, far more than the 1,200 the company announced."
    assert _event_key(text, "1,200", 1200) != "announc"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Organisers of Saturday's rent march in Tarrow said 25,000 people took part.", "25,000", "Organisers"),
        ("The union representing workers at Velmont's plant said 2,000 jobs could go.", "2,000", "union"),
        ("A lawyer representing the family said 3 officers fired.", "3", "lawyer"),
    ],
)
def test_the_speaker_is_the_noun_before_what_it_is_of_or_acts_for(text: str, figure: str, source: str) -> None:
    assert claim_for(text, figure).source == source


def _times(text: str) -> dict[str, str | None]:
    return {c.quantity.text: c.time.text if c.time else None for c in extract_claims(text, date(2026, 4, 20))}


def test_a_time_past_a_compared_figure_is_that_figures() -> None:
    times = _times("Velmont will cut 1,500 jobs, up from the 1,200 it announced last week.")
    assert times == {"1,500": None, "1,200": "last week"}


def test_the_day_a_report_was_made_does_not_date_its_figure() -> None:
    assert _times("Velmont said on Monday it would cut 1,500 jobs.") == {"1,500": None}
    assert _times("On Sunday, 3 people were shot, police said.") == {"3": "Sunday"}


LEVELS = (
    "Tallo said on Tuesday its app now has more than 20 million monthly users. "
    "Research firm Metrix estimates Tallo's monthly users at about 14 million, well below the 20 million "
    "the company claims."
)


def test_a_figure_given_again_with_a_relative_clause_of_speech_is_that_speakers() -> None:
    sources = {c.quantity.text: c.source for c in extract_claims(LEVELS)}
    assert sources == {"more than 20 million": "Tallo", "about 14 million": "Metrix", "20 million": "Tallo"}


def test_a_relative_clause_that_says_something_else_names_no_speaker() -> None:
    text = "A 15-year-old who escaped the blaze said she hid in a cupboard. All three riders of the van reported it."
    assert {c.source for c in extract_claims(text)} == {None}


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Tallo now has more than 20 million monthly users.", "more than 20 million", 20e6),
        ("Metrix estimates Tallo's monthly users at about 14 million.", "about 14 million", 14e6),
        ("That is below the 20 million monthly users the company claims.", "20 million", 20e6),
    ],
)
def test_how_many_things_there_are_is_a_level(text: str, figure: str, value: float) -> None:
    assert _event_key(text, figure, value) == "level"
    assert claim_for(text, figure).counted == "monthly users"


def test_a_count_of_people_someone_has_is_no_level() -> None:
    assert _event_key("The couple has three children.", "three", 3) != "level"


def test_a_report_day_in_the_sentence_before_dates_no_figure() -> None:
    assert _times("Tallo said on Tuesday it was growing. It now has 20 million users.") == {"20 million": None}


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Storm Vell left about 180,000 homes without power on Thursday.", "about 180,000", 180000),
        ("About 40,000 homes were still without power on Friday.", "About 40,000", 40000),
    ],
)
def test_homes_left_without_power_are_an_outage_whatever_the_verb(text: str, figure: str, value: float) -> None:
    assert _event_key(text, figure, value) == "outage"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # the state the verb leaves its object in is what befell it: the verb alone says little
        ("The ice storm left 62,000 homes without power on Tuesday.", "62,000", "left without power by the ice storm"),
        ("The flood left about 9,000 people without water.", "about 9,000", "left without water by the flood"),
        ("The fire left 40 families without a home.", "40", "left without a home by the fire"),
    ],
)
def test_an_active_verb_keeps_the_state_it_leaves_its_object_in(text: str, figure: str, event: str) -> None:
    assert claim_for(text, figure).event == event


def test_a_figure_restated_after_an_outage_is_the_outage_too() -> None:
    text = "The ice storm left 62,000 homes without power. Utility crews put the number closer to 70,000."
    assert _event_key(text, "closer to 70,000", 70000) == "outage"


@pytest.mark.parametrize(
    ("text", "figure", "value", "event"),
    [
        # "confirmed" reports a figure; only cases and infections confirmed are diagnoses, by their noun
        ("The coroner confirmed three deaths on Sunday.", "three", 3, "die"),
        ("The clinic confirmed 48 new cases of mumps.", "48", 48, "diagnose"),
        ("Fourteen infections have been confirmed in the valley.", "Fourteen", 14, "diagnose"),
        ("A recount confirmed that 310 postal ballots were rejected.", "310", 310, "reject"),
        # those who confirmed something counted by a noun of what befell them: they are the speakers
        ("Two hostages confirmed that they had been held in a cellar.", "Two", 2, "say"),
    ],
)
def test_confirmed_is_a_report_and_the_noun_says_what_was_diagnosed(
    text: str, figure: str, value: float, event: str
) -> None:
    assert _event_key(text, figure, value) == event


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # a share or a sum someone gives as a level: comparable with another source's level of the same thing
        ("Youth unemployment in Pellow stands at 14.5%.", "14.5%", 14.5),
        ("The trust's deficit stood at £3.4bn.", "£3.4bn", 3.4e9),
        ("Insurers put the flood damage closer to $90 million.", "closer to $90 million", 90e6),
    ],
)
def test_a_share_or_a_sum_given_as_a_level(text: str, figure: str, value: float) -> None:
    assert _event_key(text, figure, value) == "level"


def test_the_true_number_was_is_the_figure_before() -> None:
    text = "The council said 18 shops were flooded. Traders said the true number was closer to 30."
    assert claim_for(text, "closer to 30").counted == "shops"


def test_puts_it_at_is_the_figure_before() -> None:
    text = "Officials said repairs to the dam would cost $30 million. Engineers put it at $45 million."
    assert claim_for(text, "$45 million").counted == claim_for(text, "$30 million").counted


def test_a_value_put_closer_to_a_figure_restates_the_figure_before() -> None:
    text = "The storm cut power to 180,000 homes, although local officials put the number closer to 250,000."
    c = claim_for(text, "closer to 250,000")
    assert (c.counted, c.source) == ("homes", "local officials")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some 60,000 teachers walked out, according to the teachers' union.", "teachers' union"),
        ("Two men died, according to the sheriff's spokeswoman, Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_a_possessive_inside_a_lower_case_source(text: str, source: str) -> None:
    assert extract_claims(text)[0].source == source


def test_walking_out_is_taking_part() -> None:
    text = "Some 60,000 teachers walked out across Varna on Thursday."
    assert _event_key(text, "Some 60,000", 60000) == "present"
