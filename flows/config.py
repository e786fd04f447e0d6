"""``claimwatch.toml``: named sources, their schedules and story pins, and the database.

Example::

    db = "claimwatch.duckdb"            # relative paths are relative to this file

    [sources.seeds]
    folder = "seeds"                    # or: feed = "https://…/rss.xml", urls = ["https://…", …]
    interval = "1h"                     # or: cron = "0 */6 * * *" (timezone = "Europe/Paris")

    [sources.seeds.pins]                # optional: story -> documents that belong to it
    kursk-captives = ["000_577a8f38bb14521c", "https://example.org/kursk"]  # doc ids and URLs
    plague-2019 = { url_prefixes = ["https://example.org/plague/"], input_prefixes = ["seeds/html/"] }

Every error is a :class:`~extractors.errors.ConfigError` whose message starts with
``FILE:LINE: KEY:``, so a typo is found without reading the whole file.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import CroniterBadDateError, croniter

from extractors.errors import ConfigError

CONFIG_ENV = "CLAIMWATCH_CONFIG"
DEFAULT_CONFIG = "claimwatch.toml"
#: Interval schedules count from this instant, so `claimwatch sources` and Prefect agree on
#: the next run and a 6h interval always falls on 00:00, 06:00, … UTC whenever serve starts.
INTERVAL_ANCHOR = datetime(2024, 1, 1, tzinfo=UTC)

SourceKind = Literal["feed", "urls", "folder"]
_KINDS: tuple[SourceKind, ...] = ("feed", "urls", "folder")
_SOURCE_KEYS = {*_KINDS, "cron", "interval", "timezone", "db", "pins", "deadline"}
_TOP_KEYS = {"db", "sources"}
PIN_KINDS = ("doc_ids", "urls", "inputs", "url_prefixes", "input_prefixes")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_INTERVAL = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)?\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
#: The longest interval: beyond it, next-run dates overflow (and a yearly source wants a cron).
MAX_INTERVAL = timedelta(days=366)
#: Arrays and inline tables nested deeper than this are refused before TOML parses them: a
#: config needs three levels, and thousands overflow the parser's recursion.
MAX_NESTING = 16


@dataclass(frozen=True, slots=True)
class Schedule:
    """Exactly one of ``cron`` and ``interval``; cron is read in ``timezone``."""

    cron: str | None = None
    interval: timedelta | None = None
    timezone: str = "UTC"

    def describe(self) -> str:
        if self.cron is not None:
            return f"cron {self.cron}" + ("" if self.timezone == "UTC" else f" ({self.timezone})")
        return f"every {format_interval(self.interval)}"

    def next_runs(self, after: datetime | None = None, count: int = 1) -> list[datetime]:
        """The next ``count`` run times strictly after ``after`` (default: now), in UTC."""
        after = (after or datetime.now(UTC)).astimezone(UTC)
        if self.cron is not None:
            # Prefect's own cron arithmetic, so the times shown are the ones the server schedules
            # (croniter alone differs from it around daylight-saving gaps).
            from prefect.server.schemas.schedules import CronSchedule

            dates = CronSchedule(cron=self.cron, timezone=self.timezone)._get_dates_generator(
                n=count, start=after + timedelta(microseconds=1)
            )
            return [datetime.fromtimestamp(d.timestamp(), UTC) for d in dates]
        assert self.interval is not None
        step = self.interval
        k = (after - INTERVAL_ANCHOR) // step + 1
        return [INTERVAL_ANCHOR + (k + i) * step for i in range(count)]


@dataclass(frozen=True, slots=True)
class Pin:
    """Documents that belong to ``story`` whatever their similarity (``warehouse.stories.StoryPin``'s rules)."""

    story: str
    doc_ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ()  # absolute paths, as ``documents.input`` holds them
    url_prefixes: tuple[str, ...] = ()
    input_prefixes: tuple[str, ...] = ()

    @property
    def rules(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple((k, getattr(self, k)) for k in PIN_KINDS)

    def count(self) -> int:
        return sum(len(v) for _, v in self.rules)


@dataclass(frozen=True, slots=True)
class Source:
    """A named source: what to read, when, and into which database."""

    name: str
    kind: SourceKind
    targets: tuple[str, ...]  # feed URLs, page URLs or absolute folder paths
    schedule: Schedule
    db: str  # absolute path
    pins: tuple[Pin, ...] = ()  # in file order
    line: int = 0  # where the source's table starts in the file
    deadline: float | None = None  # seconds a run of this source may take (``deadline = "2h"``)

    def pins_dict(self) -> dict[str, dict[str, list[str]]]:
        """Pins as the flow parameter ``pins`` takes them: story -> {rule kind: values}."""
        return {p.story: {k: list(v) for k, v in p.rules if v} for p in self.pins}


@dataclass(frozen=True, slots=True)
class Config:
    path: Path
    db: str  # absolute path of the default database
    sources: tuple[Source, ...]

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        raise ConfigError(f"{self.path}: no source named {name!r} (have: {', '.join(self.names()) or 'none'})")

    def names(self) -> list[str]:
        return [s.name for s in self.sources]

    def with_db(self, db: str) -> Config:
        """This config with ``db`` (absolute) as its database: the sources that write the
        config's database follow it; a source that names another db keeps its own."""
        return replace(self, db=db, sources=tuple(replace(s, db=db) if s.db == self.db else s for s in self.sources))


@dataclass(frozen=True, slots=True)
class RunPlan:
    """What ``claimwatch run`` takes from the config: the sources to read and the story pins."""

    targets: tuple[str, ...]  # what the run reads (the command line's SOURCES, or the config's)
    pins: dict[str, dict[str, list[str]]]  # as the flow's ``pins`` parameter takes them
    read: tuple[str, ...]  # the config sources the run reads (none when SOURCES were given)
    skipped: tuple[Source, ...] = ()  # config sources not read: they write another database


def run_plan(config: Config, db: str, sources: Sequence[str] = ()) -> RunPlan:
    """The config's part in ``claimwatch run`` into ``db`` (an absolute path).

    The run applies every story pin of the config, whatever it reads, so `run` and `serve`
    put the same documents in the same stories. With no ``sources`` given, it reads once
    what `serve` reads into ``db``: the sources that write ``db``, or, if none does (an
    explicit ``--db`` elsewhere), the sources that write the config's own database.
    """
    pins: dict[str, dict[str, list[str]]] = {}
    for src in config.sources:  # the same story pinned by two sources: their rules add up
        for story, rules in src.pins_dict().items():
            merged = pins.setdefault(story, {})
            for kind, values in rules.items():
                have = merged.setdefault(kind, [])
                for v in values:
                    if v not in have:
                        have.append(v)
    if sources:
        return RunPlan(tuple(sources), pins, ())
    writes = db if any(s.db == db for s in config.sources) else config.db
    mine = [s for s in config.sources if s.db == writes]
    if not mine:
        raise ConfigError(
            f"{config.path}: every source names its own db, and none is {db}: "
            "name SOURCES, or pick one of their databases with --db"
        )
    targets = tuple(dict.fromkeys(t for s in mine for t in s.targets))
    return RunPlan(targets, pins, tuple(s.name for s in mine), tuple(s for s in config.sources if s.db != writes))


def resolve_config_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--config`` wins, then ``$CLAIMWATCH_CONFIG``, then ``./claimwatch.toml``."""
    return Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def format_interval(delta: timedelta | None) -> str:
    if delta is None:
        return ""
    seconds = int(delta.total_seconds())
    for unit in ("w", "d", "h", "m"):
        if seconds % _UNIT_SECONDS[unit] == 0:
            return f"{seconds // _UNIT_SECONDS[unit]}{unit}"
    return f"{seconds}s"


def _interval_seconds(value: object) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and (m := _INTERVAL.match(value)):
        return int(m.group(1)) * _UNIT_SECONDS[m.group(2) or "s"]  # exact: no float overflows here
    return None


def parse_interval(value: object) -> timedelta | None:
    """``"30m"``, ``"6h"``, ``"1d"``, ``"90s"``, ``"2w"`` or a number of seconds, up to
    :data:`MAX_INTERVAL`; None if invalid."""
    seconds = _interval_seconds(value)
    if seconds is None or not 0 < seconds <= MAX_INTERVAL.total_seconds():
        return None
    return timedelta(seconds=seconds)


# --- finding the line of a key -------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*(?P<key>[^\]]+?)\s*\]\]?\s*(#.*)?$")
_BARE_OR_QUOTED = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_ASSIGN = re.compile(rf"^\s*(?P<key>{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=")
_PART = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)""")


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in _PART.findall(text))


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The 1-based line where each table header or ``key =`` is written (first occurrence).

    TOML itself reports lines only for syntax errors; this gives validation errors a line too.
    Keys inside inline tables or arrays are not listed: their errors point at the enclosing key.
    """
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    in_multiline: str | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if in_multiline in raw:
                in_multiline = None
            continue
        if m := _HEADER.match(raw):
            table = _split_key(m.group("key"))
            lines.setdefault(table, lineno)
            continue
        if m := _ASSIGN.match(raw):
            key = table + _split_key(m.group("key"))
            for i in range(len(table) + 1, len(key) + 1):
                lines.setdefault(key[:i], lineno)
            rest = raw[m.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) == 1:
                    in_multiline = quote
    return lines


class _Checker:
    """Collects nothing: the first problem raises, naming file, line and dotted key."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = key_lines(text)

    def line_of(self, key: Sequence[str]) -> int:
        k = tuple(key)
        while k:
            if k in self.lines:
                return self.lines[k]
            k = k[:-1]
        return 1

    def fail(self, key: Sequence[str], message: str) -> ConfigError:
        dotted = ".".join(_quote(k) for k in key)
        return ConfigError(f"{self.path}:{self.line_of(key)}: {dotted}: {message}")


