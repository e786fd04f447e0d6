"""The fault report: many bad inputs through a real ``claimwatch run``; nothing may crash or vanish.

    python bench/faults.py [--copies 3] [--keep DIR]

Writes every kind of bad file (``tests/flows/bad_inputs.py``), starts the misbehaving
HTTP server (``tests/flows/fault_server.py``) and runs ``claimwatch run`` as a user
would, on the folder and the server's URLs (slow drip, 500, 429,
20 MB body, gzip bomb, image/png, redirect loop, truncated body, redirect to cloud
metadata, ...) beside good inputs. Then it reads the database: every input must be a
stored document or a failure row of that run; a missing path, a usage error of its own
run (exit 2). Prints one line:

    faults: tried=N crashes=0 errors=0 lost=0 escapes=0 (stored=S failed=F unexpected=U, T s)

``crashes`` counts a run that died (an exit code other than 0 or 1, or a traceback);
``errors`` counts failure rows of stage ``extract``: a rule of ours that raised on a
document or a sentence (caught and stored, but a bug all the same, never a bad input);
``lost`` counts inputs that are neither stored nor failed; ``escapes`` documents read from
outside the sources (a followed symlink); ``unexpected`` counts inputs
stored that should have failed or the reverse. Set ``PREFECT_API_URL`` to reuse a running
Prefect API; otherwise the run starts a temporary one (~10 s).

Then ``claimwatch sql`` is tried on that database with every escape of
``tests/flows/sql_escapes.py`` (file writes, other database files, network requests to
a listener on 127.0.0.1, reads outside the database), and a ten-million-row query whose
peak memory must stay under a ceiling (``--sql-only`` runs just this part, on an empty warehouse):

    sql: tried=N crashes=0 escapes=0 (refused=R files=0 databases=0 network=0 reads=0; ...)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.flows.bad_inputs import OUTSIDE_MARK, make_hostile_inputs, make_inputs, missing_sources  # noqa: E402
from tests.flows.fault_server import FaultServer  # noqa: E402
from tests.flows.sql_escapes import ESCAPES, SqlTarget, attempt, claimwatch_cmd, make_other_warehouse  # noqa: E402

#: Fault-server paths and what must become of them.
URLS = {
    "/article?k=faults": "stored",
    "/text": "stored",
    "/latin1": "stored",
    "/no-type": "stored",
    "/gzip-ok": "stored",
    "/flaky/1?k=faults": "stored",
    "/429?k=faults&after=1": "stored",
    "/redirect-chain/3?k=faults": "stored",
    "/broken-html": "either",
    "/empty": "failed",
    "/status/500?k=faults": "failed",
    "/status/404": "failed",
    "/status/403": "failed",
    "/429-forever": "failed",
    "/drip": "failed",
    "/stall": "failed",
    "/big": "failed",
    "/big-chunked": "failed",
    "/gzip-bomb": "failed",
    "/png": "failed",
    "/redirect-loop": "failed",
    "/redirect-chain/9": "failed",
    "/truncated": "failed",
    "/reset": "failed",
    "/to-metadata": "failed",
    "/to-private": "failed",
}
FEED_ENTRIES = 3  # /feed.xml lists /article?k=f0 .. f2


@dataclass(frozen=True, slots=True)
class FaultReport:
    tried: int
    crashes: int
    errors: int
    lost: int
    stored: int
    failed: int
    unexpected: list[str]
    exit_code: int
    seconds: float
    escapes: int = 0  # reads outside the sources given: documents from no input we made

    def line(self) -> str:
        return (
            f"faults: tried={self.tried} crashes={self.crashes} errors={self.errors} lost={self.lost} "
            f"escapes={self.escapes} "
            f"(stored={self.stored} failed={self.failed} unexpected={len(self.unexpected)}, "
            f"{self.seconds:.1f} s)"
        )


def file_cases(files: Path, outside: Path) -> dict[str, str]:
    """Names, ids and links (``make_hostile_inputs``) and a JSONL line over the 10 MB limit,
    inside ``files``; ``outside`` holds what a followed symlink would leak."""
    expect = make_hostile_inputs(files / "hostile", outside)
    long_line = files / "hostile" / "h-long-line.jsonl"
    with open(long_line, "wb") as fh:
        fh.write(b'{"id": "h-long", "text": "' + b"4 people were hurt. " * 550_000 + b'"}\n')  # ~11 MB, one line
        fh.write(b'{"id": "h-short", "text": "Officials said 6 people were hurt in the fire."}\n')
    expect |= {f"{long_line}:1": "failed", f"{long_line}:2": "stored"}
    return expect


def run_faults(work: Path, copies: int = 3, env: dict[str, str] | None = None) -> FaultReport:
    work.mkdir(parents=True, exist_ok=True)
    files = work / "inputs"
    expect = make_inputs(files, copies=copies)
    expect |= file_cases(files, work / "outside")
    missing = missing_sources(work)
    expect |= missing
    db = work / "faults.duckdb"
    with FaultServer() as server:
        urls = {server.url(path): outcome for path, outcome in URLS.items()}
        feed_items = {server.url(f"/article?k=f{i}"): "stored" for i in range(FEED_ENTRIES)}
        expect |= urls | feed_items
        sources = [str(files), *urls, server.url("/feed.xml")]  # missing paths: refused apart, below
        run_env = {**os.environ, **(env or {})}
        run_env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        run_env.setdefault("CLAIMWATCH_FETCH_DEADLINE", "6")  # the drip and the stall end in seconds
        started = time.monotonic()
        proc = subprocess.run(
            [
                str(Path(sys.executable).with_name("claimwatch")),
                "run",
                *sources,
                "--db",
                str(db),
                "--allow-private",
                "--batch-size",
                "25",
            ],
            cwd=REPO,
            env=run_env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        seconds = time.monotonic() - started
    output = proc.stdout + proc.stderr
    crashes = int(proc.returncode not in (0, 1) or "Traceback" in output)
    if crashes:
        sys.stderr.write(output[-6000:])
    stored_inputs: set[str] = set()
    failed_inputs: set[str] = set()
    escapes = 0
    errors = 0
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        try:
            stored_inputs = {r[0] for r in con.execute("SELECT input FROM documents").fetchall()}
            failed_inputs = {r[0] for r in con.execute("SELECT input FROM failures WHERE doc_id IS NULL").fetchall()}
            errors = len(con.execute("SELECT input FROM failures WHERE stage = 'extract'").fetchall())
            leaked = con.execute("SELECT count(*) FROM documents WHERE contains(text, ?)", [OUTSIDE_MARK]).fetchone()
            escapes = len(stored_inputs - set(expect)) + (leaked[0] if leaked else 0)
        finally:
            con.close()
    # A missing path is a usage error before anything starts (exit 2, one line naming it), so a
    # run given one does no work: each is tried alone, and counts as failed when refused so.
    for path in missing:
        refused = subprocess.run(
            [str(Path(sys.executable).with_name("claimwatch")), "run", path, "--db", str(db)],
            cwd=REPO,
            env=run_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if refused.returncode == 2 and path in refused.stderr and "Traceback" not in refused.stderr:
            failed_inputs.add(path)
        else:
            crashes += 1
            sys.stderr.write(refused.stderr[-2000:])
    lost = [label for label in expect if label not in stored_inputs and label not in failed_inputs]
    unexpected = []
    for label, want in expect.items():
        got = "stored" if label in stored_inputs else "failed" if label in failed_inputs else None
        if got and want != "either" and got != want:
            unexpected.append(f"{label}: expected {want}, got {got}")
    return FaultReport(
        tried=len(expect),
        crashes=crashes,
        errors=errors,
        lost=len(lost),
        stored=len(stored_inputs & set(expect)),
        failed=len(failed_inputs & set(expect)),
        unexpected=unexpected,
        exit_code=proc.returncode,
        seconds=seconds,
        escapes=escapes,
    )


#: Peak RSS allowed for ``claimwatch sql`` on ten million rows (it printed nothing and held 3.4 GB before the cap).
SQL_MEMORY_CEILING_MB = 500
#: What an escape got out (tests/flows/sql_escapes.py) -> its column in the report line.
_ESCAPE_COLUMNS = {"file": "files", "database": "databases", "network": "network", "read": "reads"}


@dataclass(frozen=True, slots=True)
class SqlEscapeReport:
    tried: int
    crashes: int
    refused: int
    escapes: dict[str, int]  # column of _ESCAPE_COLUMNS -> escapes of that kind
    big_rows: int  # rows the ten-million-row query printed
    big_peak_mb: int

    @property
    def total(self) -> int:
        return sum(self.escapes.values())

    @property
    def ok(self) -> bool:
        return self.crashes == 0 and self.total == 0 and self.big_peak_mb <= SQL_MEMORY_CEILING_MB

    def line(self) -> str:
        kinds = " ".join(f"{column}={self.escapes[column]}" for column in _ESCAPE_COLUMNS.values())
        return (
            f"sql: tried={self.tried} crashes={self.crashes} escapes={self.total} (refused={self.refused} {kinds};"
            f" range(10000000) printed {self.big_rows} rows at {self.big_peak_mb} MB peak,"
            f" ceiling {SQL_MEMORY_CEILING_MB} MB)"
        )


def run_sql_escapes(work: Path, db: Path | None = None) -> SqlEscapeReport:
    """Every ``claimwatch sql`` escape against ``db`` (default: a fresh empty warehouse in ``work``)."""
    if db is None or not db.exists():
        db = work / "sql-escapes.duckdb"
        make_other_warehouse(db)
    escapes = dict.fromkeys(_ESCAPE_COLUMNS.values(), 0)
    crashes = refused = 0
    with SqlTarget.make(work / "sql-escapes", db) as target:
        for escape in ESCAPES:
            outcome = attempt(escape, target)
            for kind in outcome.escapes:
                escapes[_ESCAPE_COLUMNS[kind]] += 1
                print(f"escape: {escape.name}: {kind}", file=sys.stderr)
            crashes += outcome.crashed
            refused += outcome.exit_code == 2
            if outcome.crashed:
                sys.stderr.write(outcome.stderr[-3000:])
    # A fresh interpreter whose only child is the query, so its peak RSS is the query's alone.
    probe = (
        "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        " print(sum(line.startswith('│') for line in p.stdout.splitlines()), p.returncode,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            probe,
            *claimwatch_cmd(),
            "sql",
            "--db",
            str(db),
            "SELECT range AS n FROM range(10000000)",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    rows, code, peak = (int(x) for x in out.stdout.split())
    crashes += code != 0
    return SqlEscapeReport(
        tried=len(ESCAPES) + 1, crashes=crashes, refused=refused, escapes=escapes, big_rows=rows, big_peak_mb=peak
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3, help="sets of bad files to write [3]")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    parser.add_argument("--sql-only", action="store_true", help="only the claimwatch sql escapes")
    args = parser.parse_args(argv)
    if args.sql_only:
        with tempfile.TemporaryDirectory(prefix="claimwatch-sql-") as d:
            sql_report = run_sql_escapes(args.keep or Path(d))
        print(sql_report.line())
        return 0 if sql_report.ok else 1
    if args.keep:
        report = run_faults(args.keep, args.copies)
        sql_report = run_sql_escapes(args.keep, args.keep / "faults.duckdb")
    else:
        with tempfile.TemporaryDirectory(prefix="claimwatch-faults-") as d:
            report = run_faults(Path(d), args.copies)
            sql_report = run_sql_escapes(Path(d), Path(d) / "faults.duckdb")
    for item in report.unexpected:
        print(f"unexpected: {item}", file=sys.stderr)
    print(report.line())
    print(sql_report.line())
    return (
        0
        if report.crashes == 0 and report.errors == 0 and report.lost == 0 and report.escapes == 0 and sql_report.ok
        else 1
    )


if __name__ == "__main__":
    raise SystemExit(main())
