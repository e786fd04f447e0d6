"""The change model: how far apart two figures are, and which differences are flagged."""

from __future__ import annotations

import math
from datetime import date

import pytest

from extractors.change_model import (
    ChangeModel,
    Report,
    bridged,
    change_verdict,
    features,
    gap_ratio,
    grown_older,
    model,
    restated,
    rising,
    with_or_without_perpetrator,
)

DAY1, DAY2 = date(2024, 3, 1), date(2024, 3, 2)


def rep(low: float | None, high: float | None, published: date | None = DAY1, head: str = "") -> Report:
    return Report(low, high, published, head=head)


def test_the_gap_is_the_ratio_of_the_nearest_ends() -> None:
    assert gap_ratio(rep(2, 2), rep(8, 8)) == pytest.approx(4.0)
    assert gap_ratio(rep(8, 8), rep(2, 2)) == pytest.approx(4.0)
    assert gap_ratio(rep(10, 20), rep(30, 40)) == pytest.approx(1.5)
    assert gap_ratio(rep(10, 20), rep(15, 15)) == 1.0


def test_an_open_bound_reaches_as_far_as_it_is_open() -> None:
    # "at most 50" holds "between 20 and 30"; "at least 10" does not reach down to 4.
    assert gap_ratio(rep(None, 50), rep(20, 30)) == 1.0
    assert gap_ratio(rep(10, None), rep(4, 4)) == pytest.approx(2.5)
    assert gap_ratio(rep(10, None), rep(400, 400)) == 1.0


def test_zero_is_one_step_from_one() -> None:
    assert gap_ratio(rep(0, 0), rep(1, 1)) == pytest.approx(2.0)


def test_a_report_without_a_figure_is_an_error() -> None:
    with pytest.raises(ValueError, match="without a figure"):
        gap_ratio(rep(None, None), rep(1, 1))


def test_rising_means_larger_on_a_later_day_whichever_side_comes_first() -> None:
    assert rising(rep(4, 4, DAY1), rep(7, 7, DAY2))
    assert rising(rep(7, 7, DAY2), rep(4, 4, DAY1))
    assert not rising(rep(7, 7, DAY1), rep(4, 4, DAY2))  # falling
    assert not rising(rep(4, 4, DAY1), rep(7, 7, DAY1))  # same day
    assert not rising(rep(4, 4, None), rep(7, 7, DAY2))  # undated


def test_the_features_are_the_log_gap_a_vague_side_and_the_size() -> None:
    assert features(rep(3, 3), rep(6, 6)) == {
        "log_ratio": pytest.approx(math.log(2)),
        "vague": 0.0,
        "log_smallest": pytest.approx(math.log(3)),
        "heads_differ": 0.0,
    }
    # "several" (3-9) against twelve: a vague word's interval, three apart from its upper end
    assert features(rep(3, 9), rep(12, 12)) == {
        "log_ratio": pytest.approx(math.log(12 / 9)),
        "vague": 1.0,
        "log_smallest": pytest.approx(math.log(6)),
        "heads_differ": 0.0,
    }
    # an open bound is no vague word; a figure of 0 counts as half of one
    assert features(rep(0, 0), rep(2, None))["vague"] == 0.0
    assert features(rep(0, 0), rep(2, None))["log_smallest"] == pytest.approx(math.log(0.5))


def test_heads_differ_when_both_reports_name_a_counted_noun_and_they_are_not_the_same() -> None:
    women, people = rep(3, 3, head="woman"), rep(4, 4, head="person")
    assert features(women, people)["heads_differ"] == 1.0
    assert features(rep(3, 3, head="person"), people)["heads_differ"] == 0.0
    # "raised to five" names no noun: it is not told apart from "four people"
    assert features(rep(5, 5), people)["heads_differ"] == 0.0


def test_the_shipped_confidence_ranks_a_step_in_a_large_toll_above_one_in_a_small_one() -> None:
    # Learned from judged flags: a toll of dozens moves between reports more often than one of
    # two or three, and a vague word against a number is more often a restatement or a part.
    m = model()
    small, large = change_verdict(rep(2, 2), rep(3, 3)), change_verdict(rep(12, 12), rep(14, 14))
    assert small.flag and large.flag
    assert large.probability is not None and small.probability is not None
    assert large.probability > small.probability
    vague = change_verdict(rep(3, 9), rep(12, 12))
    assert vague.probability is not None and vague.probability < large.probability
    assert m.weights.keys() == {"log_ratio", "vague", "log_smallest", "heads_differ"}


