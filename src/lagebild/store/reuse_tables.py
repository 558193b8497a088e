"""`ReuseIndex` on SQLite tables prefixed `reuse_`, for the product's incremental runs.

The connection is the store's (opened with isolation_level=None); this class never begins,
commits or rolls back, so an article's reuse rows land in the caller's per-article
transaction. Tables, per indexed article: one `reuse_articles` row (adding order = `seq`),
one `reuse_bodies` row, ≤ 16 `reuse_bands` rows, ~0.4 × word count `reuse_fingerprints`
rows (clustered on the hash: WITHOUT ROWID) and its passage occurrences. Lookups are B-tree probes: O(log N) each, posting
lists capped at `max_postings`. Writes: the fingerprint B-tree is keyed by a random hash,
so one article's commit dirties up to one leaf page per fingerprint (~150 pages for a
400-word article): bounded per article, but the main cost of a file-backed run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from lagebild.model import Occurrence, Passage
from lagebild.reuse.index import MAX_POSTINGS, IndexedArticle

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reuse_articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    duplicate_of TEXT
);
CREATE INDEX IF NOT EXISTS reuse_articles_body_hash ON reuse_articles (body_hash, seq);
CREATE TABLE IF NOT EXISTS reuse_bodies (
    article TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reuse_bands (
    band INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (band, article)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reuse_fingerprints (
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (hash, article)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reuse_passages (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reuse_occurrences (
    passage INTEGER NOT NULL,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    ord INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS reuse_occurrences_article ON reuse_occurrences (article);
CREATE INDEX IF NOT EXISTS reuse_occurrences_passage ON reuse_occurrences (passage, ord);
"""

#: SQLite's default limit on host parameters is 32766 since 3.32; stay far below it.
_CHUNK = 500


