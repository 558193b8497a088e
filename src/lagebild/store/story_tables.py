"""`StoryIndex` on SQLite: stories, article links, profiles and the inverted index in `story_*` tables.

The store opens the connection with isolation_level=None and wraps each article's writes in
its own BEGIN/COMMIT, so this class never begins, commits or rolls back. Tables:
- story_stories(id, title, first_published, last_published, profile JSON, seq)
- story_articles(article_id, story_id, position)        -- membership, in arrival order
- story_keys(key, story_id, seq)                         -- inverted index, seq = last update
- story_term_df(term, df), story_settings "documents"    -- corpus document frequencies (`CorpusIDF`)
Cost: `candidates` runs one indexed query per key, O(log n + per_key) each; `save` rewrites the
story row and its ~25 key rows, O(keys * log n), and appends the article after the story's last
position (one index probe, however large the story); `story_head` reads the story row only,
O(log n); `get_story` reads every member, O(log n + story size).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from lagebild.model import Story
from lagebild.stories.features import StoryFeatures
from lagebild.stories.index import rank_candidates

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS story_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS story_stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_published TEXT, last_published TEXT,
        profile TEXT NOT NULL, seq INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS story_articles (
        article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, position INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS story_articles_by_story ON story_articles (story_id, position)",
    """CREATE TABLE IF NOT EXISTS story_keys (
        key TEXT NOT NULL, story_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, story_id))""",
    "CREATE INDEX IF NOT EXISTS story_keys_by_recency ON story_keys (key, seq DESC)",
    "CREATE INDEX IF NOT EXISTS story_keys_by_story ON story_keys (story_id)",
    "CREATE INDEX IF NOT EXISTS story_stories_by_seq ON story_stories (seq)",
    "CREATE TABLE IF NOT EXISTS story_term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
)


def _profile_json(profile: StoryFeatures) -> str:
    return json.dumps(
        {"terms": profile.terms, "dates": profile.dates, "days": profile.days, "names": profile.names,
         "vector": [round(x, 5) for x in profile.vector], "weekdays": list(profile.weekdays)},
        ensure_ascii=False,
    )


def _profile_from_json(text: str) -> StoryFeatures:
    raw = json.loads(text)
    dates = raw.get("dates")
    return StoryFeatures(
        terms={str(k): float(v) for k, v in raw["terms"].items()},
        dates=(int(dates[0]), int(dates[1])) if dates else None,
        days=tuple(int(d) for d in raw.get("days", ())),
        names={str(k): float(v) for k, v in raw.get("names", {}).items()},
        vector=tuple(float(x) for x in raw.get("vector", ())),
        weekdays=tuple(int(d) for d in raw.get("weekdays", ())),
    )


class SqliteStoryIndex:
    """`StoryIndex` over an open SQLite connection (tables created if missing)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        for statement in _SCHEMA:
            conn.execute(statement)

    def setting(self, key: str) -> str | None:
        """A corpus-wide choice the stories were built with (e.g. "encoder" -> "1"), else None."""
        row = self._conn.execute("SELECT value FROM story_settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO story_settings (key, value) VALUES (?, ?)", (key, value))

    def has_stories(self) -> bool:
        return self._conn.execute("SELECT 1 FROM story_stories LIMIT 1").fetchone() is not None

    def story_of(self, article_id: str) -> str | None:
        row = self._conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def get_story(self, story_id: str) -> Story | None:
        row = self._conn.execute(
            "SELECT title, first_published, last_published FROM story_stories WHERE id = ?", (story_id,)
        ).fetchone()
        if row is None:
            return None
        articles = [
            str(r[0])
            for r in self._conn.execute(
                "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position", (story_id,)
            )
        ]
        return Story(
            id=story_id, title=row[0], articles=articles, first_published=row[1], last_published=row[2]
        )

    def story_head(self, story_id: str) -> Story | None:
        """The story record without its members (`articles` empty), or None: what an article
        joining the story needs (`assign_story`), since `save` appends by itself. Cost: O(log n)."""
        row = self._conn.execute(
            "SELECT title, first_published, last_published FROM story_stories WHERE id = ?", (story_id,)
        ).fetchone()
        if row is None:
            return None
        return Story(id=story_id, title=row[0], articles=[], first_published=row[1], last_published=row[2])

    def iter_stories(self) -> Iterator[Story]:
        ids = [str(r[0]) for r in self._conn.execute("SELECT id FROM story_stories ORDER BY rowid")]
        for story_id in ids:
            story = self.get_story(story_id)
            if story is not None:
                yield story

    def get_profile(self, story_id: str) -> StoryFeatures | None:
        row = self._conn.execute("SELECT profile FROM story_stories WHERE id = ?", (story_id,)).fetchone()
        return None if row is None else _profile_from_json(row[0])

    def candidates(self, keys: Sequence[str], per_key: int, limit: int) -> list[str]:
        query = "SELECT story_id FROM story_keys WHERE key = ? ORDER BY seq DESC LIMIT ?"
        lists = ((str(r[0]) for r in self._conn.execute(query, (key, per_key)).fetchall()) for key in keys)
        return rank_candidates(lists, limit)

    def save(self, story: Story, profile: StoryFeatures, keys: Sequence[str], new_article: str) -> None:
        seq = int(self._conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM story_stories").fetchone()[0])
        self._conn.execute(
            """INSERT INTO story_stories (id, title, first_published, last_published, profile, seq)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                 first_published = excluded.first_published, last_published = excluded.last_published,
                 profile = excluded.profile, seq = excluded.seq""",
            (story.id, story.title, story.first_published, story.last_published, _profile_json(profile), seq),
        )
        # The next position after the story's last member (positions are 0, 1, 2, ...): the same
        # number as len(all members) - 1 once appended, without reading the members.
        self._conn.execute(
            "INSERT OR IGNORE INTO story_articles (article_id, story_id, position)"
            " SELECT ?, ?, COALESCE(MAX(position) + 1, 0) FROM story_articles WHERE story_id = ?",
            (new_article, story.id, story.id),
        )
        self._conn.execute("DELETE FROM story_keys WHERE story_id = ?", (story.id,))
        self._conn.executemany(
            "INSERT OR IGNORE INTO story_keys (key, story_id, seq) VALUES (?, ?, ?)",
            [(key, story.id, seq) for key in keys],
        )

    def documents(self) -> int:
        return int(self.setting("documents") or 0)

    def term_df(self, term: str) -> int:
        row = self._conn.execute("SELECT df FROM story_term_df WHERE term = ?", (term,)).fetchone()
        return 0 if row is None else int(row[0])

    def count_terms(self, terms: Iterable[str]) -> None:
        self._conn.executemany(
            "INSERT INTO story_term_df (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1",
            [(t,) for t in set(terms)],
        )
        self.set_setting("documents", str(self.documents() + 1))
