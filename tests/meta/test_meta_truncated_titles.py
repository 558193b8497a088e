"""Completing truncated titles from headlines seen elsewhere, in both arrival orders."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.meta.truncated_titles import HeadlineIndex, MemoryHeadlineIndex, repair_titles, truncated_stem
from lagebild.model import Article
from lagebild.store.headline_tables import SqliteHeadlineIndex

FULL = "Stadtrat beschließt Haushalt: Mehr Geld für Schulen und Radwege in Nordstadt"
CUT = "Stadtrat beschließt Haushalt: Mehr Geld für Schulen und Ra…"


def _article(aid: str, title: str, related: list[str] | None = None) -> Article:
    return Article(id=aid, source=aid, format="txt", body="Text.", title=title, related=related or [])


@pytest.fixture(params=["memory", "sqlite"])
def index(request: pytest.FixtureRequest) -> HeadlineIndex:
    if request.param == "memory":
        return MemoryHeadlineIndex()
    return SqliteHeadlineIndex(sqlite3.connect(":memory:", isolation_level=None))


def test_stem() -> None:
    assert truncated_stem(CUT) == "Stadtrat beschließt Haushalt: Mehr Geld für Schulen und Ra"
    assert truncated_stem("Titel mit Punkt am Ende.") is None
    assert truncated_stem("Kurz…") is None  # too short to be sure


def test_headline_seen_first_completes_new_title(index: HeadlineIndex) -> None:
    assert repair_titles(_article("a", "Anderes Thema", related=[FULL]), index) == []
    cut = _article("b", CUT)
    assert repair_titles(cut, index) == [("b", FULL)]
    assert cut.title == FULL


def test_truncated_title_first_is_repaired_later(index: HeadlineIndex) -> None:
    cut = _article("b", CUT)
    assert repair_titles(cut, index) == []
    assert cut.title == CUT
    assert repair_titles(_article("a", "Anderes Thema", related=[FULL]), index) == [("b", FULL)]
    assert repair_titles(_article("c", "Drittes Thema", related=[FULL]), index) == []  # already repaired


def test_ambiguous_completions_are_left_alone(index: HeadlineIndex) -> None:
    repair_titles(_article("a", "Eins", related=[FULL, FULL.replace("Nordstadt", "Südstadt")]), index)
    cut = _article("b", CUT)
    assert repair_titles(cut, index) == []
    assert cut.title == CUT


def test_quotes_and_case_do_not_matter(index: HeadlineIndex) -> None:
    repair_titles(_article("a", "Eins", related=["Minister: „Wir bleiben hart“ beim Haushalt der Stadt"]), index)
    cut = _article("b", 'Minister: "Wir bleiben hart" beim Haus…')
    assert repair_titles(cut, index)
    assert cut.title == "Minister: „Wir bleiben hart“ beim Haushalt der Stadt"
