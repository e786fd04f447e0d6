import csv
import io
import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import main
from tests.flows.cli_runs import consistency_problems, prefect_api_fixture, query  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


def _runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", [[], ["run"], ["export"], ["sql"], ["changes"]])
def test_every_command_has_help_with_an_example(command):
    result = _runner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    if command:
        assert "Example:" in result.output


@pytest.fixture(scope="module")
def ran_db(tmp_path_factory, prefect_harness):
    src = tmp_path_factory.mktemp("src")
    (src / "a.txt").write_text("About 200 soldiers have been captured in the last week, officials told Sky News.\n")
    (src / "b.txt").write_text("")
    db = tmp_path_factory.mktemp("db") / "cli.duckdb"
    result = _runner().invoke(main, ["run", str(src), "--db", str(db)])
    return db, result


def test_run_prints_a_summary_and_exits_1_when_an_input_failed(ran_db):
    _, result = ran_db
    assert result.exit_code == 1, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("documents: 1 stored, 0 unchanged | failures: 1 | claims: ")
    assert "b.txt" in result.output and "empty" in result.output


def test_sql_prints_a_table_and_jsonl(ran_db):
    db, _ = ran_db
    result = _runner().invoke(main, ["sql", "SELECT doc_id, version FROM articles", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "doc_id" in result.output and "a" in result.output
    result = _runner().invoke(
        main, ["sql", "SELECT doc_id, version FROM articles", "--db", str(db), "--format", "jsonl"]
    )
    assert [json.loads(x) for x in result.output.splitlines()] == [{"doc_id": "a", "version": 1}]


def test_sql_is_read_only(ran_db):
    db, _ = ran_db
    result = _runner().invoke(main, ["sql", "DELETE FROM documents", "--db", str(db)])
    assert result.exit_code == 2
    assert "read-only" in result.output.lower() or "read only" in result.output.lower()


def test_bad_sql_is_a_clear_error(ran_db):
    db, _ = ran_db
    result = _runner().invoke(main, ["sql", "SELEC nonsense", "--db", str(db)])
    assert result.exit_code == 2
    assert "SQL error" in result.output


@pytest.mark.parametrize("what", ["claims", "quantities", "changes", "stories"])
def test_export_jsonl_and_csv_agree(ran_db, what, tmp_path):
    db, _ = ran_db
    out = tmp_path / f"{what}.jsonl"
    result = _runner().invoke(main, ["export", what, "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    result = _runner().invoke(main, ["export", what, "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0
    csv_rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(csv_rows) == len(rows)
    if what == "stories":  # every stored document, with the story it was put in
        assert [r["doc"] for r in rows] == ["a"] and rows[0]["story"] and rows[0]["story_name"]
    elif what != "changes":
        assert rows and all(r["doc"] == "a" for r in rows)
        assert {"text", "low", "high", "qualifier", "kind"} <= set(rows[0])


def test_missing_database_is_a_clear_error(tmp_path):
    result = _runner().invoke(main, ["sql", "SELECT 1", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def _cli(args, tmp_path, **env):
    """``claimwatch`` as a real subprocess, with no Prefect API configured (a run would boot one)."""
    import os
    import subprocess

    from tests.flows.cli_runs import claimwatch_cmd

    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "CLAIMWATCH_"))}
    full_env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", **env)
    return subprocess.run(
        [*claimwatch_cmd(), *args], cwd=tmp_path, env=full_env, text=True, capture_output=True, timeout=60
    )


def test_bad_sources_are_usage_errors_before_prefect_starts(tmp_path):
    import time

    (tmp_path / "here.txt").write_text("About 5 people were hurt.\n")
    for source, words in [
        ("/no/such/path", "/no/such/path: no such file or folder"),
        ("ftp://example.org/a", "ftp://example.org/a: not an http(s) URL"),
        ("https:///nohost", "https:///nohost: not an http(s) URL"),
    ]:
        start = time.monotonic()
        result = _cli(["run", "here.txt", source, "--db", str(tmp_path / "x.duckdb")], tmp_path)
        took = time.monotonic() - start
        assert result.returncode == 2, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"claimwatch: {words}"), result.stderr
        assert took < 5, f"{took:.1f} s: Prefect started before the sources were checked"
        assert not (tmp_path / "x.duckdb").exists()


@pytest.fixture(scope="module")
def big_run(tmp_path_factory, prefect_api):
    """A finished subprocess run over 300 small articles: ~900 claims, more than a pipe holds."""
    import subprocess

    from tests.flows.cli_runs import REPO, claimwatch_cmd, cli_env, write_texts

    src = tmp_path_factory.mktemp("big")
    write_texts(src, 300)
    db = tmp_path_factory.mktemp("bigdb") / "big.duckdb"
    env = cli_env(prefect_api)  # Prefect at INFO, as a user may have it
    del env["CLAIMWATCH_VERBOSE"]
    result = subprocess.run(
        [*claimwatch_cmd(), "run", str(src), "--db", str(db)],
        cwd=REPO,
        env=env,
        text=True,
        capture_output=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return db, result


def test_a_run_prints_prefect_info_lines_only_when_verbose(big_run, prefect_api):
    import httpx

    _, result = big_run
    assert "| INFO" not in result.stderr, result.stderr
    assert result.stdout.startswith("documents: 300 stored, 0 unchanged | failures: 0 |"), result.stdout
    # The run's logs in the API (the UI) still have them.
    logs = httpx.post(
        f"{prefect_api}/logs/filter", json={"logs": {"level": {"le_": 20}}, "sort": "TIMESTAMP_DESC", "limit": 200}
    ).json()
    assert any(log["message"] == "300 inputs in 3 batches of up to 100" and log["level"] == 20 for log in logs), [
        x["message"] for x in logs
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "claims"],
        ["export", "quantities", "--format", "csv"],
        ["changes", "--format", "jsonl"],
        ["sql", "SELECT * FROM claims"],
    ],
)
def test_a_reader_that_leaves_early_is_no_error(big_run, args, tmp_path):
    import subprocess

    from tests.flows.cli_runs import claimwatch_cmd

    db, _ = big_run
    # `claimwatch ... | head -1`, with a real pipe whose reader closes it after one line.
    writer = subprocess.Popen(
        [*claimwatch_cmd(), *args, "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    head = subprocess.run(["head", "-1"], stdin=writer.stdout, capture_output=True, timeout=60)
    assert writer.stdout is not None
    writer.stdout.close()
    code = writer.wait(timeout=60)
    assert writer.stderr is not None
    err = writer.stderr.read().decode()
    assert head.stdout.count(b"\n") == 1
    assert code == 0, err
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipe" not in err, err


def test_run_follows_the_config_as_serve_does(tmp_path, monkeypatch, prefect_harness):
    """With no SOURCES, `run` reads the config's sources for its database and applies its pins."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "d1.txt").write_text("About 40 people were rescued from the flooded mine, the fire brigade said.\n")
    (news / "d2.txt").write_text("The city council approved 12 new bus lines on Tuesday, the mayor said.\n")
    (tmp_path / "claimwatch.toml").write_text(
        'db = "main.duckdb"\n\n[sources.local]\nfolder = "news"\ninterval = "1h"\n\n'
        '[sources.local.pins]\nmine-rescue = ["d1"]\n\n'
        '[sources.other]\nfolder = "news"\ninterval = "1h"\ndb = "other.duckdb"\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMWATCH_CONFIG", raising=False)
    monkeypatch.delenv("CLAIMWATCH_DB", raising=False)

    result = _runner().invoke(main, ["run"])
    assert result.exit_code == 0, result.output
    assert "following claimwatch.toml: reading sources local; story pins mine-rescue" in result.output
    assert f"not reading source other: it writes {tmp_path / 'other.duckdb'}" in result.output
    assert result.output.strip().splitlines()[-1].startswith("documents: 2 stored")
    assert (tmp_path / "main.duckdb").exists() and not (tmp_path / "other.duckdb").exists()
    stories = _runner().invoke(main, ["export", "stories", "--db", "main.duckdb"])
    by_doc = {r["doc"]: r["story"] for r in map(json.loads, stories.stdout.splitlines())}
    assert by_doc["d1"] == "mine-rescue" and by_doc["d2"] != "mine-rescue"

    # SOURCES on the command line still take the pins; --no-config takes nothing from the file.
    result = _runner().invoke(main, ["run", "news", "--db", "pinned.duckdb"])
    assert result.exit_code == 0, result.output
    assert "story pins mine-rescue" in result.output and "reading sources" not in result.output
    result = _runner().invoke(main, ["run", "news", "--db", "bare.duckdb", "--no-config"])
    assert result.exit_code == 0, result.output
    assert "following" not in result.output
    for db, story in [("pinned.duckdb", "mine-rescue"), ("bare.duckdb", None)]:
        rows = map(json.loads, _runner().invoke(main, ["export", "stories", "--db", db]).stdout.splitlines())
        d1 = next(r for r in rows if r["doc"] == "d1")
        assert (d1["story"] == "mine-rescue") == (story is not None), d1


def test_run_with_a_bad_or_missing_config_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimwatch.toml").write_text('[sources.x]\nfolder = "."\ninterval = "30x"\n')
    result = _cli(["run", "--db", "x.duckdb"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "claimwatch: claimwatch.toml:3: sources.x.interval: '30x' is not an interval"
        ' (use "30m", "6h", "1d" or seconds > 0)'
    )
    result = _cli(["run", "--config", "nope.toml"], tmp_path)
    assert result.returncode == 2 and "nope.toml: no such config file" in result.stderr
    result = _cli(["run"], tmp_path, CLAIMWATCH_CONFIG="gone.toml")
    assert result.returncode == 2 and "gone.toml: no such config file" in result.stderr


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_mid_run_exits_128_plus_its_number_and_leaves_a_sound_database(tmp_path, prefect_api, sig, code):
    from tests.flows.cli_runs import start_cli, write_texts

    write_texts(tmp_path / "src", 400)
    db = tmp_path / "sig.duckdb"
    run = start_cli(["run", str(tmp_path / "src"), "--db", str(db), "--batch-size", "10", "-v"], prefect_api)
    try:
        assert run.wait_for("store-batch", count=2), run.output  # storing has started
        run.proc.send_signal(sig)  # the CLI process only, as `kill -INT PID` does
        assert run.finish(timeout=60) == code, run.output
    finally:
        if run.proc.poll() is None:
            run.kill()
    assert "Traceback" not in run.output, run.output
    assert run.output.strip().splitlines()[-1] == f"claimwatch: stopped by {signal.Signals(sig).name}"
    # The database opens, holds what was committed, and says the run did not complete.
    assert consistency_problems(db) == []
    stored = query(db, "SELECT count(*) FROM documents")[0][0]
    assert 0 < stored < 400
    assert query(db, "SELECT status FROM runs") == [("failed",)]


def _children(pid: int) -> list[int]:
    from pathlib import Path

    return [int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()]


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def _gone_within(pids: list[int], seconds: float) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not __import__("os").path.exists("/proc/self/task"), reason="reads /proc")
def test_ctrl_c_and_kill_9_with_the_temporary_server(tmp_path):
    """No Prefect server configured: the run boots its own. Ctrl-C in a terminal signals the whole
    process group; the run still reports to its server, stops it and exits 130. After kill -9 the
    server does not outlive the run."""
    import os
    import subprocess

    from tests.flows.cli_runs import Running, claimwatch_cmd, write_texts

    write_texts(tmp_path / "src", 400)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "CLAIMWATCH_"))}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONUNBUFFERED="1", PREFECT_LOGGING_LEVEL="INFO")
    for how, code in [("ctrl-c", 130), ("kill -9", -9)]:
        db = tmp_path / f"{how[:6]}.duckdb"
        proc = subprocess.Popen(
            [*claimwatch_cmd(), "run", "src", "--db", str(db), "--batch-size", "10", "-v"],
            cwd=tmp_path,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        run = Running(proc)
        try:
            assert run.wait_for("store-batch", count=2), run.output
            servers = _children(proc.pid)
            assert servers, "no temporary server process"
            if how == "ctrl-c":
                os.killpg(proc.pid, signal.SIGINT)
            else:
                proc.kill()
            assert run.finish(timeout=60) == code, run.output
            assert _gone_within(servers, 20), f"{how}: the temporary server outlived the run"
        finally:
            if proc.poll() is None:
                run.kill()
        if how == "ctrl-c":
            assert "Traceback" not in run.output and run.output.rstrip().endswith("claimwatch: stopped by SIGINT")
            assert consistency_problems(db) == [] and query(db, "SELECT status FROM runs") == [("failed",)]


def test_environment_errors_are_one_line_with_their_exit_code(tmp_path):
    """Each case fails before Prefect starts: one line on stderr, its exit code, no traceback."""
    import os

    import duckdb

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text("About 30 people were hurt in the crash, the police said.\n")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "empty.duckdb").write_bytes(b"")
    (tmp_path / "notes.duckdb").write_text("not a database\n")
    con = duckdb.connect(str(tmp_path / "theirs.duckdb"))
    con.execute("CREATE TABLE articles (id INTEGER, body VARCHAR)")
    con.execute("INSERT INTO articles VALUES (1, 'their own data')")
    con.close()
    if os.geteuid() == 0:  # root writes anywhere a mode allows; sysfs refuses new files to everyone
        ro_db = "/sys/claimwatch-test.duckdb"
    else:
        (tmp_path / "ro").mkdir(mode=0o555)
        ro_db = str(tmp_path / "ro" / "x.duckdb")
    cases = [
        (["run", "src", "--db", "img.png"], {}, 2, "img.png: not a DuckDB file, not a claimwatch database"),
        (["run", "src", "--db", "empty.duckdb"], {}, 2, "empty.duckdb: an empty file, not a claimwatch database"),
        (["run", "src", "--db", "notes.duckdb"], {}, 2, "notes.duckdb: not a DuckDB file"),
        (
            ["run", "src", "--db", "theirs.duckdb"],
            {},
            2,
            "theirs.duckdb: a DuckDB database of something else (tables: articles)",
        ),
        (["run", "src", "--db", ro_db], {}, 4, f"cannot write {ro_db}.lock: Permission denied"),
        (
            ["run", "src", "--db", "ok.duckdb", "--runner", "dask://127.0.0.1:1"],
            {},
            4,
            "cannot reach the Dask scheduler at 127.0.0.1:1: Connection refused",
        ),
        (["run", "src", "--db", "ok.duckdb", "--runner", "threads"], {}, 2, "--runner threads: use local, dask"),
        (
            ["run", "src", "--db", "ok.duckdb"],
            {"PREFECT_API_URL": "http://127.0.0.1:9/api"},
            4,
            "the Prefect API at http://127.0.0.1:9/api does not answer",
        ),
        (
            ["serve"],
            {"PREFECT_API_URL": "http://127.0.0.1:9/api", "CLAIMWATCH_CONFIG": str(REPO / "claimwatch.toml")},
            4,
            "the Prefect API at http://127.0.0.1:9/api does not answer",
        ),
        (["export", "claims", "--db", "theirs.duckdb"], {}, 2, "theirs.duckdb: a DuckDB database, but not a"),
        (["changes", "--db", "theirs.duckdb"], {}, 2, "theirs.duckdb: a DuckDB database, but not a"),
        (["export", "claims", "--db", "img.png"], {}, 2, "cannot open img.png"),
    ]
    for args, env, code, words in cases:
        result = _cli([*args, "--no-config"] if args[0] == "run" else args, tmp_path, **env)
        lines = result.stderr.splitlines()
        assert result.returncode == code, (args, result.stderr)
        assert len(lines) == 1 and lines[0].startswith(f"claimwatch: {words}"), (args, result.stderr)
    # The foreign database is as it was: no claimwatch table was added to it.
    con = duckdb.connect(str(tmp_path / "theirs.duckdb"), read_only=True)
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("articles",)]
    con.close()
    assert not (tmp_path / "ok.duckdb").exists()


def test_an_output_that_cannot_be_written_is_one_line_and_exit_4(ran_db, tmp_path):
    import subprocess

    from tests.flows.cli_runs import claimwatch_cmd

    db, _ = ran_db
    for args, stdout in [
        (["export", "claims", "-o", "/dev/full"], None),
        (["export", "claims"], "/dev/full"),
        (["changes"], "/dev/full"),
    ]:
        with open(stdout or os.devnull, "w") as out:
            result = subprocess.run(
                [*claimwatch_cmd(), *args, "--db", str(db)], stdout=out, stderr=subprocess.PIPE, text=True, timeout=60
            )
        where = "/dev/full" if stdout is None else "standard output"
        assert result.returncode == 4, result.stderr
        assert result.stderr.splitlines() == [f"claimwatch: cannot write {where}: No space left on device"]
    # A database that is missing leaves no empty output file behind.
    result = _runner().invoke(
        main, ["export", "claims", "--db", str(tmp_path / "no.duckdb"), "-o", str(tmp_path / "out.jsonl")]
    )
    assert result.exit_code == 2 and not (tmp_path / "out.jsonl").exists()


def test_serve_and_sources_take_the_database_as_run_does(tmp_path, prefect_api):
    """--db, then $CLAIMWATCH_DB, then the config's db; serve refuses an unusable one before serving."""
    (tmp_path / "news").mkdir()
    (tmp_path / "cw.toml").write_text(
        'db = "main.duckdb"\n[sources.a]\nfolder = "news"\ninterval = "1h"\n'
        '[sources.b]\nfolder = "news"\ninterval = "1h"\ndb = "own.duckdb"\n'
    )
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    def dbs(*args, **env):
        result = _runner().invoke(
            main, ["sources", "--config", str(tmp_path / "cw.toml"), "--format", "jsonl", *args], env=env
        )
        assert result.exit_code == 0, result.output
        return [json.loads(x)["db"] for x in result.stdout.splitlines()]

    own = str(tmp_path / "own.duckdb")
    assert dbs() == [str(tmp_path / "main.duckdb"), own]
    assert dbs(CLAIMWATCH_DB=str(tmp_path / "env.duckdb")) == [str(tmp_path / "env.duckdb"), own]
    assert dbs("--db", str(tmp_path / "flag.duckdb"), CLAIMWATCH_DB=str(tmp_path / "env.duckdb")) == [
        str(tmp_path / "flag.duckdb"),
        own,
    ]

    result = _cli(["serve", "--config", "cw.toml", "--db", "img.png"], tmp_path, PREFECT_API_URL=prefect_api)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"claimwatch: {tmp_path / 'img.png'}: not a DuckDB file, not a claimwatch database (pick another --db)"
    ]
