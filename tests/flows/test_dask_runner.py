"""The same flow on other task runners: a two-process pool and a two-worker Dask cluster.

Each runner must store exactly the rows the default runner stores (documents,
quantities, claims), whatever order its batches finish in.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import duckdb
import pytest

from extractors.errors import ConfigError
from flows.ingest import run_ingest
from flows.runners import make_task_runner

from ..conftest import SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

# Run ids and version timestamps differ between runs; everything else must match.
_QUERIES = {
    "documents": "SELECT doc_id, version, input, url, title, published, content_type, raw_hash, content_hash,"
    " text FROM documents",
    "quantities": "SELECT doc_id, version, char_start, char_end, text, low, high, qualifier, kind, unit"
    " FROM quantities",
    "claims": "SELECT claim_id, doc_id, char_start, char_end, text, low, high, counted, event, place,"
    " time_text, time_start, time_end, scope, source, modality, sentence FROM claims",
}


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in _QUERIES.items()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    shutil.copytree(SEEDS, src / "seeds")
    return src


@pytest.fixture(scope="module")
def reference(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[object, ...]]]:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    # Batches of 4, so the parallel runners below really get several batches in flight.
    summary = run_ingest([str(inputs)], str(db), batch_size=4)
    assert summary.stored == 20 and summary.failures == 0
    rows = _rows(db)
    assert len(rows["claims"]) > 50  # the seeds are full of figures: an empty result would prove nothing
    return rows


def test_dask_cluster_with_two_workers_stores_the_same_rows(inputs, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        address = cluster.scheduler_address.removeprefix("tcp://")
        with distributed.get_task_stream(client) as stream:
            summary = run_ingest(
                [str(inputs)], str(tmp_path / "dask.duckdb"), workers=2, runner=f"dask://{address}", batch_size=4
            )
    # The 5 batches were Dask tasks, spread over both worker processes.
    ran = [t for t in stream.data if str(t["key"]).startswith("clean_and_extract")]
    assert len(ran) == 5
    assert len({t["worker"] for t in ran}) == 2
    # Submitted as impure: named by a fresh id, not by hashing 4 pages, the task and its context.
    for t in ran:
        suffix = str(t["key"]).removeprefix("clean_and_extract-")
        assert str(uuid.UUID(suffix)) == suffix  # a token would be 32 bare hex digits
    assert summary.stored == 20 and summary.failures == 0
    assert _rows(tmp_path / "dask.duckdb") == reference


def test_process_pool_with_two_workers_stores_the_same_rows(inputs, reference, tmp_path):
    summary = run_ingest([str(inputs)], str(tmp_path / "pool.duckdb"), workers=2, batch_size=4)
    assert summary.stored == 20 and summary.failures == 0
    assert _rows(tmp_path / "pool.duckdb") == reference


def test_a_local_cluster_gives_each_worker_one_batch_at_a_time():
    runner = make_task_runner("dask", 2)
    with runner:
        assert runner.client is not None  # the cluster starts on first use
        assert runner._cluster.scheduler.WORKER_SATURATION == 1.0  # Dask's default, 1.1, queues a second


def test_runner_choice_is_checked():
    with pytest.raises(ConfigError, match="unknown runner"):
        make_task_runner("spark", 2)
    with pytest.raises(ConfigError, match="at least 1"):
        make_task_runner("local", 0)
