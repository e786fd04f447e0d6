"""Alerts: each flagged change is a ``claimwatch.figure.changed`` event on a real Prefect server,
and an Automation filtered by one story calls a webhook (a real HTTP server on 127.0.0.1).

The recipe the README gives: trigger on the event, match ``prefect.resource.id`` to
``claimwatch.story.<story_id>``, action ``call-webhook`` with a Webhook block.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from flows.report import EVENT
from tests.flows.prefect_server import PrefectServer

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
STORIES = REPO / "tests" / "data" / "stories"


class _Hooks(ThreadingHTTPServer):
    calls: list[tuple[str, str]]


class _Handler(BaseHTTPRequestHandler):
    server: _Hooks

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        self.server.calls.append((self.path, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:  # quiet
        pass


def _run(server: PrefectServer, src: Path, db: Path) -> str:
    claimwatch = shutil.which("claimwatch", path=str(Path(sys.executable).parent)) or "claimwatch"
    done = subprocess.run(
        [claimwatch, "run", str(src), "--db", str(db)], env=server.env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        return str(con.execute("SELECT run_id FROM runs").fetchall()[-1][0])


def _flags(db: Path, run_id: str) -> list[tuple[str, str, str, str, str | None, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT story_id, quantity, a_text, b_text, b_url, change_kind FROM changed_figures WHERE run_id = ?",
            [run_id],
        ).fetchall()


def _webhook_block(server: PrefectServer, name: str, url: str) -> str:
    block_type = server.api("POST", "/block_types/filter", json={"block_types": {"slug": {"any_": ["webhook"]}}})
    assert isinstance(block_type, list) and block_type, "the server has no Webhook block type"
    schemas = server.api(
        "POST", "/block_schemas/filter", json={"block_schemas": {"block_type_id": {"any_": [block_type[0]["id"]]}}}
    )
    assert isinstance(schemas, list) and schemas
    doc = server.api(
        "POST",
        "/block_documents/",
        json={
            "name": name,
            "block_type_id": block_type[0]["id"],
            "block_schema_id": schemas[0]["id"],
            "data": {"method": "POST", "url": url, "headers": {}, "allow_private_urls": True},
        },
    )
    return str(doc["id"])  # type: ignore[index]


def _automation(server: PrefectServer, name: str, story_id: str, block_id: str) -> None:
    server.api(
        "POST",
        "/automations/",
        json={
            "name": name,
            "trigger": {
                "type": "event",
                "posture": "Reactive",
                "expect": [EVENT],
                "match": {"prefect.resource.id": f"claimwatch.story.{story_id}"},
                "threshold": 1,
                "within": 0,
            },
            "actions": [
                {
                    "type": "call-webhook",
                    "block_document_id": block_id,
                    "payload": "{{ event.resource.name }}: {{ event.payload.summary }} {{ event.payload.to.url }}",
                }
            ],
        },
    )


def test_flags_are_events_and_an_automation_for_one_story_calls_its_webhook(
    real_prefect_server: PrefectServer, tmp_path
):
    server = real_prefect_server
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(STORIES / "same_day_conflict.jsonl", src)
    since = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()

    # A first run tells the story's id (derived from its first document, so the same next time).
    first_run = _run(server, src, tmp_path / "first.duckdb")
    first = _flags(tmp_path / "first.duckdb", first_run)
    assert first, "two outlets' different arrest counts should be flagged"
    story_id = first[0][0]

    hooks = _Hooks(("127.0.0.1", 0), _Handler)
    hooks.calls = []
    threading.Thread(target=hooks.serve_forever, daemon=True).start()
    try:
        port = hooks.server_address[1]
        watched = _webhook_block(server, "claimwatch-story-hook", f"http://127.0.0.1:{port}/story")
        other = _webhook_block(server, "claimwatch-other-hook", f"http://127.0.0.1:{port}/other")
        _automation(server, "claimwatch: the watched story changed", story_id, watched)
        _automation(server, "claimwatch: another story changed", "s-0000000000", other)
        time.sleep(2)  # the triggers service loads new automations from the database

        second_run = _run(server, src, tmp_path / "second.duckdb")  # a fresh database: the same flags again
        flags = _flags(tmp_path / "second.duckdb", second_run)
        assert sorted(flags) == sorted(first)

        # Every flag of each run reached the server's event store, with its story as the resource.
        deadline = time.monotonic() + 60
        while True:
            found = server.api(
                "POST",
                "/events/filter",
                json={
                    "filter": {
                        "event": {"name": [EVENT]},
                        "any_resource": {"id": [f"claimwatch.story.{story_id}"]},
                        "occurred": {"since": since},
                    },
                    "limit": 50,
                },
            )
            events = found["events"]  # type: ignore[index]
            runs = [e["payload"]["run_id"] for e in events]
            if runs.count(second_run) >= len(flags) or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert runs.count(first_run) == len(first) and runs.count(second_run) == len(flags), runs
        event = next(e for e in events if e["payload"]["run_id"] == second_run)
        _, quantity, _, _, b_url, kind = next(
            f for f in flags if (f[2], f[3]) == (event["payload"]["from"]["text"], event["payload"]["to"]["text"])
        )
        assert event["payload"]["quantity"] == quantity and event["payload"]["change_kind"] == kind
        assert event["payload"]["to"]["url"] == b_url and event["payload"]["confidence"] is not None
        roles = {r["prefect.resource.role"]: r["prefect.resource.id"] for r in event["related"]}
        assert roles["earlier-report"].startswith("claimwatch.document.")
        assert roles["later-report"].startswith("claimwatch.document.")
        assert "flow-run" in roles  # Prefect links the event to the run that flagged it

        # The automation for this story called its webhook, with the change in the body.
        deadline = time.monotonic() + 90
        while not any(path == "/story" for path, _ in hooks.calls) and time.monotonic() < deadline:
            time.sleep(1)
        bodies = [body for path, body in hooks.calls if path == "/story"]
        assert bodies, f"the automation did not call the webhook: {hooks.calls}"
        assert any(a_text in b and b_text in b for b in bodies for _, _, a_text, b_text, _, _ in flags), bodies
        assert not any(path == "/other" for path, _ in hooks.calls), "an automation for another story fired"
    finally:
        hooks.shutdown()
        hooks.server_close()
