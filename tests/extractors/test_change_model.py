"""The change model: how far apart two figures are, and which differences are flagged."""

from __future__ import annotations

import math
from datetime import date

import pytest

from extractors.change_model import ChangeModel, Report, change_verdict, features, gap_ratio, model, rising

DAY1, DAY2 = date(2024, 3, 1), date(2024, 3, 2)


def rep(low: float | None, high: float | None, published: date | None = DAY1) -> Report:
    return Report(low, high, published)


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


def test_the_features_are_the_log_gap() -> None:
    assert features(rep(3, 3), rep(6, 6)) == {"log_ratio": pytest.approx(math.log(2))}


MODEL = ChangeModel({"log_ratio": -3.0}, bias=0.5, widest=1.5, support=100.0)


def test_same_day_figures_within_the_widest_gap_are_flagged_with_their_probability() -> None:
    v = change_verdict(rep(2, 2), rep(3, 3), MODEL)
    assert v.flag
    assert v.probability == pytest.approx(1 / (1 + math.exp(-(0.5 - 3.0 * math.log(1.5)))))


def test_same_day_or_falling_figures_further_apart_are_not_flagged() -> None:
    assert not change_verdict(rep(1, 1), rep(16, 16), MODEL).flag
    assert not change_verdict(rep(16, 16, DAY1), rep(4, 4, DAY2), MODEL).flag


def test_a_toll_rising_across_days_is_flagged_whatever_the_gap() -> None:
    v = change_verdict(rep(4, 4, DAY1), rep(10, 10, DAY2), MODEL)
    assert v.flag and v.probability is not None and v.probability < 0.2


def test_beyond_the_support_the_model_says_nothing_and_the_pair_is_flagged() -> None:
    v = change_verdict(rep(25e6, 25e6), rep(50e6, None), MODEL)
    assert v.flag and v.probability is None


def test_the_shipped_model_keeps_a_step_and_drops_one_victim_against_all() -> None:
    m = model()
    assert change_verdict(rep(2, 2), rep(3, 3), m).flag
    assert not change_verdict(rep(16, 16), rep(1, 1), m).flag
    assert m.weights["log_ratio"] < 0  # the further apart, the less likely a real change
    assert 1.0 < m.widest < 3.0 and 10 <= m.support < 1e6


def test_measures_other_than_counts_are_beyond_the_model() -> None:
    # Ages, sums and durations were not among the labels: their pairs are flagged, with no probability.
    v = change_verdict(Report(2, 2, DAY1, count=False), Report(30, 30, DAY1, count=False), MODEL)
    assert v.flag and v.probability is None
