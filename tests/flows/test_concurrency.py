"""Two ``claimwatch run`` on one database, and an analyst's ``claimwatch sql`` during a run.

Run A fetches slow pages from the fault server, so it holds the database for several
seconds. Meanwhile: run B with a short ``--wait`` exits 3 with a clear message; ``sql``
exits 3 with a clear message (no stack trace); run C with a long ``--wait`` waits for
A and then succeeds. The database is consistent afterwards.
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
from tests.flows.fault_server import FaultServer, fault_server_fixture  # noqa: F401

pytestmark = pytest.mark.slow


def test_second_run_and_reader_during_a_run(tmp_path: Path, prefect_api: str, fault_server: FaultServer) -> None:
    db = tmp_path / "shared.duckdb"
    urls = [fault_server.url(f"/slow?s=3&k=conc{i}") for i in range(8)]  # 2 per host at a time: ~12 s
    ids = write_texts(tmp_path / "more", 30, prefix="more")

    a = start_cli(["run", *urls, "--db", str(db), "--allow-private"], prefect_api)
    assert a.wait_for("inputs in"), a.output  # inside the flow: A holds the run lock and the file

    b = start_cli(["run", str(tmp_path / "more"), "--db", str(db), "--wait", "0.5"], prefect_api)
    c = start_cli(["run", str(tmp_path / "more"), "--db", str(db), "--wait", "120"], prefect_api)
    reader = run_cli(["sql", "SELECT count(*) FROM documents", "--db", str(db)], prefect_api)

    assert reader.returncode == 3, reader.stdout + reader.stderr
    assert "in use by another claimwatch process" in reader.stderr and "Traceback" not in reader.stderr

    assert b.finish() == 3, b.output
    assert "another claimwatch run is writing" in b.output and "--wait" in b.output
    assert "Traceback" not in b.output

    assert a.proc.poll() is None, "run A finished before the others were checked against it"
    assert a.finish() == 0, a.output
    assert c.finish() == 0, c.output  # it waited for A, then ran
    assert "30 stored" in c.output

    assert consistency_problems(db) == []
    docs = query(db, "SELECT doc_id FROM documents WHERE doc_id LIKE 'more%' ORDER BY 1")
    assert [r[0] for r in docs] == ids
    assert query(db, "SELECT count(*) FROM documents WHERE url IS NOT NULL")[0][0] == 8
    assert sorted(r[0] for r in query(db, "SELECT status FROM runs")) == ["completed", "completed"]
