"""`claimwatch serve` against a real Prefect server: deployments, schedules, queued runs, clean stop.

Two sources write one database: `fast` every 45 s (so a *scheduled* run happens within
the test, with room between its runs: at 20 s on a loaded machine the queued run-now of
`yearly` kept losing the slot to the next scheduled run) and `yearly` on a cron that
never fires here. `--run-now` starts one run of each at once: the database's
concurrency limit of 1 must queue one of them (AwaitingConcurrencySlot), never fail
it, and no two runs may overlap. After SIGINT the schedules must still be active.
"""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from flows.config import load_config
from flows.serve import db_limit_name
from tests.flows.prefect_server import PrefectServer, stop_group

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_serve_schedules_queues_runs_on_one_database_and_leaves_schedules_active(
    real_prefect_server: PrefectServer, tmp_path
):
    server = real_prefect_server
    cfg_path = tmp_path / "claimwatch.toml"
    cfg_path.write_text(f"""\
db = "served.duckdb"

[sources.fast]
folder = "{REPO / "seeds" / "html"}"
interval = "45s"

[sources.yearly]
folder = "{REPO / "seeds"}"
cron = "0 3 1 1 *"
[sources.yearly.pins]
kursk-captives = ["000_577a8f38bb14521c"]
""")
    config = load_config(cfg_path)
    db = str(tmp_path / "served.duckdb")
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115
    # SIGINT back to its default in the child: a shell may have started pytest with it ignored.
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "claimwatch"), "serve", "--config", str(cfg_path), "--run-now"],
        env=server.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 150
        runs: list[dict] = []
        while time.monotonic() < deadline:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()[-4000:]
            runs = server.api("POST", "/flow_runs/filter", json={"flow_runs": {"tags": {"all_": ["claimwatch"]}}})
            done = [r for r in runs if r["state_type"] == "COMPLETED"]
            names = {r["tags"][1] for r in done if len(r["tags"]) > 1}
            scheduled_done = [r for r in done if r["auto_scheduled"]]
            if {"source:fast", "source:yearly"} <= {t for r in done for t in r["tags"]} and scheduled_done:
                break
            time.sleep(2)
        else:
            pytest.fail(
                f"runs did not complete in time: {[(r['name'], r['state_name'], r['tags']) for r in runs]}\n"
                + (tmp_path / "serve.log").read_text()[-4000:]
            )
        assert not [r for r in runs if r["state_type"] in ("FAILED", "CRASHED")], names

        # Deployments: the configured schedules and parameters, one shared limit of 1 with ENQUEUE.
        deps = {d["name"]: d for d in server.api("POST", "/deployments/filter", json={})}  # type: ignore[union-attr]
        fast, yearly = deps["fast"], deps["yearly"]
        assert [s["schedule"]["interval"] for s in fast["schedules"]] == [45.0]
        assert [s["schedule"]["cron"] for s in yearly["schedules"]] == ["0 3 1 1 *"]
        assert fast["parameters"] == {"sources": [str(REPO / "seeds" / "html")], "db": db}
        assert yearly["parameters"]["pins"] == {"kursk-captives": {"doc_ids": ["000_577a8f38bb14521c"]}}
        for dep in (fast, yearly):
            assert dep["global_concurrency_limit"]["name"] == db_limit_name(db)
            assert dep["global_concurrency_limit"]["limit"] == 1
            assert dep["concurrency_options"]["collision_strategy"] == "ENQUEUE"

        # Scheduled runs sit at the times `claimwatch sources` computes.
        upcoming = server.api(
            "POST",
            "/flow_runs/filter",
            json={"flow_runs": {"deployment_id": {"any_": [yearly["id"]]}, "state": {"type": {"any_": ["SCHEDULED"]}}}},
        )
        expected = config.source("yearly").schedule.next_runs(count=1)[0]
        assert expected in [_ts(r["expected_start_time"]) for r in upcoming]  # type: ignore[union-attr]

        # Completed runs never overlapped, and at least one waited for the slot instead of failing.
        done = sorted((r for r in runs if r["state_type"] == "COMPLETED"), key=lambda r: r["start_time"])
        for a, b in itertools.pairwise(done):
            assert _ts(a["end_time"]) <= _ts(b["start_time"]), (a["name"], b["name"])
        waited = [
            r
            for r in runs
            if any(
                s["name"] == "AwaitingConcurrencySlot"
                for s in server.api("GET", "/flow_run_states/", params={"flow_run_id": r["id"]})
            )
        ]
        assert waited, "no run was queued behind the database's concurrency limit"

        # Every completed run published its dashboard artifacts.
        for r in done:
            arts = server.api("POST", "/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [r["id"]]}}})
            keys = {a["key"]: a for a in arts}  # type: ignore[union-attr]
            assert {"changed-figures", "run-summary", "ingest-progress"} <= set(keys), r["name"]
            assert float(keys["ingest-progress"]["data"]) == 100.0
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(45)
        except subprocess.TimeoutExpired:
            code = stop_group(proc, signal.SIGKILL)
            pytest.fail("claimwatch serve did not stop on SIGINT")
        log.close()
    assert code == 0, (tmp_path / "serve.log").read_text()[-3000:]
    # Stopping serve left the schedules active (Prefect pauses them on shutdown by default).
    for dep in server.api("POST", "/deployments/filter", json={}):  # type: ignore[union-attr]
        if dep["name"] in ("fast", "yearly"):
            assert dep["paused"] is False
            assert all(s["active"] for s in dep["schedules"]), dep["name"]
