"""Fixtures for story tests: the five seed articles as `Article`s, and both index kinds."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from lagebild.model import Article
from lagebild.stories import MemoryStoryIndex, StoryIndex

#: Publication dates the seed files carry (or not): 000 dated, 001 only a month, 002/003 unknown.
SEED_DATES = {"000": "2023-07-28", "001": "2023-07", "002": None, "003": None, "004": "2023-09-11"}

_END = re.compile(r"^(LINKS$|Mehr zum Thema|\d+ Kommentare)")
_JUNK = re.compile(r"piwik|^Empfohlener externer Inhalt|^Wir würden Ihnen hier|^Ich bin damit einverstanden")


def crude_clean(raw: str) -> tuple[str, str]:
    """(title, body) of a flattened seed dump: strip `| ` wrappers and markdown quote marks,
    stop at the link list or comment thread. Good enough for term statistics, not for display."""
    lines = []
    for line in raw.splitlines():
        text = re.sub(r"^\s*\|\s?|\s*\|\s*\|?\s*$", "", line).lstrip("#> ").strip()
        if _END.match(text):
            break
        if not _JUNK.search(text):
            lines.append(text)
    paragraphs = [p for p in "\n".join(lines).split("\n\n") if p.strip()] or [""]
    title = next((ln for ln in lines if ln), "")
    return title, "\n\n".join(paragraphs)


def seed_article(path: Path) -> Article:
    """One seed file as an `Article` (lagebild.clean is not used: it is being written concurrently)."""
    title, body = crude_clean(path.read_text(encoding="utf-8"))
    number = path.name[:3]
    return Article(
        id=path.stem.split("_", 1)[1],
        source=str(path),
        format="txt",
        body=body,
        title=title,
        language="de",
        published=SEED_DATES[number],
    )


@pytest.fixture(scope="session")
def seed_articles(seeds_dir: Path) -> dict[str, Article]:
    """Seed number ("000".."004") -> Article."""
    return {p.name[:3]: seed_article(p) for p in sorted(seeds_dir.glob("*.txt"))}


def _sqlite_index() -> StoryIndex:
    from lagebild.store.story_tables import SqliteStoryIndex

    return SqliteStoryIndex(sqlite3.connect(":memory:", isolation_level=None))


@pytest.fixture(params=["memory", "sqlite"])
def new_index(request: pytest.FixtureRequest) -> Callable[[], StoryIndex]:
    """Makes fresh, empty story indexes of each implementation."""
    return MemoryStoryIndex if request.param == "memory" else _sqlite_index


@pytest.fixture
def story_index(new_index: Callable[[], StoryIndex]) -> StoryIndex:
    """A fresh, empty story index of each implementation."""
    return new_index()
