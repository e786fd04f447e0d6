"""Running ``claimwatch`` as a real subprocess against the session's Prefect API.

The subprocesses share the API of the session's ``prefect_harness`` (started once),
so each one skips the ~5-11 s of starting a temporary server of its own.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[2]


def claimwatch_cmd() -> list[str]:
    exe = shutil.which("claimwatch", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "flows.cli"]


def cli_env(api_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PREFECT_API_URL=api_url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PYTHONUNBUFFERED="1",
        # A CLI that hangs is sent SIGABRT (``Running.finish``): faulthandler then prints every thread's stack.
        PYTHONFAULTHANDLER="1",
        PREFECT_LOGGING_LEVEL="INFO",
        COLUMNS="200",
        CLAIMWATCH_VERBOSE="1",
    )  # tests watch INFO lines
    env.pop("CLAIMWATCH_ALLOW_PRIVATE", None)
    return env


@dataclass
class Running:
    """A ``claimwatch`` subprocess whose merged output is read line by line in a thread."""

    proc: subprocess.Popen[str]
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str, count: int = 1, timeout: float = 90.0) -> bool:
        """Read output until ``text`` has appeared ``count`` times; False if the process ended first."""
        end = time.monotonic() + timeout
        found = sum(text in s for s in self.seen)
        while found < count:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {timeout} s; output so far:\n{self.output}") from None
            if line is None:
                return False
            self.seen.append(line)
            found += text in line
        return True

    def finish(self, timeout: float = 120.0) -> int:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # Fail with what the hung process was doing: its output, then every thread's stack.
            self.proc.send_signal(signal.SIGABRT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
            self._drain()
            raise AssertionError(f"claimwatch did not exit within {timeout} s; its output:\n{self.output}") from None
        self._drain()
        return code

    def _drain(self) -> None:
        while True:
            try:
                line = self.lines.get(timeout=5)
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)

    def kill(self) -> None:
        """SIGKILL the whole process group this test started (the CLI and anything it spawned)."""
        os.killpg(self.proc.pid, signal.SIGKILL)

    @property
    def output(self) -> str:
        return "".join(self.seen)


def start_cli(args: Sequence[str], api_url: str) -> Running:
    proc = subprocess.Popen(
        [*claimwatch_cmd(), *args],
        cwd=REPO,
        env=cli_env(api_url),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return Running(proc)


def run_cli(args: Sequence[str], api_url: str, timeout: float = 180.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*claimwatch_cmd(), *args], cwd=REPO, env=cli_env(api_url), text=True, capture_output=True, timeout=timeout
    )


def write_texts(folder: Path, n: int, prefix: str = "doc") -> list[str]:
    """``n`` small articles with figures; returns their document ids (file stems)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        doc_id = f"{prefix}{i:04d}"
        (folder / f"{doc_id}.txt").write_text(
            f"Report {i}. At least {i + 3} people died in the floods in Valencia on Friday, officials said.\n"
            f"About {i * 10 + 200} homes were damaged and {i + 40} people were evacuated, the mayor said.\n",
            encoding="utf-8",
        )
        ids.append(doc_id)
    return ids


def consistency_problems(db: Path) -> list[str]:
    """Everything that would make the database inconsistent, as readable lines (empty when sound)."""
    checks = {
        "documents stored twice": "SELECT doc_id, version FROM documents GROUP BY ALL HAVING count(*) > 1",
        "documents without their raw input": "SELECT doc_id, version FROM documents ANTI JOIN document_raw"
        " USING (doc_id, version)",
        "raw inputs without a document": "SELECT doc_id, version FROM document_raw ANTI JOIN documents"
        " USING (doc_id, version)",
        "claims without a document": "SELECT claim_id FROM claims ANTI JOIN documents USING (doc_id, version)",
        "quantities without a document": "SELECT doc_id FROM quantities ANTI JOIN documents USING (doc_id, version)",
        "claims stored twice": "SELECT doc_id, version, char_start FROM claims GROUP BY ALL HAVING count(*) > 1",
        "quantities stored twice": "SELECT doc_id, version, char_start FROM quantities GROUP BY ALL"
        " HAVING count(*) > 1",
        "version gaps": "SELECT doc_id FROM documents GROUP BY doc_id HAVING max(version) <> count(*)",
    }
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = []
        for what, sql in checks.items():
            rows = con.execute(sql).fetchall()
            if rows:
                out.append(f"{what}: {rows[:5]}")
        return out
    finally:
        con.close()


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session", name="prefect_api")
def prefect_api_fixture(prefect_harness: None) -> Iterator[str]:
    """The API URL of the session's Prefect harness, for ``claimwatch`` subprocesses."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness did not set an API URL"
    yield str(url)
