"""Opening a database: new, foreign, newer, and the URL forms of `open_store`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.store import SqliteStore, StoreError, open_store
from lagebild.store.sqlite import APPLICATION_ID, CACHE_KIB, SCHEMA_VERSION


def test_text_file_is_not_a_lagebild_database(tmp_path: Path) -> None:
    notes = tmp_path / "notizen.txt"
    notes.write_text("Das ist keine Datenbank, sondern eine Einkaufsliste.\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notizen.txt is not a lagebild database"):
        SqliteStore(notes)
    assert notes.read_text(encoding="utf-8").startswith("Das ist keine")  # left untouched


def test_other_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE articles (x)")
    conn.close()
    with pytest.raises(StoreError, match="is not a lagebild database"):
        SqliteStore(other)
    with sqlite3.connect(other) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer lagebild"):
        SqliteStore(path)


def test_new_and_empty_files_get_the_schema(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    for path in (empty, tmp_path / "new.db"):
        SqliteStore(path).close()
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_missing_directory_gives_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        SqliteStore(tmp_path / "gibt-es-nicht" / "x.db")


def test_open_store_accepts_paths_and_sqlite_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for target, created in [
        ("plain.db", tmp_path / "plain.db"),
        ("sqlite:///relative.db", tmp_path / "relative.db"),
        (f"sqlite:///{tmp_path}/absolute.db", tmp_path / "absolute.db"),
    ]:
        with open_store(target) as store:
            assert store.count_articles() == 0
        assert created.exists(), target
    with open_store(":memory:") as store:
        assert store.count_articles() == 0


def test_open_store_refuses_postgresql_for_now() -> None:
    with pytest.raises(StoreError, match="PostgreSQL backend not yet available"):
        open_store("postgresql://user@localhost/news")


def test_the_connection_gets_a_bounded_page_cache(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    assert store.connection.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    assert CACHE_KIB * 1024 <= 128 * 1024 * 1024  # memory stays bounded
    store.close()
