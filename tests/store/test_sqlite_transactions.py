"""Transactions: all or nothing, nested blocks as savepoints, index tables included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lagebild.model import Article
from lagebild.store import SqliteStore

ArticleMaker = Callable[..., Article]


class Boom(Exception):
    pass


def test_exception_rolls_back_every_write_of_the_block(
    store: SqliteStore, make_article: ArticleMaker
) -> None:
    store.add_article(make_article(0))
    run_id = store.start_run(["a.txt"])
    with pytest.raises(Boom), store.transaction():
        store.add_article(make_article(1))
        store.update_article(make_article(0).id, story="s")
        store.record_error(run_id, "b.txt", "kaputt")
        raise Boom
    assert [a.id for a in store.iter_articles()] == [make_article(0).id]
    assert store.get_article(make_article(0).id).story is None  # type: ignore[union-attr]
    assert list(store.iter_errors()) == []
    # the store is usable afterwards
    with store.transaction():
        store.add_article(make_article(2))
    assert store.count_articles() == 2


def test_writes_commit_at_the_end_of_the_block(tmp_path: Path, make_article: ArticleMaker) -> None:
    writer = SqliteStore(tmp_path / "x.db")
    reader = SqliteStore(tmp_path / "x.db")
    with writer.transaction():
        writer.add_article(make_article(1))
        assert reader.count_articles() == 0  # not visible before commit
    assert reader.count_articles() == 1
    writer.close()
    reader.close()


def test_nested_block_failure_undoes_only_the_inner_block(
    store: SqliteStore, make_article: ArticleMaker
) -> None:
    with store.transaction():
        store.add_article(make_article(1))
        with pytest.raises(Boom), store.transaction():
            store.add_article(make_article(2))
            raise Boom
        with store.transaction():
            store.add_article(make_article(3))
    assert [a.id for a in store.iter_articles()] == [make_article(1).id, make_article(3).id]


def test_outer_failure_undoes_committed_inner_blocks(store: SqliteStore, make_article: ArticleMaker) -> None:
    with pytest.raises(Boom), store.transaction():
        with store.transaction():
            store.add_article(make_article(1))
        raise Boom
    assert store.count_articles() == 0


def test_other_tables_on_the_connection_share_the_transaction(store: SqliteStore) -> None:
    store.connection.execute("CREATE TABLE IF NOT EXISTS story_probe (id TEXT)")
    with pytest.raises(Boom), store.transaction():
        store.connection.execute("INSERT INTO story_probe VALUES (?)", ("s1",))
        raise Boom
    assert store.connection.execute("SELECT count(*) FROM story_probe").fetchone()[0] == 0
