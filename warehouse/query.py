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

Rows are fetched in chunks (:func:`run_query`) and cut at a limit (:class:`CappedRows`),
so a query of ten million rows neither fills memory nor waits for its last row.

    >>> statement = check_query("SELECT doc_id FROM articles")
    >>> with open_query_connection("claimwatch.duckdb") as con:  # doctest: +SKIP
    ...     columns, rows = run_query(con, statement)
"""

from __future__ import annotations

import os
import re
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


def run_query(
    con: duckdb.DuckDBPyConnection, statement: duckdb.Statement, chunk: int = FETCH_CHUNK
) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Column names, and the rows as they come (fetched ``chunk`` at a time, never all at once).

    Runs the parsed ``statement`` itself, not the text, so what runs is what was checked.
    """
    cur = con.execute(statement)
    columns = [d[0] for d in cur.description] if cur.description else []

    def rows() -> Iterator[tuple[Any, ...]]:
        while batch := cur.fetchmany(chunk):
            yield from batch

    return columns, rows()


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
