"""The temporary Prefect API server of a run with no Prefect server configured.

Prefect starts one itself on the first flow call (``get_client``), but only after
importing its server package into the flow process (~2.5 s) and then waiting for the
subprocess to boot (~3.5 s), one after the other. ``claimwatch run`` instead launches
the same server (Prefect's ``create_app`` under uvicorn, in ephemeral mode, with a probe
of its event backlog: :mod:`flows.api_app`) before it imports Prefect, so the server boots
on the other core while the run imports, and the flow process never imports the server
package. This module imports nothing heavy. Before it stops the server, the run waits
until the server has recorded every event it was sent (:meth:`TemporaryApi.settle`).

Pool and Dask workers are pointed at the same server (see :func:`run_api`); left to
themselves, each would find no API URL and start a temporary server of its own.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

from extractors.errors import ConfigError

STARTUP_TIMEOUT = 60.0
#: How long a stopping run waits for its temporary server to record the events it was sent,
#: and how long that backlog may stop shrinking before the wait ends (a stuck server).
SETTLE_TIMEOUT = 120.0
SETTLE_STALL = 10.0


class Unreachable(ConfigError):
    """A configured service (the Prefect API) does not answer."""


def check_api(
    url: str | None,
    timeout: float = 5.0,
    hint: str = "or unset PREFECT_API_URL, and claimwatch run starts a temporary one",
) -> None:
    """A configured Prefect API answers its health check; else one clear error, not a run that
    retries for minutes and ends in a traceback."""
    if not url:
        return
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as resp:
            if resp.status == 200:
                return
            why = f"HTTP {resp.status}"
    except urllib.error.HTTPError as exc:
        why = f"HTTP {exc.code}"
    except (OSError, ValueError) as exc:
        why = str(getattr(exc, "reason", None) or exc)
    raise Unreachable(f"the Prefect API at {url} does not answer ({why}): start it (`prefect server start`) {hint}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _exit_with_parent() -> None:
    """In the server's process before it runs: a SIGTERM when the run dies, even by ``kill -9``
    (Linux's PR_SET_PDEATHSIG; elsewhere the server outlives a killed run)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG


class TemporaryApi:
    """A Prefect API server subprocess on 127.0.0.1, stopped by :meth:`stop` (or at exit)."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        # The flags Prefect's own temporary server runs with: no UI, the ephemeral set of services.
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        self.process: subprocess.Popen[bytes] | None = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "flows.api_app:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            # Its own session: a Ctrl-C in the terminal reaches the run, which then reports to this
            # server and stops it, rather than both at once (the run then failed on every call).
            start_new_session=True,
            preexec_fn=_exit_with_parent,
        )
        atexit.register(self.stop)  # whatever happens before run_api() takes it over

    @classmethod
    def launch(cls) -> TemporaryApi | None:
        """Start booting a server, unless the environment already names a Prefect API."""
        if os.environ.get("PREFECT_API_URL"):
            return None
        return cls()

    def wait_healthy(self, timeout: float = STARTUP_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                code = None if self.process is None else self.process.returncode
                raise ConfigError(
                    f"the temporary Prefect server on port {self.port} exited ({code})"
                    " before it was ready; set PREFECT_API_URL to a running server"
                )
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise ConfigError(f"the temporary Prefect server on port {self.port} was not ready after {timeout:.0f} s")

    def backlog(self) -> int | None:
        """Events the server was sent and has not yet handled; None if it cannot say."""
        try:
            with urllib.request.urlopen(f"{self.url.removesuffix('/api')}/claimwatch/backlog", timeout=5) as resp:
                return sum(int(n) for n in json.load(resp).values())
        except (OSError, ValueError, AttributeError):
            return None

    def settle(self, timeout: float = SETTLE_TIMEOUT, stall: float = SETTLE_STALL) -> int:
        """Wait until the server has recorded every event the run sent it; the events left.

        The server records a task run from its events one write at a time, and lags a run
        of ~1,000 task runs by seconds. Stopped with a backlog, it loses those task runs and
        Prefect logs each write the stop cancels with a CancelledError traceback. The wait
        ends after ``timeout``, or once the backlog has not shrunk for ``stall`` seconds.
        """
        end = time.monotonic() + timeout
        best, best_at = None, time.monotonic()
        while (left := self.backlog()) and time.monotonic() < end:
            if best is None or left < best:
                best, best_at = left, time.monotonic()
            elif time.monotonic() - best_at > stall:
                break
            time.sleep(0.2)
        return left or 0

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@contextlib.contextmanager
def environ(**values: str) -> Iterator[None]:
    """These environment variables while the block runs, then as they were."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _drain_prefect_workers() -> None:
    """What Prefect's test harness does before it stops its server."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)
    EventsWorker.drain_all(timeout=10)


@contextlib.contextmanager
def run_api(early: TemporaryApi | None = None) -> Iterator[str | None]:
    """The Prefect API this run (and its worker processes) reports to; yields its URL.

    A configured API (PREFECT_API_URL from the environment, a profile or a settings file)
    wins, and ``early`` is stopped unused. Otherwise the run gets a temporary server,
    ``early`` or a new one, and Prefect's settings point at it for the run.
    """
    from prefect.context import _temporary_global_settings_context, get_settings_context
    from prefect.logging import get_logger
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
        PREFECT_UI_URL,
        temporary_settings,
    )

    configured = PREFECT_API_URL.value()
    if configured or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        if early is not None:
            early.stop()
        if configured and configured != os.environ.get("PREFECT_API_URL"):
            check_api(configured)  # from a profile or settings file: the CLI has not checked it
        yield configured  # none and ephemeral servers disabled: Prefect says so on the first call
        return
    server = early or TemporaryApi()
    try:
        log = get_logger("claimwatch")
        log.info("Starting temporary Prefect server on %s", server.url.removesuffix("/api"))
        server.wait_healthy()
        # No UI URL: this server serves no UI, so Prefect prints no "View at" link to it.
        # The settings go in three places. The run's context; the process-global context,
        # for threads that do not copy it (the process pool's thread that forwards its
        # workers' events, which would otherwise start a server of its own; Prefect's
        # test harness does the same); and the environment, which worker processes start from.
        with (
            temporary_settings(updates={PREFECT_API_URL: server.url, PREFECT_UI_URL: ""}),
            _temporary_global_settings_context(get_settings_context()),
            environ(PREFECT_API_URL=server.url, PREFECT_UI_URL=""),
        ):
            try:
                yield server.url
            finally:  # logs and events still queued go out before the server stops, even on failure
                _drain_prefect_workers()
                if left := server.settle():
                    log.warning("the temporary Prefect server stops with %d events not recorded", left)
        log.info("Stopping temporary Prefect server on %s", server.url.removesuffix("/api"))
    finally:
        server.stop()
