"""The ``claimwatch`` command line: run, export, sql, changes."""

from __future__ import annotations

import contextlib
import copy
import csv
import errno
import json
import logging
import os
import signal
import socket
import sys
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click
import duckdb
from rich.console import Console
from rich.table import Table

from extractors.errors import ClaimwatchError, DiskFullError
from flows.api_server import TemporaryApi, Unreachable, check_api, environ, run_api
from warehouse import db as warehouse_db
from warehouse import exports
from warehouse import query as query_mod

if TYPE_CHECKING:
    from flows.config import Config, RunPlan

DB_OPTION = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    show_default=False,
    help=f"DuckDB file [default: ${warehouse_db.DB_ENV} or ./{warehouse_db.DEFAULT_DB}]",
)
CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Config file [default: $CLAIMWATCH_CONFIG or ./claimwatch.toml]",
)


SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: Exit codes: 0 ok; 1 the run finished but some inputs failed; 2 usage or configuration error
#: (including a --db that is not a claimwatch database); 3 database busy; 4 the environment failed
#: (the database folder or output cannot be written, the Prefect API or Dask scheduler cannot be
#: reached); 128 + N stopped by signal N (130 Ctrl-C/SIGINT, 143 SIGTERM).
EXIT_FAILURES, EXIT_USAGE, EXIT_BUSY, EXIT_ENVIRONMENT, EXIT_SIGNAL = 1, 2, 3, 4, 128


def _die(exc: ClaimwatchError) -> NoReturn:
    click.echo(f"claimwatch: {exc}", err=True)
    if isinstance(exc, warehouse_db.DatabaseBusyError):
        sys.exit(EXIT_BUSY)
    sys.exit(EXIT_ENVIRONMENT if isinstance(exc, (Unreachable, DiskFullError)) else EXIT_USAGE)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"claimwatch: {message}", err=True)
    sys.exit(code)


def _cannot_write(what: str, exc: OSError) -> NoReturn:
    _fail(f"cannot write {what}: {exc.strerror or exc}", EXIT_ENVIRONMENT)


def _usage(message: str) -> NoReturn:
    """A one-line usage error (exit 2), before anything has started."""
    click.echo(f"claimwatch: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _check_sources(sources: Sequence[str]) -> None:
    """Every path exists and every URL has a scheme and a host; checked before Prefect starts,
    so a typo costs a second, not a server's start-up. URLs are not fetched here."""
    for source in sources:
        if "://" in source:
            url = urllib.parse.urlsplit(source)
            if url.scheme.lower() not in ("http", "https") or not url.hostname:
                _usage(f"{source}: not an http(s) URL with a host")
        elif not os.path.lexists(source):
            _usage(f"{source}: no such file or folder")


def _check_db(path: str) -> None:
    """The database is a claimwatch warehouse, or nothing yet, and its folder can be written;
    checked before Prefect starts. A DuckDB file of something else is refused, not migrated into."""
    db = Path(path)
    if db.is_dir():
        _usage(f"{db}: is a folder, not a database file")
    if db.exists():
        try:
            with open(db, "rb") as fh:
                head = fh.read(12)
        except OSError as exc:
            _fail(f"cannot read {db}: {exc.strerror or exc}", EXIT_ENVIRONMENT)
        if head[8:12] != b"DUCK":  # DuckDB's magic bytes
            what = "an empty file" if not head else "not a DuckDB file"
            _usage(f"{db}: {what}, not a claimwatch database (pick another --db)")
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                return  # a run holds it: the run lock waits for it, then the run opens it
            _usage(f"{db}: cannot be opened as a claimwatch database: {str(exc).splitlines()[0]}")
        try:
            tables = {
                t
                for (t,) in con.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()"
                    " AND table_schema = 'main'"
                ).fetchall()
            }
        finally:
            con.close()
        if tables and "schema_migrations" not in tables:
            listed = ", ".join(sorted(tables)[:5]) + (" ..." if len(tables) > 5 else "")
            _usage(
                f"{db}: a DuckDB database of something else (tables: {listed}); claimwatch only"
                " writes its own databases: pick another --db"
            )
    # The run creates <db>.lock, the database and its WAL beside it: try the first one now.
    lock = db.with_name(db.name + ".lock")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(lock, os.O_RDWR | os.O_CREAT, 0o644))
        if db.exists() and not os.access(db, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(db))
    except OSError as exc:
        _cannot_write(str(Path(exc.filename or lock)), exc)


