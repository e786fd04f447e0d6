"""``claimwatch sql`` is read-only by construction: one reading statement, no way out, rows capped.

The database is made by a real run; every escape runs ``claimwatch sql`` as a real
subprocess, beside another warehouse file (hashed before and after), a listener on
127.0.0.1 that counts connections, and a file outside the database.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from extractors.errors import QueryRefusedError
from flows.cli import main
from tests.flows.sql_escapes import ESCAPES, Escape, SqlTarget, attempt, claimwatch_cmd, file_hash, run_sql
from warehouse.query import CappedRows, check_query

VIEWS = ["articles", "figures", "changed_figures", "failed_inputs", "run_log", "story_reports"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    src = tmp_path_factory.mktemp("sql-src")
    (src / "harbour.txt").write_text(
        "The harbour authority said 340 containers fell overboard in the storm on Monday.\n"
    )
    (src / "bridge.txt").write_text("Engineers said the bridge repairs would cost about 12 million euros this year.\n")
    (src / "empty.txt").write_text("")
    path = tmp_path_factory.mktemp("sql-db") / "warehouse.duckdb"
    result = CliRunner().invoke(main, ["run", str(src), "--db", str(path)])
    assert result.exit_code == 1, result.output  # empty.txt failed, as intended: failed_inputs has a row
    return path


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory, db: Path):
    with SqlTarget.make(tmp_path_factory.mktemp("sql-escapes"), db) as t:
        yield t


@pytest.mark.parametrize("escape", ESCAPES, ids=[e.name for e in ESCAPES])
def test_each_escape_is_refused_and_nothing_gets_out(escape: Escape, target: SqlTarget):
    outcome = attempt(escape, target)
    assert outcome.escapes == [], outcome.stderr
    assert outcome.exit_code == 2, outcome.stdout + outcome.stderr
    assert not outcome.crashed
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimwatch: refused"), outcome.stderr
    assert outcome.stdout == ""


def test_the_other_warehouse_still_holds_its_tables_after_the_escapes(target: SqlTarget):
    for escape in ESCAPES:
        if escape.kind == "database":
            attempt(escape, target)
    con = duckdb.connect(str(target.other), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (0,)
    finally:
        con.close()
    con = duckdb.connect(str(target.db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    finally:
        con.close()


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO runs SELECT * FROM runs",
        "UPDATE documents SET input = 'x'",
        "DELETE FROM documents",
        "CREATE TABLE t (a INTEGER)",
        "CREATE TEMP TABLE t AS SELECT 1 AS a",
        "CREATE OR REPLACE VIEW figures AS SELECT 1 AS a",
        "CREATE MACRO m() AS 1",
        "DROP TABLE claims",
        "ALTER TABLE claims RENAME TO c",
        "COPY claims FROM 'claims.csv'",
        "DETACH warehouse",
        "USE memory",
        "LOAD json",
        "RESET memory_limit",
        "PRAGMA enable_profiling",
        "PRAGMA show_tables",
        "CALL pragma_version()",
        "BEGIN TRANSACTION",
        "VACUUM",
        "ANALYZE",
        "IMPORT DATABASE 'somewhere'",
        "PREPARE p AS SELECT 1",
        "UPDATE EXTENSIONS",
        "PIVOT claims ON kind",
        "EXPLAIN ANALYZE DELETE FROM documents",
        "/* a comment first */ DROP TABLE claims",
    ],
)
def test_statements_that_are_not_queries_are_refused_with_exit_2(db: Path, statement: str):
    before = file_hash(db)
    result = CliRunner().invoke(main, ["sql", statement, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("claimwatch: refused") and "read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert file_hash(db) == before


def test_several_statements_are_refused_and_none_runs(db: Path):
    result = CliRunner().invoke(main, ["sql", "SELECT 'first' AS x; SELECT 'second' AS x", "--db", str(db)])
    assert result.exit_code == 2
    assert "refused 2 statements" in result.stderr
    assert "first" not in result.stdout and "second" not in result.stdout
    result = CliRunner().invoke(main, ["sql", "SELECT 'only' AS x;", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"x": "only"}


@pytest.mark.parametrize(
    "query",
    [
        "SELECT count(*) AS n FROM figures",
        "WITH f AS (SELECT * FROM figures) SELECT count(*) AS n FROM f",
        "FROM articles SELECT doc_id",
        "VALUES (1, 'a')",
        "SHOW TABLES",
        "DESCRIBE figures",
        "SUMMARIZE articles",
        "EXPLAIN SELECT * FROM figures",
        "EXPLAIN ANALYZE SELECT count(*) FROM claims",
        "EXPLAIN (FORMAT json) SELECT 1",
        "SELECT * FROM pragma_table_info('articles')",
        "SELECT * FROM query('SELECT 1 AS one')",
    ],
)
def test_reading_statements_run(db: Path, query: str):
    result = CliRunner().invoke(main, ["sql", query, "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("view", VIEWS)
def test_the_warehouse_tables_and_views_stay_readable(db: Path, view: str):
    proc = run_sql([f"SELECT count(*) AS n FROM {view}", "--db", str(db), "--format", "jsonl"])
    assert proc.returncode == 0, proc.stderr
    n = json.loads(proc.stdout)["n"]
    if view in ("articles", "figures", "failed_inputs", "run_log", "story_reports"):
        assert n > 0, view


def test_the_connection_is_locked_down(db: Path):
    query = (
        "SELECT current_setting('enable_external_access') AS external,"
        " current_setting('autoinstall_known_extensions') AS autoinstall,"
        " current_setting('autoload_known_extensions') AS autoload,"
        " current_setting('lock_configuration') AS locked,"
        " current_setting('memory_limit') AS memory"
    )
    proc = run_sql([query, "--db", str(db), "--format", "jsonl", "--memory-limit", "512MB"])
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert (got["external"], got["autoinstall"], got["autoload"], got["locked"]) == (False, False, False, True)
    assert got["memory"].startswith("488.2 MiB")  # 512 MB as DuckDB prints it


def test_a_malformed_memory_limit_is_a_usage_error(db: Path):
    result = CliRunner().invoke(main, ["sql", "SELECT 1", "--db", str(db), "--memory-limit", "1GB'; SET x = '1"])
    assert result.exit_code == 2
    assert "memory limit" in result.stderr


def test_ten_million_rows_print_the_first_10000_in_a_table(db: Path):
    proc = run_sql(["SELECT range AS n FROM range(10000000)", "--db", str(db)])
    assert proc.returncode == 0, proc.stderr
    numbers = [line.strip("│ ") for line in proc.stdout.splitlines() if line.startswith("│")]
    assert numbers == [str(i) for i in range(10_000)]
    assert proc.stderr.strip() == "claimwatch: showing first 10000 rows; use --limit to see more"


def test_limit_caps_jsonl_and_csv_stream_everything_by_default(db: Path):
    proc = run_sql(["SELECT range AS n FROM range(10000000)", "--db", str(db), "--format", "jsonl", "--limit", "250"])
    assert [json.loads(line)["n"] for line in proc.stdout.splitlines()] == list(range(250))
    assert "showing first 250 rows" in proc.stderr
    proc = run_sql(["SELECT range AS n FROM range(30000)", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 30_000 and rows[-1] == {"n": "29999"}
    assert proc.stderr == ""  # nothing was cut, so nothing is said


def test_exactly_limit_rows_are_not_reported_as_cut(db: Path):
    proc = run_sql(["SELECT range AS n FROM range(5)", "--db", str(db), "--format", "jsonl", "--limit", "5"])
    assert len(proc.stdout.splitlines()) == 5 and proc.stderr == ""


def test_a_reader_that_stops_early_gets_no_traceback(db: Path):
    proc = subprocess.Popen(
        [*claimwatch_cmd(), "sql", "SELECT range AS n FROM range(10000000)", "--db", str(db), "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == "n"
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "Exception" not in err


def test_capped_rows_counts_and_says_when_rows_were_left():
    capped = CappedRows(iter([(1,), (2,), (3,)]), 2)
    assert list(capped) == [(1,), (2,)] and capped.cut and capped.count == 2
    capped = CappedRows(iter([(1,), (2,)]), 2)
    assert list(capped) == [(1,), (2,)] and not capped.cut
    capped = CappedRows(iter([(1,), (2,), (3,)]), None)
    assert list(capped) == [(1,), (2,), (3,)] and not capped.cut


@pytest.mark.parametrize(
    "sql",
    [
        "EXPLAIN ANALYZE COPY (SELECT 1) TO 'x.csv'",
        "EXPLAIN (FORMAT json) INSERT INTO t VALUES (1)",
        "-- EXPLAIN SELECT 1\nINSTALL spatial",
        "SELECT 1;;DROP TABLE t",
    ],
)
def test_check_query_looks_inside_explain_and_past_comments(sql: str):
    with pytest.raises(QueryRefusedError):
        check_query(sql)


def test_check_query_returns_the_one_statement_it_checked():
    statement = check_query("  SELECT 42 AS answer ; ")
    assert statement.type == duckdb.StatementType.SELECT
    assert "42" in statement.query


@pytest.mark.slow
def test_the_fault_report_counts_no_sql_escape(tmp_path: Path, db: Path):
    from bench.faults import SQL_MEMORY_CEILING_MB, run_sql_escapes

    report = run_sql_escapes(tmp_path, db)
    print(report.line())
    assert report.tried == len(ESCAPES) + 1 and report.crashes == 0
    assert report.total == 0 and set(report.escapes) == {"files", "databases", "network", "reads"}
    assert report.refused == len(ESCAPES)
    assert report.big_rows == 10_000 and report.big_peak_mb <= SQL_MEMORY_CEILING_MB


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_ctrl_c_stops_a_long_query_with_exit_130(db: Path):
    proc = subprocess.Popen(
        [*claimwatch_cmd(), "sql", "SELECT sum(hash(range)) FROM range(100000000000)", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Two CPU seconds: past start-up (under one), so DuckDB is busy with the query when the signal comes.
        deadline = time.monotonic() + 120
        while _cpu_seconds(proc.pid) < 2.0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert err == "claimwatch: interrupted\n" and out == ""


def test_an_error_while_rows_stream_is_a_clear_sql_error(db: Path):
    query = "SELECT CAST(CASE WHEN range < 100000 THEN '1' ELSE 'one' END AS INTEGER) AS n FROM range(200000)"
    proc = run_sql([query, "--db", str(db), "--format", "csv"])
    assert proc.returncode == 2
    assert proc.stderr.startswith("claimwatch: SQL error: Conversion Error") and "Traceback" not in proc.stderr
