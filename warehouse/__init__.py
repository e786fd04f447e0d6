"""The DuckDB warehouse: migrations, bulk loads, analyst views and change detection.

>>> from warehouse import connect, store_batch
"""

from __future__ import annotations

from warehouse.db import DEFAULT_DB, close, connect, migrate, open_readonly, resolve_db_path, run_lock
from warehouse.records import Article, Failure, StoreResult
from warehouse.store import store_batch

__all__ = [
    "DEFAULT_DB",
    "Article",
    "Failure",
    "StoreResult",
    "close",
    "connect",
    "migrate",
    "open_readonly",
    "resolve_db_path",
    "run_lock",
    "store_batch",
]
