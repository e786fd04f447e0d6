"""A rule that fails inside extraction leaves a failure row, through a real run into a real
DuckDB file (issue 13, item 1): the document is stored, the sentence's figures are
dropped, and the run counts the failure."""

from __future__ import annotations

import duckdb
import pytest

from extractors import stages
from flows.ingest import run_ingest

pytestmark = pytest.mark.usefixtures("prefect_harness")

BROKEN = (
    "Officials said 12 people were evacuated from Harlow on Friday.\n\n"
    "The Quarnish depot lost 40 trucks in the flood, the council said.\n\n"
    "About 300 volunteers helped with sandbags.\n"
)
FINE = "Rescuers reached 25 stranded drivers near the bridge on Saturday.\n"


def test_a_failing_rule_is_stored_as_a_failure_row_and_the_document_is_kept(tmp_path, monkeypatch) -> None:
    real = stages.event_phrase

    def event_phrase(sentence: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Quarnish" in sentence:
            raise RuntimeError("rule broke on purpose")
        return real(sentence, *args, **kwargs)

    # The local runner with one worker runs the batch task in this process, so the patch holds.
    monkeypatch.setattr(stages, "event_phrase", event_phrase)
    src = tmp_path / "in"
    src.mkdir()
    (src / "broken.txt").write_text(BROKEN, encoding="utf-8")
    (src / "fine.txt").write_text(FINE, encoding="utf-8")
    db = tmp_path / "cw.duckdb"

    summary = run_ingest([str(src)], str(db))

    assert summary.stored == 2  # the document with a failed sentence is still stored
    assert summary.failures == 1  # and the run counts the failure
    [row] = summary.failure_rows
    assert (row.input, row.stage, row.error_type) == (str(src / "broken.txt"), "extract", "RuntimeError")
    assert "rule broke on purpose" in row.reason
    with duckdb.connect(str(db), read_only=True) as con:
        failed = con.execute(
            "SELECT input, stage, error_type, reason, doc_id, char_start, char_end FROM failed_inputs"
        ).fetchall()
        assert len(failed) == 1
        doc_id, start, end = failed[0][4:]
        text = con.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0]
        assert text[start:end].startswith("The Quarnish depot lost 40 trucks")
        stored = con.execute("SELECT text FROM claims WHERE doc_id = ? ORDER BY char_start", [doc_id]).fetchall()
        assert [r[0] for r in stored] == ["12", "About 300"]  # only the failing sentence's figures are gone
        assert con.execute("SELECT failures, stored FROM run_log").fetchone() == (1, 2)