def _show(value: Any, limit: int = 60) -> str:
    """A value as an error message quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _quote(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else f'"{key}"'


def _strings(check: _Checker, key: tuple[str, ...], value: Any, *, allow_single: bool) -> tuple[str, ...]:
    if allow_single and isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        what = "a string or a list of strings" if allow_single else "a list of strings"
        raise check.fail(key, f"must be {what}, not empty")
    return tuple(v.strip() for v in value)


def _path(base: Path, value: str) -> str:
    p = Path(value).expanduser()
    return str((p if p.is_absolute() else base / p).resolve())


def _db_path(check: _Checker, key: tuple[str, ...], base: Path, value: str) -> str:
    path = _path(base, value)
    if Path(path).is_dir():
        raise check.fail(
            key, f"{path} is a folder; name a database file in it, such as {Path(path) / 'claimwatch.duckdb'}"
        )
    return path


def _schedule(check: _Checker, key: tuple[str, ...], table: Mapping[str, Any]) -> Schedule:
    has_cron, has_interval = "cron" in table, "interval" in table
    if has_cron == has_interval:
        raise check.fail(
            key,
            'needs exactly one of `cron = "0 */6 * * *"` or `interval = "6h"`' + (" (it has both)" if has_cron else ""),
        )
    tz = table.get("timezone", "UTC")
    if not isinstance(tz, str):
        raise check.fail((*key, "timezone"), 'must be a string such as "Europe/London"')
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise check.fail((*key, "timezone"), f"unknown time zone {tz!r}") from None
    if has_cron:
        cron = table["cron"]
        if not isinstance(cron, str) or not croniter.is_valid(cron) or len(cron.split()) != 5:
            raise check.fail((*key, "cron"), f'{_show(cron)} is not a 5-field cron expression (e.g. "0 */6 * * *")')
        try:  # "0 0 30 2 *" is valid cron, but no date matches it
            croniter(cron, datetime.now(ZoneInfo(tz))).get_next(datetime)
        except (CroniterBadDateError, ValueError, OverflowError):
            raise check.fail((*key, "cron"), f"{_show(cron)} never fires: no date matches it") from None
        return Schedule(cron=cron.strip(), timezone=tz)
    if "timezone" in table:
        raise check.fail((*key, "timezone"), "only applies to a cron schedule")
    raw = table["interval"]
    seconds = _interval_seconds(raw)
    if seconds is not None and seconds > MAX_INTERVAL.total_seconds():
        raise check.fail(
            (*key, "interval"),
            f'{_show(raw)} is longer than a year (366d); for a rare source use a cron schedule such as "0 0 1 1 *"',
        )
    interval = parse_interval(raw)
    if interval is None:
        raise check.fail((*key, "interval"), f'{_show(raw)} is not an interval (use "30m", "6h", "1d" or seconds > 0)')
    if interval < timedelta(seconds=10):
        raise check.fail((*key, "interval"), "must be at least 10 seconds")
    return Schedule(interval=interval)


def _pins(check: _Checker, key: tuple[str, ...], value: Any, base: Path) -> tuple[Pin, ...]:
    """``story = [doc ids or URLs]``, or ``story = { doc_ids, urls, inputs, url_prefixes, input_prefixes }``."""
    if not isinstance(value, dict):
        raise check.fail(key, "must be a table of story = [doc ids or URLs] or story = { urls = [...], ... }")
    pins = []
    for story, rule in value.items():
        if not story.strip():
            raise check.fail((*key, story), "a story needs a name")
        if isinstance(rule, dict):
            for k in rule:
                if k not in PIN_KINDS:
                    raise check.fail((*key, story, k), f"unknown key (allowed: {', '.join(PIN_KINDS)})")
            kinds = {k: _strings(check, (*key, story, k), v, allow_single=True) for k, v in rule.items()}
            if not kinds:
                raise check.fail((*key, story), f"pins nothing (use one of {', '.join(PIN_KINDS)})")
        else:
            values = _strings(check, (*key, story), rule, allow_single=True)
            kinds = {
                "urls": tuple(v for v in values if v.lower().startswith(("http://", "https://"))),
                "doc_ids": tuple(v for v in values if not v.lower().startswith(("http://", "https://"))),
            }
        for k in ("inputs", "input_prefixes"):  # paths resolve like folders; a prefix keeps its trailing "/"
            if k in kinds:
                kinds[k] = tuple(_path(base, v) + ("/" if v.endswith("/") else "") for v in kinds[k])
        pins.append(Pin(story, **kinds))
    return tuple(pins)


def _source(check: _Checker, base: Path, default_db: str, name: str, table: Any) -> Source:
    key = ("sources", name)
    if not isinstance(table, dict):
        raise check.fail(key, "must be a table ([sources.NAME])")
    if not _NAME.match(name):
        raise check.fail(
            key, "a source name is letters, digits, '-', '_' or '.' (up to 64), starting with a letter or digit"
        )
    for k in table:
        if k not in _SOURCE_KEYS:
            raise check.fail((*key, k), f"unknown key (allowed: {', '.join(sorted(_SOURCE_KEYS))})")
    kinds = [k for k in _KINDS if k in table]
    if len(kinds) != 1:
        raise check.fail(
            key, "needs exactly one of `feed`, `urls` or `folder`" + (f" (it has {', '.join(kinds)})" if kinds else "")
        )
    kind = kinds[0]
    targets = _strings(check, (*key, kind), table[kind], allow_single=kind != "urls")
    if kind in ("feed", "urls"):
        for t in targets:
            if not t.lower().startswith(("http://", "https://")):
                raise check.fail((*key, kind), f"{t!r} is not an http(s) URL")
    else:
        targets = tuple(_path(base, t) for t in targets)
        for t in targets:
            if Path(t).is_file():
                raise check.fail((*key, kind), f"{t} is a file, not a folder (`claimwatch run` reads single files)")
    db = table.get("db", default_db)
    if "db" in table:
        if not isinstance(db, str) or not db.strip():
            raise check.fail((*key, "db"), "must be a path string")
        db = _db_path(check, (*key, "db"), base, db)
    pins = _pins(check, (*key, "pins"), table["pins"], base) if "pins" in table else ()
    deadline = None
    if "deadline" in table:  # the whole run's deadline, written like an interval
        limit = parse_interval(table["deadline"])
        if limit is None or limit > MAX_INTERVAL:
            raise check.fail(
                (*key, "deadline"),
                f'{_show(table["deadline"])} is not a deadline (use "30m", "2h" or seconds > 0, at most 366d)',
            )
        deadline = limit.total_seconds()
    return Source(
        name=name,
        kind=kind,
        targets=targets,
        schedule=_schedule(check, key, table),
        db=db,
        pins=pins,
        line=check.line_of(key),
        deadline=deadline,
    )


def _check_nesting(path: Path, text: str) -> None:
    """Refuse arrays and inline tables nested deeper than :data:`MAX_NESTING`, naming the line
    and key where it happens. A rough scan (strings and comments skipped), enough for depth."""
    depth = 0
    table: tuple[str, ...] = ()
    key: tuple[str, ...] = ()
    quote: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if quote is None and depth == 0:
            if m := _HEADER.match(line):
                table, key = _split_key(m.group("key")), ()
            elif m := _ASSIGN.match(line):
                key = _split_key(m.group("key"))
        i = 0
        while i < len(line):
            c = line[i]
            if quote is not None:
                if c == "\\" and quote == '"':
                    i += 1
                elif c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == "#":
                break
            elif c in "[{" and (depth or not _HEADER.match(line)):
                depth += 1
                if depth > MAX_NESTING:
                    dotted = ".".join(_quote(k) for k in (*table, *key)) or "(top)"
                    raise ConfigError(f"{path}:{lineno}: {dotted}: nested more than {MAX_NESTING} levels deep")
            elif c in "]}" and depth:
                depth -= 1
            i += 1


def parse_config(text: str, path: str | os.PathLike[str] = DEFAULT_CONFIG) -> Config:
    """Validate ``text`` as read from ``path`` (relative paths in it resolve against its folder)."""
    cfg_path = Path(path)
    _check_nesting(cfg_path, text)
    try:
        data = tomllib.loads(text)
    except RecursionError:  # _check_nesting should have refused it first
        raise ConfigError(f"{cfg_path}:1: TOML nesting too deep for the parser") from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)"; put the line first like the others.
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)$", msg)
        where = f"{cfg_path}:{m.group(1)}" if m else str(cfg_path)
        raise ConfigError(f"{where}: TOML syntax error: {msg}") from None
    check = _Checker(cfg_path, text)
    base = cfg_path.resolve().parent
    for k in data:
        if k not in _TOP_KEYS:
            raise check.fail((k,), f"unknown key (allowed at the top: {', '.join(sorted(_TOP_KEYS))})")
    db = data.get("db", "claimwatch.duckdb")
    if not isinstance(db, str) or not db.strip():
        raise check.fail(("db",), "must be a path string")
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not sources:
        raise check.fail(("sources",), "define at least one [sources.NAME] table")
    default_db = _db_path(check, ("db",), base, db)
    return Config(
        path=cfg_path, db=default_db, sources=tuple(_source(check, base, default_db, n, t) for n, t in sources.items())
    )


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the config file (see :func:`resolve_config_path`)."""
    cfg_path = resolve_config_path(path)
    try:
        text = cfg_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{cfg_path}: no such config file (pass --config or set ${CONFIG_ENV})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{cfg_path}: cannot read: {exc}") from None
    return parse_config(text, cfg_path)


