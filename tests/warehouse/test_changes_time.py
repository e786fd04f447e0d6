"""The time part of same-quantity keys: an incident's date versus a one-day count (pure logic)."""

from __future__ import annotations

from datetime import date

from extractors.quantity_keys import ClaimKey, same_figure, settle_times, time_scope
from tests.extractors import lookup

MON = date(2024, 5, 6)
WED = date(2024, 5, 8)


def key(
    text: str,
    figure: str,
    value: float,
    *,
    time: str | None = None,
    start: date | None = None,
    end: date | None = None,
    scope: str = "total",
    qualifier: str = "exact",
    published: date = WED,
    counted: str = "people",
    event: str = "killed",
) -> ClaimKey:
    return lookup.key(
        text,
        figure,
        value,
        counted=counted,
        event=event,
        published=published,
        time_text=time,
        time_start=start,
        time_end=end,
        scope=scope,
        qualifier=qualifier,
    )


def test_an_incident_dated_toll_alone_in_its_report_is_the_incident_total():
    k = key(
        "12 people were killed in the storm on Monday.",
        "12",
        12,
        time="on Monday",
        start=MON,
        end=MON,
        scope="period",
        published=MON,
    )
    assert k.time == "T:" and k.dated == f"P:{MON}:{MON}"
    [settled] = settle_times([k])
    assert settled.time == "T:" and settled.join == "count|die|T:|"


def test_a_dated_figure_beside_the_same_quantity_over_another_span_is_a_one_day_count():
    day = key(
        "Ukrainian forces killed 102 people on August 14.",
        "102",
        102,
        time="on August 14",
        start=date(2024, 8, 14),
        end=date(2024, 8, 14),
        scope="period",
        published=date(2024, 8, 16),
    )
    total = key(
        "Several hundred people have been killed in total.", "Several hundred", 300, published=date(2024, 8, 16)
    )
    settled_day, settled_total = settle_times([day, total])
    assert settled_day.time == "P:2024-08-14:2024-08-14"
    assert settled_total.time == "T:"


def _over(text: str, figure: str, value: float, time: str, start: date, end: date | None = None) -> ClaimKey:
    """The key of a figure counted over a window (``start`` to ``end``; one day without ``end``), published WED."""
    return key(text, figure, value, time=time, start=start, end=end or start, scope="period", published=WED)


def test_a_total_over_a_window_that_ends_before_the_day_is_no_series_of_it():
    # a past flood's toll is history, not the running total this day's figure is a part of
    dated = _over("The river burst its banks on Monday, drowning nine people.", "nine", 9, "on Monday", MON)
    past = _over(
        "In the floods of 2016, 40 people died along the valley.",
        "40",
        40,
        "2016",
        date(2016, 1, 1),
        date(2016, 12, 31),
    )
    assert past.time == "P:2016-01-01:2016-12-31"
    assert [k.time for k in settle_times([dated, past])] == ["T:", "P:2016-01-01:2016-12-31"]
    # a week's window that holds the day still makes it one day of a series
    week = _over("Over the week, 25 people drowned.", "25", 25, "Over the week", date(2024, 5, 2), WED)
    assert settle_times([dated, week])[0].time == f"P:{MON}:{MON}"


def test_the_same_figure_over_another_span_is_the_same_toll_not_a_series():
    dated = key(
        "Twelve people were killed on Monday.",
        "Twelve",
        12,
        time="on Monday",
        start=MON,
        end=MON,
        scope="period",
        published=MON,
    )
    undated = key("The 12 people killed were all residents.", "12", 12, published=MON)
    assert [k.time for k in settle_times([dated, undated])] == ["T:", "T:"]


def test_a_part_of_the_toll_on_its_day_is_no_day_of_a_series():
    # the headline's undated toll is larger, but "three of the dead" are some of it, not Monday's share
    headline = key("Quarry blast kills 7", "7", 7, published=MON)
    toll = key(
        "The blast killed seven workers on Monday.",
        "seven",
        7,
        time="on Monday",
        start=MON,
        end=MON,
        scope="period",
        published=MON,
    )
    monday = {"time": "on Monday", "start": MON, "end": MON, "scope": "period", "published": MON}
    part = key("Three of the dead were drivers.", "Three", 3, **monday)
    assert part.part
    assert [k.time for k in settle_times([headline, toll, part])] == ["T:", "T:", "T:"]


def test_sub_period_phrases_and_rates_stay_periods():
    for text, figure, time in [
        ("In the last week alone, about 70 people were killed.", "about 70", "In the last week"),
        ("Three more people were killed on Tuesday alone.", "Three", "on Tuesday"),
        ("Over the past three days 40 people were killed.", "40", "Over the past three days"),
    ]:
        ts = time_scope("count", "period", time, date(2024, 5, 7), date(2024, 5, 7), WED, text, text.index(figure))
        assert ts.key.startswith("P") and not ts.dated, text
    rate = "About 40 people a day were killed on Tuesday."
    assert time_scope("count", "period", "on Tuesday", date(2024, 5, 7), date(2024, 5, 7), WED, rate, 0).key[0] == "P"


