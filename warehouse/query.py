"""Read-only SQL for analysts (``claimwatch sql``): read-only by construction, in three layers.

1. The statement. DuckDB's own parser must find exactly one, and of a reading type:
   SELECT (which is also how it parses WITH, FROM-first, VALUES, SHOW, DESCRIBE and
   SUMMARIZE) or EXPLAIN [ANALYZE] of such a query. Everything else is refused before
   it runs: writes, COPY, ATTACH, INSTALL/LOAD, SET, PRAGMA, CALL, transactions, and
   several statements at once.
2. The connection. Opened read-only, then: no external access (no files, no network, no
   other database files), no extension auto-install or auto-load, a memory limit, and the
   configuration locked, so the query itself cannot switch any of it back on.
3. The transaction. READ ONLY, so a write hidden inside a query (DuckDB accepts
   ``WITH x AS (DELETE ... RETURNING *) SELECT ...``) fails too, even on temporary tables.

Rows are fetched in chunks (:class:`QueryStream`) and cut at a limit (:class:`CappedRows`),
so a query of ten million rows neither fills memory nor waits for its last row.

    statement = check_query("SELECT doc_id FROM articles")
    with open_query_connection("claimwatch.duckdb") as con, QueryStream(con, statement) as stream:
        for row in CappedRows(stream, 100): ...
"""

from __future__ import annotations

import os
import queue
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import duckdb

from extractors.errors import QueryRefusedError, WarehouseError
from warehouse.db import open_readonly

ALLOWED = "one SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE or EXPLAIN statement"
DEFAULT_MEMORY_LIMIT = "1GB"
#: Sorts and joins larger than the memory limit spill to ``<db>.tmp``; this bounds that disk use.
MAX_TEMP_DIRECTORY_SIZE = "4GB"
FETCH_CHUNK = 2048
_MEMORY = re.compile(r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)
_READING = {duckdb.StatementType.SELECT}


def check_query(sql: str) -> duckdb.Statement:
    """The single read-only statement of ``sql``, or :class:`QueryRefusedError` saying why not.

    SQL that does not parse raises DuckDB's ``ParserException`` unchanged.
    """
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise QueryRefusedError(f"no SQL statement given ({ALLOWED})")
    if len(statements) > 1:
        raise QueryRefusedError(f"refused {len(statements)} statements: claimwatch sql runs exactly {ALLOWED}")
    statement = statements[0]
    if _kind(statement) == duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE runs what it explains (EXPLAIN ANALYZE COPY ... writes the file), so the
        # explained statement must pass the same test.
        explained = _explained(statement.query)
        inner = duckdb.extract_statements(explained)
        if len(inner) != 1 or _kind(inner[0]) not in _READING:
            raise QueryRefusedError(
                f"refused EXPLAIN of {_first_word(explained)}: claimwatch sql is read-only ({ALLOWED})"
            )
    elif _kind(statement) not in _READING:
        raise QueryRefusedError(f"refused {_first_word(statement.query)}: claimwatch sql is read-only ({ALLOWED})")
    return statement


def _kind(statement: duckdb.Statement) -> duckdb.StatementType | None:
    try:
        return statement.type
    except ValueError:  # a type the Python client cannot name (UPDATE EXTENSIONS): not a reading one
        return None


def _words(sql: str) -> list[tuple[int, str]]:
    """(offset, text) of each token of ``sql`` but comments, by DuckDB's tokenizer."""
    tokens = duckdb.tokenize(sql)
    ends = [off for off, _ in tokens[1:]] + [len(sql)]
    return [
        (off, sql[off:end].strip())
        for (off, kind), end in zip(tokens, ends, strict=True)
        if kind != duckdb.token_type.comment
    ]


def _first_word(sql: str) -> str:
    words = _words(sql)
    return words[0][1].upper() if words else "an empty statement"


def _explained(query: str) -> str:
    """The statement that ``EXPLAIN [ANALYZE] [(options)] <statement>`` explains."""
    words = _words(query)
    i = 1
    if i < len(words) and words[i][1].upper() in ("ANALYZE", "ANALYSE"):
        i += 1
    if i < len(words) and words[i][1].startswith("("):
        depth = 0
        while i < len(words):
            depth += words[i][1].count("(") - words[i][1].count(")")
            i += 1
            if depth <= 0:
                break
    if i >= len(words):
        raise QueryRefusedError(f"EXPLAIN of nothing: claimwatch sql runs {ALLOWED}")
    return query[words[i][0] :]


