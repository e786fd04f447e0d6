"""Run observability: library (httpx) records reach the run's logs, Prefect's own API calls do not;
the CLI's progress listener sees every stored batch."""

from __future__ import annotations

import asyncio
import http.server
import threading
from pathlib import Path

import duckdb
import pytest

from flows import observe

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def page_server(tmp_path):
    page = next((REPO / "seeds" / "html").iterdir())
    (tmp_path / "a.html").write_bytes(page.read_bytes())
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_logs_reach_the_run_logs_without_prefect_api_chatter(prefect_harness, page_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter

    from flows.ingest import run_ingest

    seen: list[tuple[int, int]] = []
    db = str(tmp_path / "logs.duckdb")
    with observe.progress_listener(lambda done, total: seen.append((done, total))):
        summary = run_ingest(
            [f"{page_server}/a.html", str(REPO / "seeds" / "kursk-captives.jsonl")],
            db,
            batch_size=1,
            allow_private=True,
        )
    assert summary.stored == 2
    assert seen == [(1, 2), (2, 2)]
    with duckdb.connect(db, read_only=True) as con:
        flow_run_id = con.execute("SELECT flow_run_id FROM runs").fetchone()[0]

    async def logs():
        async with get_client() as client:
            api = str(client.api_url)
            for _ in range(20):  # logs are shipped in batches
                found = await client.read_logs(LogFilter(flow_run_id={"any_": [flow_run_id]}))
                if any(r.name == "httpx" for r in found):
                    return api, found
                await asyncio.sleep(0.5)
            return api, found

    api, records = asyncio.run(logs())
    httpx_lines = [r.message for r in records if r.name == "httpx"]
    assert any(f"GET {page_server}/a.html" in m and "200" in m for m in httpx_lines), httpx_lines
    assert not [m for m in httpx_lines if api in m], "Prefect's own API calls leaked into the run logs"


def test_library_loggers_are_routed_once():
    from prefect.logging.handlers import APILogHandler

    observe.route_library_logs()
    observe.route_library_logs()
    import logging

    for name in observe.LIBRARY_LOGGERS:
        assert sum(isinstance(h, APILogHandler) for h in logging.getLogger(name).handlers) == 1
