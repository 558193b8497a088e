"""The default store: one SQLite file (`./lagebild.db` unless told otherwise).

Durability: the connection runs in autocommit mode (`isolation_level=None`) and
`transaction()` issues BEGIN IMMEDIATE / COMMIT / ROLLBACK itself, in WAL mode with
`synchronous=NORMAL`; a process killed at any point (kill -9) leaves the last committed
state intact, with no partial rows. (A power cut may lose the last few commits, never
consistency.) Identity: the file carries `PRAGMA application_id` and a schema version in
`PRAGMA user_version`, checked on open, so a wrong `--db` gives a `StoreError` that says
so instead of a traceback or a silently altered file. Every query is parameterised:
article text is attacker-controlled.

The story and reuse index tables (`story_*`, `reuse_*`) share this file and `connection`,
and so take part in the same transactions.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from lagebild.model import Article, Mention, Timex
from lagebild.store.base import MIN_PREFIX_LENGTH, AmbiguousId, Run, RunError, StoreError

#: "LAGB" in ASCII: marks a SQLite file as a lagebild database.
APPLICATION_ID = 0x4C414742
#: Bump when the schema changes, and teach `_check_or_create_schema` to migrate.
SCHEMA_VERSION = 1
#: Rows fetched per query by `iter_articles`: bounds memory, not speed (module-level so
#: tests can shrink it).
ITER_CHUNK_SIZE = 500
#: How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_MS = 10_000

_LIST_FIELDS = ("authors", "credits", "tags", "links", "captions", "related")
#: Lists of records, stored as JSON arrays of arrays in field order (compact, and the order
#: is the record's: `Mention(start, end, text, kind)`, `Timex(start, end, text, type, value)`).
_RECORD_FIELDS: dict[str, type[Mention] | type[Timex]] = {"mentions": Mention, "timexes": Timex}
_TEXT_FIELDS = (
    "id", "source", "format", "body", "title", "teaser", "url",
    "language", "outlet", "published", "story", "duplicate_of",
)  # fmt: skip
_ARTICLE_COLUMNS = _TEXT_FIELDS + _LIST_FIELDS + tuple(_RECORD_FIELDS)

_SCHEMA = f"""
CREATE TABLE articles (
    added_seq INTEGER PRIMARY KEY,  -- insertion order (rowid alias)
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    body TEXT NOT NULL,
    title TEXT, teaser TEXT, url TEXT, language TEXT, outlet TEXT, published TEXT,
    story TEXT, duplicate_of TEXT,
    {", ".join(f"{name} TEXT NOT NULL DEFAULT '[]'" for name in _LIST_FIELDS + tuple(_RECORD_FIELDS))},  -- JSON
    added_at TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    paths TEXT NOT NULL,   -- JSON array
    counts TEXT            -- JSON object, set by finish_run
);
CREATE TABLE run_errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    source TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX run_errors_by_run ON run_errors(run_id, id);
"""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _without_lone_surrogates(value: object) -> object:
    """Lone surrogates (from undecodable input) cannot be stored as UTF-8: use U+FFFD.

    One character for one, so offsets into the body stay valid.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    return value


#: Page cache of the store's connection, in KiB (64 MB).
CACHE_KIB = 65536


