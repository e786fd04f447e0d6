"""The fault report (``bench/faults.py``) as a test: many bad inputs, no crash, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.faults import URLS, run_faults
from tests.flows.cli_runs import prefect_api_fixture  # noqa: F401

pytestmark = pytest.mark.slow


def test_fault_report_has_no_crash_and_no_lost_input(tmp_path: Path, prefect_api: str) -> None:
    report = run_faults(tmp_path, copies=2, env={"PREFECT_API_URL": prefect_api})
    print(report.line())
    assert report.tried >= 2 * 25 + len(URLS)  # ~27 bad files a set, every fault URL, missing paths
    assert report.crashes == 0
    assert report.errors == 0  # no rule of ours raised on any document or sentence
    assert report.lost == 0
    assert report.escapes == 0  # nothing read from outside the sources (symlinks out of the folder)
    assert report.unexpected == []  # and each one ended the way it should
    assert report.exit_code == 1  # some inputs failed, and the exit code says so
    assert report.stored > 0 and report.failed > report.stored
