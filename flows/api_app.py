"""The temporary API server's app: Prefect's own, plus a probe of its event backlog.

Imported only in the server's process (``uvicorn --factory flows.api_app:create_app``).
The server records task runs from the events the run sends it, one database write per
event; after ~1,000 task runs it lags the run by seconds. Stopped then, its services are
cancelled in the middle of a write: the task runs not yet recorded are lost and Prefect
logs each cancelled write with a CancelledError traceback. ``GET /claimwatch/backlog``
says how many delivered events are not yet handled, so the run can wait for none
(:meth:`flows.api_server.TemporaryApi.settle`) before it stops the server.
"""

from __future__ import annotations

from fastapi import FastAPI
from prefect.server.api.server import create_app as prefect_app
from prefect.server.utilities.messaging import memory

BACKLOG_PATH = "/claimwatch/backlog"


def backlog() -> dict[str, int]:
    """Events delivered to the server's in-memory topics and not yet handled, per topic."""
    out: dict[str, int] = {}
    for topic, counts in memory.METRICS.items():
        out[topic] = counts["published"] - counts["consumed"]
    return out


def create_app() -> FastAPI:
    app = prefect_app()
    app.add_api_route(BACKLOG_PATH, backlog, methods=["GET"])
    # First: Prefect mounts its sub-apps at "/", which would answer this path with a 404.
    app.router.routes.insert(0, app.router.routes.pop())
    return app
