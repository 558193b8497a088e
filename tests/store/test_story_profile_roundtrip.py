"""A story profile read back from SQLite keeps the parts the similarity uses (weekdays included)."""

from __future__ import annotations

import sqlite3

from lagebild.model import Article
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import assign_story


def test_profile_survives_the_store() -> None:
    index = SqliteStoryIndex(sqlite3.connect(":memory:"))
    article = Article(id="a1", source="t", format="txt", published="2024-03-06",
                      title="Brand in Heidenau", body="Am Dienstagabend brannte in Heidenau eine Halle. "
                      "Die Feuerwehr rückte am Mittwoch erneut aus.")
    story = assign_story(article, index)
    profile = index.get_profile(story.id)
    assert profile is not None
    assert profile.weekdays == (1, 2)  # Tuesday, Wednesday: the weekday part needs them in SQLite too
