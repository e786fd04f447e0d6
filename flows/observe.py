"""What a run shows while it works: library logs in the run's logs, and progress to listeners.

Library logs: Prefect's own switch, ``PREFECT_LOGGING_EXTRA_LOGGERS=trafilatura,httpx``,
only copies its API handler onto those loggers. That leaves httpx at WARNING, so no
fetch is ever logged; and at INFO it would log every call Prefect's own client makes
to its API. :func:`route_library_logs` does it programmatically instead: httpx at
INFO, minus the records of Prefect's API calls and those outside any run.

Progress: the flow calls :func:`report_progress` after each stored batch; the CLI
listens with :func:`progress_listener` to draw a progress bar in a terminal (the
flow runs in the CLI's process). Served runs have no listener: their progress is the
``ingest-progress`` artifact.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: Library loggers routed into run logs, with the lowest level that is routed.
LIBRARY_LOGGERS: dict[str, int] = {"trafilatura": logging.WARNING, "httpx": logging.INFO}

_listeners: list[Callable[[int, int], None]] = []
_routed: set[str] = set()
_lock = threading.Lock()


def _run_client_base() -> str | None:
    """The Prefect API base URL of the current run, or None outside a flow or task run."""
    from prefect.context import FlowRunContext, TaskRunContext

    ctx = TaskRunContext.get() or FlowRunContext.get()
    if ctx is None:
        return None
    client = getattr(ctx, "client", None)
    return str(client.api_url) if client is not None else ""


class _RunRecordsOnly(logging.Filter):
    """Keep warnings always; keep lower records only inside a run and not about Prefect's API calls."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        base = _run_client_base()
        if base is None:
            return False
        url = str(record.args[1]) if isinstance(record.args, tuple) and len(record.args) > 1 else ""
        return not (base and url.startswith(base))


class _InRun(logging.Filter):
    """The API handler only takes records emitted inside a flow or task run."""

    def filter(self, record: logging.LogRecord) -> bool:
        return _run_client_base() is not None


def route_library_logs(loggers: dict[str, int] | None = None) -> None:
    """Send trafilatura's and httpx's records to the current run's logs (idempotent, per process)."""
    from prefect.logging.handlers import APILogHandler

    with _lock:
        for name, level in (loggers or LIBRARY_LOGGERS).items():
            if name in _routed:
                continue
            logger = logging.getLogger(name)
            if any(type(h) is APILogHandler for h in logger.handlers):
                _routed.add(name)  # PREFECT_LOGGING_EXTRA_LOGGERS already did it
                continue
            handler = APILogHandler()
            handler.addFilter(_InRun())
            logger.addHandler(handler)
            if logger.getEffectiveLevel() > level:
                logger.setLevel(level)
            logger.addFilter(_RunRecordsOnly())  # also keeps Prefect's API chatter off the console
            _routed.add(name)


def report_progress(done: int, total: int) -> None:
    """Called by the flow after each stored batch."""
    for listener in list(_listeners):
        listener(done, total)


@contextmanager
def progress_listener(listener: Callable[[int, int], None]) -> Iterator[None]:
    """Receive ``(batches done, batches in total)`` while the block runs."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


@contextmanager
def terminal_progress(enabled: bool, description: str = "batches stored") -> Iterator[None]:
    """A rich progress bar fed by :func:`report_progress`, when ``enabled`` (stdout is a terminal)."""
    if not enabled:
        yield
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=False
    ) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        with progress_listener(update):
            yield


__all__ = ["LIBRARY_LOGGERS", "progress_listener", "report_progress", "route_library_logs", "terminal_progress"]