def _check_runner(runner: str) -> None:
    """The runner's name is known, and a Dask scheduler answers, before Prefect starts."""
    if runner in ("local", "dask"):
        return
    if not runner.startswith("dask://"):
        _usage(f"--runner {runner}: use local, dask or dask://HOST:PORT")
    address = urllib.parse.urlsplit("tcp://" + runner.removeprefix("dask://"))
    try:
        host, port = address.hostname, address.port
    except ValueError:
        host = port = None
    if not host or not port:
        _usage(f"--runner {runner}: use dask://HOST:PORT")
    try:
        socket.create_connection((host, port), timeout=5).close()
    except OSError as exc:
        _fail(f"cannot reach the Dask scheduler at {host}:{port}: {exc.strerror or exc}", EXIT_ENVIRONMENT)


def _config_db(config: Config, db: str | None) -> Config:
    """The database precedence every command shares: --db, then $CLAIMWATCH_DB, then the config's."""
    chosen = db or os.environ.get(warehouse_db.DB_ENV)
    return config.with_db(str(Path(chosen).resolve())) if chosen else config


def _say_plan(config_path: Path, plan: RunPlan) -> None:
    """One line on what the config gave the run, so a run that differs from a bare one says why."""
    parts = []
    if plan.read:
        parts.append(f"reading sources {', '.join(plan.read)}")
    if plan.pins:
        parts.append(f"story pins {', '.join(plan.pins)}")
    if parts:
        click.echo(f"claimwatch: following {config_path}: {'; '.join(parts)}", err=True)
    for src in plan.skipped:
        click.echo(
            f"claimwatch: {config_path}: not reading source {src.name}: it writes {src.db} (run it with --db {src.db})",
            err=True,
        )


#: Errors of the environment that the command reports itself, in one line and its exit code:
#: Prefect's console shows the line it logs for them, without their traceback (its API keeps it).
_REPORTED = (DiskFullError,)


def _reported(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, _REPORTED):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


class _WithoutReportedTracebacks(logging.Formatter):
    """The console's own formatter, on a copy of a record without the traceback of an error in
    ``_REPORTED``; the record itself (which the API handler also formats) keeps it."""

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and _reported(record.exc_info[1]):
            record = copy.copy(record)
            record.exc_info, record.exc_text = None, None
        return self.inner.format(record)


@contextlib.contextmanager
def _console_logs(verbose: bool) -> Iterator[None]:
    """Prefect's console shows warnings and errors only, unless ``verbose``: its INFO lines
    would scroll over the progress bar. Its API handler, and so the UI, keeps every level."""
    from prefect.logging.handlers import PrefectConsoleHandler

    handlers = [h for h in logging.root.handlers if isinstance(h, PrefectConsoleHandler)]
    saved = [(h.level, h.formatter) for h in handlers]
    for h in handlers:
        h.setFormatter(_WithoutReportedTracebacks(h.formatter or logging.Formatter()))
        if not (verbose or os.environ.get("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL")):  # or set by the user
            h.setLevel(max(h.level, logging.WARNING))
    try:
        if verbose or os.environ.get("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"):
            yield
        else:  # worker processes configure Prefect's logging afresh, from this variable
            with environ(PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL="WARNING"):
                yield
    finally:
        for h, (level, formatter) in zip(handlers, saved, strict=True):
            h.setLevel(level)
            h.setFormatter(formatter)


def _open_readonly(db: str | None) -> duckdb.DuckDBPyConnection:
    """The database for reading, or a clear message and exit code 2/3 (missing, busy)."""
    try:
        return warehouse_db.open_readonly(db)
    except ClaimwatchError as exc:
        _die(exc)


