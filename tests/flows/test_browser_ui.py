"""The Prefect UI as the analyst's dashboard, seen in a real (headless) Chromium.

A real ``prefect server start``; ``claimwatch run seeds`` against it in a subprocess;
then Debian's chromium, driven by Playwright, opens the flow run page, the
``changed-figures`` key page (its history) and the artifact itself, and the test
reads the run and the artifact's rows from the rendered DOM. Expected values come
from the run's DuckDB file, not from this file. Screenshots go to the test's tmp dir.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.flows.prefect_server import PrefectServer

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def wait_for_texts(page, texts: list[str], timeout_ms: int = 45_000) -> str:
    """Wait until every text is in the rendered page (the UI is a SPA that loads data after paint)."""
    page.wait_for_function("texts => texts.every(t => document.body && document.body.innerText.includes(t))",
                           arg=texts, timeout=timeout_ms)
    return str(page.inner_text("body"))


def test_a_run_and_its_changed_figures_are_visible_in_the_ui(real_prefect_server: PrefectServer, browser,
                                                            tmp_path):
    server = real_prefect_server
    db = tmp_path / "ui.duckdb"
    claimwatch = shutil.which("claimwatch", path=str(Path(sys.executable).parent)) or "claimwatch"
    done = subprocess.run([claimwatch, "run", str(REPO / "seeds"), "--db", str(db)], env=server.env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr

    # What the UI must show, read from the database the run wrote.
    with duckdb.connect(str(db), read_only=True) as con:
        run_id, flow_run_id = con.execute("SELECT run_id, flow_run_id FROM runs").fetchall()[-1]
        changes = con.execute(
            "SELECT a_doc, b_doc, a_text, b_text FROM changed_figures WHERE run_id = ?"
            " ORDER BY change_id", [run_id]).fetchall()
    assert flow_run_id, "the run did not record its Prefect flow run id"
    assert changes, "the seeds should give at least one changed figure"
    flow_run = server.api("GET", f"/flow_runs/{flow_run_id}")
    assert flow_run["state_type"] == "COMPLETED"  # type: ignore[index]
    name = str(flow_run["name"])  # type: ignore[index]
    artifacts = server.api("POST", "/artifacts/filter",
                           json={"artifacts": {"key": {"any_": ["changed-figures"]},
                                               "flow_run_id": {"any_": [flow_run_id]}}})
    assert isinstance(artifacts, list) and len(artifacts) == 1
    artifact_id = artifacts[0]["id"]

    page = browser.new_page(viewport={"width": 1600, "height": 1100})
    try:
        page.goto(f"{server.url}/runs/flow-run/{flow_run_id}")
        text = wait_for_texts(page, [name, "Completed", f"run {run_id}:"])
        page.screenshot(path=str(tmp_path / "flow-run.png"), full_page=True)
        assert "ingest" in text

        page.goto(f"{server.url}/artifacts/key/changed-figures")
        wait_for_texts(page, ["changed-figures", name, f"flagged by run {run_id}"])
        page.screenshot(path=str(tmp_path / "artifact-history.png"), full_page=True)

        page.goto(f"{server.url}/artifacts/artifact/{artifact_id}")
        first = changes[:50]  # the UI renders every row of a table artifact (27 seen at once)
        needles = [f"{len(changes)} Items"]
        for row in first:
            needles += list(row)
        text = wait_for_texts(page, needles)
        page.screenshot(path=str(tmp_path / "changed-figures.png"), full_page=True)
        # The rows are in table cells, not only somewhere on the page.
        cells = page.locator("table td").all_inner_texts()
        for row in first:
            assert all(value in cells for value in row), row
    finally:
        page.close()
    for shot in ("flow-run.png", "artifact-history.png", "changed-figures.png"):
        assert (tmp_path / shot).stat().st_size > 10_000
