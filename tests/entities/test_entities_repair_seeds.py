"""The five seed articles through the shipped NER model, `repair_mentions`, then `link_entities`.

What the repair must deliver on real text: each acceptance entity single (no second entity
shares one of its spellings) and holding every spelling the articles use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.entities import MemoryEntityIndex, link_entities
from lagebild.entities.mention_repair import repair_mentions
from lagebild.ingest import read_paths
from lagebild.model import Article, RawDocument
from lagebild.pipeline import process_document

EXPECTED = {  # canonical name -> (kind, spellings that must all be in that one entity)
    "Sergej Schoigu": ("PER", {"Sergei Schoigu", "Sergej Schoigu", "Schoigu", "Shoigu", "Schoigus"}),
    "Kim Jong Un": ("PER", {"Kim Jong Un", "Kim Jong-Un", "Kim", "Kims"}),
    "Wladimir Putin": ("PER", {"Wladimir Putin", "Putin", "Putins"}),
    "Li Hongzhong": ("PER", {"Li Hongzhong"}),
    "Pjöngjang": ("LOC", {"Pjöngjang", "Pjöngjangs"}),
    "KCNA": ("ORG", {"KCNA"}),
}


@pytest.fixture(scope="module")
def repaired_seeds(seeds_dir: Path) -> list[Article]:
    articles = [process_document(doc) for doc in read_paths([seeds_dir]) if isinstance(doc, RawDocument)]
    for article in articles:
        article.mentions = repair_mentions(article.body, article.mentions)
    return articles


def test_repair_is_exact_and_idempotent_on_seeds(repaired_seeds: list[Article]) -> None:
    for article in repaired_seeds:
        assert all(article.body[m.start:m.end] == m.text for m in article.mentions)
        assert repair_mentions(article.body, article.mentions) == article.mentions


def test_acceptance_entities_single_and_complete(repaired_seeds: list[Article]) -> None:
    index = MemoryEntityIndex()
    for article in repaired_seeds:
        link_entities(article, index)
    entities = list(index.iter_entities())
    by_name = {e.name: e for e in entities}
    for name, (kind, spellings) in EXPECTED.items():
        entity = by_name[name]
        assert entity.kind == kind
        assert spellings <= set(entity.aliases), (name, entity.aliases)
        others = [e.name for e in entities if e is not entity and set(e.aliases) & spellings]
        assert not others, (name, others)
    glued = {"Kim Schoigu", "Sergei Schoigu Pjöngjang", "Kims Regime", "Schoigus Reise", "Pjöngjang Moskau"}
    assert not glued & {alias for e in entities for alias in e.aliases}
    assert len({m.article for m in by_name["Sergej Schoigu"].mentions}) == 4
    assert len({m.article for m in by_name["Kim Jong Un"].mentions}) == 5