def lockdown_settings(memory_limit: str = DEFAULT_MEMORY_LIMIT, threads: int | None = None) -> list[str]:
    """The SET statements that fence a read-only connection in; lock_configuration comes last."""
    if not _MEMORY.match(memory_limit.strip()):
        raise QueryRefusedError(f"memory limit {memory_limit!r} is not a size such as 512MB or 2GB")
    threads = threads or min(os.cpu_count() or 1, 4)
    return [
        "SET enable_external_access = false",  # files, URLs, ATTACH, COPY TO, extension files
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET allow_community_extensions = false",
        f"SET memory_limit = '{memory_limit.strip()}'",
        f"SET max_temp_directory_size = '{MAX_TEMP_DIRECTORY_SIZE}'",
        f"SET threads = {int(threads)}",
        "SET lock_configuration = true",
    ]


def open_query_connection(
    path: str | os.PathLike[str] | None = None, *, memory_limit: str = DEFAULT_MEMORY_LIMIT, threads: int | None = None
) -> duckdb.DuckDBPyConnection:
    """A read-only connection, fenced in and inside a READ ONLY transaction, for one analyst query.

    Raises WarehouseError (missing file), DatabaseBusyError (a run holds it) or
    QueryRefusedError (a malformed memory limit).
    """
    settings = lockdown_settings(memory_limit, threads)
    con = open_readonly(path)
    try:
        for setting in settings:
            con.execute(setting)
        con.execute("BEGIN TRANSACTION READ ONLY")
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"cannot prepare a read-only connection: {exc}") from exc
    return con


class QueryStream:
    """Runs one checked statement and yields its rows as they come, ``chunk`` at a time.

    DuckDB runs in a worker thread, so the main thread stays free for Ctrl-C: a
    KeyboardInterrupt there interrupts the query (DuckDB ignores signals while it works)
    and the worker is joined before the connection closes. Runs the parsed ``statement``
    itself, not the text, so what runs is what was checked. Raises DuckDB's error if the
    query fails, when it starts or while rows are read.

        with QueryStream(con, statement) as stream:
            for row in stream: ...
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, statement: duckdb.Statement, chunk: int = FETCH_CHUNK) -> None:
        self._con = con
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)  # two chunks in flight at most
        self._stop = threading.Event()
        self._worker = threading.Thread(target=self._produce, args=(statement, chunk), daemon=True)
        self._worker.start()
        try:
            self.columns: list[str] = self._take("columns")
        except BaseException:
            self.close()
            raise

    def _produce(self, statement: duckdb.Statement, chunk: int) -> None:
        try:
            cur = self._con.execute(statement)
            self._put("columns", [d[0] for d in cur.description or []])
            while not self._stop.is_set() and (batch := cur.fetchmany(chunk)):
                self._put("rows", batch)
            self._put("end", None)
        except BaseException as exc:  # handed to the main thread, which raises it
            self._put("error", exc)

    def _put(self, kind: str, value: Any) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put((kind, value), timeout=0.1)
                return
            except queue.Full:
                continue

    def _take(self, want: str) -> Any:
        while True:
            try:
                kind, value = self._queue.get(timeout=0.2)  # a timeout, so Ctrl-C is seen
            except queue.Empty:
                continue
            if kind == "error":
                raise value
            if kind not in (want, "end"):
                raise WarehouseError(f"query stream: expected {want}, got {kind}")
            return value if kind == want else None

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (batch := self._take("rows")) is not None:
            yield from batch

    def close(self) -> None:
        """Stop the query if it still runs, and wait for the worker."""
        self._stop.set()
        if self._worker.is_alive():
            self._con.interrupt()
        self._worker.join()

    def __enter__(self) -> QueryStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CappedRows:
    """At most ``limit`` rows of ``rows`` (all if None); ``cut`` says whether rows were left over."""

    def __init__(self, rows: Iterable[tuple[Any, ...]], limit: int | None) -> None:
        self._rows = rows
        self.limit = limit
        self.count = 0
        self.cut = False

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._rows:
            if self.limit is not None and self.count >= self.limit:
                self.cut = True  # one row past the limit was fetched, so there are more
                return
            self.count += 1
            yield row
