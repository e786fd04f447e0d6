"""The fault report: many bad inputs through a real ``claimwatch run``; nothing may crash or vanish.

    python bench/faults.py [--copies 3] [--keep DIR] [--sql-only | --memory-only]

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

Then the memory cases (``--memory-only`` runs just these): ~10 MB inputs (an article
repeated 5,000 times, a page and a text of "1 2 3 ..."), each in its own run on one
database, then a run on ``seeds/`` on that database, which must still work. Peak RSS is
that of the run's whole process tree (``bench/harness.py``), against a stated ceiling:

    memory: numbers-list.txt (9.90 MB): stored at 540 MB peak, ceiling 1024 MB (10 s)

Then a database on a really full filesystem (a 40 MB tmpfs in a private mount namespace,
``unshare -Urm``; not tried where namespaces are not allowed): runs with 300 kB and then
0 bytes left must each end with exit 4 and one line naming it, and the next run complete.

The ``faults:`` line comes last and counts the memory inputs in (and the crashes of all).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.harness import MIB, tree_peak_rss  # noqa: E402
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
#: Feeds at URLs that do not say so (tests/flows/fault_server.py FEEDS), with relative links:
#: their entries, and what must become of each. The feeds themselves are sources, not inputs.
CONTENT_FEEDS = ("/latest", "/updates")
CONTENT_FEED_ENTRIES = {
    "/article?k=rel0": "stored",
    "/article?k=rel1": "stored",
    "/article?k=rel2": "stored",
    "http://169.254.169.254/latest/meta-data/": "failed",  # an xml:base aimed at cloud metadata
    "/more": "failed",  # a feed listed in a feed: not followed
}


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
        feed_items |= {
            (server.url(link) if link.startswith("/") else link): outcome
            for link, outcome in CONTENT_FEED_ENTRIES.items()
        }
        expect |= urls | feed_items
        feeds = [server.url("/feed.xml"), *(server.url(path) for path in CONTENT_FEEDS)]
        sources = [str(files), *urls, *feeds]  # missing paths: refused apart, below
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


#: Peak RSS allowed for the process tree of a run (the flow process and its temporary Prefect
#: server) on one ~10 MB input: measured at 500-650 MB, where a 20-document run takes ~520 MB.
#: (Before the bounds of issue 15, the repeated article peaked at 20.5 GB.)
RUN_MEMORY_CEILING_MB = 1024
#: A run past this many times its ceiling is killed rather than let take the machine.
KILL_FACTOR = 3
#: An article written for this report, ~2 kB: repeated 5,000 times it is a ~10 MB text (the issue had 4,750 copies).
MEMORY_ARTICLE = (
    "Flooding along the river valley forced 2,400 residents from their homes on Tuesday, the county "
    "emergency office said. At least 17 people were taken to hospital and 3 remain in a serious "
    "condition, according to a spokeswoman for the regional health board. Rescue crews pulled 58 "
    "people from cars and rooftops overnight, while about 900 homes lost power.\n\n"
    "The council said repairs to the two damaged bridges would cost an estimated $12 million and take "
    "at least 6 months. Rainfall of 140 millimetres fell in 24 hours, the weather service reported, "
    "nearly twice the monthly average. Officials said 11 schools would stay closed until Friday and 4 "
    "shelters had opened for displaced families.\n\n"
    "By Wednesday morning the number of evacuated residents had risen to 2,650, the mayor told "
    "reporters. Insurers estimated claims could reach 35 million euros, and farmers reported losing "
    "about 1,200 head of cattle. A volunteer group said it had delivered 7,500 meals since the weekend "
    "and that 320 volunteers were working in shifts.\n\n"
    "Engineers inspected 42 kilometres of embankment on Wednesday and found 9 places where water had "
    "seeped through. The regional transport authority said 3 rail lines were suspended and about "
    "15,000 commuters were affected each day. Power was restored to 600 of the 900 homes by the "
    "evening, the utility said, and the rest should be connected within 48 hours.\n\n"
    "Opposition councillors asked why the warning had come only 2 hours before the river broke its "
    "banks. The county executive said an inquiry would report within 90 days and that 5 million "
    "dollars had been set aside for families who lost their homes. Forecasters expect another 30 "
    "millimetres of rain over the weekend.\n\n"
    "Residents of the lower town began returning on Thursday, but police said 14 streets remained "
    "closed and at least 70 cars had been swept into the river. The health board warned that 2 cases "
    "of waterborne illness had been confirmed and urged about 8,000 households to boil their water "
    "for 10 days.\n\n"
)
MEMORY_COPIES = 5_000


def memory_inputs(folder: Path) -> dict[str, Path]:
    """The ~10 MB inputs of the memory cases: an article repeated, and a page of "1 2 3 ..."
    (as HTML and as text: the HTML one ends in the cleaner, the text one in the extractor)."""
    folder.mkdir(parents=True, exist_ok=True)
    numbers = " ".join(str(i) for i in range(1, 1_500_000))[:9_900_000]
    files = {
        "repeated-article.txt": (MEMORY_ARTICLE * MEMORY_COPIES).encode(),
        "numbers-page.html": f"<html><head><title>Numbers</title></head><body><p>{numbers}</p></body></html>".encode(),
        "numbers-list.txt": numbers.encode(),
    }
    out = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        out[name] = folder / name
    return out


@dataclass(frozen=True, slots=True)
class MemoryCase:
    name: str
    outcome: str  # stored | failed | lost | crashed | killed (inputs); usable | broken (the run after them)
    peak_mb: int
    seconds: float
    ceiling_mb: int = RUN_MEMORY_CEILING_MB

    @property
    def crashed(self) -> bool:
        return self.outcome in ("crashed", "killed", "broken")

    @property
    def ok(self) -> bool:
        return self.outcome in ("stored", "failed", "usable") and self.peak_mb <= self.ceiling_mb

    def line(self) -> str:
        over = "" if self.peak_mb <= self.ceiling_mb else " OVER THE CEILING"
        return (
            f"memory: {self.name}: {self.outcome} at {self.peak_mb} MB peak, ceiling {self.ceiling_mb} MB"
            f"{over} ({self.seconds:.0f} s)"
        )


def _measured_run(
    args: list[str], env: dict[str, str], ceiling_mb: int = RUN_MEMORY_CEILING_MB
) -> tuple[int | None, str, int, float]:
    """``claimwatch <args>`` with its process tree's peak RSS: (exit code or None if killed
    far over ``ceiling_mb``, its output, peak MB, seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [*claimwatch_cmd(), *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: killed whole if it runs away
    )
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(proc.stdout or ()), daemon=True)
    reader.start()
    peak, killed = tree_peak_rss(proc, kill_over=KILL_FACTOR * ceiling_mb * MIB)
    reader.join(timeout=10)
    return (None if killed else proc.returncode), "".join(output), peak // MIB, time.monotonic() - started


