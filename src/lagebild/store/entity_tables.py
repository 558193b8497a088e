"""`EntityIndex` on SQLite: canonical entities, their spellings, lookup keys and mentions in `entity_*` tables.

The store opens the connection with isolation_level=None and wraps each article's writes in
its own BEGIN/COMMIT, so this class never begins, commits or rolls back. Tables:
- entity_entities(id, kind, name, seq)                       -- seq = creation order
- entity_forms(entity_id, form, count, position)             -- uninflected spellings, for the name
- entity_aliases(entity_id, alias, position)                  -- every surface as written
- entity_keys(kind, key, entity_id, seq)                      -- name key → entities
- entity_words(kind, word, entity_id, seq)                    -- first/last word of full person names
- entity_short_keys(kind, key, entity_id, seq)                 -- the keys of short-only entities
- entity_mentions(entity_id, article_id, start_char, end_char, text)
`entity_short_keys` is kept in step by `save` (an entity's rows go when it gains a full name), so
"the short-only entity named Bauer" is one probe even when "bauer" is a key of thousands of
full names; a database from before it existed gets it filled on open, once.
Cost: `find`/`find_by_word`/`find_short` one indexed query, O(log n + hits), O(log n + limit)
with a limit (the `*_by_seq` indexes serve ORDER BY seq LIMIT without sorting all hits);
`get_state` O(forms + keys); `save` O((forms + aliases + keys + mentions) * log n);
`entities_of` O(mentions in the article).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from lagebild.entities.canonical import canonical_name
from lagebild.entities.index import EntityState
from lagebild.entities.name_keys import is_full_name
from lagebild.model import Entity, EntityMention

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS entity_entities (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS entity_entities_by_seq ON entity_entities (seq)",
    """CREATE TABLE IF NOT EXISTS entity_forms (
        entity_id TEXT NOT NULL, form TEXT NOT NULL, count INTEGER NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (entity_id, form))""",
    """CREATE TABLE IF NOT EXISTS entity_aliases (
        entity_id TEXT NOT NULL, alias TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (entity_id, alias))""",
    """CREATE TABLE IF NOT EXISTS entity_keys (
        kind TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (kind, key, entity_id))""",
    "CREATE INDEX IF NOT EXISTS entity_keys_by_entity ON entity_keys (entity_id)",
    "CREATE INDEX IF NOT EXISTS entity_keys_by_seq ON entity_keys (kind, key, seq)",
    """CREATE TABLE IF NOT EXISTS entity_words (
        kind TEXT NOT NULL, word TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (kind, word, entity_id))""",
    "CREATE INDEX IF NOT EXISTS entity_words_by_entity ON entity_words (entity_id)",
    "CREATE INDEX IF NOT EXISTS entity_words_by_seq ON entity_words (kind, word, seq)",
    """CREATE TABLE IF NOT EXISTS entity_short_keys (
        kind TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (kind, key, entity_id))""",
    "CREATE INDEX IF NOT EXISTS entity_short_keys_by_seq ON entity_short_keys (kind, key, seq)",
    "CREATE INDEX IF NOT EXISTS entity_short_keys_by_entity ON entity_short_keys (entity_id)",
    """CREATE TABLE IF NOT EXISTS entity_mentions (
        entity_id TEXT NOT NULL, article_id TEXT NOT NULL, start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, start_char, end_char, entity_id))""",
    "CREATE INDEX IF NOT EXISTS entity_mentions_by_entity ON entity_mentions (entity_id, article_id, start_char)",
)


class SqliteEntityIndex:
    """`EntityIndex` over an open SQLite connection (tables created if missing)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        had_short_keys = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_short_keys'"
        ).fetchone() is not None
        for statement in _SCHEMA:
            conn.execute(statement)
        if not had_short_keys:
            self._fill_short_keys()

    def _fill_short_keys(self) -> None:
        """Build `entity_short_keys` for a database written before it existed (no-op when empty).
        Cost: one pass over entity_forms and entity_keys, once per database."""
        full = {str(entity_id) for entity_id, form in self._conn.execute("SELECT entity_id, form FROM entity_forms")
                if is_full_name(str(form))}
        self._conn.executemany(
            "INSERT OR IGNORE INTO entity_short_keys (kind, key, entity_id, seq) VALUES (?, ?, ?, ?)",
            [row for row in self._conn.execute("SELECT kind, key, entity_id, seq FROM entity_keys")
             if str(row[2]) not in full],
        )

    def find(self, kind: str, key: str, limit: int | None = None) -> list[str]:
        rows = self._conn.execute(
            "SELECT entity_id FROM entity_keys WHERE kind = ? AND key = ? ORDER BY seq LIMIT ?",
            (kind, key, -1 if limit is None else limit),
        )
        return [str(r[0]) for r in rows]

    def find_short(self, kind: str, key: str, limit: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT entity_id FROM entity_short_keys WHERE kind = ? AND key = ? ORDER BY seq LIMIT ?",
            (kind, key, limit),
        )
        return [str(r[0]) for r in rows]

    def find_by_word(self, kind: str, word: str, limit: int = 20) -> list[str]:
        rows = self._conn.execute(
            "SELECT entity_id FROM entity_words WHERE kind = ? AND word = ? ORDER BY seq LIMIT ?",
            (kind, word, limit),
        )
        return [str(r[0]) for r in rows]

    def get_state(self, entity_id: str) -> EntityState | None:
        row = self._conn.execute("SELECT kind FROM entity_entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        state = EntityState(entity_id, str(row[0]))
        for form, count in self._conn.execute(
            "SELECT form, count FROM entity_forms WHERE entity_id = ? ORDER BY position", (entity_id,)
        ):
            state.forms[str(form)] = int(count)
        state.aliases = self._aliases(entity_id)
        state.keys = {str(r[0]) for r in self._conn.execute(
            "SELECT key FROM entity_keys WHERE entity_id = ?", (entity_id,))}
        state.words = {str(r[0]) for r in self._conn.execute(
            "SELECT word FROM entity_words WHERE entity_id = ?", (entity_id,))}
        return state

    def keys_of(self, entity_id: str) -> set[str]:
        return {str(r[0]) for r in self._conn.execute("SELECT key FROM entity_keys WHERE entity_id = ?", (entity_id,))}

    def _aliases(self, entity_id: str) -> list[str]:
        return [str(r[0]) for r in self._conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY position", (entity_id,))]

    def save(self, state: EntityState, mentions: Sequence[EntityMention]) -> None:
        conn = self._conn
        row = conn.execute("SELECT seq FROM entity_entities WHERE id = ?", (state.id,)).fetchone()
        if row is None:
            seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM entity_entities").fetchone()[0])
            conn.execute("INSERT INTO entity_entities (id, kind, name, seq) VALUES (?, ?, ?, ?)",
                         (state.id, state.kind, canonical_name(state.forms), seq))
        else:
            seq = int(row[0])
            conn.execute("UPDATE entity_entities SET name = ? WHERE id = ?", (canonical_name(state.forms), state.id))
        conn.execute("DELETE FROM entity_forms WHERE entity_id = ?", (state.id,))
        conn.executemany(
            "INSERT INTO entity_forms (entity_id, form, count, position) VALUES (?, ?, ?, ?)",
            [(state.id, form, count, pos) for pos, (form, count) in enumerate(state.forms.items())],
        )
        known = set(self._aliases(state.id))
        first = len(known)
        new_aliases = [a for a in dict.fromkeys(state.aliases) if a not in known]
        conn.executemany(
            "INSERT INTO entity_aliases (entity_id, alias, position) VALUES (?, ?, ?)",
            [(state.id, alias, first + n) for n, alias in enumerate(new_aliases)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_keys (kind, key, entity_id, seq) VALUES (?, ?, ?, ?)",
            [(state.kind, key, state.id, seq) for key in sorted(state.keys)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_words (kind, word, entity_id, seq) VALUES (?, ?, ?, ?)",
            [(state.kind, word, state.id, seq) for word in sorted(state.words)],
        )
        if state.is_short:  # its stored forms are `state.forms`: mirror all its keys, O(keys)
            conn.execute(
                "INSERT OR IGNORE INTO entity_short_keys (kind, key, entity_id, seq)"
                " SELECT kind, key, entity_id, seq FROM entity_keys WHERE entity_id = ?", (state.id,),
            )
        else:  # a full name now: no longer a short-only entity
            conn.execute("DELETE FROM entity_short_keys WHERE entity_id = ?", (state.id,))
        conn.executemany(
            "INSERT OR IGNORE INTO entity_mentions (entity_id, article_id, start_char, end_char, text)"
            " VALUES (?, ?, ?, ?, ?)",
            [(state.id, m.article, m.start, m.end, m.text) for m in mentions],
        )

    def _entity(self, entity_id: str, mentions: list[EntityMention]) -> Entity | None:
        row = self._conn.execute("SELECT name, kind FROM entity_entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        return Entity(id=entity_id, name=str(row[0]), kind=str(row[1]), aliases=self._aliases(entity_id),
                      mentions=mentions)

    def get_entity(self, entity_id: str) -> Entity | None:
        rows = self._conn.execute(
            "SELECT article_id, start_char, end_char, text FROM entity_mentions WHERE entity_id = ?"
            " ORDER BY article_id, start_char, end_char", (entity_id,),
        )
        return self._entity(entity_id, [EntityMention(str(a), int(s), int(e), str(t)) for a, s, e, t in rows])

    def iter_entities(self) -> Iterator[Entity]:
        ids = [str(r[0]) for r in self._conn.execute("SELECT id FROM entity_entities ORDER BY seq")]
        for entity_id in ids:
            entity = self.get_entity(entity_id)
            if entity is not None:
                yield entity

    def entities_of(self, article_id: str) -> list[Entity]:
        by_entity: dict[str, list[EntityMention]] = {}
        for entity_id, start, end, text in self._conn.execute(
            "SELECT entity_id, start_char, end_char, text FROM entity_mentions WHERE article_id = ?"
            " ORDER BY start_char, end_char", (article_id,),
        ):
            by_entity.setdefault(str(entity_id), []).append(EntityMention(article_id, int(start), int(end), str(text)))
        found = [self._entity(eid, mentions) for eid, mentions in by_entity.items()]
        return [e for e in found if e is not None]
