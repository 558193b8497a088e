"""Where reuse detection keeps its state between articles: the `ReuseIndex` Protocol and an
in-memory implementation (tests, library use). `lagebild.store.reuse_tables.SqliteReuseIndex`
is the same Protocol on SQLite tables (the product).

Per indexed article the index holds: its body (to cut spans and verify near duplicates),
its normalised body hash, up to 16 LSH band hashes, ~2/(window+1) of its word k-gram
hashes as fingerprints (about 40 % of its word count with the defaults), and all its k-gram
hashes cut to 32 bits with the start offset of every word (`kgrams`, `word_starts`: 8 bytes
per word): a later article is aligned against it and cuts the shared spans from these and
the body, without tokenising the body again. A fingerprint is
"boilerplate" once `max_postings` articles hold it: its posting list is full, later
articles are not posted there and lookups skip it, so every posting list and every
lookup stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from lagebild.model import Occurrence, Passage
from lagebild.reuse.candidates import covering_candidates

#: Default cap on a fingerprint's posting list; above it the k-gram counts as boilerplate.
MAX_POSTINGS = 50


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """What `detect_reuse` stores for one article."""

    article_id: str
    body: str
    body_hash: str
    duplicate_of: str | None
    bands: Sequence[int] = ()
    fingerprints: Sequence[tuple[int, int]] = ()  # (k-gram hash, word position)
    kgrams: bytes = b""  # every k-gram hash as little-endian uint32 (`reuse.align.kgram_bytes`)
    word_starts: bytes = b""  # every word's start offset in `body` as little-endian uint32


class ReuseIndex(Protocol):
    """The operations reuse detection needs. Implementations never commit: the caller owns
    the transaction, so one article's reuse rows are written together with its other rows."""

    def has(self, article_id: str) -> bool:
        """Whether the article was already added."""
        ...

    def add_article(self, article: IndexedArticle) -> None:
        """Store body, hash, bands and fingerprints of a new article (at most once per id)."""
        ...

    def order(self, article_id: str) -> int | None:
        """Position of the article in adding order (0 = first), None if not indexed."""
        ...

    def first_with_hash(self, body_hash: str) -> str | None:
        """The earliest-added article with this normalised body hash."""
        ...

    def duplicate_of(self, article_id: str) -> str | None:
        """The stored `duplicate_of` of an indexed article."""
        ...

    def band_candidates(self, bands: Sequence[int]) -> list[str]:
        """Articles sharing at least one LSH band hash, earliest-added first."""
        ...

    def top_candidates(self, hashes: Sequence[int], limit: int) -> list[str]:
        """Up to `limit` articles covering the shared non-boilerplate fingerprints greedily
        (`reuse.candidates.covering_candidates`): the one sharing most first, ties in adding
        order, then each adding fingerprints no earlier choice holds. Cost: the posting lists
        (each < `max_postings`) plus `limit` id lookups: no per-hit lookup, however many
        articles share a fingerprint."""
        ...

    def body(self, article_id: str) -> str | None:
        """The body stored for an indexed article."""
        ...

    def kgrams(self, article_id: str) -> tuple[bytes, bytes] | None:
        """The article's stored k-gram hashes and word starts (`IndexedArticle.kgrams`,
        `word_starts`); None when it has none (not indexed, an exact duplicate, or added before
        they were stored)."""
        ...

    def passages_touching(self, article_id: str) -> list[tuple[int, Passage]]:
        """(passage id, passage) for every passage group with an occurrence in the article.
        Cost: O(the groups' occurrences), which grows with every copy of a passage."""
        ...

    def passage_count(self, article_id: str) -> int:
        """How many passage groups have an occurrence in the article. Cost: O(the article's
        own occurrences), not of the groups' sizes."""
        ...

    def occurrences_in(self, article_id: str) -> list[tuple[int, Occurrence]]:
        """(passage id, occurrence) for the article's own occurrences, by passage id then in
        group order. Cost: O(the article's own occurrences) in SQLite."""
        ...

    def passage(self, passage_id: int) -> Passage | None:
        """One passage group with all its occurrences, or None. Cost: O(its occurrences)."""
        ...

    def passage_size(self, passage_id: int) -> int:
        """How many occurrences the group holds (0 if there is none). Cost: one count over the
        group's rows of an index in SQLite, no rows read into Python."""
        ...

    def first_occurrence(self, passage_id: int) -> Occurrence | None:
        """The group's first occurrence (earliest-added article, then position): the one its
        text is cut from. Cost: O(log n) in SQLite."""
        ...

    def replace_occurrences(self, passage_id: int, blocks: Mapping[str, Sequence[Occurrence]], text: str) -> None:
        """Set the group's occurrences in each article of `blocks` (article id -> its
        occurrences, united and sorted, never empty), leave the other articles' occurrences as
        they are, and set the group's text. Cost: O(the blocks' occurrences * log n) in SQLite,
        whatever the group's size."""
        ...

    def save_passage(self, passage_id: int | None, passage: Passage) -> int:
        """Create (id None) or replace a passage group; returns its id."""
        ...

    def delete_passage(self, passage_id: int) -> None:
        """Remove a passage group (after merging it into another)."""
        ...

    def iter_passages(self) -> Iterator[Passage]:
        """Every passage group, in creation order."""
        ...

    def size(self) -> dict[str, int]:
        """Row counts: articles, fingerprints, bands, passages, occurrences."""
        ...


