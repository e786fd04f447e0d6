import duckdb
import pytest

from extractors.errors import DatabaseBusyError, WarehouseError
from warehouse import db as warehouse_db


def test_migrations_are_recorded_once_and_views_exist(con):
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
    assert versions == [v for v, _, _ in warehouse_db.migration_files()]
    assert warehouse_db.migrate(con) == []  # nothing pending the second time
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"articles", "figures", "failed_inputs", "run_log"} <= views


def test_migration_numbers_are_unique_and_dense():
    versions = [v for v, _, _ in warehouse_db.migration_files()]
    assert versions == list(range(1, len(versions) + 1))


def test_db_path_resolution_order(monkeypatch, tmp_path):
    monkeypatch.delenv(warehouse_db.DB_ENV, raising=False)
    assert str(warehouse_db.resolve_db_path()) == warehouse_db.DEFAULT_DB
    monkeypatch.setenv(warehouse_db.DB_ENV, str(tmp_path / "env.duckdb"))
    assert warehouse_db.resolve_db_path() == tmp_path / "env.duckdb"
    assert warehouse_db.resolve_db_path(tmp_path / "flag.duckdb") == tmp_path / "flag.duckdb"


def test_readonly_open_of_missing_db_is_a_clear_error(tmp_path):
    with pytest.raises(WarehouseError, match="does not exist"):
        warehouse_db.open_readonly(tmp_path / "none.duckdb")


def test_readonly_open_while_a_writer_holds_the_file(tmp_path):
    # The writer is another process in real use; DuckDB refuses a second *process* only,
    # so hold the file from a subprocess.
    import subprocess
    import sys
    import time

    path = tmp_path / "busy.duckdb"
    duckdb.connect(str(path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseBusyError, match="in use by another claimwatch process"):
            warehouse_db.open_readonly(path)
        start = time.monotonic()
        with pytest.raises(DatabaseBusyError):
            warehouse_db.connect(path, wait=0.5)
        assert time.monotonic() - start >= 0.5
    finally:
        holder.kill()
        holder.wait()


# Named columns: the failures table grows (migration 004 added doc_id and offsets).
_FAIL = "INSERT INTO failures (run_id, input, stage, error_type, reason, failed_at) VALUES "


def test_transaction_commits_or_rolls_back_whole(con):
    with warehouse_db.transaction(con):
        con.execute(_FAIL + "('r', 'a', 'load', 'InputError', 'x', now())")
    with pytest.raises(duckdb.Error), warehouse_db.transaction(con):
        con.execute(_FAIL + "('r', 'b', 'load', 'InputError', 'x', now())")
        con.execute("INSERT INTO no_such_table VALUES (1)")
    with pytest.raises(KeyboardInterrupt), warehouse_db.transaction(con):
        con.execute(_FAIL + "('r', 'c', 'load', 'InputError', 'x', now())")
        raise KeyboardInterrupt
    assert con.execute("SELECT list(input ORDER BY input) FROM failures").fetchone() == (["a"],)


def test_checkpoints_write_new_row_groups_instead_of_rewriting_old_ones(con):
    # DuckDB merges small row groups at a checkpoint; for a warehouse that grows a batch at
    # a time that meant re-reading and re-compressing everything stored at every checkpoint.
    con.execute("CREATE TABLE t (i INTEGER, s VARCHAR)")
    for batch in range(3):
        con.execute("INSERT INTO t SELECT range, repeat('x', 50) FROM range(?, ?)", [batch * 1000, (batch + 1) * 1000])
        con.execute("CHECKPOINT")
    groups = con.execute(
        "SELECT list(DISTINCT row_group_id ORDER BY row_group_id) FROM pragma_storage_info('t')"
    ).fetchone()[0]
    assert groups == [0, 1, 2]  # one per checkpoint; merged, there would be one
    assert con.execute("SELECT count(*), count(DISTINCT i) FROM t").fetchone() == (3000, 3000)


def test_drop_cached_blocks_empties_the_buffer_pool_and_restores_the_limit(con):
    # hex digests: text that compresses little, so the table takes ~100 MB of blocks
    con.execute(
        "CREATE TABLE t AS SELECT range AS i, md5(range::VARCHAR) || md5((-range)::VARCHAR)"
        " || md5((range * 7)::VARCHAR) || md5((range * 13)::VARCHAR) AS s FROM range(1000000)"
    )
    con.execute("CHECKPOINT")
    con.execute("SELECT max(s) FROM t").fetchall()  # loads the table's blocks into the pool

    def cached() -> int:
        return con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() WHERE tag = 'BASE_TABLE'").fetchone()[0]

    assert cached() > 64 * 2**20
    warehouse_db.drop_cached_blocks(con, "300MB")
    assert cached() <= 32 * 2**20
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.startswith("286")  # 300 MB in MiB, as DuckDB prints it
