"""The README's sample outputs are what the commands print: run them as a reader would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow
CLAIMWATCH = str(Path(sys.executable).with_name("claimwatch"))


def _output_after(marker: str) -> str:
    """The ```text block (a shown output) that follows the first line containing ``marker``."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.compile(r"```text\n(.*?)```", re.S).search(text, text.index(marker))
    assert m, f"no output block after {marker!r}"
    return m.group(1)


def test_the_changes_sample_is_what_claimwatch_changes_prints_for_the_seeds(tmp_path):
    db = tmp_path / "seeds.duckdb"
    env = {**os.environ, "COLUMNS": "130", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("CLAIMWATCH_DB", None)
    env.pop("CLAIMWATCH_CONFIG", None)
    # As the README says: from the repository folder, so claimwatch.toml's pins apply.
    ran = subprocess.run([CLAIMWATCH, "run", "--db", str(db)], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=300)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    shown = subprocess.run([CLAIMWATCH, "changes", "--db", str(db)], cwd=REPO, env=env, capture_output=True,
                           text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    readme = _output_after("claimwatch changes --db /tmp/seeds.duckdb")
    assert [line.rstrip() for line in shown.stdout.splitlines()] == [line.rstrip() for line in readme.splitlines()]


def test_the_seed_table_is_what_claimwatch_stores(tmp_path):
    import duckdb

    db = tmp_path / "seed.duckdb"
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    ran = subprocess.run([CLAIMWATCH, "run", str(REPO / "seeds" / "kursk-captives.jsonl"), "--db", str(db),
                          "--no-config"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute(
            "SELECT text, qualifier, coalesce(CAST(low AS INT)::VARCHAR, '') || '–' || coalesce(CAST(high AS INT)"
            "::VARCHAR, ''), counted, coalesce(time_text, ''), scope, coalesce(source, ''), modality FROM figures"
            " WHERE doc_id = '000_577a8f38bb14521c' ORDER BY char_start").fetchall()
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| text | qualifier | low–high |"):].split("\n\n")[0].splitlines()[2:]
    readme = [tuple(cell.strip() for cell in row.strip("|").split("|")) for row in table]
    assert readme == [tuple(str(v) for v in row) for row in stored]
