"""Task runners: the choice of runner, and worker processes sharing the run's Prefect API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from prefect import task

from extractors.errors import ConfigError
from flows.runners import make_task_runner, uses_worker_processes

REPO = Path(__file__).resolve().parents[2]


@task
def worker_view() -> tuple[int, str | None]:
    """What a worker process sees: its pid and the API its task run reports to."""
    from prefect.settings import PREFECT_API_URL

    return os.getpid(), PREFECT_API_URL.value()


PROBE = """
import json, os
from prefect import flow
from flows.runners import make_task_runner, shared_temporary_api
from tests.flows.test_runners import worker_view

@flow
def probe():
    return [f.result() for f in [worker_view.submit() for _ in range(4)]]

with shared_temporary_api() as url:
    views = probe.with_options(task_runner=make_task_runner("local", 2))()
print(json.dumps({"url": url, "flow_pid": os.getpid(), "views": views}))
"""


@pytest.mark.slow
def test_pool_workers_report_to_the_runs_temporary_server(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["url"] and got["url"].startswith("http://127.0.0.1:")
    pids = {pid for pid, _ in got["views"]}
    assert got["flow_pid"] not in pids  # the tasks really ran in pool processes
    # ...and each found the run's server in its settings, rather than starting its own.
    assert {url for _, url in got["views"]} == {got["url"]}


def test_runner_choice() -> None:
    assert not uses_worker_processes("local", 1)
    assert uses_worker_processes("local", 2) and uses_worker_processes("dask", 1)
    assert type(make_task_runner("local", 1)).__name__ == "ThreadPoolTaskRunner"
    assert type(make_task_runner("local", 2)).__name__ == "ProcessPoolTaskRunner"
    with pytest.raises(ConfigError, match="at least 1"):
        make_task_runner("local", 0)
    with pytest.raises(ConfigError, match="unknown runner"):
        make_task_runner("spark", 2)
