"""Reuse: exact and near-duplicate articles, and passages shared between articles.

Front door: `detect_reuse(article, index)` once per arriving article; `passages_for` and
`iter_passages` read the result back; `passage_provenance` says who published a passage
first, who reused it and which wire it likely came from, and `own_share` how much of an
article is its own text. The index is `MemoryReuseIndex` here or
`lagebild.store.reuse_tables.SqliteReuseIndex` in the product.
"""

from __future__ import annotations

from collections.abc import Iterator

from lagebild.model import Passage
from lagebild.reuse.detect import DEFAULT_OPTIONS, ReuseOptions, ReuseResult, detect_reuse, passages_for
from lagebild.reuse.index import MemoryReuseIndex, ReuseIndex
from lagebild.reuse.own_share import own_share
from lagebild.reuse.provenance import ArticleFacts, FactsLookup, Provenance, passage_provenance


def iter_passages(index: ReuseIndex) -> Iterator[Passage]:
    """Every passage group (for export: text plus occurrences indexing into each article's body).
    Cost: one pass over the passage tables."""
    return index.iter_passages()


__all__ = [
    "DEFAULT_OPTIONS",
    "ArticleFacts",
    "FactsLookup",
    "MemoryReuseIndex",
    "Provenance",
    "ReuseIndex",
    "ReuseOptions",
    "ReuseResult",
    "detect_reuse",
    "iter_passages",
    "own_share",
    "passage_provenance",
    "passages_for",
]
