"""``kill -9`` in the middle of a run, then a re-run: every input stored exactly once.

A real ``claimwatch run`` subprocess is killed with a real SIGKILL after it has
logged a couple of stored batches, so the kill lands between (or inside) batch
transactions. DuckDB replays its WAL on the next open and drops what was not
committed; the re-run skips what is stored and stores the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.cli_runs import (  # noqa: F401
    consistency_problems,
    prefect_api_fixture,
    query,
    run_cli,
    start_cli,
    write_texts,
)

pytestmark = pytest.mark.slow

N, BATCH = 600, 20


def test_kill_9_mid_run_then_rerun_stores_every_input_once(tmp_path: Path, prefect_api: str) -> None:
    ids = write_texts(tmp_path / "src", N)
    db = tmp_path / "crash.duckdb"
    args = ["run", str(tmp_path / "src"), "--db", str(db), "--batch-size", str(BATCH)]

    run = start_cli(args, prefect_api)
    assert run.wait_for("Task run 'store-batch", count=2), f"the run ended before the kill:\n{run.output}"
    run.kill()
    assert run.finish() == -9

    # Killed between or inside a batch transaction: only whole batches are there.
    stored = query(db, "SELECT count(*) FROM documents")[0][0]
    assert 0 < stored < N, f"the kill did not land mid-run ({stored} of {N} stored)"
    assert stored % BATCH == 0, f"{stored} documents: a half-written batch survived the kill"
    assert consistency_problems(db) == []
    assert query(db, "SELECT status FROM runs") == [("running",)]  # it never got to say otherwise

    again = run_cli(args, prefect_api)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert f"{N - stored} stored" in again.stdout

    rows = query(db, "SELECT doc_id, count(*), max(version) FROM documents GROUP BY doc_id ORDER BY doc_id")
    assert [r[0] for r in rows] == ids  # every input, none missing, none extra
    assert all(r[1] == 1 and r[2] == 1 for r in rows)  # each exactly once
    assert consistency_problems(db) == []
    assert query(db, "SELECT count(*) FROM claims")[0][0] >= N  # every article has its figures
    assert sorted(r[0] for r in query(db, "SELECT status FROM runs")) == ["completed", "interrupted"]
    assert "were interrupted" in again.stdout + again.stderr
