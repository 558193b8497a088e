"""Acceptance on the five real seed articles: the Schoigu/Kim/Putin story unified in any arrival order.

The mentions come from `regex_mentions`, a stand-in for the NER model (not yet trained): it
tags the names this check is about, as written in the seed bodies, plus a few places and
demonyms that must stay apart.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from lagebild.entities import EntityIndex, MemoryEntityIndex, link_entities
from lagebild.ingest import read_paths
from lagebild.model import Article, Mention, RawDocument
from lagebild.pipeline import process_document
from lagebild.store.entity_tables import SqliteEntityIndex

# Stand-in for NER: surface patterns per kind, longer alternatives first.
NAME_PATTERNS = {
    "PER": r"Serge[ij] Schoigu|Schoigus|Schoigu|Shoigu|Kim Jong[ -][Uu]n|Kims?(?![-\w])|Wladimir Putin"
           r"|Putins?(?!\w)|Li Hongzhong|Dimitri Peskow|Peskow",
    "LOC": r"Pjöngjangs?|Nordkoreas?(?![-\w])|Russlands?(?!\w)|Moskaus?(?!\w)|Peking(?!\w)|Wladiwostok",
    "ORG": r"KCNA",
    "MISC": r"Nordkoreaner|Russen",
}

EXPECTED = {  # canonical name -> (kind, spellings that must all be in that one entity)
    "Sergej Schoigu": ("PER", {"Sergei Schoigu", "Sergej Schoigu", "Schoigu", "Shoigu", "Schoigus"}),
    "Kim Jong Un": ("PER", {"Kim Jong Un", "Kim Jong-Un", "Kim", "Kims"}),
    "Wladimir Putin": ("PER", {"Wladimir Putin", "Putin", "Putins"}),
    "Li Hongzhong": ("PER", {"Li Hongzhong"}),
    "Pjöngjang": ("LOC", {"Pjöngjang", "Pjöngjangs"}),
    "KCNA": ("ORG", {"KCNA"}),
    "Nordkorea": ("LOC", {"Nordkorea", "Nordkoreas"}),
    "Nordkoreaner": ("MISC", {"Nordkoreaner"}),
}


def regex_mentions(body: str) -> list[Mention]:
    found = [Mention(m.start(), m.end(), m.group(), kind)
             for kind, pattern in NAME_PATTERNS.items() for m in re.finditer(pattern, body)]
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    articles = [process_document(doc) for doc in read_paths([seeds_dir]) if isinstance(doc, RawDocument)]
    for article in articles:
        article.mentions = regex_mentions(article.body)
    assert len(articles) == 5
    return articles


@pytest.mark.parametrize("order", ["forward", "backward"])
@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_seed_entities_unified(seed_articles: list[Article], order: str, backend: str) -> None:
    index: EntityIndex = (MemoryEntityIndex() if backend == "memory"
                          else SqliteEntityIndex(sqlite3.connect(":memory:", isolation_level=None)))
    articles = seed_articles if order == "forward" else seed_articles[::-1]
    for article in articles:
        link_entities(article, index)
    entities = list(index.iter_entities())
    by_name = {e.name: e for e in entities}
    assert len(by_name) == len(entities), "two entities share a canonical name: a merge was missed"
    for name, (kind, spellings) in EXPECTED.items():
        entity = by_name[name]
        assert entity.kind == kind
        assert spellings <= set(entity.aliases), (name, entity.aliases)
    # Every mention of each spelling went to its entity, in all five articles.
    mentioned = {(a.id, m.start) for a in articles for m in a.mentions}
    assert {(m.article, m.start) for e in entities for m in e.mentions} == mentioned
    assert len({m.article for m in by_name["Sergej Schoigu"].mentions}) == 4  # 003 is about Putin's visit
    assert len({m.article for m in by_name["Kim Jong Un"].mentions}) == 5