def test_the_shipped_confidence_is_lower_for_a_narrower_noun_against_a_wider_one() -> None:
    # Learned from judged flags: "three women" against "four people" is more often a part against
    # its total than "three people" against "four people".
    same = change_verdict(rep(3, 3, head="person"), rep(4, 4, head="person"))
    narrower = change_verdict(rep(3, 3, head="woman"), rep(4, 4, head="person"))
    assert same.probability is not None and narrower.probability is not None
    assert narrower.probability < same.probability


def test_a_pair_less_likely_than_the_floor_is_not_flagged() -> None:
    floored = ChangeModel({"log_ratio": -3.0}, bias=0.5, widest=1.5, widest_rise=2.0, support=100.0, floor=0.5)
    near, far = change_verdict(rep(10, 10), rep(11, 11), floored), change_verdict(rep(2, 2), rep(3, 3), floored)
    assert near.flag and near.probability is not None and near.probability >= 0.5
    assert far.probability is not None and far.probability < 0.5 and not far.flag
    # the same pair without a floor is flagged
    assert change_verdict(rep(2, 2), rep(3, 3), MODEL).flag


def test_the_shipped_floor_was_fitted_and_keeps_a_small_step() -> None:
    m = model()
    assert 0.0 < m.floor < 0.6
    assert change_verdict(rep(2, 2, head="person"), rep(3, 3, head="person"), m).flag


MODEL = ChangeModel({"log_ratio": -3.0}, bias=0.5, widest=1.5, widest_rise=2.0, support=100.0)


def test_same_day_figures_within_the_widest_gap_are_flagged_with_their_probability() -> None:
    v = change_verdict(rep(2, 2), rep(3, 3), MODEL)
    assert v.flag
    assert v.probability == pytest.approx(1 / (1 + math.exp(-(0.5 - 3.0 * math.log(1.5)))))


def test_same_day_or_falling_figures_further_apart_are_not_flagged() -> None:
    assert not change_verdict(rep(1, 1), rep(16, 16), MODEL).flag
    assert not change_verdict(rep(16, 16, DAY1), rep(4, 4, DAY2), MODEL).flag


def test_a_toll_rising_across_days_is_flagged_up_to_the_widest_rise() -> None:
    v = change_verdict(rep(4, 4, DAY1), rep(7, 7, DAY2), MODEL)
    assert v.flag and v.probability is not None and v.probability < MODEL.probability({"log_ratio": 0.0})
    assert change_verdict(rep(4, 4, DAY1), rep(8, 8, DAY2), MODEL).flag
    assert not change_verdict(rep(4, 4, DAY1), rep(9, 9, DAY2), MODEL).flag
    assert not change_verdict(rep(1, 1, DAY1), rep(16, 16, DAY2), MODEL).flag


DAY3 = date(2024, 3, 3)


def test_a_wider_rise_is_flagged_when_flagged_steps_bridge_it() -> None:
    reports = {"d1": rep(4, 4, DAY1), "d2": rep(7, 7, DAY2), "d3": rep(10, 10, DAY3), "x": rep(20, 20, DAY2)}
    kept = {frozenset(("d1", "d2")): 0.3, frozenset(("d2", "d3")): 0.5}
    assert bridged([("d1", "d3")], kept, reports) == {("d1", "d3"): 0.3}
    # A middle report outside the two in value, or in time, bridges nothing.
    kept_x = {frozenset(("d1", "x")): 0.3, frozenset(("x", "d3")): 0.5}
    assert bridged([("d1", "d3")], kept_x, reports) == {}
    late = {**reports, "d2": rep(7, 7, date(2024, 3, 9))}
    assert bridged([("d1", "d3")], kept, late) == {}


def test_bridges_chain_over_several_steps() -> None:
    days = [date(2024, 3, d) for d in (1, 2, 3, 4)]
    reports = {f"r{i}": rep(v, v, days[i]) for i, v in enumerate((3, 5, 8, 13))}
    kept = {frozenset(("r0", "r1")): 0.4, frozenset(("r1", "r2")): 0.3, frozenset(("r2", "r3")): 0.35}
    out = bridged([("r0", "r2"), ("r0", "r3"), ("r1", "r3")], kept, reports)
    assert set(out) == {("r0", "r2"), ("r0", "r3"), ("r1", "r3")}
    assert out[("r0", "r3")] == 0.3


def test_beyond_the_support_the_model_says_nothing_and_the_pair_is_flagged() -> None:
    v = change_verdict(rep(25e6, 25e6), rep(50e6, None), MODEL)
    assert v.flag and v.probability is None


