"""`HeadlineIndex` (see `lagebild.meta.truncated_titles`) on SQLite tables `headline_*`.

Shares the store's connection and never commits: the pipeline's per-article transaction
covers these rows too. Every query is parameterised; lookups use the `key` indexes.
"""

from __future__ import annotations

import sqlite3

from lagebild.meta.truncated_titles import key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS headline_full (key TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (key, text));
CREATE TABLE IF NOT EXISTS headline_truncated (
    article TEXT PRIMARY KEY, key TEXT NOT NULL, stem TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS headline_truncated_key ON headline_truncated (key);
"""


class SqliteHeadlineIndex:
    """Full headlines and still-truncated titles, persisted beside the articles."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        for statement in _SCHEMA.strip().split(";\n"):
            conn.execute(statement)

    def add_headline(self, text: str) -> None:
        self._conn.execute("INSERT OR IGNORE INTO headline_full (key, text) VALUES (?, ?)", (key(text), text))

    def headlines(self, key: str) -> list[str]:
        rows = self._conn.execute("SELECT text FROM headline_full WHERE key = ? ORDER BY text LIMIT 50", (key,))
        return [r[0] for r in rows]

    def add_truncated(self, article_id: str, stem: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO headline_truncated (article, key, stem) VALUES (?, ?, ?)",
                           (article_id, key(stem), stem))

    def truncated(self, key: str) -> list[tuple[str, str]]:
        rows = self._conn.execute(
            "SELECT article, stem FROM headline_truncated WHERE key = ? ORDER BY article LIMIT 50", (key,))
        return [(r[0], r[1]) for r in rows]

    def remove_truncated(self, article_id: str) -> None:
        self._conn.execute("DELETE FROM headline_truncated WHERE article = ?", (article_id,))
