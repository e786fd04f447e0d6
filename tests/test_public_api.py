"""Each package says what it offers (``__all__``), and the extractor core stays pure."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["extractors", "warehouse"])
def test_every_name_in_all_exists_once(package):
    module = importlib.import_module(package)
    assert module.__all__, package
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []
    assert len(set(module.__all__)) == len(module.__all__)


def test_the_error_hierarchy_is_one_tree():
    import extractors

    errors = [getattr(extractors, n) for n in extractors.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, extractors.ClaimwatchError) for e in errors)
    assert issubclass(extractors.DatabaseBusyError, extractors.WarehouseError)
    assert issubclass(extractors.BlockedAddressError, extractors.FetchError)


def test_extractors_import_no_orchestration_network_or_database():
    # A fresh interpreter, so modules imported by other tests do not count.
    code = (
        "import sys, extractors; extractors.extract_claims('About 200 soldiers were captured.');"
        "print(','.join(sorted(m for m in ('prefect', 'duckdb', 'httpx', 'trafilatura', 'pyarrow')"
        " if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
