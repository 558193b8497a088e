"""Fixtures for the store tests: a fresh SQLite store and a maker of small German articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lagebild.model import Article
from lagebild.store import SqliteStore

ArticleMaker = Callable[..., Article]


def sample_article(n: int, **fields: object) -> Article:
    """Article number `n`: invented text with umlauts, so encoding bugs show."""
    values: dict[str, object] = {
        "id": f"{n:016x}",
        "source": f"fixtures/meldung-{n}.txt",
        "format": "txt",
        "body": f"Meldung {n}: Der Gemeinderat von Süderbrück beschließt die Sanierung der Brücke.",
        "title": f"Brücke in Süderbrück wird saniert ({n})",
        "language": "de",
        "published": "2024-03-0" + str(n % 9 + 1),
        "authors": ["Jörg Übel"],
        "tags": ["Verkehr", "Kommunales"],
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_article() -> ArticleMaker:
    return sample_article


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = SqliteStore(tmp_path / "lagebild.db")
    yield opened
    opened.close()