def _open_warehouse(db: str | None) -> duckdb.DuckDBPyConnection:
    """:func:`_open_readonly`, and the file must be a claimwatch database (its views exist)."""
    con = _open_readonly(db)
    if not con.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_catalog = current_database()"
        " AND table_schema = 'main' AND table_name = 'schema_migrations'"
    ).fetchall():
        con.close()
        _usage(
            f"{warehouse_db.resolve_db_path(db)}: a DuckDB database, but not a claimwatch one (no"
            " schema_migrations): pick another --db"
        )
    return con


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    """A stdout that cannot be written (`> /dev/full`, a full disk) is one line and exit 4."""
    try:
        yield
    except BrokenPipeError:
        raise  # a reader that left: the group ends quietly
    except OSError as exc:
        _silence_stdout()  # the interpreter's last flush would fail again, with a traceback
        _cannot_write("standard output", exc)


def _print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    with _stdout_errors():
        Console(width=max(120, Console().width)).print(table)


def _write(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, out: IO[str]) -> int:
    if out is sys.stdout:
        with _stdout_errors():
            return _write_rows(columns, rows, fmt, out)
    return _write_rows(columns, rows, fmt, out)


def _write_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, out: IO[str]) -> int:
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        for row in rows:
            w.writerow(["" if v is None else _jsonable(v) for v in row])
            n += 1
    else:
        for row in rows:
            out.write(
                json.dumps(
                    {c: _jsonable(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False, default=str
                )
                + "\n"
            )
            n += 1
    return n


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush into a closed pipe is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _Group(click.Group):
    """Exit codes for the endings every command shares (click alone exits 1 for each)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            with _stdout_errors():
                sys.stdout.flush()  # inside the try: a reader that left early shows up here at the latest
            return result
        except BrokenPipeError:
            # `claimwatch export claims | head`: the reader has what it wanted, which is no error.
            _silence_stdout()
            ctx.exit(0)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM while no flow runs (see _stop_on_sigterm)
            _stopped(ctx, getattr(exc, "signum", signal.SIGINT))
        except BaseException as exc:
            # SIGTERM inside a flow run: Prefect's own handler raises its TerminationSignal.
            prefect_exceptions = sys.modules.get("prefect.exceptions")
            if prefect_exceptions is None or not isinstance(exc, prefect_exceptions.TerminationSignal):
                raise
            _stopped(ctx, exc.signal)


class _Stopped(KeyboardInterrupt):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop_on_sigterm() -> None:
    """SIGTERM ends the command as Ctrl-C does: the run is marked failed, locks and the
    temporary server are released, and the exit code says which signal it was."""

    def raise_stopped(signum: int, _frame: object) -> None:
        raise _Stopped(signum)

    signal.signal(signal.SIGTERM, raise_stopped)


def _stopped(ctx: click.Context, signum: int) -> NoReturn:
    """The shell's convention: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM)."""
    click.echo(f"\nclaimwatch: stopped by {signal.Signals(signum).name}", err=True)
    ctx.exit(EXIT_SIGNAL + signum)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimwatch")
def main() -> None:
    """claimwatch: watch the news for figures, and flag the ones that changed.

    \b
    Example:
      claimwatch run                       # the bundled seeds/ into ./claimwatch.duckdb
      claimwatch sql "SELECT text, counted, source FROM figures LIMIT 5"
    """


@main.command()
@click.argument("sources", nargs=-1)
@DB_OPTION
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that clean and extract in parallel.",
)
@click.option(
    "--runner",
    default="local",
    show_default=True,
    help="Task runner: local, dask (a local cluster) or dask://HOST:PORT.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Documents per task [default: 100, larger for big inputs].",
)
@click.option(
    "--wait",
    "lock_wait",
    type=float,
    default=60.0,
    show_default=True,
    help="Seconds to wait for another run on the same database.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    default=False,
    help="Let URLs reach loopback/private addresses (local sources); also $CLAIMWATCH_ALLOW_PRIVATE=1.",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Seconds the whole run may take; inputs not read by then are recorded as failures.",
)
@click.option(
    "--follow-symlinks",
    is_flag=True,
    default=False,
    help="Follow symlinks in folders that lead out of them; also $CLAIMWATCH_FOLLOW_SYMLINKS=1.",
)
@CONFIG_OPTION
@click.option("--no-config", is_flag=True, default=False, help="Ignore claimwatch.toml (no pins, no config sources).")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    default=False,
    envvar="CLAIMWATCH_VERBOSE",
    help="Also print Prefect's INFO logs (always in the run's logs in the UI); $CLAIMWATCH_VERBOSE=1.",
)
def run(
    sources: tuple[str, ...],
    db: str | None,
    workers: int,
    runner: str,
    batch_size: int | None,
    lock_wait: float,
    allow_private: bool,
    deadline: float | None,
    follow_symlinks: bool,
    config_path: str | None,
    no_config: bool,
    verbose: bool,
) -> None:
    """Load or fetch SOURCES, extract figure claims, store them and flag changes.

    SOURCES are files or folders (.txt, .html, .htm, .html.gz, .jsonl), http(s)
    URLs, or RSS/Atom feeds.

    With a config (./claimwatch.toml, $CLAIMWATCH_CONFIG or --config) the run applies its
    story pins, as `serve` does, and writes its db unless --db or $CLAIMWATCH_DB say
    otherwise; with no SOURCES it reads, once, the config's sources for that database.
    Without a config or SOURCES: the bundled seeds/ folder.

    \b
    Example:
      claimwatch run ../shared/corpus/aeb seeds/ --db news.duckdb --workers 2
    """
    from flows.config import find_config, run_plan

    try:
        config = find_config(config_path, use=not no_config)
    except ClaimwatchError as exc:
        _die(exc)
    if config is not None:
        config = _config_db(config, db)
    path = str(warehouse_db.resolve_db_path(db or (config.db if config else None)))
    pins: dict[str, dict[str, list[str]]] = {}
    if config is not None:
        try:
            plan = run_plan(config, str(Path(path).resolve()), sources)
        except ClaimwatchError as exc:
            _die(exc)
        sources, pins = plan.targets, plan.pins
        _say_plan(config.path, plan)
    sources = sources or (str(SEEDS),)
    _check_sources(sources)
    _check_db(path)
    _check_runner(runner)
    try:
        check_api(os.environ.get("PREFECT_API_URL"))  # a profile's URL is checked once Prefect reads it
    except ClaimwatchError as exc:
        _die(exc)
    _stop_on_sigterm()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if follow_symlinks:  # read by discovery (flows.discover), as a deployment's runs read it too
        os.environ["CLAIMWATCH_FOLLOW_SYMLINKS"] = "1"
    # Boot a temporary Prefect server (if none is configured) while Prefect is imported.
    early_api = TemporaryApi.launch()
    from flows.ingest import run_ingest  # imported late: Prefect is slow to import
    from flows.observe import terminal_progress

    try:
        with (
            _console_logs(verbose),
            run_api(early_api),
            terminal_progress(enabled=sys.stdout.isatty()),
        ):  # a bar in a terminal only
            summary = run_ingest(
                list(sources),
                path,
                workers=workers,
                runner=runner,
                batch_size=batch_size,
                lock_wait=lock_wait,
                allow_private=allow_private,
                pins=pins or None,
                deadline=deadline,
            )
    except ClaimwatchError as exc:
        _die(exc)
    except duckdb.Error as exc:  # after the checks above: the disk or the file failed under the run
        if warehouse_db.is_disk_full(exc):
            _die(warehouse_db.disk_full(exc, path))
        _fail(
            f"database {path}: {str(exc).splitlines()[0]} (the run is marked failed; what it committed stays)",
            EXIT_ENVIRONMENT,
        )
    for f in summary.failure_rows[:50]:
        click.echo(f"failed  {f.stage:8} {f.input}: {f.reason}", err=True)
    if len(summary.failure_rows) > 50:
        click.echo(f"... and {len(summary.failure_rows) - 50} more failures (see the failed_inputs view)", err=True)
    click.echo(
        f"documents: {summary.stored} stored, {summary.unchanged} unchanged | failures: {summary.failures}"
        f" | claims: {summary.claims} | changes: {summary.changes} | db: {path}"
    )
    if summary.failures:
        sys.exit(EXIT_FAILURES)


