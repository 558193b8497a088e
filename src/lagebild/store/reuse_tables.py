"""`ReuseIndex` on SQLite tables prefixed `reuse_`, for the product's incremental runs.

The connection is the store's (opened with isolation_level=None); this class never begins,
commits or rolls back, so an article's reuse rows land in the caller's per-article
transaction. Tables, per indexed article: one `reuse_articles` row (adding order = `seq`),
one `reuse_bodies` row, ≤ 16 `reuse_bands` rows, ~0.4 × word count `reuse_fingerprints`
rows (clustered on the hash: WITHOUT ROWID) and its passage occurrences. Lookups are B-tree probes: O(log N) each, posting
lists capped at `max_postings`. Writes: the fingerprint B-tree is keyed by a random hash,
so one article's commit dirties up to one leaf page per fingerprint (~150 pages for a
400-word article): bounded per article, but the main cost of a file-backed run.

Occurrences are ordered inside their group by `ord` = article seq * `ORD_BLOCK` + rank among
that article's occurrences in the group: the group order (adding order, then position) without
dense numbering, so one article's occurrences are replaced (`replace_occurrences`) without
renumbering the rest of the group, and a group growing with every agency copy costs the same
per copy. Databases from before this numbering are renumbered once on open (`reuse_meta`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from lagebild.model import Occurrence, Passage
from lagebild.reuse.candidates import covering_candidates
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
CREATE TABLE IF NOT EXISTS reuse_kgrams (
    seq INTEGER PRIMARY KEY,
    hashes BLOB NOT NULL,
    starts BLOB NOT NULL
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

#: `ord` of an occurrence = its article's seq * ORD_BLOCK + its rank among the article's
#: occurrences in the group (an article never has 2**20 occurrences in one group).
ORD_BLOCK = 1 << 20

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
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reuse_meta'").fetchone() is None:
            self._renumber()  # a database from before seq-based ord (nothing to do on a new one)
            conn.execute("CREATE TABLE IF NOT EXISTS reuse_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("INSERT OR REPLACE INTO reuse_meta (key, value) VALUES ('ord', 'seq')")

    def _renumber(self) -> None:
        """Renumber `ord` from dense group positions (0, 1, 2, ...) to the seq-based numbering
        (module docstring), keeping every group's order. Once per database, O(occurrences);
        idempotent, so a run killed halfway is finished on the next open."""
        rows = self.conn.execute(
            "SELECT o.rowid, o.passage, a.seq FROM reuse_occurrences AS o JOIN reuse_articles AS a ON a.id = o.article"
            " ORDER BY o.passage, o.ord"
        ).fetchall()
        ranks: dict[tuple[int, int], int] = {}
        updates = []
        for rowid, passage, seq in rows:
            rank = ranks.get((passage, seq), 0)
            ranks[(passage, seq)] = rank + 1
            updates.append((seq * ORD_BLOCK + rank, rowid))
        if not updates:
            return
        own = not self.conn.in_transaction  # opened outside a transaction: make it one write
        if own:
            self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany("UPDATE reuse_occurrences SET ord = ? WHERE rowid = ?", updates)
        if own:
            self.conn.execute("COMMIT")

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
        if article.kgrams:
            self.conn.execute(
                "INSERT INTO reuse_kgrams (seq, hashes, starts) VALUES (?, ?, ?)", (seq, article.kgrams, article.word_starts)
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

    def top_candidates(self, hashes: Sequence[int], limit: int) -> list[str]:
        # Postings by seq (the clustered key holds it: no join per row), ids for the winners only.
        postings: dict[int, list[int]] = {}
        for chunk in _chunks(list(set(hashes))):
            marks = ",".join("?" * len(chunk))
            for fingerprint, seq in self.conn.execute(
                f"SELECT hash, article FROM reuse_fingerprints WHERE hash IN ({marks})", chunk
            ):
                postings.setdefault(fingerprint, []).append(seq)
        shared = {h: holders for h, holders in postings.items() if len(holders) < self.max_postings}
        top = covering_candidates(shared, limit, int)  # seq is the adding order
        if not top:
            return []
        marks = ",".join("?" * len(top))
        ids = dict(self.conn.execute(f"SELECT seq, id FROM reuse_articles WHERE seq IN ({marks})", top).fetchall())
        return [str(ids[seq]) for seq in top]

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

    def kgrams(self, article_id: str) -> tuple[bytes, bytes] | None:
        row = self._one(
            "SELECT k.hashes, k.starts FROM reuse_articles AS a JOIN reuse_kgrams AS k ON k.seq = a.seq WHERE a.id = ?",
            (article_id,),
        )
        return (bytes(row[0]), bytes(row[1])) if row else None

    def passages_touching(self, article_id: str) -> list[tuple[int, Passage]]:
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT passage FROM reuse_occurrences WHERE article = ? ORDER BY passage",
                (article_id,),
            )
        ]
        return [(pid, self._passage(pid)) for pid in ids]

    def passage_count(self, article_id: str) -> int:
        row = self._one("SELECT count(DISTINCT passage) FROM reuse_occurrences WHERE article = ?", (article_id,))
        return int(row[0]) if row else 0

    def occurrences_in(self, article_id: str) -> list[tuple[int, Occurrence]]:
        rows = self.conn.execute(
            'SELECT passage, start, "end" FROM reuse_occurrences WHERE article = ? ORDER BY passage, ord',
            (article_id,),
        )
        return [(int(pid), Occurrence(article_id, int(start), int(end))) for pid, start, end in rows]

    def passage(self, passage_id: int) -> Passage | None:
        if self._one("SELECT 1 FROM reuse_passages WHERE id = ?", (passage_id,)) is None:
            return None
        return self._passage(passage_id)

    def passage_size(self, passage_id: int) -> int:
        row = self._one("SELECT count(*) FROM reuse_occurrences WHERE passage = ?", (passage_id,))
        return int(row[0]) if row else 0

    def first_occurrence(self, passage_id: int) -> Occurrence | None:
        row = self._one(
            'SELECT article, start, "end" FROM reuse_occurrences WHERE passage = ? ORDER BY ord LIMIT 1', (passage_id,)
        )
        return Occurrence(str(row[0]), int(row[1]), int(row[2])) if row else None

    def replace_occurrences(self, passage_id: int, blocks: Mapping[str, Sequence[Occurrence]], text: str) -> None:
        self.conn.execute("UPDATE reuse_passages SET text = ? WHERE id = ?", (text, passage_id))
        for article_id, occurrences in blocks.items():
            base = self._seq(article_id) * ORD_BLOCK
            # A range of (passage, ord): the index finds exactly this article's rows of the group.
            self.conn.execute(
                "DELETE FROM reuse_occurrences WHERE passage = ? AND ord >= ? AND ord < ?",
                (passage_id, base, base + ORD_BLOCK),
            )
            self.conn.executemany(
                'INSERT INTO reuse_occurrences (passage, article, start, "end", ord) VALUES (?, ?, ?, ?, ?)',
                [(passage_id, o.article, o.start, o.end, base + rank) for rank, o in enumerate(occurrences)],
            )

    def _seq(self, article_id: str) -> int:
        """The article's adding number (1 = first), one index probe."""
        row = self._one("SELECT seq FROM reuse_articles WHERE id = ?", (article_id,))
        return int(row[0]) if row else ORD_BLOCK  # not indexed (never in the pipeline): after every article

    def _ords(self, occurrences: Sequence[Occurrence]) -> list[int]:
        """The `ord` of each occurrence of a group in group order (see ORD_BLOCK)."""
        seqs: dict[str, int] = {}
        ranks: dict[str, int] = {}
        ords = []
        for o in occurrences:
            if o.article not in seqs:
                seqs[o.article] = self._seq(o.article)
            rank = ranks.get(o.article, 0)
            ranks[o.article] = rank + 1
            ords.append(seqs[o.article] * ORD_BLOCK + rank)
        return ords

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
        ords = self._ords(passage.occurrences)
        self.conn.executemany(
            'INSERT INTO reuse_occurrences (passage, article, start, "end", ord) VALUES (?, ?, ?, ?, ?)',
            [(passage_id, o.article, o.start, o.end, ords[i]) for i, o in enumerate(passage.occurrences)][first_new:],
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
