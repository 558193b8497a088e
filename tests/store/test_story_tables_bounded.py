"""SqliteStoryIndex: an article joining a story does not read the story's members, and the
positions `save` appends at are the arrival order `get_story` returns."""

from __future__ import annotations

import sqlite3

from lagebild.model import Article, Story
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import MemoryStoryIndex, assign_story

BODY = (
    "In Heidenau ist eine Lagerhalle der Spedition Brecklinger abgebrannt. Die Feuerwehr war mit "
    "120 Kräften im Einsatz. Brandmeister Olaf Quendt sprach von einem Schaden in Millionenhöhe. "
)


def _articles(n: int) -> list[Article]:
    return [
        Article(id=f"f{i:02d}", source="test", format="txt", title=f"Großbrand in Heidenau: Brecklinger ({i})",
                body=BODY + f"Meldung {i}.", published=f"2024-03-{4 + i % 3:02d}")
        for i in range(n)
    ]


class NoMemberReads(SqliteStoryIndex):
    """Fails when the members of a story are read."""

    def get_story(self, story_id: str) -> Story | None:
        raise AssertionError(f"members of {story_id} read")


def test_joining_does_not_read_members_and_keeps_arrival_order() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    bounded = NoMemberReads(conn)
    stories = [assign_story(a, bounded).id for a in _articles(12)]
    assert len(set(stories)) == 1  # one story: every article but the first joined it
    index = SqliteStoryIndex(conn)
    story = index.get_story(stories[0])
    assert story is not None and story.articles == [a.id for a in _articles(12)]
    positions = [r[0] for r in conn.execute("SELECT position FROM story_articles ORDER BY position")]
    assert positions == list(range(12))
    memory = MemoryStoryIndex()
    for a in _articles(12):
        assign_story(a, memory)
    assert list(memory.iter_stories()) == list(index.iter_stories())
    assert index.story_head("nope") is None
