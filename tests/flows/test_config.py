"""claimwatch.toml: parsing, errors that name the line and the key, next run times."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.errors import ConfigError
from flows.cli import main
from flows.config import (
    INTERVAL_ANCHOR,
    Schedule,
    find_config,
    key_lines,
    load_config,
    parse_config,
    parse_interval,
    run_plan,
    source_rows,
)

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
# comment
db = "data/news.duckdb"

[sources.local]
folder = ["seeds", "/abs/more"]
interval = "30m"

[sources.local.pins]
kursk-captives = ["000_577a8f38bb14521c", "https://example.org/a"]

[sources.local.pins."plague 2019"]
url_prefixes = "https://example.org/plague/"
inputs = ["seeds/kursk-captives.jsonl"]
input_prefixes = ["seeds/html/"]

[sources."world-feed"]
feed = "https://example.org/rss.xml"
cron = "0 */6 * * *"
timezone = "Europe/London"
db = "/elsewhere/feed.duckdb"

[sources.watch]
urls = ["https://example.org/1", "http://example.org/2"]
interval = 3600
"""


def test_a_valid_config_gives_frozen_sources_with_resolved_paths(tmp_path):
    cfg = parse_config(GOOD, tmp_path / "claimwatch.toml")
    assert cfg.db == str(tmp_path / "data" / "news.duckdb")
    assert cfg.names() == ["local", "world-feed", "watch"]
    local, feed, watch = cfg.sources
    assert local.kind == "folder" and local.targets == (str(tmp_path / "seeds"), "/abs/more")
    assert local.schedule == Schedule(interval=timedelta(minutes=30))
    assert local.pins_dict() == {
        "kursk-captives": {"doc_ids": ["000_577a8f38bb14521c"], "urls": ["https://example.org/a"]},
        "plague 2019": {
            "url_prefixes": ["https://example.org/plague/"],
            "inputs": [str(tmp_path / "seeds" / "kursk-captives.jsonl")],
            "input_prefixes": [str(tmp_path / "seeds" / "html") + "/"],
        },
    }
    assert local.db == cfg.db and local.line == 4
    assert feed.kind == "feed" and feed.targets == ("https://example.org/rss.xml",)
    assert feed.schedule == Schedule(cron="0 */6 * * *", timezone="Europe/London")
    assert feed.db == "/elsewhere/feed.duckdb" and feed.line == 16
    assert watch.kind == "urls" and watch.schedule.interval == timedelta(hours=1) and watch.pins == ()
    with pytest.raises(AttributeError):
        local.name = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ('db = 3\n[sources.a]\nfolder = "x"\ninterval = "1h"\n', 1, "db", "path"),
        ('[sources.a]\nfolder = "x"\n\ninterval = "1x"\n', 4, "sources.a.interval", "not an interval"),
        ('[sources.a]\nfolder = "x"\ninterval = "0m"\n', 3, "sources.a.interval", "not an interval"),
        ('[sources.a]\nfolder = "x"\ninterval = "5s"\n', 3, "sources.a.interval", "at least 10 seconds"),
        ('[sources.a]\nfolder = "x"\ncron = "61 * * * *"\n', 3, "sources.a.cron", "cron"),
        ('[sources.a]\nfolder = "x"\ncron = "* * *"\n', 3, "sources.a.cron", "5-field"),
        ('[sources.a]\nfolder = "x"\nintreval = "1h"\n', 3, "sources.a.intreval", "unknown key"),
        ('\n[sources.a]\nfolder = "x"\n', 2, "sources.a", "exactly one of `cron"),
        ('[sources.a]\nfolder = "x"\ncron = "0 * * * *"\ninterval = "1h"\n', 1, "sources.a", "both"),
        ('[sources.a]\ninterval = "1h"\n', 1, "sources.a", "`feed`, `urls` or `folder`"),
        ('[sources.a]\nfeed = "x"\nfolder = "y"\ninterval = "1h"\n', 1, "sources.a", "feed, folder"),
        ('[sources.a]\ninterval = 60\nfeed = "ftp://x/rss"\n', 3, "sources.a.feed", "http(s) URL"),
        ('[sources.a]\ninterval = 60\nurls = "https://x/1"\n', 3, "sources.a.urls", "list of strings"),
        ("[sources.a]\ninterval = 60\nurls = []\n", 3, "sources.a.urls", "not empty"),
        (
            '[sources.a]\nfolder = "x"\ncron = "0 * * * *"\ntimezone = "Mars/Base"\n',
            4,
            "sources.a.timezone",
            "unknown time zone",
        ),
        ('[sources.a]\nfolder = "x"\ninterval = "1h"\ntimezone = "UTC"\n', 4, "sources.a.timezone", "only applies"),
        (
            '[sources.a]\nfolder = "x"\ninterval = 60\n\n[sources.a.pins]\nstory = 3\n',
            6,
            "sources.a.pins.story",
            "list of strings",
        ),
        ('[sources.a]\nfolder = "x"\ninterval = 60\npins = ["x"]\n', 4, "sources.a.pins", "table"),
        (
            '[sources.a]\nfolder = "x"\ninterval = 60\n[sources.a.pins.s]\nurl = ["x"]\n',
            5,
            "sources.a.pins.s.url",
            "unknown key",
        ),
        ('[sources.a]\nfolder = "x"\ninterval = 60\n[sources.a.pins]\ns = {}\n', 5, "sources.a.pins.s", "pins nothing"),
        ('[sources."bad name"]\nfolder = "x"\ninterval = 60\n', 1, 'sources."bad name"', "source name"),
        ('db = "x.duckdb"\n', 1, "sources", "at least one"),
        ('colour = "blue"\n[sources.a]\nfolder = "x"\ninterval = 60\n', 1, "colour", "unknown key"),
        ('[sources]\na = { folder = "x", interval = "9q" }\n', 2, "sources.a.interval", "not an interval"),
        ('[sources.a]\nfolder = "x"\ninterval = 60\ndeadline = "soon"\n', 4, "sources.a.deadline", "not a deadline"),
    ],
)
def test_every_error_names_the_file_line_and_key(text, line, key, words):
    with pytest.raises(ConfigError) as err:
        parse_config(text, "cw.toml")
    msg = str(err.value)
    assert msg.startswith(f"cw.toml:{line}: {key}: "), msg
    assert words in msg