def find_config(path: str | os.PathLike[str] | None = None, *, use: bool = True) -> Config | None:
    """The config ``claimwatch run`` follows: ``--config`` or ``$CLAIMWATCH_CONFIG`` must exist;
    ``./claimwatch.toml`` is read only when it is there; ``use=False`` (``--no-config``) reads none."""
    if not use:
        return None
    if path is None and not os.environ.get(CONFIG_ENV) and not Path(DEFAULT_CONFIG).exists():
        return None
    return load_config(path)


def source_rows(config: Config, now: datetime | None = None) -> tuple[list[str], list[list[Any]]]:
    """What `claimwatch sources` prints: one row per source, with its next run (UTC)."""
    now = now or datetime.now(UTC)
    columns = ["source", "kind", "targets", "schedule", "next_run_utc", "in", "db", "pins"]
    rows: list[list[Any]] = []
    for s in config.sources:
        nxt = s.schedule.next_runs(now)[0]
        rows.append(
            [
                s.name,
                s.kind,
                " ".join(s.targets),
                s.schedule.describe(),
                nxt.strftime("%Y-%m-%d %H:%M:%S"),
                _until(nxt - now),
                s.db,
                ", ".join(f"{p.story} ({p.count()})" for p in s.pins),
            ]
        )
    return columns, rows


def _until(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours < 48 else f"{hours // 24}d{hours % 24:02d}h"


__all__ = [
    "CONFIG_ENV",
    "INTERVAL_ANCHOR",
    "PIN_KINDS",
    "Config",
    "Pin",
    "RunPlan",
    "Schedule",
    "Source",
    "find_config",
    "format_interval",
    "key_lines",
    "load_config",
    "parse_config",
    "parse_interval",
    "resolve_config_path",
    "run_plan",
    "source_rows",
]