def run_memory_cases(work: Path, env: dict[str, str] | None = None) -> list[MemoryCase]:
    """Each ~10 MB input in its own ``claimwatch run`` on one database, then a run on ``seeds/``
    on that database: every input must end stored or failed within the ceiling, and the
    database must stay usable."""
    db = work / "memory.duckdb"
    run_env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", **(env or {})}
    cases = []
    for name, path in memory_inputs(work / "memory").items():
        code, output, peak, seconds = _measured_run(["run", str(path), "--db", str(db)], run_env)
        if code is None:
            outcome = "killed"
        elif code not in (0, 1) or "Traceback" in output:
            outcome = "crashed"
            sys.stderr.write(output[-3000:])
        else:
            outcome = _outcome(db, str(path))
        cases.append(MemoryCase(f"{name} ({path.stat().st_size / 1e6:.2f} MB)", outcome, peak, seconds))
    code, output, peak, seconds = _measured_run(["run", str(REPO / "seeds"), "--db", str(db)], run_env)
    usable = code == 0 and "Traceback" not in output and "| failures: 0 |" in output
    if not usable:
        sys.stderr.write(output[-3000:])
    cases.append(MemoryCase("seeds/ on the same database after them", "usable" if usable else "broken", peak, seconds))
    return cases


def _outcome(db: Path, label: str) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        if con.execute("SELECT count(*) FROM documents WHERE input = ?", [label]).fetchone() != (0,):
            return "stored"
        if con.execute("SELECT count(*) FROM failures WHERE input = ? AND doc_id IS NULL", [label]).fetchone() != (0,):
            return "failed"
        return "lost"
    finally:
        con.close()


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
    # Its process tree sampled as the runs' are (bench/harness.py), and killed far over the ceiling.
    code, output, peak, _ = _measured_run(
        ["sql", "--db", str(db), "SELECT range AS n FROM range(10000000)"], dict(os.environ), SQL_MEMORY_CEILING_MB
    )
    rows = sum(line.startswith("│") for line in output.splitlines())
    crashes += code != 0 or "Traceback" in output
    return SqlEscapeReport(
        tried=len(ESCAPES) + 1, crashes=crashes, refused=refused, escapes=escapes, big_rows=rows, big_peak_mb=peak
    )


