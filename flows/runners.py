"""Choosing the Prefect task runner for the CPU-bound clean-and-extract tasks."""

from __future__ import annotations

from typing import Any

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
    if runner == "dask":
        return _dask_runner(
            local=True,
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            },
        )
    if runner.startswith("dask://"):
        return _dask_runner(address="tcp://" + runner.removeprefix("dask://"))
    raise ConfigError(f"unknown runner {runner!r}: use local, dask or dask://host:port")


def _dask_runner(local: bool = False, **kwargs: Any) -> TaskRunner:  # type: ignore[type-arg]
    from flows.dask_runner import BatchDaskTaskRunner, local_cluster  # imported late: Dask is heavy

    if local:
        kwargs["cluster_class"] = local_cluster
    return BatchDaskTaskRunner(**kwargs)  # type: ignore[no-any-return]
