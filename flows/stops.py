"""Stop signals that are not lost.

Python runs a signal's handler between two bytecodes of the main thread. When that moment falls
inside code whose exceptions the interpreter can only report (a finaliser, a weakref callback, an
``isinstance`` hook), the handler's ``KeyboardInterrupt`` (or Prefect's ``TerminationSignal``) is
printed as "Exception ignored" and dropped, and the run would go on to its end as if no one had
asked it to stop. So while a run works, :func:`watching` notes every SIGINT and SIGTERM before the
handler in place runs, and the run calls :func:`check` between batches: a noted signal whose
exception never arrived is raised again there, where nothing swallows it. The interpreter's report of the
dropped exception ("Exception ignored ... Traceback") is left out while watching: the stop is not lost, and
the run ends on it as on any stop.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["check", "watching"]

_WATCHED = (signal.SIGINT, signal.SIGTERM)

# The signal noted and not yet seen to stop the run; only the main thread writes it.
_noted: int | None = None


def _noting(previous: Callable[[int, FrameType | None], object]) -> Callable[[int, FrameType | None], object]:
    def handler(signum: int, frame: FrameType | None) -> object:
        global _noted
        _noted = signum
        return previous(signum, frame)

    return handler


#: The code of the handlers :func:`_noting` makes: an exception raised through it is a noted stop.
_HANDLER_CODE = _noting(lambda signum, frame: None).__code__


def _raised_by_noted_handler(unraisable: sys.UnraisableHookArgs) -> bool:
    tb = unraisable.exc_traceback
    while tb is not None:
        if tb.tb_frame.f_code is _HANDLER_CODE:
            return True
        tb = tb.tb_next
    return False


@contextmanager
def watching() -> Iterator[None]:
    """Note stop signals while the block runs; the handlers in place still run, and are restored after.

    Outside the main thread (where Python allows no handlers) this does nothing.
    """
    global _noted
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _noted = None
    previous = {sig: signal.getsignal(sig) for sig in _WATCHED}
    for sig, handler in previous.items():
        if callable(handler):  # SIG_DFL ends the process and SIG_IGN means go on: nothing to note
            signal.signal(sig, _noting(handler))
    report = sys.unraisablehook

    def quiet(unraisable: sys.UnraisableHookArgs) -> None:
        # A noted stop's dropped exception: check() raises it again, so its report would only alarm.
        if not _raised_by_noted_handler(unraisable):
            report(unraisable)

    sys.unraisablehook = quiet
    try:
        yield
    finally:
        sys.unraisablehook = report
        for sig, handler in previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]  # getsignal's result is a valid handler
        _noted = None


def check() -> None:
    """Raise again a signal noted during :func:`watching` whose handler's exception was lost.

    The signal is sent once more, so the same handler decides what it means (Ctrl-C's
    ``KeyboardInterrupt``, the CLI's stop on SIGTERM, Prefect's cancellation).
    """
    global _noted
    if _noted is None:
        return
    try:
        signal.raise_signal(_noted)  # the handler runs before this returns, and notes the signal again
    finally:
        _noted = None
