"""prefect-dask's ``DaskTaskRunner``, tuned for a few long batch tasks.

Imported only when a run asks for Dask: Dask is heavy to import.
"""

from __future__ import annotations

from typing import Any

import dask.config
import distributed
from prefect_dask import DaskTaskRunner
from prefect_dask.task_runners import PrefectDaskFuture


def local_cluster(**kwargs: Any) -> distributed.LocalCluster:
    """A ``LocalCluster`` whose scheduler gives a worker one batch at a time.

    Dask's worker saturation of 1.1 lets a worker with one thread hold two tasks, so a
    busy worker could queue the next batch while the other worker sat idle.
    """
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        return distributed.LocalCluster(**kwargs)


class BatchDaskTaskRunner(DaskTaskRunner):  # type: ignore[misc]
    """``DaskTaskRunner`` that submits tasks as impure.

    For a pure task Dask hashes every argument to name it (``dask.tokenize``): the 100
    pages, the task and the run's context cost the flow process ~150 ms per batch. A
    Prefect task run has a new id each time, so it is never the same call twice.
    """

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        if not self._started:
            raise RuntimeError("The task runner must be started before submitting work.")
        future = self.client.submit(
            task,
            parameters=self._optimize_futures(parameters),
            wait_for=self._optimize_futures(wait_for) if wait_for else None,
            dependencies=dependencies,
            return_type="state",
            pure=False,
        )
        return PrefectDaskFuture(wrapped_future=future, task_run_id=future.task_run_id)
