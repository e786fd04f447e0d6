"""A run whose database is on a full filesystem: one line naming the cause, exit code 4, no
traceback, and a database the next run completes.

The full filesystem is real: a 40 MB tmpfs mounted in a private mount namespace
(``unshare -Urm``: a user namespace, so no root is needed where they are allowed), and
filled with a file. Skipped where user namespaces or mounts are not allowed.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.flows.cli_runs import (
    REPO,
    claimwatch_cmd,
    cli_env,
    consistency_problems,
    prefect_api_fixture,  # noqa: F401
    query,
)

pytestmark = pytest.mark.slow

PREFECT_LOG_LINE = re.compile(r"\d\d:\d\d:\d\d\.\d+ \| ")

SIZE_KB = 40 * 1024
SCRIPT = """
set -u
M="$1"; OUT="$2"; shift 2
mount -t tmpfs -o size={size}k tmpfs "$M" || exit 97
run() {{ "$@" run {seeds} --db "$M/w.duckdb" > "$OUT/$N.out" 2> "$OUT/$N.err"; echo $? > "$OUT/$N.rc"; }}
# 1: some 300 kB left, less than the seeds' documents take
dd if=/dev/zero of="$M/filler" bs=1k count={nearly} 2>/dev/null
N=1 run "$@"
# 2: not a byte left
rm -f "$M/filler"; dd if=/dev/zero of="$M/filler" bs=64k 2>/dev/null
N=2 run "$@"
# 3: space again
rm -f "$M/filler"
N=3 run "$@"
cp "$M"/w.duckdb "$OUT/"
"""


def namespaces_allowed() -> bool:
    try:
        return subprocess.run(["unshare", "-Urm", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def test_a_full_disk_ends_the_run_in_one_line_and_the_next_run_completes(tmp_path: Path, prefect_api: str) -> None:
    if not namespaces_allowed():
        pytest.skip("no user and mount namespaces here (unshare -Urm) to mount a small tmpfs")
    mnt, out = tmp_path / "small", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    script = SCRIPT.format(size=SIZE_KB, nearly=SIZE_KB - 300, seeds=shlex.quote(str(REPO / "seeds")))
    done = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", script, "sh", str(mnt), str(out), *claimwatch_cmd()],
        cwd=REPO,
        env=cli_env(prefect_api),
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert done.returncode == 0, done.stderr
    for n in (1, 2):
        err = (out / f"{n}.err").read_text()
        assert (out / f"{n}.rc").read_text().strip() == "4", err[-3000:]
        assert "Traceback" not in err and "no transaction is active" not in err, err[-3000:]
        # Prefect's own timestamped log lines may follow (its event worker flushes at exit);
        # of the command's own output, the one line is the last, and it names the cause.
        ours = [line for line in err.strip().splitlines() if not PREFECT_LOG_LINE.match(line)]
        assert ours[-1].startswith("claimwatch: no space left on device: cannot write "), ours[-3:]
        assert sum("no space left" in line for line in ours) == 1, ours[-5:]
    # The next run, with room again, stores what the full disk refused and runs the change pass.
    assert (out / "3.rc").read_text().strip() == "0", (out / "3.err").read_text()[-3000:]
    db = out / "w.duckdb"
    assert consistency_problems(db) == []
    assert query(db, "SELECT count(DISTINCT doc_id) FROM documents") == [(20,)]
    statuses = [s for (s,) in query(db, "SELECT status FROM runs ORDER BY started_at")]
    assert statuses[-1] == "completed" and "running" not in statuses, statuses