@main.command()
@click.argument("what", type=click.Choice(exports.EXPORTS))
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="File to write [stdout]."
)
def export(what: str, db: str | None, fmt: str, output: str) -> None:
    """Export claims, quantities, changes or stories as JSONL or CSV.

    Claims use the gold record fields of GUIDE.md, so they can be scored directly;
    stories give each document's story ({doc, story, story_name, ...}).

    \b
    Example:
      claimwatch export claims --format csv -o claims.csv
    """
    with _open_warehouse(db) as con:
        columns, rows = exports.export_rows(con, what)
        if output == "-":
            n = _write(columns, rows, fmt, sys.stdout)
        else:  # opened once the database is: a failed export leaves no empty file behind
            try:
                with open(output, "w", encoding="utf-8", newline="" if fmt == "csv" else None) as out:
                    n = _write(columns, rows, fmt, out)
            except OSError as exc:
                _cannot_write(output, exc)
    click.echo(f"{n} {what} written", err=True)


SQL_TABLE_LIMIT = 10_000


def _sql_error(exc: duckdb.Error) -> NoReturn:
    """A query DuckDB rejected or could not finish: its message, exit code 2."""
    if isinstance(exc, duckdb.PermissionException):
        hint = "claimwatch sql reads only the database: no files, URLs, other databases or extensions"
        click.echo(f"claimwatch: refused: {hint} ({str(exc).splitlines()[0]})", err=True)
    elif "read-only mode" in str(exc):  # a write inside a query, e.g. WITH x AS (DELETE ... RETURNING *)
        click.echo(f"claimwatch: refused: claimwatch sql is read-only ({str(exc).splitlines()[0]})", err=True)
    elif isinstance(exc, duckdb.OutOfMemoryException):
        click.echo(f"claimwatch: SQL error: {str(exc).splitlines()[0]} (raise --memory-limit)", err=True)
    else:
        click.echo(f"claimwatch: SQL error: {exc}", err=True)
    sys.exit(EXIT_USAGE)


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help=f"At most N rows [default: {SQL_TABLE_LIMIT:,} for table; none for jsonl and csv, which stream].",
)
@click.option(
    "--memory-limit",
    default=query_mod.DEFAULT_MEMORY_LIMIT,
    show_default=True,
    help="DuckDB memory for the query; larger sorts and joins spill to <db>.tmp.",
)
def sql(query: str, db: str | None, fmt: str, limit: int | None, memory_limit: str) -> None:
    """Run one read-only SQL QUERY against the database and print the result.

    QUERY is one SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE or EXPLAIN
    statement. Anything else (INSERT, COPY, ATTACH, INSTALL, SET, PRAGMA, CALL, or
    several statements) is refused with exit code 2, and the query cannot read or
    write files, reach the network or load extensions. Rows stream in chunks: a table
    shows the first --limit rows and says on stderr when rows were cut.

    \b
    Example:
      claimwatch sql "SELECT source, count(*) FROM figures GROUP BY ALL ORDER BY 2 DESC"
      claimwatch sql "FROM figures" --format jsonl > figures.jsonl
    """
    try:
        statement = query_mod.check_query(query)
    except ClaimwatchError as exc:
        _die(exc)
    except duckdb.Error as exc:
        _sql_error(exc)
    if limit is None and fmt == "table":
        limit = SQL_TABLE_LIMIT
    try:
        con = query_mod.open_query_connection(db, memory_limit=memory_limit)
    except ClaimwatchError as exc:
        _die(exc)
    with con:
        try:
            with query_mod.QueryStream(con, statement) as stream:
                capped = query_mod.CappedRows(stream, limit)
                if fmt == "table":
                    _print_table(stream.columns, list(capped))
                else:
                    _write(stream.columns, capped, fmt, sys.stdout)
                    sys.stdout.flush()
        except duckdb.Error as exc:
            _sql_error(exc)
        except BrokenPipeError:  # the reader (say `| head`) has had enough; nothing is lost
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:  # the stream has stopped the query
            click.echo("claimwatch: interrupted", err=True)
            sys.exit(130)
    if capped.cut:
        click.echo(f"claimwatch: showing first {capped.count} rows; use --limit to see more", err=True)


