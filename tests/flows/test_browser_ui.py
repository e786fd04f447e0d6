"""The Prefect UI as the analyst's dashboard, seen in a real (headless) Chromium at 1400×900.

A real ``prefect server start``; ``claimwatch run seeds`` against it in a subprocess;
then Debian's chromium, driven by Playwright, opens the flow run, the
``changed-figures`` table, the ``figure-timelines`` chart and the ``run-summary``, and
the test reads them from the rendered DOM: what an analyst must read is inside the
viewport without scrolling, and the chart has been drawn. Expected values come from the
run's DuckDB file, not from this file. Screenshots go to the test's tmp dir.
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
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 900}


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
    page.wait_for_function(
        "texts => texts.every(t => document.body && document.body.innerText.includes(t))", arg=texts, timeout=timeout_ms
    )
    return str(page.inner_text("body"))


def assert_in_viewport(page, locator, what: str) -> None:
    box = locator.bounding_box()
    assert box is not None, f"{what} is not rendered"
    inside = (
        box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= VIEWPORT["width"] + 1
        and box["y"] + box["height"] <= VIEWPORT["height"] + 1
    )
    assert inside, f"{what} is outside the 1400×900 viewport: {box}"


def _artifact_id(server: PrefectServer, key: str, flow_run_id: str) -> str:
    found = server.api(
        "POST",
        "/artifacts/filter",
        json={"artifacts": {"key": {"any_": [key]}, "flow_run_id": {"any_": [flow_run_id]}}},
    )
    assert isinstance(found, list) and len(found) == 1, (key, found)
    return str(found[0]["id"])


def test_a_run_its_changed_figures_and_their_timeline_are_readable_in_the_ui(
    real_prefect_server: PrefectServer, browser, tmp_path
):
    server = real_prefect_server
    db = tmp_path / "ui.duckdb"
    claimwatch = shutil.which("claimwatch", path=str(Path(sys.executable).parent)) or "claimwatch"
    done = subprocess.run(
        [claimwatch, "run", str(REPO / "seeds"), "--db", str(db)],
        env=server.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr

    # What the UI must show, read from the database the run wrote.
    with duckdb.connect(str(db), read_only=True) as con:
        run_id, flow_run_id = con.execute("SELECT run_id, flow_run_id FROM runs").fetchall()[-1]
        changes = con.execute(
            "SELECT coalesce(story, story_id), quantity, a_text, b_text, change_kind, a_url, b_url"
            " FROM changed_figures WHERE run_id = ? ORDER BY 1, quantity, b_published, change_id",
            [run_id],
        ).fetchall()
        n_stories = con.execute("SELECT count(DISTINCT story_id) FROM figure_timelines").fetchone()[0]
    assert flow_run_id, "the run did not record its Prefect flow run id"
    assert changes, "the seeds should give at least one changed figure"
    story, quantity, a_text, b_text, kind, a_url, b_url = changes[0]
    flow_run = server.api("GET", f"/flow_runs/{flow_run_id}")
    assert flow_run["state_type"] == "COMPLETED"  # type: ignore[index]
    name = str(flow_run["name"])  # type: ignore[index]

    page = browser.new_page(viewport=VIEWPORT)
    try:
        page.goto(f"{server.url}/runs/flow-run/{flow_run_id}")
        text = wait_for_texts(page, [name, "Completed", f"run {run_id}:"])
        page.screenshot(path=str(tmp_path / "flow-run.png"))
        assert "ingest" in text

        # The change table: story, quantity, both values and the kind in the first row, on screen.
        page.goto(f"{server.url}/artifacts/artifact/{_artifact_id(server, 'changed-figures', flow_run_id)}")
        wait_for_texts(page, [f"{len(changes)} Item", story[:20], b_text[:12]])
        page.screenshot(path=str(tmp_path / "changed-figures.png"))
        header = page.locator("table th").all_inner_texts()
        assert [h.strip().lower() for h in header[:4]] == ["story", "quantity", "from → to", "change"], header
        first = page.locator("table tbody tr").first
        cells = first.locator("td")
        # Values are elided past 16 characters (with "…"), names past 24 and 36.
        for i, (what, values) in enumerate(
            [
                ("story", [story[:20]]),
                ("quantity", [quantity[:30]]),
                ("both values", [a_text[:12], b_text[:12]]),
                ("change", [kind]),
            ]
        ):
            assert all(v in cells.nth(i).inner_text() for v in values), (what, values, cells.nth(i).inner_text())
            assert_in_viewport(page, cells.nth(i), f"the first row's {what}")
        # Articles are title links to the article, not 64-character hashes.
        hrefs = first.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert {u for u in (a_url, b_url) if u} <= set(hrefs), hrefs
        assert not any(len(t) >= 64 and t.isalnum() for t in page.inner_text("table").split())

        # The timeline chart: an <img> of the SVG, decoded and drawn, its top on screen.
        page.goto(f"{server.url}/artifacts/artifact/{_artifact_id(server, 'figure-timelines', flow_run_id)}")
        wait_for_texts(page, ["Figure timelines", story[:30]])
        charts = page.locator("img[alt^='timeline of']")
        charts.first.wait_for(state="visible", timeout=30_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll(\"img[alt^='timeline of']\")]"
            ".every(i => i.complete && i.naturalWidth > 0)",
            timeout=30_000,
        )
        assert charts.count() == min(n_stories, 20)
        size = charts.first.evaluate("i => [i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().top]")
        assert size[0] > 400 and size[1] > 150, size
        assert size[2] < VIEWPORT["height"], "the first chart starts below the fold"
        page.screenshot(path=str(tmp_path / "figure-timelines.png"))

        # The run summary: counts, then per story each quantity's figures with article links.
        page.goto(f"{server.url}/artifacts/artifact/{_artifact_id(server, 'run-summary', flow_run_id)}")
        text = wait_for_texts(page, [f"claimwatch run {run_id}", story[:30], quantity[:30]])
        page.screenshot(path=str(tmp_path / "run-summary.png"))
        assert "inputs" in text and "changes" in text
        hrefs = page.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert {u for u in (a_url, b_url) if u} <= set(hrefs)

        # The by-story summary is not cut at 1400 px: nothing in it is wider than its column.
        page.goto(f"{server.url}/artifacts/artifact/{_artifact_id(server, 'changed-figures-summary', flow_run_id)}")
        wait_for_texts(page, ["Changed figures", story[:30], quantity[:30]])
        page.screenshot(path=str(tmp_path / "changed-figures-summary.png"))
        body = page.locator("li").first
        assert_in_viewport(page, body, "the first quantity's figures")
        overflow = page.evaluate(
            "() => [...document.querySelectorAll('li, p, table')]"
            ".map(e => e.getBoundingClientRect().right).filter(r => r > 1400)"
        )
        assert not overflow, overflow
    finally:
        page.close()
    for shot in (
        "flow-run.png",
        "changed-figures.png",
        "figure-timelines.png",
        "run-summary.png",
        "changed-figures-summary.png",
    ):
        assert (tmp_path / shot).stat().st_size > 10_000
