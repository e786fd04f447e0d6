"""Choosing the Prefect task runner for the CPU-bound clean-and-extract tasks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from extractors.errors import ConfigError


def make_task_runner(runner: str = "local", workers: int = 1) -> TaskRunner:  # type: ignore[type-arg]
    """``local``: a thread for 1 worker, a process pool for more (the work is CPU-bound, so
    threads would not help); ``dask``: a local Dask cluster; ``dask://host:port``: an
    existing Dask scheduler."""
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if runner == "local":
        if workers == 1:
            return ThreadPoolTaskRunner(max_workers=1)
        return ProcessPoolTaskRunner(max_workers=workers)
    if runner == "dask" or runner.startswith("dask://"):
        from prefect_dask import DaskTaskRunner  # imported late: Dask is heavy to import

        if runner == "dask":
            return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                                 "processes": True, "dashboard_address": None})
        return DaskTaskRunner(address="tcp://" + runner.removeprefix("dask://"))
    raise ConfigError(f"unknown runner {runner!r}: use local, dask or dask://host:port")


def uses_worker_processes(runner: str, workers: int) -> bool:
    return runner != "local" or workers > 1


@contextlib.contextmanager
def shared_temporary_api() -> Iterator[str | None]:
    """With no Prefect API configured, start the temporary server here and point this
    run's settings at it, so pool and Dask worker processes report to the same server.

    Without this, each worker process finds no API URL in the settings it is sent and
    starts a temporary server of its own: ~5 s of CPU and ~210 MB per worker, and task
    runs that the run's own server never sees. Yields the API URL in use (None: none).
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED, temporary_settings

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        yield PREFECT_API_URL.value()
        return
    from prefect.server.api.server import SubprocessASGIServer  # what get_client() itself starts

    server = SubprocessASGIServer()
    server.start()  # stopped at exit, as Prefect's own temporary server is
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield server.api_url
