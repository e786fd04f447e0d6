"""``claimwatch serve``: every configured source as a scheduled deployment of ``ingest``.

One process serves them all (a Prefect ``Runner``), against a real Prefect server:
the ephemeral API that ``claimwatch run`` starts cannot keep schedules.

Runs that write the same DuckDB file must not overlap. Each database gets a Prefect
*global concurrency limit* of 1 (``claimwatch-db-…``), and every deployment that
writes that database is bound to it with the ENQUEUE strategy: a run that finds the
slot taken is put back as ``Scheduled`` / ``AwaitingConcurrencySlot`` and starts when
the slot frees, instead of failing. (Prefect 3.9's Python client cannot set a
deployment's ``global_concurrency_limit_id``; the server API can, so we PATCH it.)
The database's own file lock (``warehouse.db.run_lock``) stays as a second guard
for ``claimwatch run`` started by hand.

Schedules are *not* paused when serve stops (``pause_on_shutdown=False``): the
server keeps scheduling, and the runs start when serve is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from extractors.errors import ConfigError
from flows.config import INTERVAL_ANCHOR, Config, Source

if TYPE_CHECKING:
    from prefect.client.orchestration import PrefectClient
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Schedule

FLOW_NAME = "ingest"
TAG = "claimwatch"


@dataclass(frozen=True, slots=True)
class Served:
    """A source's deployment as registered on the server."""

    source: str
    deployment: str  # "ingest/<source>"
    deployment_id: UUID
    limit: str  # the global concurrency limit of its database
    schedule: str  # as `claimwatch sources` describes it
    next_run: datetime  # UTC


def api_url() -> str:
    """The Prefect API that serve will register with; a clear error if there is none."""
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise ConfigError(
            "claimwatch serve needs a running Prefect server: Prefect's temporary (ephemeral) API cannot "
            "run schedules. Start one with `prefect server start` and point claimwatch at it: "
            "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api` (or export PREFECT_API_URL)"
        )
    return str(url)


def db_limit_name(db: str) -> str:
    """A stable, readable global-concurrency-limit name for one database file."""
    path = str(Path(db).resolve())
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(path).stem)[:40]
    return f"claimwatch-db-{stem}-{hashlib.sha1(path.encode()).hexdigest()[:8]}"


def prefect_schedule(source: Source) -> Schedule:
    """The source's schedule for Prefect (intervals anchored as `claimwatch sources` computes them)."""
    from prefect.schedules import Cron, Interval

    sched = source.schedule
    if sched.cron is not None:
        return Cron(sched.cron, timezone=sched.timezone)
    assert sched.interval is not None
    return Interval(sched.interval, anchor_date=INTERVAL_ANCHOR, timezone="UTC")


def flow_parameters(source: Source) -> dict[str, Any]:
    """What a scheduled run of this source passes to ``ingest``."""
    params: dict[str, Any] = {"sources": list(source.targets), "db": source.db}
    if source.pins:
        params["pins"] = source.pins_dict()
    if source.deadline is not None:
        params["deadline"] = source.deadline
    return params


def build_deployments(config: Config, names: Sequence[str] = ()) -> list[tuple[Source, RunnerDeployment]]:
    """One ``ingest`` deployment per source (or per named source), with its schedule and parameters."""
    from prefect.deployments.runner import EntrypointType

    from flows.ingest import ingest

    sources = [config.source(n) for n in names] if names else list(config.sources)
    out = []
    for src in sources:
        targets = ", ".join(src.targets[:3]) + (" …" if len(src.targets) > 3 else "")
        dep: RunnerDeployment = ingest.to_deployment(  # type: ignore[assignment]
            name=src.name,
            schedule=prefect_schedule(src),
            parameters=flow_parameters(src),
            tags=[TAG, f"source:{src.name}"],
            description=f"claimwatch source `{src.name}` ({src.kind}: {targets}), {src.schedule.describe()}, "
            f"into {src.db}. Defined in {config.path}.",
            # The runner starts each run in a fresh process that imports the flow by module,
            # which works from any working directory (the package is installed).
            entrypoint_type=EntrypointType.MODULE_PATH,
        )
        out.append((src, dep))
    return out


