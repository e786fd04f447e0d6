"""A real ``prefect server start`` on 127.0.0.1 with its own PREFECT_HOME, for UI and serve tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PrefectServer:
    url: str  # the UI
    api_url: str
    home: Path
    pid: int
    env: dict[str, str] = field(default_factory=dict)  # for client subprocesses

    def api(self, method: str, path: str, **kwargs: object) -> object:
        # Prefect's own client retries 429, 502 and 503: its SQLite server answers 503 while a
        # burst of writes from the run before it is still being stored.
        for wait in (0.5, 1.0, 2.0, 4.0, 8.0):
            r = httpx.request(method, self.api_url + path, timeout=30, **kwargs)  # type: ignore[arg-type]
            if r.status_code not in _RETRY:
                break
            time.sleep(wait)
        r.raise_for_status()
        return r.json() if r.content else None


_RETRY = frozenset({429, 502, 503})


@contextmanager
def prefect_server(root: Path, startup_timeout: float = 120.0) -> Iterator[PrefectServer]:
    """Start the server in its own process group; stop it by its PID (the group) at the end."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    home = root / "prefect-home"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": f"{url}/api",
        "PREFECT_UI_API_URL": f"{url}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # Scheduled runs are created by this loop; the default minute would slow the tests down.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "3",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "0.5",
    }
    log = open(root / "prefect-server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"prefect server exited: {(root / 'prefect-server.log').read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"prefect server not healthy after {startup_timeout:.0f} s")
            time.sleep(0.5)
        yield PrefectServer(url=url, api_url=f"{url}/api", home=home, pid=proc.pid, env=env)
    finally:
        stop_group(proc)
        log.close()


def stop_group(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
    """Signal the process group led by ``proc`` (by its PID); kill it if it does not stop."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    return int(proc.returncode)