def test_a_toml_syntax_error_names_its_line():
    with pytest.raises(ConfigError, match=r"^cw\.toml:3: TOML syntax error: .*line 3"):
        parse_config('db = "x"\n\n[sources.a\nfolder = "x"\n', "cw.toml")


def test_key_lines_follow_tables_dotted_keys_and_skip_multiline_strings():
    text = 'a = """\nb = 1\n"""\n[t]\nx.y = 2\n"q.k" = 3\n[[arr]]\nz = 1\n'
    lines = key_lines(text)
    assert lines[("a",)] == 1 and ("b",) not in lines
    assert lines[("t",)] == 4 and lines[("t", "x")] == 5 and lines[("t", "x", "y")] == 5
    assert lines[("t", "q.k")] == 6 and lines[("arr", "z")] == 8


def test_missing_and_unreadable_files_are_config_errors(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")
    (tmp_path / "claimwatch.toml").write_text('[sources.a]\nfolder = "x"\ninterval = 60\n')
    monkeypatch.setenv("CLAIMWATCH_CONFIG", str(tmp_path / "claimwatch.toml"))
    assert load_config().names() == ["a"]  # $CLAIMWATCH_CONFIG when no path is given


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("30m", 1800), ("6h", 21600), ("1d", 86400), ("2w", 1209600), ("90s", 90), ("45", 45), (120, 120), (1.5, 1.5)],
)
def test_intervals(value, seconds):
    assert parse_interval(value) == timedelta(seconds=seconds)


@pytest.mark.parametrize("value", ["", "1y", "-5m", "m", True, 0, None, [60]])
def test_bad_intervals(value):
    assert parse_interval(value) is None


@pytest.mark.parametrize(
    "start",
    [
        datetime(2026, 3, 29, 0, 17, tzinfo=UTC),  # London DST starts
        datetime(2026, 10, 25, 0, 59, tzinfo=UTC),  # and ends
        datetime(2025, 7, 1, 12, 0, tzinfo=UTC),
    ],
)
@pytest.mark.parametrize(
    "schedule",
    [
        Schedule(interval=timedelta(hours=6)),
        Schedule(interval=timedelta(minutes=7)),
        Schedule(cron="30 1 * * *", timezone="Europe/London"),
        Schedule(cron="*/15 9-17 * * 1-5"),
    ],
)
def test_next_runs_are_the_times_prefect_schedules(schedule, start):
    """`claimwatch sources` must show what the server will schedule, so compare with Prefect's own code."""
    from prefect.server.schemas.schedules import CronSchedule, IntervalSchedule

    if schedule.cron:
        prefect_sched = CronSchedule(cron=schedule.cron, timezone=schedule.timezone)
    else:
        prefect_sched = IntervalSchedule(interval=schedule.interval, anchor_date=INTERVAL_ANCHOR, timezone="UTC")
    expected = [d.timestamp() for d in prefect_sched._get_dates_generator(n=4, start=start + timedelta(seconds=1))]
    got = schedule.next_runs(start, count=4)
    assert [d.timestamp() for d in got] == expected
    assert all(d > start and d.tzinfo == UTC for d in got)