@main.command()
@DB_OPTION
@click.option("--story", default=None, help="Only this story id (or a part of its name).")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only changes whose later report is on or after this date.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Only flags at least this confident (the table: quantities with such a flag).",
)
@click.option(
    "--kind",
    type=click.Choice(exports.CHANGE_KINDS),
    default=None,
    help="Only flags of this kind (the table: quantities with such a flag).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def changes(
    db: str | None, story: str | None, since: datetime | None, min_confidence: float | None, kind: str | None, fmt: str
) -> None:
    """Print the figures that changed between reports.

    The table has one row per story and quantity: its figures in date order with their
    sources, the kinds of change and the highest confidence. jsonl/csv give every flagged
    pair with both claims and its confidence.

    \b
    Example:
      claimwatch changes --since 2024-08-01
      claimwatch changes --kind increase --min-confidence 0.5
    """
    with _open_warehouse(db) as con:
        columns, rows = exports.change_rows(
            con,
            story=story,
            since=since.date() if since else None,
            min_confidence=min_confidence,
            kind=kind,
            compact=fmt == "table",
        )
    if fmt == "table":
        _print_table(columns, rows, title=f"{len(rows)} quantities with changed figures")
    else:
        _write(columns, rows, fmt, sys.stdout)


@main.command()
@CONFIG_OPTION
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help=f"Database of the sources that name none [default: ${warehouse_db.DB_ENV} or the config's db]",
)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def sources(config_path: str | None, db: str | None, fmt: str) -> None:
    """List the sources of claimwatch.toml with their schedules and next run times.

    \b
    Example:
      claimwatch sources --config claimwatch.toml
    """
    from flows.config import load_config, source_rows

    try:
        config = _config_db(load_config(config_path), db)
    except ClaimwatchError as exc:
        _die(exc)
    columns, rows = source_rows(config)
    if fmt == "table":
        _print_table(columns, rows, title=f"{config.path}: {len(rows)} sources")
    else:
        _write(columns, rows, fmt, sys.stdout)


