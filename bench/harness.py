"""What the benchmarks share: a replicated corpus, the floor loop, and timed `claimwatch run`s.

A run is measured from outside, as a user starts it: a `claimwatch run` subprocess
whose process tree (the flow process, the temporary Prefect server, pool or Dask
workers) is polled for resident memory, with CPU time from the reaped children.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "aeb" / "html"
CLAIMWATCH = str(Path(sys.executable).with_name("claimwatch"))
GIB = 1024**3
MIB = 1024**2


def corpus_pages(corpus: Path = CORPUS) -> list[Path]:
    pages = sorted(corpus.glob("*.html.gz"))
    if not pages:
        raise SystemExit(f"no .html.gz pages in {corpus}")
    return pages


def replicate(pages: list[Path], n: int, dest: Path) -> Path:
    """``n`` documents under distinct ids: page ``i % len(pages)`` copied as ``c<k>-<id>.html.gz``.

    The copy number leads the name, so a run (which reads files in name order) meets the
    pages in the same mix in every batch, as a feed would, and a smaller corpus is the
    first documents of a bigger one: RSS(1,000) and RSS(5,000) compare the same batches.
    (``<id>-<k>`` put the ~28 copies of one page side by side: a 5,000-document run had
    batches of four pages, its biggest ones among them, that a 1,000-document run never saw.)
    """
    names = [f"c{i // len(pages):03d}-{pages[i % len(pages)].name}" for i in range(n)]
    if dest.is_dir() and sorted(p.name for p in dest.iterdir()) == sorted(names):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for i, name in enumerate(names):
        shutil.copyfile(pages[i % len(pages)], dest / name)
    return dest


@dataclass(frozen=True, slots=True)
class Floor:
    docs: int
    seconds: float
    cpu: float

    @property
    def rate(self) -> float:
        return self.docs / self.seconds


def floor_loop(pages: list[Path], n: int) -> Floor:
    """Trafilatura cleaning plus the project's extractor over ``n`` replicated pages: no Prefect, no DB.

    The pages are read into memory first (reading is not the work being measured);
    each document goes through the same calls as the pipeline's worker."""
    from extractors import extract_claims, extract_quantities
    from flows.clean import clean_html

    raws = [gzip.decompress(p.read_bytes()) for p in pages]
    clean_html(raws[0])  # import-time and first-call costs belong to neither side
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(n):
        try:
            cleaned = clean_html(raws[i % len(raws)])
        except Exception:  # a page trafilatura rejects is skipped, as in the pipeline
            continue
        extract_quantities(cleaned.text)
        extract_claims(cleaned.text, cleaned.published)
    return Floor(n, time.perf_counter() - t0, time.process_time() - c0)


@dataclass(frozen=True, slots=True)
class RunResult:
    label: str
    docs: int
    seconds: float
    startup: float  # until the flow run began (imports, temporary Prefect server)
    changes: float  # the change pass: from the last stored batch to the end of flag-changes
    cpu: float  # user+sys of the whole process tree
    peak_rss: int  # the largest sum of RSS over the process tree, sampled every 50 ms
    peak_rss_main: int  # the claimwatch process alone
    peak_rss_stream: int  # the tree's peak until the last batch was stored (before the change pass)
    summary: str
    returncode: int

    @property
    def rate(self) -> float:
        return self.docs / self.seconds


class _TreeRss:
    """Resident memory of a process tree, cheap enough to sample every 50 ms.

    Finding the tree (``children(recursive=True)``) reads every process's stat file on
    the machine; done at every sample it cost the benchmark ~20% of a core, taken from
    the run it measured. The tree is looked up once a second, and each sample reads
    only the known processes' ``statm``: a worker is seen within a second of starting,
    still importing, long before its memory peaks.
    """

    REFRESH = 1.0

    def __init__(self, root: psutil.Process) -> None:
        self.root = root
        self.procs: list[psutil.Process] = [root]
        self.found_at = float("-inf")

    def sample(self) -> tuple[int, int]:
        """(RSS of the whole tree, RSS of the root), in bytes."""
        now = time.monotonic()
        if now - self.found_at >= self.REFRESH:
            with contextlib.suppress(psutil.Error):
                self.procs = [self.root, *self.root.children(recursive=True)]
            self.found_at = now
        total = main = 0
        for proc in self.procs:
            with contextlib.suppress(psutil.Error):
                rss = proc.memory_info().rss
                total += rss
                if proc is self.root:
                    main = rss
        return total, main


