"""Fixtures for tests/flows: one real Prefect server for the UI and serve tests (slow)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.flows.prefect_server import PrefectServer, prefect_server


@pytest.fixture(scope="session")
def real_prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    with prefect_server(tmp_path_factory.mktemp("prefect-server")) as server:
        yield server
