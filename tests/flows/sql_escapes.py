"""Ways out of ``claimwatch sql``, tried as an adversarial user would; for the tests and ``bench/faults.py``.

    with SqlTarget.make(work, db) as target:
        for escape in ESCAPES:
            outcome = attempt(escape, target)   # outcome.escapes lists what got out, if anything

Each :class:`Escape` is SQL with placeholders: ``{evil}`` a path that must not come to
exist, ``{other}`` another warehouse file that must not change, ``{db}`` the queried
database itself, ``{url}`` a real listener on 127.0.0.1 that counts every connection
(HEAD or GET, HTTP or not), ``{secret}`` a file outside the database that must not be read
nor listed.
``claimwatch sql`` runs as a real subprocess, as a user would run it.
"""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

SECRET = "not-for-sql-7f3a9c"


@dataclass(frozen=True, slots=True)
class Escape:
    name: str
    sql: str
    kind: str  # what would get out: "file", "database", "network", "read" or "config"


ESCAPES = [
    Escape("copy-to-file", "COPY (SELECT 'echo owned') TO '{evil}'", "file"),
    Escape("copy-to-other-warehouse", "COPY (SELECT 'x') TO '{other}'", "database"),
    Escape("copy-to-own-file", "COPY (SELECT 'x') TO '{db}'", "database"),
    Escape("explain-analyze-copy", "EXPLAIN ANALYZE COPY (SELECT 'x') TO '{evil}'", "file"),
    Escape("export-database", "EXPORT DATABASE '{evil}'", "file"),
    Escape("attach-read-write", "ATTACH '{other}' AS v (READ_WRITE)", "database"),
    Escape("attach-then-drop", "ATTACH '{other}' AS v (READ_WRITE); DROP TABLE v.claims", "database"),
    Escape("select-then-drop", "SELECT 1; DROP TABLE claims", "database"),
    Escape(
        "delete-inside-a-query",
        "WITH gone AS (DELETE FROM documents RETURNING *) SELECT count(*) FROM gone",
        "database",
    ),
    Escape("checkpoint", "CHECKPOINT", "database"),
    Escape(
        "extension-repository-then-install", "SET custom_extension_repository = '{url}'; INSTALL spatial", "network"
    ),
    Escape("install-from-url", "INSTALL spatial FROM '{url}'", "network"),
    Escape("set-repository", "SET custom_extension_repository = '{url}'", "network"),
    Escape("read-csv-url", "SELECT * FROM read_csv('{url}/figures.csv')", "network"),
    Escape("read-text-url", "SELECT * FROM read_text('{url}/page')", "network"),
    Escape("parquet-url-replacement-scan", "FROM '{url}/x.parquet'", "network"),
    Escape("load-httpfs", "LOAD httpfs", "network"),
    Escape("read-text-outside", "SELECT content FROM read_text('{secret}')", "read"),
    Escape("read-csv-outside", "SELECT * FROM read_csv('{secret}', header = false)", "read"),
    Escape("glob-outside", "SELECT * FROM glob('{secret_dir}/*')", "read"),
    Escape("attach-read-only", "ATTACH '{other}' AS v (READ_ONLY)", "read"),
    Escape("profile-output", "PRAGMA profile_output = '{evil}'", "file"),
    Escape("unlock-configuration", "SET lock_configuration = false", "config"),
]


class ConnectionCounter:
    """A TCP listener on 127.0.0.1 that counts every connection made to it and answers 404."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(1.0)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def __enter__(self) -> ConnectionCounter:
        self._thread.start()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def make_other_warehouse(path: Path) -> None:
    """Another claimwatch warehouse (empty, migrated) that ``sql`` must not touch."""
    from warehouse import db as warehouse_db

    warehouse_db.connect(path)
    warehouse_db.close(path)


def claimwatch_cmd() -> list[str]:
    exe = shutil.which("claimwatch", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-c", "from flows.cli import main; main()"]


def run_sql(args: list[str], timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*claimwatch_cmd(), "sql", *args], capture_output=True, text=True, timeout=timeout)


@dataclass
class SqlTarget:
    """The paths an escape aims at, and the listener that counts network attempts."""

    work: Path
    db: Path
    other: Path
    secret: Path
    counter: ConnectionCounter = field(default_factory=ConnectionCounter)

    @classmethod
    def make(cls, work: Path, db: Path) -> SqlTarget:
        work.mkdir(parents=True, exist_ok=True)
        other = work / "other.duckdb"
        if not other.exists():
            make_other_warehouse(other)
        secret = work / "outside" / "secret.txt"
        secret.parent.mkdir(exist_ok=True)
        secret.write_text(f"{SECRET}\n")
        return cls(work=work, db=db, other=other, secret=secret)

    def __enter__(self) -> SqlTarget:
        self.counter.__enter__()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.counter.__exit__(et, ev, tb)


@dataclass(frozen=True, slots=True)
class Outcome:
    escape: Escape
    exit_code: int
    stdout: str
    stderr: str
    escapes: list[str]  # what got out: "file", "database", "network", "read"; empty if nothing did
    crashed: bool  # a traceback, or an exit code other than 0 (ran harmlessly) or 2 (refused)


def attempt(escape: Escape, target: SqlTarget) -> Outcome:
    """Run one escape through ``claimwatch sql`` and look at the world around it afterwards."""
    evil = target.work / f"evil-{escape.name}"
    sql = escape.sql.format(
        evil=evil,
        other=target.other,
        db=target.db,
        url=target.counter.url,
        secret=target.secret,
        secret_dir=target.secret.parent,
    )
    before = (file_hash(target.other), file_hash(target.db), target.counter.connections)
    proc = run_sql([sql, "--db", str(target.db), "--format", "jsonl"])
    escapes = []
    if evil.exists():
        escapes.append("file")
    if (file_hash(target.other), file_hash(target.db)) != before[:2]:
        escapes.append("database")
    if target.counter.connections != before[2]:
        escapes.append("network")
    # The secret's content anywhere, or its name in the results (a listing); error messages may name the path.
    if SECRET in proc.stdout or SECRET in proc.stderr or target.secret.name in proc.stdout:
        escapes.append("read")
    crashed = proc.returncode not in (0, 2) or "Traceback" in proc.stderr
    return Outcome(escape, proc.returncode, proc.stdout, proc.stderr, escapes, crashed)