def test_sources_command_lists_sources_with_next_runs(tmp_path):
    path = tmp_path / "claimwatch.toml"
    path.write_text(GOOD)
    result = CliRunner().invoke(main, ["sources", "--config", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in rows] == ["local", "world-feed", "watch"]
    cfg = load_config(path)
    columns, _ = source_rows(cfg)
    assert list(rows[0]) == columns
    for row, src in zip(rows, cfg.sources, strict=True):
        nxt = datetime.strptime(row["next_run_utc"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        assert nxt > datetime.now(UTC) - timedelta(seconds=5)
        assert nxt in src.schedule.next_runs(datetime.now(UTC) - timedelta(minutes=1), count=2)
    assert rows[0]["schedule"] == "every 30m" and rows[1]["schedule"] == "cron 0 */6 * * * (Europe/London)"
    assert rows[0]["pins"] == "kursk-captives (2), plague 2019 (3)"


def test_sources_command_exits_2_naming_line_and_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[sources.a]\nfolder = "x"\n\ninterval = "soon"\n')
    result = CliRunner().invoke(main, ["sources", "--config", str(path)])
    assert result.exit_code == 2
    assert f"{path}:4: sources.a.interval: 'soon' is not an interval" in result.output


def test_the_repository_example_config_is_valid():
    cfg = load_config(REPO / "claimwatch.toml")
    seeds = cfg.source("seeds")
    assert seeds.kind == "folder" and seeds.targets == (str(REPO / "seeds"),)
    assert seeds.schedule.interval is not None
    assert cfg.db == str(REPO / "claimwatch.duckdb")
    with pytest.raises(ConfigError, match="no source named 'nope'"):
        cfg.source("nope")


@pytest.mark.parametrize("command", ["sources", "serve"])
def test_sources_and_serve_have_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--config" in result.output


def test_serve_without_a_server_says_how_to_start_one(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    path = tmp_path / "claimwatch.toml"
    path.write_text('[sources.a]\nfolder = "x"\ninterval = 60\n')
    # The session's Prefect harness (if an earlier test started it) sets the API URL in the
    # settings context, not in the environment: restore the default (no server) explicitly.
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = CliRunner().invoke(main, ["serve", "--config", str(path)], env={"PREFECT_API_URL": ""})
    assert result.exit_code == 2, result.output
    assert "prefect server start" in result.output and "PREFECT_API_URL" in result.output
    result = CliRunner().invoke(main, ["serve", "nope", "--config", str(path)])
    assert result.exit_code == 2 and "no source named 'nope'" in result.output


def test_run_plan_reads_the_sources_of_its_database_and_applies_every_pin(tmp_path):
    text = GOOD + '\n[sources.watch.pins]\nkursk-captives = ["https://example.org/b", "000_577a8f38bb14521c"]\n'
    cfg = parse_config(text, tmp_path / "claimwatch.toml")
    main_db, feed_db = str(tmp_path / "data" / "news.duckdb"), "/elsewhere/feed.duckdb"

    plan = run_plan(cfg, main_db)
    assert plan.read == ("local", "watch")
    assert plan.targets == (str(tmp_path / "seeds"), "/abs/more", "https://example.org/1", "http://example.org/2")
    assert [s.name for s in plan.skipped] == ["world-feed"]
    # Pins of one story from two sources add up, without repeats; every source's pins apply.
    assert plan.pins["kursk-captives"] == {
        "doc_ids": ["000_577a8f38bb14521c"],
        "urls": ["https://example.org/a", "https://example.org/b"],
    }
    assert set(plan.pins) == {"kursk-captives", "plague 2019"}

    assert run_plan(cfg, feed_db).targets == ("https://example.org/rss.xml",)
    # A database no source writes: the config's own database's sources, written elsewhere.
    assert run_plan(cfg, "/tmp/fresh.duckdb").read == ("local", "watch")
    given = run_plan(cfg, "/tmp/fresh.duckdb", ["a.txt"])
    assert given.targets == ("a.txt",) and given.read == () and set(given.pins) == {"kursk-captives", "plague 2019"}


def test_find_config_reads_the_cwd_file_only_when_it_is_there(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMWATCH_CONFIG", raising=False)
    assert find_config() is None
    (tmp_path / "claimwatch.toml").write_text(GOOD)
    assert find_config() is not None and find_config(use=False) is None
    with pytest.raises(ConfigError, match="no such config file"):
        find_config("missing.toml")
    monkeypatch.setenv("CLAIMWATCH_CONFIG", "also-missing.toml")
    with pytest.raises(ConfigError, match=r"also-missing\.toml: no such config file"):
        find_config()


DEEP_LIST = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize(
    ("body", "line", "key", "words"),
    [
        ('interval = "99999999999999999999w"', 3, "sources.s.interval", "longer than a year"),
        ("interval = 1e300", 3, "sources.s.interval", "longer than a year"),
        ("interval = inf", 3, "sources.s.interval", "inf is not an interval"),
        ("interval = -inf", 3, "sources.s.interval", "-inf is not an interval"),
        ("interval = nan", 3, "sources.s.interval", "nan is not an interval"),
        ('interval = "5000000w"', 3, "sources.s.interval", "longer than a year"),
        ('cron = "0 0 30 2 *"', 3, "sources.s.cron", "'0 0 30 2 *' never fires"),
        ('cron = "0 0 31 4 *"\ntimezone = "Asia/Tokyo"', 3, "sources.s.cron", "never fires"),
        (f'interval = "1h"\npins = {{ deep = {DEEP_LIST} }}', 4, "sources.s.pins", "nested more than 16 levels"),
        (
            f'interval = "1h"\n[sources.s.pins]\nx = {"{a=" * 3000 + "1" + "}" * 3000}',
            5,
            "sources.s.pins.x",
            "nested more than 16 levels",
        ),
        (f"interval = {DEEP_LIST}", 3, "sources.s.interval", "nested more than 16 levels"),
        ('interval = "1h"\ndb = "/"', 4, "sources.s.db", "/ is a folder; name a database file in it"),
    ],
)
def test_values_that_used_to_crash_sources_are_errors_naming_line_and_key(tmp_path, body, line, key, words):
    (tmp_path / "news").mkdir()
    path = tmp_path / "cw.toml"
    path.write_text(f'[sources.s]\nfolder = "news"\n{body}\n')
    result = CliRunner().invoke(main, ["sources", "--config", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"claimwatch: {path}:{line}: {key}: "), result.output
    assert words in lines[0] and len(lines[0]) < 300


def test_a_folder_that_is_a_file_and_a_db_that_is_a_folder_are_refused(tmp_path):
    (tmp_path / "one.txt").write_text("About 3 people.\n")
    with pytest.raises(ConfigError, match=r"cw\.toml:2: sources\.s\.folder: .*one\.txt is a file, not a folder"):
        parse_config('[sources.s]\nfolder = "one.txt"\ninterval = "1h"\n', tmp_path / "cw.toml")
    with pytest.raises(ConfigError, match=r"cw\.toml:1: db: .* is a folder; name a database file"):
        parse_config('db = "."\n[sources.s]\nfolder = "x"\ninterval = "1h"\n', tmp_path / "cw.toml")


def test_the_longest_interval_and_a_rare_cron_still_give_next_runs():
    cfg = parse_config(
        '[sources.a]\nfolder = "x"\ninterval = "366d"\n[sources.b]\nfolder = "x"\ncron = "0 0 29 2 *"\n', "cw.toml"
    )
    _, rows = source_rows(cfg)
    assert rows[0][3] == "every 366d" and rows[1][4].endswith("-02-29 00:00:00")


def test_a_source_deadline_bounds_its_scheduled_runs(tmp_path):
    from flows.serve import flow_parameters

    cfg = parse_config('[sources.s]\nfolder = "news"\ninterval = "1h"\ndeadline = "20m"\n', tmp_path / "cw.toml")
    [src] = cfg.sources
    assert src.deadline == 1200.0
    assert flow_parameters(src)["deadline"] == 1200.0