@dataclass(frozen=True, slots=True)
class DiskReport:
    """Runs on a database on a full filesystem (``tests/flows/test_full_disk.py``): each must
    end with exit 4 and one line naming the cause, and the run after them must complete."""

    skipped: str | None
    codes: tuple[str, ...] = ()
    clean: bool = False  # every full-disk run: one line naming it, no traceback
    next_ok: bool = False

    @property
    def crashes(self) -> int:
        return 0 if self.skipped else sum(c != "4" for c in self.codes[:2]) + (not self.clean) + (not self.next_ok)

    def line(self) -> str:
        if self.skipped:
            return f"disk: full filesystem not tried ({self.skipped})"
        return (
            f"disk: database on a full filesystem (300 kB, then 0 bytes left): exit {'/'.join(self.codes[:2])}"
            f" {'with one line naming it' if self.clean else 'NOT one clean line'};"
            f" the next run {'completes' if self.next_ok else 'FAILS'} (exit {self.codes[-1]})"
        )


def run_full_disk(work: Path) -> DiskReport:
    """A real full filesystem: a 40 MB tmpfs in a private mount namespace (``unshare -Urm``)."""
    from tests.flows.test_full_disk import SCRIPT, SIZE_KB, namespaces_allowed

    if not namespaces_allowed():
        return DiskReport("no user and mount namespaces here to mount a small tmpfs")
    mnt, out = work / "full-disk", work / "full-disk-out"
    mnt.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    script = SCRIPT.format(size=SIZE_KB, nearly=SIZE_KB - 300, seeds=shlex.quote(str(REPO / "seeds")))
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    done = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", script, "sh", str(mnt), str(out), *claimwatch_cmd()],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        return DiskReport(f"the namespace script failed: {done.stderr.strip()[-200:]}")
    codes = tuple((out / f"{n}.rc").read_text().strip() for n in (1, 2, 3))
    clean = True
    for n in (1, 2):
        err = (out / f"{n}.err").read_text()
        last = err.strip().splitlines()[-1] if err.strip() else ""
        if "Traceback" in err or not last.startswith("claimwatch: no space left on device"):
            clean = False
            sys.stderr.write(err[-3000:])
    next_ok = codes[2] == "0" and "20 stored" in (out / "3.out").read_text()
    return DiskReport(None, codes, clean, next_ok)


def with_memory(report: FaultReport, cases: list[MemoryCase]) -> FaultReport:
    """The report with the memory cases' inputs counted in (the run on seeds/ is a check, not an input)."""
    inputs = [c for c in cases if c.outcome not in ("usable", "broken")]
    return replace(
        report,
        tried=report.tried + len(inputs),
        crashes=report.crashes + sum(c.crashed for c in cases),
        lost=report.lost + sum(c.outcome == "lost" for c in inputs),
        stored=report.stored + sum(c.outcome == "stored" for c in inputs),
        failed=report.failed + sum(c.outcome == "failed" for c in inputs),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3, help="sets of bad files to write [3]")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    parser.add_argument("--sql-only", action="store_true", help="only the claimwatch sql escapes")
    parser.add_argument("--memory-only", action="store_true", help="only the ~10 MB inputs, with their peak memory")
    args = parser.parse_args(argv)
    if args.sql_only:
        with tempfile.TemporaryDirectory(prefix="claimwatch-sql-") as d:
            sql_report = run_sql_escapes(args.keep or Path(d))
        print(sql_report.line())
        return 0 if sql_report.ok else 1
    if args.memory_only:
        with tempfile.TemporaryDirectory(prefix="claimwatch-memory-") as d:
            cases = run_memory_cases(args.keep or Path(d))
        for case in cases:
            print(case.line())
        return 0 if all(c.ok for c in cases) else 1
    with contextlib.ExitStack() as stack:
        work = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="claimwatch-faults-")))
        report = run_faults(work, args.copies)
        sql_report = run_sql_escapes(work, work / "faults.duckdb")
        cases = run_memory_cases(work)
        disk = run_full_disk(work)
    report = with_memory(report, cases)
    report = replace(report, crashes=report.crashes + disk.crashes)
    for item in report.unexpected:
        print(f"unexpected: {item}", file=sys.stderr)
    for case in cases:
        print(case.line())
    print(disk.line())
    print(sql_report.line())
    print(report.line())  # last: the line the project quotes
    clean = report.crashes == 0 and report.errors == 0 and report.lost == 0 and report.escapes == 0
    return 0 if clean and sql_report.ok and all(c.ok for c in cases) else 1


if __name__ == "__main__":
    raise SystemExit(main())