class MemoryReuseIndex:
    """`ReuseIndex` in dicts. Memory: the bodies plus ~100 bytes per fingerprint and band."""

    def __init__(self, max_postings: int = MAX_POSTINGS) -> None:
        self.max_postings = max_postings
        self._order: dict[str, int] = {}
        self._bodies: dict[str, str] = {}
        self._kgrams: dict[str, tuple[bytes, bytes]] = {}
        self._duplicate_of: dict[str, str | None] = {}
        self._first_by_hash: dict[str, str] = {}
        self._bands: dict[int, list[str]] = {}
        self._postings: dict[int, list[tuple[str, int]]] = {}
        self._passages: dict[int, Passage] = {}
        self._last_passage_id = 0
        self._passages_by_article: dict[str, set[int]] = {}

    def has(self, article_id: str) -> bool:
        return article_id in self._order

    def add_article(self, article: IndexedArticle) -> None:
        if self.has(article.article_id):
            return
        aid = article.article_id
        self._order[aid] = len(self._order)
        self._bodies[aid] = article.body
        if article.kgrams:
            self._kgrams[aid] = (article.kgrams, article.word_starts)
        self._duplicate_of[aid] = article.duplicate_of
        self._first_by_hash.setdefault(article.body_hash, aid)
        for band in set(article.bands):
            self._bands.setdefault(band, []).append(aid)
        seen: set[int] = set()
        for fingerprint, position in article.fingerprints:
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            postings = self._postings.setdefault(fingerprint, [])
            if len(postings) < self.max_postings:
                postings.append((aid, position))

    def order(self, article_id: str) -> int | None:
        return self._order.get(article_id)

    def first_with_hash(self, body_hash: str) -> str | None:
        return self._first_by_hash.get(body_hash)

    def duplicate_of(self, article_id: str) -> str | None:
        return self._duplicate_of.get(article_id)

    def band_candidates(self, bands: Sequence[int]) -> list[str]:
        found = {aid for band in bands for aid in self._bands.get(band, ())}
        return sorted(found, key=self._order.__getitem__)

    def top_candidates(self, hashes: Sequence[int], limit: int) -> list[str]:
        postings: dict[int, list[str]] = {}
        for fingerprint in set(hashes):
            holders = self._postings.get(fingerprint, ())
            if len(holders) < self.max_postings:
                postings[fingerprint] = [aid for aid, _ in holders]
        return covering_candidates(postings, limit, self._order.__getitem__)

    def body(self, article_id: str) -> str | None:
        return self._bodies.get(article_id)

    def kgrams(self, article_id: str) -> tuple[bytes, bytes] | None:
        return self._kgrams.get(article_id)

    def passages_touching(self, article_id: str) -> list[tuple[int, Passage]]:
        ids = sorted(self._passages_by_article.get(article_id, ()))
        return [(pid, _copy(self._passages[pid])) for pid in ids]

    def passage_count(self, article_id: str) -> int:
        return len(self._passages_by_article.get(article_id, ()))

    def occurrences_in(self, article_id: str) -> list[tuple[int, Occurrence]]:
        # In memory this walks the groups (tests, library use); SQLite reads the article's rows only.
        return [
            (pid, Occurrence(o.article, o.start, o.end))
            for pid in sorted(self._passages_by_article.get(article_id, ()))
            for o in self._passages[pid].occurrences
            if o.article == article_id
        ]

    def passage(self, passage_id: int) -> Passage | None:
        found = self._passages.get(passage_id)
        return _copy(found) if found else None

    def passage_size(self, passage_id: int) -> int:
        found = self._passages.get(passage_id)
        return len(found.occurrences) if found else 0

    def first_occurrence(self, passage_id: int) -> Occurrence | None:
        found = self._passages.get(passage_id)
        return found.occurrences[0] if found and found.occurrences else None

    def replace_occurrences(self, passage_id: int, blocks: Mapping[str, Sequence[Occurrence]], text: str) -> None:
        kept = [o for o in self._passages[passage_id].occurrences if o.article not in blocks]
        added = [o for block in blocks.values() for o in block]
        ordered = sorted(kept + added, key=lambda o: (self._order.get(o.article, 1 << 62), o.start, o.end))
        self._passages[passage_id] = _copy(Passage(text, ordered))
        for article_id in blocks:
            self._passages_by_article.setdefault(article_id, set()).add(passage_id)

    def save_passage(self, passage_id: int | None, passage: Passage) -> int:
        if passage_id is None:
            self._last_passage_id += 1
            passage_id = self._last_passage_id
        else:
            self.delete_passage(passage_id)
        self._passages[passage_id] = _copy(passage)
        for occurrence in passage.occurrences:
            self._passages_by_article.setdefault(occurrence.article, set()).add(passage_id)
        return passage_id

    def delete_passage(self, passage_id: int) -> None:
        passage = self._passages.pop(passage_id, None)
        for occurrence in passage.occurrences if passage else ():
            self._passages_by_article[occurrence.article].discard(passage_id)

    def iter_passages(self) -> Iterator[Passage]:
        for pid in sorted(self._passages):
            yield _copy(self._passages[pid])

    def size(self) -> dict[str, int]:
        return {
            "articles": len(self._order),
            "fingerprints": sum(len(p) for p in self._postings.values()),
            "bands": sum(len(b) for b in self._bands.values()),
            "passages": len(self._passages),
            "occurrences": sum(len(p.occurrences) for p in self._passages.values()),
        }


def _copy(passage: Passage) -> Passage:
    # Callers edit the passages they get; the index must not change behind their back.
    return Passage(passage.text, [Occurrence(o.article, o.start, o.end) for o in passage.occurrences])
