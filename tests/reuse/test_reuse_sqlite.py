"""SqliteReuseIndex: the caller owns transactions, and state survives across connections."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reuse_texts import ROADS_A, ROADS_B, ROADS_C

from lagebild.model import Article
from lagebild.reuse import detect_reuse, iter_passages
from lagebild.store.reuse_tables import SqliteReuseIndex


def art(article_id: str, body: str) -> Article:
    return Article(id=article_id, source=f"test/{article_id}", format="txt", body=body)


def test_rollback_of_callers_transaction_undoes_everything() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = SqliteReuseIndex(conn)
    conn.execute("BEGIN")
    detect_reuse(art("a", ROADS_A), index)
    detect_reuse(art("b", ROADS_B), index)
    assert conn.in_transaction  # the index never committed on its own
    conn.execute("ROLLBACK")
    assert index.size() == dict.fromkeys(["articles", "fingerprints", "bands", "passages", "occurrences"], 0)
    assert not index.has("a")


def test_state_survives_a_new_connection(tmp_path: Path) -> None:
    path = tmp_path / "lagebild.sqlite"
    for article_id, body in [("a", ROADS_A), ("b", ROADS_B)]:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN")
        detect_reuse(art(article_id, body), SqliteReuseIndex(conn))
        conn.execute("COMMIT")
        conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    index = SqliteReuseIndex(conn)
    result = detect_reuse(art("c", ROADS_C), index)
    assert sorted(o.article for o in result.passages[0].occurrences) == ["a", "b", "c"]
    assert detect_reuse(art("d", ROADS_A), index).duplicate_of == "a"
    assert len(list(iter_passages(index))) == 1
    conn.close()
