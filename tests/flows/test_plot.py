"""``claimwatch plot``: a story's timelines as SVG or PNG, and exit 2 for what it cannot draw."""

from __future__ import annotations

import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.flows.cli_runs import claimwatch_cmd
from tests.warehouse.test_incidents import article, reports
from warehouse import changes, store
from warehouse import db as warehouse_db
from warehouse.timelines import timelines


@pytest.fixture(scope="module")
def flood_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("plot") / "flood.duckdb"
    con = warehouse_db.connect(path)
    store.start_run(con, "r0", ["flood"])
    store.store_batch(con, "r0", [article(r) for r in reports("flood")])
    assert changes.flag_changes(con, "r0") >= 3
    items = timelines(con)
    warehouse_db.close(path)
    return path, items


def _plot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*claimwatch_cmd(), "plot", *args], capture_output=True, text=True, timeout=120)


def test_plot_draws_every_report_and_change_of_the_story_as_svg_and_png(flood_db, tmp_path):
    db, items = flood_db
    story = items[0].story
    svg = tmp_path / "flood.svg"
    done = _plot("--db", str(db), "--story", "marra", "-o", str(svg))  # a part of the story's name
    assert done.returncode == 0, done.stderr
    assert f"{len(items)} quantities of story {story}" in done.stderr
    root = ET.parse(svg).getroot()
    ids = [e.get("id", "") for e in root.iter()]
    reports_ = [r for t in items for r in t.reports]
    assert sum(i.startswith("cw-point") for i in ids) == sum(r.exact for r in reports_)
    assert sum(i.startswith("cw-range") for i in ids) == sum(not r.exact for r in reports_) > 0  # "more than 500"
    assert sum(i.startswith("cw-change") for i in ids) == sum(len(t.changes) for t in items)
    texts = " ".join(e.text or "" for e in root.iter())  # text stays text in the SVG
    assert story in texts and all(r.source in texts for r in reports_)
    assert all(t.quantity[:40] in texts for t in items)

    png = tmp_path / "flood.png"
    done = _plot("--db", str(db), "--story", items[0].story_id, "-o", str(png))
    assert done.returncode == 0, done.stderr
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width > 800 and height > 400


@pytest.mark.parametrize(
    ("story", "output", "code", "message"),
    [
        ("no-such-story", "x.svg", 2, "no story with changed figures matches 'no-such-story'"),
        ("marra", "x.jpg", 2, "written as .svg or .png"),
        ("marra", "x", 2, "written as .svg or .png"),
        ("marra", "missing-dir/x.svg", 4, "cannot write"),  # 4: the environment, not the usage
    ],
)
def test_plot_exits_2_or_4_with_a_clear_message_and_writes_nothing(flood_db, tmp_path, story, output, code, message):
    db, _ = flood_db
    done = _plot("--db", str(db), "--story", story, "-o", str(tmp_path / output))
    assert done.returncode == code, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / output).exists()


def test_plot_has_help_with_an_example():
    from click.testing import CliRunner

    from flows.cli import main

    result = CliRunner().invoke(main, ["plot", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--story" in result.output