def test_the_shipped_model_keeps_a_step_and_drops_one_victim_against_all() -> None:
    m = model()
    assert change_verdict(rep(2, 2), rep(3, 3), m).flag
    assert not change_verdict(rep(16, 16), rep(1, 1), m).flag
    assert m.weights["log_ratio"] < 0  # the further apart, the less likely a real change
    assert 1.0 < m.widest <= m.widest_rise < 3.0 and 10 <= m.support < 1e6


def test_measures_other_than_counts_are_beyond_the_model() -> None:
    # Ages, sums and durations were not among the labels: their pairs are flagged, with no probability.
    v = change_verdict(Report(2, 2, DAY1, count=False), Report(30, 30, DAY1, count=False), MODEL)
    assert v.flag and v.probability is None


def test_figures_worlds_apart_get_a_probability_not_an_overflow() -> None:
    # A misread number (a phone number, a serial) against a count: exp() of the raw score overflows.
    v = change_verdict(rep(1, 1), rep(1e300, 1e300), MODEL)
    assert not v.flag and v.probability is not None and 0.0 < v.probability < 1e-20


def test_a_later_report_that_only_says_less_is_a_restatement() -> None:
    # "eight hurt", then "several hurt" (3-9) or "more than five hurt" a day later
    assert restated(rep(8, 8, DAY1), rep(3, 9, DAY2))
    assert restated(rep(5, None, DAY2), rep(8, 8, DAY1))
    assert not change_verdict(rep(8, 8, DAY1), rep(3, 9, DAY2)).flag
    # a range that reaches down to the earlier figure: "12 to 20" after "15"
    assert restated(rep(15, 15, DAY1), rep(12, 20, DAY2))


def test_what_a_restatement_is_not() -> None:
    # the vague report came first: the later figure is the news ("several", then "eight")
    assert not restated(rep(3, 9, DAY1), rep(8, 8, DAY2))
    # one day: which came first is unknown
    assert not restated(rep(8, 8, DAY1), rep(3, 9, DAY1))
    # a later ceiling says it may be higher ("a third", then "up to 60 percent")
    assert not restated(rep(33, 33, DAY1), rep(None, 60, DAY2))
    # a later lower bound above the earlier figure ("eight", then "more than ten")
    assert not restated(rep(8, 8, DAY1), rep(10, None, DAY2))
    # a later interval that does not reach the earlier high ("4 to 12", then "3 to 9")
    assert not restated(rep(4, 12, DAY1), rep(3, 9, DAY2))
    # undated reports
    assert not restated(rep(8, 8, None), rep(3, 9, DAY2))


def test_tolls_one_apart_count_the_killer_or_not_when_a_report_says_he_died() -> None:
    four = rep(4, 4, DAY1)
    five_dead_gunman = Report(5, 5, DAY2, may_count_perpetrator=True)
    assert with_or_without_perpetrator(four, five_dead_gunman)
    assert not change_verdict(four, five_dead_gunman).flag
    # two apart is more than the killer; without his death, one apart is a change
    assert not with_or_without_perpetrator(rep(3, 3, DAY1), five_dead_gunman)
    assert not with_or_without_perpetrator(four, rep(5, 5, DAY2))
    assert change_verdict(four, rep(5, 5, DAY2)).flag
    # a hedged toll ("at least four") is an estimate, not a count with or without him
    assert not with_or_without_perpetrator(rep(4, None, DAY1), five_dead_gunman)


def _age(value: float, published: date) -> Report:
    return Report(value, value, published, count=False, age=True)


def test_an_age_one_more_after_half_a_year_or_more_is_a_birthday_not_a_change() -> None:
    spring = date(2024, 3, 1)
    assert grown_older(_age(19, spring), _age(20, date(2024, 10, 1)))  # seven months: a birthday is likelier
    assert not change_verdict(_age(20, date(2024, 10, 1)), _age(19, spring)).flag
    assert grown_older(_age(30, spring), _age(32, date(2026, 2, 1)))  # two years on, less a month
    # A month on, a year older is more likely a report that corrects the age.
    assert not grown_older(_age(19, spring), _age(20, date(2024, 4, 1)))
    assert change_verdict(_age(19, spring), _age(20, date(2024, 4, 1))).flag
    # Younger later, or older by more than the time passed, is no birthday.
    assert not grown_older(_age(20, spring), _age(19, date(2024, 10, 1)))
    assert not grown_older(_age(19, spring), _age(21, date(2024, 10, 1)))
    # Counts grow with time too, but not by birthdays.
    assert not grown_older(rep(19, 19, spring), rep(20, 20, date(2024, 10, 1)))
