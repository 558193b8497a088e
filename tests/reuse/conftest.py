"""Both reuse index implementations, so every test runs against memory and SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from lagebild.reuse import MemoryReuseIndex, ReuseIndex
from lagebild.store.reuse_tables import SqliteReuseIndex


@pytest.fixture(params=["memory", "sqlite"])
def index(request: pytest.FixtureRequest) -> Iterator[ReuseIndex]:
    if request.param == "memory":
        yield MemoryReuseIndex()
        return
    conn = sqlite3.connect(":memory:", isolation_level=None)
    yield SqliteReuseIndex(conn)
    conn.close()
