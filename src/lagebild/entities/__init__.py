"""Mentions → canonical entities, unified across spellings, inflections, short forms and articles.

    unify_mentions(article.mentions) -> [ArticleEntity]      one article (within_article.py)
    link_entities(article, index)     -> [Entity]             the corpus (linking.py)

Name keys (name_keys.py) fold German/English transliteration; `EntityIndex` (index.py) finds
entities by key, in memory or in SQLite (`lagebild.store.entity_tables`).
"""

from lagebild.entities.canonical import canonical_name
from lagebild.entities.index import EntityIndex, EntityState, MemoryEntityIndex
from lagebild.entities.linking import link_entities
from lagebild.entities.name_keys import name_key
from lagebild.entities.within_article import ArticleEntity, unify_mentions

__all__ = [
    "ArticleEntity",
    "EntityIndex",
    "EntityState",
    "MemoryEntityIndex",
    "canonical_name",
    "link_entities",
    "name_key",
    "unify_mentions",
]
