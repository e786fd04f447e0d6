"""A stop signal whose exception the interpreter drops is raised again at the next batch boundary."""

from __future__ import annotations

import gc
import signal
import sys

import duckdb
import pytest

from flows import ingest as ingest_module
from flows import stops
from flows.ingest import run_ingest
from tests.flows.cli_runs import write_texts

# The loss these tests make is reported by the interpreter; that report is expected here.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


class _LostOnCollect:
    """Delivers a signal inside a finaliser: the handler's exception is only reported, then dropped."""

    def __init__(self, signum: int) -> None:
        self.signum = signum

    def __del__(self) -> None:
        signal.raise_signal(self.signum)


def _deliver_where_it_is_lost(signum: int) -> None:
    _LostOnCollect(signum)  # freed at once: __del__ runs, and its KeyboardInterrupt goes nowhere
    gc.collect()


class _Halt(Exception):
    pass


@pytest.fixture()
def sigterm_raises_halt():
    def halt(signum, frame):
        raise _Halt(signum)

    before = signal.signal(signal.SIGTERM, halt)
    yield
    signal.signal(signal.SIGTERM, before)


def test_a_lost_sigint_is_raised_again_by_check():
    with stops.watching():
        _deliver_where_it_is_lost(signal.SIGINT)  # no exception here: that is the loss
        with pytest.raises(KeyboardInterrupt):
            stops.check()
        stops.check()  # raised once, not at every boundary after


def test_a_lost_signal_goes_back_to_the_handler_in_place(sigterm_raises_halt):
    with stops.watching():
        _deliver_where_it_is_lost(signal.SIGTERM)
        with pytest.raises(_Halt):
            stops.check()


class _FailsOnCollect:
    """A finaliser that fails for a reason of its own: the interpreter can only report it."""

    def __del__(self) -> None:
        raise ValueError("not a stop")


@pytest.fixture()
def reports(monkeypatch):
    """What reaches the interpreter's report of exceptions it had to drop."""
    seen: list[type[BaseException] | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: seen.append(unraisable.exc_type))
    return seen


def test_a_lost_stop_is_not_reported_as_a_traceback_but_other_losses_are(reports):
    hook = sys.unraisablehook
    with stops.watching():
        _deliver_where_it_is_lost(signal.SIGINT)
        assert reports == []  # the stop is not lost: check() raises it
        _FailsOnCollect()
        gc.collect()
        assert reports == [ValueError]
        with pytest.raises(KeyboardInterrupt):
            stops.check()
    assert sys.unraisablehook is hook
    _deliver_where_it_is_lost(signal.SIGINT)  # not watched: reported as before
    assert reports == [ValueError, KeyboardInterrupt]


def test_handlers_are_restored_and_nothing_is_raised_without_a_signal(sigterm_raises_halt):
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    with stops.watching():
        assert signal.getsignal(signal.SIGTERM) is not before[signal.SIGTERM]
        stops.check()
    assert {s: signal.getsignal(s) for s in before} == before
    _deliver_where_it_is_lost(signal.SIGTERM)  # not watched: nothing is noted
    stops.check()


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_stops_at_the_next_batch_after_a_lost_ctrl_c(tmp_path, monkeypatch):
    write_texts(tmp_path / "src", 60)
    db = tmp_path / "lost.duckdb"
    load_batch = ingest_module.load_batch
    calls = 0

    def load_then_lose_a_signal(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 3:  # one batch is stored by then
            _deliver_where_it_is_lost(signal.SIGINT)
        return load_batch(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "load_batch", load_then_lose_a_signal)
    with pytest.raises(KeyboardInterrupt):
        run_ingest([str(tmp_path / "src")], str(db), batch_size=10)
    assert calls == 3  # stopped at the boundary after the loss, not at the end of the inputs
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT status FROM runs").fetchall() == [("failed",)]
        assert 0 < con.execute("SELECT count(*) FROM documents").fetchone()[0] < 60