def claimwatch_run(
    label: str,
    sources: list[str],
    db: Path,
    docs: int,
    *,
    workers: int = 1,
    runner: str = "local",
    env: dict[str, str] | None = None,
    extra: list[str] | None = None,
) -> RunResult:
    """Run ``claimwatch run`` once and measure it from outside."""
    cmd = [CLAIMWATCH, "run", *sources, "--db", str(db), "--workers", str(workers), "--runner", runner, *(extra or [])]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Prefect's INFO lines (the start and end marks read below) print only in verbose mode.
        env={**os.environ, "CLAIMWATCH_VERBOSE": "1", **(env or {})},
        cwd=REPO,
    )
    ps = psutil.Process(proc.pid)
    marks: dict[str, float] = {}
    err_lines: list[str] = []

    def read_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.perf_counter() - t0
            if "Beginning flow run" in line:
                marks.setdefault("began", now)
            elif "Finished in state" in line and "Task run 'store-batch" in line:
                marks["stored"] = now
            elif "Finished in state" in line and "Task run 'flag-changes" in line:
                marks["changes"] = now
            err_lines.append(line)

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    samples: list[tuple[float, int]] = []
    peak_main = 0
    tree = _TreeRss(ps)
    while proc.poll() is None:
        total, main = tree.sample()
        samples.append((time.perf_counter() - t0, total))
        peak_main = max(peak_main, main)
        time.sleep(0.05)
    peak = max((rss for _, rss in samples), default=0)
    seconds = time.perf_counter() - t0
    out = proc.stdout.read() if proc.stdout else ""
    reader.join(timeout=5)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = out.strip().splitlines()[-1] if out.strip() else ""
    # A run that crashed part way (exit 1 is also "some inputs failed") must not pass for a
    # fast one: every document has to be accounted for as stored or unchanged.
    m = re.search(r"documents: (\d+) stored, (\d+) unchanged \| failures: (\d+)", summary)
    if proc.returncode not in (0, 1) or not m or int(m[1]) + int(m[2]) != docs:
        sys.stderr.write("".join(err_lines[-40:]))
        raise SystemExit(
            f"{label}: claimwatch run exited {proc.returncode} and did not account for"
            f" all {docs} documents: {summary!r}"
        )
    nan = float("nan")
    stored_at = marks.get("stored", float("inf"))
    peak_stream = max((rss for t, rss in samples if t <= stored_at), default=0)
    changes = marks["changes"] - marks["stored"] if "changes" in marks and "stored" in marks else nan
    return RunResult(
        label,
        docs,
        seconds,
        marks.get("began", nan),
        changes,
        cpu,
        peak,
        peak_main,
        peak_stream,
        summary,
        proc.returncode,
    )


def fresh_db(workdir: Path, name: str) -> Path:
    db = workdir / f"{name}.duckdb"
    for p in workdir.glob(f"{name}.duckdb*"):
        p.unlink()
    return db


def tree_peak_rss(proc: subprocess.Popen[str], kill_over: int | None = None, every: float = 0.05) -> tuple[int, bool]:
    """Sample ``proc``'s process tree until it exits: (its peak summed RSS in bytes, killed).

    Past ``kill_over`` bytes the tree is killed (SIGKILL to ``proc``'s process group, so
    start it with ``start_new_session=True``) rather than let it take the machine."""
    tree = _TreeRss(psutil.Process(proc.pid))
    peak, killed = 0, False
    while proc.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, tree.sample()[0])
        if kill_over is not None and peak > kill_over and not killed:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 9)
            killed = True
        time.sleep(every)
    return peak, killed
