"""Opening the DuckDB file: locking, migrations and the analyst views.

DuckDB allows one read-write process per file and refuses readers beside it at
once. A run therefore holds an advisory lock file (``<db>.lock``) for its whole
length, so a second run can *wait* for it instead of failing half-way, and keeps
one cached read-write connection per process, reused by every batch.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from extractors.errors import DatabaseBusyError, DiskFullError, WarehouseError

DEFAULT_DB = "claimwatch.duckdb"
DB_ENV = "CLAIMWATCH_DB"

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_cache: dict[str, duckdb.DuckDBPyConnection] = {}
_cache_lock = threading.Lock()


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$CLAIMWATCH_DB``, then ``./claimwatch.duckdb``."""
    return Path(path or os.environ.get(DB_ENV) or DEFAULT_DB)


def migration_files() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every numbered migration, in order."""
    out = []
    for entry in resources.files("warehouse.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def views_sql() -> str:
    """Every ``warehouse/views/*.sql`` file, in name order (one file per area)."""
    files = sorted(
        (e for e in resources.files("warehouse.views").iterdir() if e.name.endswith(".sql")), key=lambda e: e.name
    )
    return "\n".join(e.read_text(encoding="utf-8") for e in files)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations, each in a transaction with its bookkeeping row; then the views."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migration_files():
        if version in done:
            continue
        try:
            with transaction(con):
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
        except duckdb.Error as exc:
            if is_disk_full(exc):
                raise disk_full(exc, "the database") from exc
            raise WarehouseError(f"migration {name} failed: {exc}") from exc
        applied.append(name)
    # Views are re-created every time so analysts always see the current SQL surface.
    con.execute(views_sql())
    return applied


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One DuckDB transaction: committed when the block ends, rolled back if anything raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.TransactionException as rollback:
            # A COMMIT that failed (a full disk) has ended the transaction itself: the error
            # that says why is the one being raised, not "no transaction is active".
            if "no transaction is active" not in str(rollback):
                raise
        raise


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)
_WRITING = re.compile(r'write file "([^"]+)"')


def is_disk_full(exc: BaseException) -> bool:
    """A full filesystem, as an OSError or as DuckDB says it (in its message only)."""
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        return True
    return any(os.strerror(code) in str(exc) for code in _NO_SPACE)


def _disk_full_cause(exc: BaseException) -> BaseException | None:
    """``exc`` or the error it was raised from, if that is a full disk."""
    for _ in range(5):  # a WarehouseError from a DuckDB error, at most a few links deep
        if is_disk_full(exc):
            return exc
        if exc.__cause__ is None:
            return None
        exc = exc.__cause__
    return None


def disk_full(exc: BaseException, where: object) -> DiskFullError:
    """The one-line error for a full disk under the database ``where`` (a path or connection)."""
    m = _WRITING.search(str(exc))
    target = m.group(1) if m else getattr(exc, "filename", None) or where
    why = os.strerror(exc.errno) if isinstance(exc, OSError) and exc.errno in _NO_SPACE else os.strerror(errno.ENOSPC)
    return DiskFullError(
        f"{why.lower()}: cannot write {target}; free some space and run again (this run stopped;"
        " what it committed stays, and the next run completes it)"
    )


@contextmanager
def clear_disk_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """A full disk under the database becomes a DiskFullError that says so; other errors pass."""
    try:
        yield
    except DiskFullError:
        raise
    except (duckdb.Error, OSError, WarehouseError) as exc:
        if (cause := _disk_full_cause(exc)) is not None:
            raise disk_full(cause, path) from exc
        raise


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    text = str(exc)
    return "lock" in text.lower() or "Conflicting" in text


def _busy_message(path: Path) -> str:
    return (
        f"database {path} is in use by another claimwatch process (a run is writing it); "
        "DuckDB allows no other reader or writer meanwhile: try again when it finishes"
    )


def open_readonly(path: str | os.PathLike[str] | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection for analysts; a clear error if a run holds the file."""
    db = resolve_db_path(path)
    if not db.exists():
        raise WarehouseError(f"database {db} does not exist: run `claimwatch run` first")
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        if _is_lock_conflict(exc):
            raise DatabaseBusyError(_busy_message(db)) from exc
        raise WarehouseError(f"cannot open {db}: {exc}") from exc


def connect(path: str | os.PathLike[str] | None = None, *, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """The process's read-write connection to ``path``, migrated; cached and reused.

    ``wait`` is how many seconds to keep retrying while another process holds the file.
    """
    db = resolve_db_path(path)
    key = str(db.resolve())
    with _cache_lock:
        con = _cache.get(key)
        if con is not None:
            return con
        db.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(str(db))
                break
            except duckdb.Error as exc:
                if not _is_lock_conflict(exc):
                    raise WarehouseError(f"cannot open {db}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise DatabaseBusyError(_busy_message(db)) from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        # No row-group merging at checkpoints. DuckDB merges small row groups up to 122,880 rows,
        # so every checkpoint of a growing warehouse re-read and re-compressed all the claims
        # (and up to ~4,000 pages) stored so far: a run's memory and time grew with the file.
        # Each checkpoint now writes only the new rows; the cost is smaller row groups.
        con.execute("SET max_vacuum_tasks = 0")
        migrate(con)
        _cache[key] = con
        return con


def close(path: str | os.PathLike[str] | None = None) -> None:
    """Close the cached connection, so other processes may open the file."""
    key = str(resolve_db_path(path).resolve())
    with _cache_lock:
        con = _cache.pop(key, None)
    if con is not None:
        con.close()


#: What DuckDB's buffer pool may keep between batches (see :func:`drop_cached_blocks`).
CACHE_FLOOR = "32MB"


def drop_cached_blocks(con: duckdb.DuckDBPyConnection, limit: str) -> None:
    """Evict the blocks DuckDB keeps cached, then set its memory limit back to ``limit``.

    The buffer pool keeps every block a run writes or scans until the memory limit, so
    between batches a writer's memory grew with the warehouse. Lowering the limit evicts
    unpinned blocks at once; restoring it leaves the next batch the room it needs.
    """
    try:
        con.execute(f"SET memory_limit = '{CACHE_FLOOR}'")
    except duckdb.OutOfMemoryException:
        pass  # more than the floor is pinned; what could be evicted has been
    finally:
        con.execute(f"SET memory_limit = '{limit}'")


_held: dict[str, int] = {}  # lock files this process holds -> nesting depth


def mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> int:
    """Runs still marked ``running`` died without saying so (``kill -9``, power loss).

    Call it holding the run lock: no other run can be going on, so each such row is
    set to ``interrupted``. Their committed batches stay; the next run stores the rest.
    """
    rows = con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running' RETURNING run_id").fetchall()
    return len(rows)


@contextmanager
def run_lock(path: str | os.PathLike[str] | None = None, *, wait: float = 60.0) -> Iterator[Path]:
    """Hold ``<db>.lock`` for a whole run; wait up to ``wait`` seconds for another run to end.

    Re-entrant within a process, so the CLI can take it before Prefect starts (a busy
    database is then a one-line message, not a failed flow run) and the flow again inside.
    The kernel drops an ``flock`` when its process dies, so ``kill -9`` leaves no stale lock.
    """
    db = resolve_db_path(path)
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db.with_name(db.name + ".lock")
    key = str(lock_path.resolve())
    with _cache_lock:
        if key in _held:
            _held[key] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield db
        finally:
            with _cache_lock:
                _held[key] -= 1
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DatabaseBusyError(
                        f"another claimwatch run is writing {db}; waited {wait:g} s for it to finish "
                        "(use --wait to wait longer)"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        with _cache_lock:
            _held[key] = 1
        try:
            yield db
        finally:
            with _cache_lock:
                del _held[key]
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
