"""The README's sample outputs are what the commands print: run them as a reader would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow
CLAIMWATCH = str(Path(sys.executable).with_name("claimwatch"))
ENV = {k: v for k, v in os.environ.items() if k not in ("CLAIMWATCH_DB", "CLAIMWATCH_CONFIG")}
ENV.update({"COLUMNS": "130", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``claimwatch run --db …`` from the repository folder, as the README says (claimwatch.toml's pins apply)."""
    db = tmp_path_factory.mktemp("readme") / "seeds.duckdb"
    ran = subprocess.run(
        [CLAIMWATCH, "run", "--db", str(db)], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=300
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return db


def _readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def _output_after(marker: str) -> str:
    """The ```text block (a shown output) that follows the first line containing ``marker``."""
    text = _readme()
    m = re.compile(r"```text\n(.*?)```", re.S).search(text, text.index(marker))
    assert m, f"no output block after {marker!r}"
    return m.group(1)


def test_the_changes_sample_is_what_claimwatch_changes_prints_for_the_seeds(seeds_db):
    shown = subprocess.run(
        [CLAIMWATCH, "changes", "--db", str(seeds_db)], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    readme = _output_after("claimwatch changes --db /tmp/seeds.duckdb")
    assert [line.rstrip() for line in shown.stdout.splitlines()] == [line.rstrip() for line in readme.splitlines()]


def test_the_seed_table_is_what_claimwatch_stores(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        stored = con.execute(
            "SELECT text, qualifier, coalesce(CAST(low AS INT)::VARCHAR, '') || '–' || coalesce(CAST(high AS INT)"
            "::VARCHAR, ''), counted, coalesce(time_text, ''), scope, coalesce(source, ''), modality FROM figures"
            " WHERE doc_id = '000_577a8f38bb14521c' ORDER BY char_start"
        ).fetchall()
    text = _readme()
    table = text[text.index("| text | qualifier | low–high |") :].split("\n\n")[0].splitlines()[2:]
    readme = [tuple(cell.strip() for cell in row.strip("|").split("|")) for row in table]
    assert readme == [tuple(str(v) for v in row) for row in stored]