def test_alone_scopes_the_figure_before_it_not_the_toll_after_it():
    text = "Rescuers recovered three more bodies on Sunday alone, bringing the death toll from the floods to 10."
    sun = date(2024, 4, 21)
    three = time_scope("count", "period", "on Sunday", sun, sun, sun, text, text.index("three"))
    ten = time_scope("count", "period", "on Sunday", sun, sun, sun, text, text.index("10"))
    assert three.key.startswith("P") and ten.key == "T:"


def test_a_long_or_old_period_is_its_own_window():
    year = time_scope("count", "period", "in 2019", date(2019, 1, 1), date(2019, 12, 31), WED)
    assert year.key == "P:2019-01-01:2019-12-31" and not year.dated
    old_day = time_scope("count", "period", "on March 3", date(2024, 3, 3), date(2024, 3, 3), WED)
    assert old_day.key.startswith("P") and not old_day.dated


def test_a_time_in_the_possessive_dates_the_event_and_is_no_window():
    # "last week's floods": when the floods were; the toll is theirs in total
    text = "At least 30 people died in last week's floods, the ministry said."
    week = time_scope("count", "period", "last week", date(2024, 4, 29), date(2024, 5, 5), WED, text, 3)
    assert week.key == "T:" and week.dated == "P:2024-04-29:2024-05-05"
    # "in the last week" is a window, and an event of last year is history, not this incident
    window = "At least 30 people died in the last week."
    assert time_scope("count", "period", "the last week", date(2024, 5, 1), WED, WED, window, 3).key.startswith("P:")
    old = "Nine people died in last year's floods."
    last_year = time_scope("count", "period", "last year", date(2023, 1, 1), date(2023, 12, 31), WED, old, 0)
    assert last_year.key == "P:2023-01-01:2023-12-31"
    # "this week's storm": the week is not over when the report is published, the storm is
    this_week = "Crews restored power to 9,000 homes cut off by this week's storm."
    ts = time_scope("count", "period", "this week", MON, date(2024, 5, 12), WED, this_week, 23)
    assert ts.key == "T:"


def test_a_running_total_since_the_incident_is_the_incident_total():
    since = time_scope("count", "total", "since Monday", MON, None, WED)
    assert since.key == "T:"
    assert time_scope("count", "total", "since 2001", date(2001, 1, 1), None, WED).key == "T:2001-01-01"


def test_a_hedge_on_the_same_number_is_one_figure_but_another_number_is_a_change():
    at_least = key("At least 12 people were killed.", "At least 12", 12, qualifier="at_least")
    exact = key("12 people died.", "12", 12, event="died")
    fifteen = key("15 people died.", "15", 15, event="died")
    assert at_least.join == exact.join
    assert same_figure(at_least, exact)
    assert not same_figure(at_least, fifteen)
    five = key("five dead", "five", 5, counted="dead", event="")
    five_killed = key("5 people killed", "5", 5)
    assert five.join == five_killed.join and same_figure(five, five_killed)


def test_killed_injured_and_hospitalised_are_different_quantities():
    text = "Three people were killed and 14 injured; 6 were taken to hospital and 4 remain in hospital."
    killed = key(text, "Three", 3, event="killed")
    injured = key(text, "14", 14, event="injured")
    taken = key(text, "6", 6, event="taken to hospital")
    still = key(text, "4", 4, event="remain in hospital")
    assert len({k.join for k in (killed, injured, taken, still)}) == 4


def test_a_state_that_remains_is_that_state():
    # "remained missing" counts those missing; "remain hospitalised" those still in hospital, not everyone admitted.
    missing = key("Two climbers remained missing on Friday.", "Two", 2, counted="climbers", event="remained missing")
    earlier = key("Five climbers were unaccounted for.", "Five", 5, counted="climbers", event="unaccounted")
    assert missing.event == earlier.event == "missing"
    still = key("Three patients remained hospitalized.", "Three", 3, counted="patients", event="remained hospitalized")
    in_hospital = key("Four patients remain in hospital.", "Four", 4, counted="patients", event="remain in hospital")
    admitted = key("Six patients were hospitalized.", "Six", 6, counted="patients", event="hospitalized")
    assert still.event == in_hospital.event != admitted.event


def test_a_count_of_those_still_in_a_state_on_a_day_is_that_days_count():
    # "still without power on Wednesday": a snapshot of that day, not the outage's toll
    text = "About 6,000 homes were still without power on Wednesday, the utility said."
    ts = time_scope("count", "period", "on Wednesday", WED, WED, WED, text, text.index("About"))
    assert ts.key == f"P:{WED}:{WED}" and not ts.dated
    # the incident's day without "still" dates the toll
    toll = "About 6,000 homes lost power on Wednesday, the utility said."
    assert time_scope("count", "period", "on Wednesday", WED, WED, WED, toll, 0).key == "T:"
