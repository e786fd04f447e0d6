"""Task runners, and the run's Prefect API when none is configured: one temporary server
that the flow process and its pool workers share, stopped when the run ends."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from prefect import task

from extractors.errors import ConfigError
from flows.runners import make_task_runner
from tests.flows.cli_runs import claimwatch_cmd

REPO = Path(__file__).resolve().parents[2]


@task
def worker_view() -> tuple[int, str | None]:
    """What a worker process sees: its pid and the API its task run reports to."""
    from prefect.settings import PREFECT_API_URL

    return os.getpid(), PREFECT_API_URL.value()


PROBE = """
import json, os
from prefect import flow
from flows.api_server import run_api
from flows.runners import make_task_runner
from tests.flows.test_runners import worker_view

@flow
def probe():
    return [f.result() for f in [worker_view.submit() for _ in range(4)]]

with run_api() as url:
    views = probe.with_options(task_runner=make_task_runner("local", 2))()
print(json.dumps({"url": url, "flow_pid": os.getpid(), "views": views}))
"""


BURST = """
import sys
from prefect import flow, task
from prefect.task_runners import ThreadPoolTaskRunner
from flows.api_server import run_api

@task
def noop(i: int) -> int:
    return i

@flow(task_runner=ThreadPoolTaskRunner(max_workers=4))
def burst(n: int) -> int:
    return sum(f.result() for f in noop.map(range(n)))

with run_api():
    print(burst(int(sys.argv[1])))
"""


def _no_api_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return env | {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


@pytest.mark.slow
def test_pool_workers_report_to_the_runs_temporary_server(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=_no_api_env(tmp_path), capture_output=True, text=True, timeout=180
    )
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["url"] and got["url"].startswith("http://127.0.0.1:")
    # Prefect logs this when it starts a server itself: in a worker, or in the pool's event forwarder.
    assert "Starting temporary server" not in out.stderr
    pids = {pid for pid, _ in got["views"]}
    assert got["flow_pid"] not in pids  # the tasks really ran in pool processes
    # ...and each found the run's server in its settings, rather than starting its own.
    assert {url for _, url in got["views"]} == {got["url"]}


@pytest.mark.slow
def test_a_run_without_a_server_records_its_task_runs_and_stops_its_server(tmp_path: Path) -> None:
    """``claimwatch run`` with no Prefect API: the temporary server it starts holds the flow
    run and every task run (the pool workers' too), and is gone when the command ends."""
    home = tmp_path / "prefect-home"
    out = subprocess.run(
        [
            *claimwatch_cmd(),
            "run",
            str(REPO / "seeds"),
            "--db",
            str(tmp_path / "n.duckdb"),
            "--workers",
            "2",
            "--batch-size",
            "5",
            "-v",
        ],
        cwd=REPO,
        env=_no_api_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "20 stored" in out.stdout
    assert "Error logging to API" not in out.stderr  # logs were sent before the server stopped
    assert "Starting temporary server" not in out.stderr  # Prefect's own: no process started another
    port = int(re.search(r"Starting temporary Prefect server on http://127.0.0.1:(\d+)", out.stderr).group(1))  # type: ignore[union-attr]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with sqlite3.connect(home / "prefect.db") as db:
        states = dict(db.execute("SELECT name, state_type FROM flow_run").fetchall())
        tasks = db.execute(
            "SELECT count(*) FROM task_run WHERE name LIKE 'clean-and-extract%' AND state_type = 'COMPLETED'"
        ).fetchone()[0]
    assert list(states.values()) == ["COMPLETED"]
    assert tasks == 4  # 20 seed documents in batches of 5, each in a pool worker


@pytest.mark.slow
def test_the_temporary_server_records_a_burst_of_task_runs_before_it_stops(tmp_path: Path) -> None:
    """Task runs started faster than the server records them (it writes one event at a time)
    leave it a backlog when the run ends. Stopped then, it lost most of them and printed
    CancelledError tracebacks; it is stopped once it has recorded them all."""
    home = tmp_path / "prefect-home"
    n = 150  # ~750 events: enough for a backlog of hundreds at the end on this machine
    out = subprocess.run(
        [sys.executable, "-c", BURST, str(n)],
        cwd=REPO,
        env=_no_api_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == [str(n * (n - 1) // 2)]
    assert "CancelledError" not in out.stderr and "Traceback" not in out.stderr, out.stderr[-3000:]
    assert "not recorded" not in out.stderr
    with sqlite3.connect(home / "prefect.db") as db:
        recorded = db.execute("SELECT count(*) FROM task_run WHERE state_type = 'COMPLETED'").fetchone()[0]
    assert recorded == n


def test_runner_choice() -> None:
    assert type(make_task_runner("local", 1)).__name__ == "ThreadPoolTaskRunner"
    assert type(make_task_runner("local", 2)).__name__ == "ProcessPoolTaskRunner"
    with pytest.raises(ConfigError, match="at least 1"):
        make_task_runner("local", 0)
    with pytest.raises(ConfigError, match="unknown runner"):
        make_task_runner("spark", 2)
