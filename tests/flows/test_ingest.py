"""The ingest flow end to end on a real Prefect API (the session harness) and a real DuckDB file."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from extractors import extract_claims
from flows.ingest import run_ingest
from warehouse import db as warehouse_db

from ..conftest import SEEDS

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture()
def inputs(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    (src / "note.txt").write_text("Officials said 12 people were evacuated from the town on Friday.\n")
    (src / "empty.txt").write_text("")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    return src


def _count(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_ingest_stores_every_input_or_its_failure_and_reruns_add_nothing(inputs, tmp_path):
    db = tmp_path / "cw.duckdb"
    n_seed_docs = 1 + len(list((SEEDS / "html").glob("*.html.gz")))
    summary = run_ingest([str(inputs)], str(db))
    assert summary.stored == n_seed_docs + 1
    assert summary.failures == 1
    assert [f.input for f in summary.failure_rows] == [str(inputs / "empty.txt")]
    assert "empty" in summary.failure_rows[0].reason
    assert summary.skipped_files == [str(inputs / "scan.pdf")]
    assert _count(db, "SELECT count(*) FROM articles") == n_seed_docs + 1

    # The stored claims are exactly what the extractor finds in the stored text.
    with duckdb.connect(str(db), read_only=True) as con:
        text, published = con.execute(
            "SELECT d.text, d.published FROM articles a JOIN documents d USING (doc_id, version)"
            " WHERE doc_id = '000_577a8f38bb14521c'"
        ).fetchone()
        stored = con.execute(
            "SELECT text, char_start FROM figures WHERE doc_id = '000_577a8f38bb14521c' ORDER BY char_start"
        ).fetchall()
        for claim_text, start in stored:
            assert text[start : start + len(claim_text)] == claim_text
    assert published.isoformat() == "2024-08-15"
    expected = [(c.quantity.text, c.quantity.start) for c in extract_claims(text, published)]
    assert stored == expected
    claims_before = _count(db, "SELECT count(*) FROM claims")
    assert summary.claims == claims_before

    again = run_ingest([str(inputs)], str(db))
    assert (again.stored, again.unchanged, again.claims) == (0, n_seed_docs + 1, 0)
    assert _count(db, "SELECT count(*) FROM documents") == n_seed_docs + 1
    assert _count(db, "SELECT count(*) FROM claims") == claims_before
    assert _count(db, "SELECT count(*) FROM runs WHERE status = 'completed'") == 2


def test_an_edited_file_becomes_a_new_version(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    page = src / "story.txt"
    page.write_text("At least 10 people were killed in the storm, police said.\n")
    db = tmp_path / "v.duckdb"
    run_ingest([str(src)], str(db))
    page.write_text("At least 14 people were killed in the storm, police said on Tuesday.\n")
    summary = run_ingest([str(src)], str(db))
    assert summary.stored == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT doc_id, version FROM articles").fetchall() == [("story", 2)]
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_artifacts_are_published(inputs, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    run_ingest([str(inputs / "kursk-captives.jsonl")], str(tmp_path / "a.duckdb"))
    with get_client(sync_client=True) as client:
        for key in ("changed-figures", "run-summary", "ingest-progress"):
            found = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
            assert found, f"no artifact with key {key}"
        summary = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["run-summary"])))
        assert "claimwatch run" in str(summary[0].data)
    warehouse_db.close(tmp_path / "a.duckdb")


def test_a_warm_rerun_still_completes_the_progress_artifact(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Twelve people were injured, police said.\n")
    db = str(tmp_path / "p.duckdb")
    run_ingest([str(src)], db)
    again = run_ingest([str(src)], db)
    assert again.unchanged == 1
    with get_client(sync_client=True) as client:
        latest = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ingest-progress"])),
            sort=ArtifactSort.CREATED_DESC,
            limit=1,
        )
    assert float(latest[0].data) == 100.0
