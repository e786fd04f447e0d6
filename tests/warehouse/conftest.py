import pytest

from warehouse import db as warehouse_db


@pytest.fixture
def con(tmp_path):
    """A migrated read-write warehouse in a fresh file, closed after the test."""
    path = tmp_path / "cw.duckdb"
    yield warehouse_db.connect(path)
    warehouse_db.close(path)