async def _ensure_limit(client: PrefectClient, name: str) -> UUID:
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
    from prefect.exceptions import ObjectNotFound

    try:
        found = await client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        return await client.create_global_concurrency_limit(
            GlobalConcurrencyLimitCreate(name=name, limit=1, active=True)
        )
    if found.limit != 1 or not found.active:
        await client.update_global_concurrency_limit(name, GlobalConcurrencyLimitUpdate(limit=1, active=True))
    return found.id


async def bind_db_limits(deployments: Sequence[tuple[Source, UUID]]) -> list[Served]:
    """Give every database a limit of 1 and bind each deployment to its database's limit (ENQUEUE)."""
    from prefect.client.orchestration import get_client

    served = []
    async with get_client() as client:
        limits: dict[str, UUID] = {}
        for src, dep_id in deployments:
            name = db_limit_name(src.db)
            if name not in limits:
                limits[name] = await _ensure_limit(client, name)
            response = await client.request(
                "PATCH",
                "/deployments/{id}",
                path_params={"id": dep_id},  # type: ignore[arg-type]
                json={
                    "global_concurrency_limit_id": str(limits[name]),
                    "concurrency_options": {"collision_strategy": "ENQUEUE"},
                },
            )
            response.raise_for_status()
            served.append(
                Served(
                    src.name,
                    f"{FLOW_NAME}/{src.name}",
                    dep_id,
                    name,
                    src.schedule.describe(),
                    src.schedule.next_runs()[0],
                )
            )
    return served


async def aserve(pairs: Sequence[tuple[Source, RunnerDeployment]], *, on_ready: Any = None) -> None:
    """Register the deployments, bind their limits, then poll for runs until stopped."""
    from prefect.runner import Runner

    # pause_on_shutdown=False: stopping serve must not leave the schedules paused.
    runner = Runner(name="claimwatch", pause_on_shutdown=False)
    registered = [(src, await runner.add_deployment(dep)) for src, dep in pairs]  # type: ignore[misc]
    served = await bind_db_limits(registered)
    if on_ready is not None:
        ready = on_ready(served)
        if inspect.isawaitable(ready):
            await ready
    await runner.start()


def serve(config: Config, names: Sequence[str] = (), *, on_ready: Any = None) -> None:
    """Serve the configured sources until SIGINT/SIGTERM."""
    from prefect.exceptions import TerminationSignal

    api_url()
    pairs = build_deployments(config, names)  # outside the event loop: to_deployment is sync here
    with contextlib.suppress(KeyboardInterrupt, TerminationSignal):  # a stop is the normal end
        asyncio.run(aserve(pairs, on_ready=on_ready))


async def announce(served: Sequence[Served], *, run_now: bool = False) -> None:
    """Tell the analyst what is served and where to watch it; optionally start a run of each now."""
    from prefect.client.orchestration import get_client
    from prefect.settings import get_current_settings
    from rich.console import Console
    from rich.table import Table

    table = Table(title="claimwatch serve: deployments")
    for col in ("deployment", "schedule", "next run (UTC)", "database limit"):
        table.add_column(col, overflow="fold")
    for s in served:
        table.add_row(s.deployment, s.schedule, s.next_run.strftime("%Y-%m-%d %H:%M"), s.limit)
    if run_now:
        async with get_client() as client:
            for s in served:
                await client.create_flow_run_from_deployment(s.deployment_id, tags=["run-now"])
    console = Console()
    console.print(table)
    ui = get_current_settings().ui_url
    if ui:
        console.print(f"Watch the runs at {ui}/runs and the artifacts at {ui}/artifacts")
    console.print("Run one now: prefect deployment run '<deployment>'  |  stop serving: Ctrl-C (schedules stay active)")


__all__ = [
    "Served",
    "api_url",
    "aserve",
    "bind_db_limits",
    "build_deployments",
    "db_limit_name",
    "flow_parameters",
    "prefect_schedule",
    "serve",
]