@main.command()
@click.argument("names", nargs=-1)
@CONFIG_OPTION
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help=f"Database of the sources that name none [default: ${warehouse_db.DB_ENV} or the config's db]",
)
@click.option("--run-now", is_flag=True, help="Also start one run of each served source right away.")
def serve(names: tuple[str, ...], config_path: str | None, db: str | None, run_now: bool) -> None:
    """Serve each source (or the named NAMES) as a scheduled Prefect deployment of `ingest`.

    Needs a Prefect server (`prefect server start`) and PREFECT_API_URL pointing at it.
    Runs writing the same database wait for each other. Stop with Ctrl-C: the schedules
    stay active, and their runs start when serve is back. A run skips inputs stored
    before, so a first run into a database `claimwatch run` already filled stores nothing:
    give serve its own --db to start afresh.

    \b
    Example:
      prefect server start                # another terminal: the UI at http://127.0.0.1:4200
      export PREFECT_API_URL=http://127.0.0.1:4200/api
      claimwatch serve --config claimwatch.toml
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows import serve as serving
    from flows.config import load_config

    try:
        config = _config_db(load_config(config_path), db)
        served = [config.source(name) for name in names] or list(config.sources)
        check_api(serving.api_url(), hint="or point PREFECT_API_URL at a running server")
    except ClaimwatchError as exc:
        _die(exc)
    for path in sorted({s.db for s in served}):  # a served run must not be the first to find it unusable
        _check_db(path)
    serving.serve(config, names, on_ready=lambda served: serving.announce(served, run_now=run_now))


@main.command()
@DB_OPTION
@click.option("--story", required=True, help="Story id, or a part of its name.")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="Chart file to write: .svg or .png."
)
def plot(db: str | None, story: str, output: str) -> None:
    """Draw a story's figure timelines: each flagged quantity's reports over time.

    A dot is an exact figure, a bar a range or an open bound, colour the source, and a
    dashed arrow each flagged change.

    \b
    Example:
      claimwatch plot --story flood -o flood.svg
    """
    from flows import charts
    from warehouse.timelines import story_timelines

    try:
        fmt = charts.chart_format(output)
        with _open_warehouse(db) as con:
            items = story_timelines(con, story)
    except ClaimwatchError as exc:
        _die(exc)
    try:
        Path(output).write_bytes(charts.render(items[0].story, items, fmt))
    except OSError as exc:
        _cannot_write(output, exc)
    click.echo(f"{output}: {len(items)} quantities of story {items[0].story}", err=True)


if __name__ == "__main__":
    main()