class SqliteStore:
    """A `Store` in one SQLite file; also exposes `connection` for the index tables.

    Input: a path (created with the schema if new or empty). Raises `StoreError` if the
    file is not a lagebild database, is from a newer lagebild, or cannot be opened.
    Cost of opening: a few pragmas; every lookup by id is an index lookup.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._depth = 0  # nesting level of transaction()
        try:
            self.connection = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open database {self.path}: {error}; check the path") from error
        try:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._check_or_create_schema()
            self.connection.execute("PRAGMA journal_mode = WAL")
            self.connection.execute("PRAGMA synchronous = NORMAL")
            self.connection.execute("PRAGMA foreign_keys = ON")
            # SQLite's default page cache is 2 MB; the reuse, story and entity indexes of a large
            # corpus are read at random, so most lookups would go to the OS. Bounded: at most
            # this much memory (measured on a 10k-article store: random lookups ~20 % cheaper).
            self.connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        except sqlite3.DatabaseError as error:
            self.connection.close()
            if "not a database" in str(error):
                raise StoreError(f"{self.path} is not a lagebild database") from error
            raise StoreError(f"cannot open database {self.path}: {error}") from error
        except StoreError:
            self.connection.close()
            raise

    def _check_or_create_schema(self) -> None:
        application_id, version, tables = self._identity()
        if application_id == 0 and tables == 0:
            with self.transaction():  # re-checked under the write lock: another process may race us
                application_id, version, tables = self._identity()
                if application_id == 0 and tables == 0:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            self.connection.execute(statement)
                    self.connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    return
        if application_id != APPLICATION_ID:
            raise StoreError(f"{self.path} is not a lagebild database")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer lagebild (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}); upgrade lagebild to use it"
            )
        if version < 1:
            raise StoreError(f"{self.path} is a damaged lagebild database (no schema version)")

    def _identity(self) -> tuple[int, int, int]:
        one = self.connection.execute
        return (
            one("PRAGMA application_id").fetchone()[0],
            one("PRAGMA user_version").fetchone()[0],
            one("SELECT count(*) FROM sqlite_master").fetchone()[0],
        )

    def _execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, params)
        except UnicodeEncodeError:
            return self.connection.execute(sql, [_without_lone_surrogates(p) for p in params])

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; nested blocks are savepoints (see `Store`).

        BEGIN IMMEDIATE takes the write lock up front, so two writing processes queue
        (up to BUSY_TIMEOUT_MS) instead of failing halfway through.
        """
        savepoint = f"lagebild_{self._depth}"
        outermost = self._depth == 0
        self.connection.execute("BEGIN IMMEDIATE" if outermost else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
            self.connection.execute("COMMIT" if outermost else f"RELEASE {savepoint}")
        except BaseException:
            if outermost:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
            else:
                self.connection.execute(f"ROLLBACK TO {savepoint}")
                self.connection.execute(f"RELEASE {savepoint}")
            raise
        finally:
            self._depth -= 1

    def close(self) -> None:
        """Close the connection (uncommitted writes of an open transaction are lost)."""
        self.connection.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- articles ------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        values: list[object] = [getattr(article, name) for name in _TEXT_FIELDS]
        values += [json.dumps(getattr(article, name), ensure_ascii=False) for name in _LIST_FIELDS]
        values += [json.dumps([astuple(r) for r in getattr(article, name)], ensure_ascii=False)
                   for name in _RECORD_FIELDS]
        placeholders = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        cursor = self._execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}, added_at) "
            f"VALUES ({placeholders}, ?) ON CONFLICT(id) DO NOTHING",
            [*values, _now()],
        )
        return cursor.rowcount == 1

    def update_article(
        self, article_id: str, *, story: str | None = None, duplicate_of: str | None = None,
        title: str | None = None,
    ) -> None:
        cursor = self._execute(
            "UPDATE articles SET story = coalesce(?, story), duplicate_of = coalesce(?, duplicate_of), "
            "title = coalesce(?, title) WHERE id = ?",
            (story, duplicate_of, title, article_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(article_id)

    def get_article(self, id_or_prefix: str) -> Article | None:
        select = f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles"
        row = self._execute(f"{select} WHERE id = ?", (id_or_prefix,)).fetchone()
        if row is not None or len(id_or_prefix) < MIN_PREFIX_LENGTH:
            return _article_from_row(row) if row is not None else None
        # A range over the unique index: every id starting with the prefix sorts in
        # [prefix, prefix + U+10FFFF) under SQLite's binary collation.
        rows = self._execute(
            f"{select} WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
            (id_or_prefix, id_or_prefix + "\U0010ffff"),
        ).fetchall()
        if len(rows) > 1:
            raise AmbiguousId(id_or_prefix, [r[0] for r in rows[:5]])
        return _article_from_row(rows[0]) if rows else None

    def iter_articles(self) -> Iterator[Article]:
        """Keyset pagination on `added_seq`: no cursor stays open between chunks, so the
        caller may write to the store while iterating. Cost: one indexed query per chunk."""
        last_seq = 0
        while True:
            rows = self._execute(
                f"SELECT added_seq, {', '.join(_ARTICLE_COLUMNS)} FROM articles "
                "WHERE added_seq > ? ORDER BY added_seq LIMIT ?",
                (last_seq, ITER_CHUNK_SIZE),
            ).fetchall()
            for row in rows:
                yield _article_from_row(row[1:])
            if len(rows) < ITER_CHUNK_SIZE:
                return
            last_seq = rows[-1][0]

    def count_articles(self) -> int:
        return int(self._execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- runs and their errors -----------------------------------------------------------

    def start_run(self, paths: list[str]) -> int:
        cursor = self._execute(
            "INSERT INTO runs (started_at, paths) VALUES (?, ?)",
            (_now(), json.dumps(paths, ensure_ascii=False)),
        )
        return cast(int, cursor.lastrowid)

    def record_error(self, run_id: int, source: str, reason: str) -> None:
        self._execute(
            "INSERT INTO run_errors (run_id, source, reason) VALUES (?, ?, ?)", (run_id, source, reason)
        )

    def iter_errors(self, run_id: int | None = None) -> Iterator[RunError]:
        cursor = self._execute(
            "SELECT run_id, source, reason FROM run_errors WHERE ? IS NULL OR run_id = ? ORDER BY id",
            (run_id, run_id),
        )
        for row in cursor.fetchall():
            yield RunError(run_id=row[0], source=row[1], reason=row[2])

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        cursor = self._execute(
            "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?", (_now(), json.dumps(counts), run_id)
        )
        if cursor.rowcount == 0:
            raise KeyError(run_id)

    def iter_runs(self) -> Iterator[Run]:
        rows = self._execute("SELECT id, started_at, paths, finished_at, counts FROM runs ORDER BY id")
        for row in rows.fetchall():
            yield Run(
                id=row[0],
                started_at=row[1],
                paths=json.loads(row[2]),
                finished_at=row[3],
                counts=json.loads(row[4]) if row[4] else {},
            )


def _article_from_row(row: Sequence[object]) -> Article:
    """A row in `_ARTICLE_COLUMNS` order back into an `Article`."""
    fields: dict[str, Any] = dict(zip(_TEXT_FIELDS, row, strict=False))
    lists = row[len(_TEXT_FIELDS) : len(_TEXT_FIELDS) + len(_LIST_FIELDS)]
    for name, value in zip(_LIST_FIELDS, lists, strict=True):
        fields[name] = json.loads(cast(str, value))
    records = row[len(_TEXT_FIELDS) + len(_LIST_FIELDS) :]
    for (name, record), value in zip(_RECORD_FIELDS.items(), records, strict=True):
        fields[name] = [record(*item) for item in json.loads(cast(str, value))]
    return Article(**fields)