class SqliteReuseIndex:
    """`ReuseIndex` over an open SQLite connection; creates its tables if missing."""

    def __init__(self, conn: sqlite3.Connection, max_postings: int = MAX_POSTINGS) -> None:
        self.conn = conn
        self.max_postings = max_postings
        for statement in _SCHEMA.split(";"):
            # One statement at a time: executescript() would COMMIT the caller's transaction.
            if statement.strip():
                conn.execute(statement)

    def has(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM reuse_articles WHERE id = ?", (article_id,)) is not None

    def add_article(self, article: IndexedArticle) -> None:
        if self.has(article.article_id):
            return
        cur = self.conn.execute(
            "INSERT INTO reuse_articles (id, body_hash, duplicate_of) VALUES (?, ?, ?)",
            (article.article_id, article.body_hash, article.duplicate_of),
        )
        seq = int(cur.lastrowid or 0)
        self.conn.execute(
            "INSERT INTO reuse_bodies (article, body) VALUES (?, ?)", (article.article_id, article.body)
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO reuse_bands (band, article) VALUES (?, ?)",
            [(band, seq) for band in set(article.bands)],
        )
        first_positions: dict[int, int] = {}
        for fingerprint, position in article.fingerprints:
            first_positions.setdefault(fingerprint, position)
        full = self._full_fingerprints(list(first_positions))
        self.conn.executemany(
            "INSERT INTO reuse_fingerprints (hash, article, pos) VALUES (?, ?, ?)",
            [(h, seq, pos) for h, pos in first_positions.items() if h not in full],
        )

    def order(self, article_id: str) -> int | None:
        row = self._one("SELECT seq FROM reuse_articles WHERE id = ?", (article_id,))
        return int(row[0]) - 1 if row else None

    def first_with_hash(self, body_hash: str) -> str | None:
        row = self._one(
            "SELECT id FROM reuse_articles WHERE body_hash = ? ORDER BY seq LIMIT 1", (body_hash,)
        )
        return str(row[0]) if row else None

    def duplicate_of(self, article_id: str) -> str | None:
        row = self._one("SELECT duplicate_of FROM reuse_articles WHERE id = ?", (article_id,))
        return row[0] if row else None

    def band_candidates(self, bands: Sequence[int]) -> list[str]:
        found: dict[int, str] = {}
        for chunk in _chunks(list(set(bands))):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT a.seq, a.id FROM reuse_bands AS b JOIN reuse_articles AS a ON a.seq = b.article "
                f"WHERE b.band IN ({marks})",
                chunk,
            )
            found.update(rows)
        return [found[seq] for seq in sorted(found)]

    def fingerprint_hits(self, hashes: Sequence[int]) -> dict[str, int]:
        postings: dict[int, list[str]] = {}
        for chunk in _chunks(list(set(hashes))):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT f.hash, a.id FROM reuse_fingerprints AS f JOIN reuse_articles AS a ON a.seq = f.article "
                f"WHERE f.hash IN ({marks})",
                chunk,
            )
            for fingerprint, article_id in rows:
                postings.setdefault(fingerprint, []).append(article_id)
        counts: dict[str, int] = {}
        for holders in postings.values():
            if len(holders) < self.max_postings:
                for article_id in holders:
                    counts[article_id] = counts.get(article_id, 0) + 1
        return counts

    def _full_fingerprints(self, hashes: list[int]) -> set[int]:
        """The hashes whose posting list already holds `max_postings` articles (boilerplate)."""
        full: set[int] = set()
        for chunk in _chunks(hashes):
            marks = ",".join("?" * len(chunk))
            full.update(
                h
                for (h,) in self.conn.execute(
                    f"SELECT hash FROM reuse_fingerprints WHERE hash IN ({marks}) GROUP BY hash HAVING count(*) >= ?",
                    [*chunk, self.max_postings],
                )
            )
        return full

    def body(self, article_id: str) -> str | None:
        row = self._one("SELECT body FROM reuse_bodies WHERE article = ?", (article_id,))
        return str(row[0]) if row else None

    def passages_touching(self, article_id: str) -> list[tuple[int, Passage]]:
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT passage FROM reuse_occurrences WHERE article = ? ORDER BY passage",
                (article_id,),
            )
        ]
        return [(pid, self._passage(pid)) for pid in ids]

    def save_passage(self, passage_id: int | None, passage: Passage) -> int:
        if passage_id is None:
            cur = self.conn.execute("INSERT INTO reuse_passages (text) VALUES (?)", (passage.text,))
            passage_id = int(cur.lastrowid or 0)
            first_new = 0
        else:
            self.conn.execute("UPDATE reuse_passages SET text = ? WHERE id = ?", (passage.text, passage_id))
            stored = [
                Occurrence(*row)
                for row in self.conn.execute(
                    'SELECT article, start, "end" FROM reuse_occurrences WHERE passage = ? ORDER BY ord',
                    (passage_id,),
                )
            ]
            # A group usually grows by one article at the end: append only the new occurrences
            # instead of rewriting the group (which made a group of k copies cost O(k^2) writes).
            if stored == passage.occurrences[: len(stored)]:
                first_new = len(stored)
            else:
                self.conn.execute("DELETE FROM reuse_occurrences WHERE passage = ?", (passage_id,))
                first_new = 0
        self.conn.executemany(
            'INSERT INTO reuse_occurrences (passage, article, start, "end", ord) VALUES (?, ?, ?, ?, ?)',
            [(passage_id, o.article, o.start, o.end, i) for i, o in enumerate(passage.occurrences)][first_new:],
        )
        return passage_id

    def delete_passage(self, passage_id: int) -> None:
        self.conn.execute("DELETE FROM reuse_occurrences WHERE passage = ?", (passage_id,))
        self.conn.execute("DELETE FROM reuse_passages WHERE id = ?", (passage_id,))

    def iter_passages(self) -> Iterator[Passage]:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM reuse_passages ORDER BY id")]
        for pid in ids:
            yield self._passage(pid)

    def size(self) -> dict[str, int]:
        tables = {
            "articles": "reuse_articles",
            "fingerprints": "reuse_fingerprints",
            "bands": "reuse_bands",
            "passages": "reuse_passages",
            "occurrences": "reuse_occurrences",
        }
        # Table names come from the constant above, never from input.
        return {
            key: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for key, t in tables.items()
        }

    def _passage(self, passage_id: int) -> Passage:
        text = self._one("SELECT text FROM reuse_passages WHERE id = ?", (passage_id,))
        rows = self.conn.execute(
            'SELECT article, start, "end" FROM reuse_occurrences WHERE passage = ? ORDER BY ord',
            (passage_id,),
        )
        return Passage(str(text[0]) if text else "", [Occurrence(a, s, e) for a, s, e in rows])

    def _one(self, sql: str, params: Sequence[object]) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self.conn.execute(sql, params).fetchone()
        return row


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]
