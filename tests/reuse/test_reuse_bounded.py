"""Passage groups that grow with every copy: joining one reads and writes only the two articles'
own occurrences, and the stored group stays what uniting all its occurrences gives."""

from __future__ import annotations

import sqlite3
from typing import Any

from reuse_texts import AGENCY_PARAGRAPH, HARBOUR, ORCHESTRA

from lagebild.model import Article, Occurrence, Passage
from lagebild.reuse import MemoryReuseIndex, ReuseIndex, detect_reuse, iter_passages, passages_for
from lagebild.reuse.detect import DEFAULT_OPTIONS, _hashes
from lagebild.reuse.fingerprints import winnow
from lagebild.reuse.index import IndexedArticle
from lagebild.reuse.normalise import normalised_norms, normalised_words, word_table
from lagebild.reuse.passages import _united, record_shared_span
from lagebild.store.reuse_tables import ORD_BLOCK, SqliteReuseIndex

BODY = "x " * 5 + AGENCY_PARAGRAPH
SPAN = (10, 10 + len(AGENCY_PARAGRAPH))


class NoWholeGroups:
    """Delegates to an index but fails on every read of a whole passage group."""

    def __init__(self, inner: ReuseIndex) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        if name in {"passages_touching", "passage", "iter_passages", "save_passage", "delete_passage"}:
            raise AssertionError(f"{name}: whole-group access while joining one group")
        return getattr(self.inner, name)


def _check_invariant(index: ReuseIndex) -> None:
    """Each stored group is its occurrences united and in adding order, its text cut from the first."""
    for passage in iter_passages(index):
        assert passage.occurrences == _united(index, list(passage.occurrences))
        head = passage.occurrences[0]
        assert passage.text == (index.body(head.article) or "")[head.start : head.end]


def _grown_group(index: ReuseIndex, copies: int) -> None:
    for i in range(copies):
        index.add_article(IndexedArticle(f"a{i:02d}", BODY, f"h{i}", None))
    index.add_article(IndexedArticle("late", BODY, "late", None))  # added after the group's articles
    for i in range(1, copies):
        record_shared_span(index, Occurrence(f"a{i - 1:02d}", *SPAN), Occurrence(f"a{i:02d}", *SPAN))


def test_joining_a_large_group_touches_only_the_two_articles(index: ReuseIndex) -> None:
    _grown_group(index, 30)
    bounded: Any = NoWholeGroups(index)
    # The copied article's occurrence widened at the start, and a new article appended.
    record_shared_span(bounded, Occurrence("a05", SPAN[0] - 4, SPAN[1]), Occurrence("late", *SPAN))
    (group,) = iter_passages(index)
    assert [o.article for o in group.occurrences] == [f"a{i:02d}" for i in range(30)] + ["late"]
    assert group.occurrences[5] == Occurrence("a05", SPAN[0] - 4, SPAN[1])
    # The first article's occurrence widened: the group's text follows it.
    record_shared_span(bounded, Occurrence("late", *SPAN), Occurrence("a00", SPAN[0] - 2, SPAN[1]))
    (group,) = iter_passages(index)
    assert group.text == BODY[SPAN[0] - 2 : SPAN[1]]
    assert len(group.occurrences) == 31
    _check_invariant(index)


def test_an_earlier_article_joins_in_adding_order(index: ReuseIndex) -> None:
    index.add_article(IndexedArticle("early", BODY, "early", None))
    _grown_group(index, 10)
    bounded: Any = NoWholeGroups(index)
    record_shared_span(bounded, Occurrence("early", *SPAN), Occurrence("a09", *SPAN))
    (group,) = iter_passages(index)
    assert [o.article for o in group.occurrences] == ["early"] + [f"a{i:02d}" for i in range(10)]
    assert group.text == AGENCY_PARAGRAPH
    _check_invariant(index)


class OnlySmallGroups(NoWholeGroups):
    """Like NoWholeGroups, but the small group `allowed` may be read and deleted (merged away)."""

    def __init__(self, inner: ReuseIndex, allowed: int) -> None:
        super().__init__(inner)
        self.allowed = allowed

    def passage(self, passage_id: int) -> Passage | None:
        assert passage_id == self.allowed, "read the large group whole while merging"
        return self.inner.passage(passage_id)

    def delete_passage(self, passage_id: int) -> None:
        assert passage_id == self.allowed, "deleted the large group while merging"
        self.inner.delete_passage(passage_id)


def test_a_span_bridging_a_large_and_a_small_group_moves_only_the_small_one(index: ReuseIndex) -> None:
    _grown_group(index, 30)
    for name in ("s1", "s2"):
        index.add_article(IndexedArticle(name, BODY, name, None))
    small = record_shared_span(index, Occurrence("s1", *SPAN), Occurrence("s2", *SPAN))
    (large,) = {pid for pid, _ in index.occurrences_in("a00")}
    assert small != large
    # The large group is older and has the smaller id: it must stay, and only s1, s2 move in.
    merged = record_shared_span(OnlySmallGroups(index, small), Occurrence("a29", *SPAN), Occurrence("s1", *SPAN))
    assert merged == large
    (group,) = iter_passages(index)
    assert [o.article for o in group.occurrences] == [f"a{i:02d}" for i in range(30)] + ["s1", "s2"]
    assert index.passage_size(large) == 32 and index.passage_size(small) == 0
    _check_invariant(index)


def test_merging_keeps_the_larger_group_whichever_is_older(index: ReuseIndex) -> None:
    for name in ("s1", "s2"):
        index.add_article(IndexedArticle(name, BODY, name, None))
    small = record_shared_span(index, Occurrence("s1", *SPAN), Occurrence("s2", *SPAN))
    _grown_group(index, 12)
    (large,) = {pid for pid, _ in index.occurrences_in("a00")}
    assert small < large
    assert record_shared_span(index, Occurrence("s2", *SPAN), Occurrence("a03", *SPAN)) == large
    (group,) = iter_passages(index)
    # Adding order decides the order inside the group, and the text comes from the earliest.
    assert [o.article for o in group.occurrences] == ["s1", "s2"] + [f"a{i:02d}" for i in range(12)]
    _check_invariant(index)


def _corpus() -> list[Article]:
    words = (HARBOUR + " " + ORCHESTRA).split()
    articles = []
    for i in range(24):
        own = " ".join(words[i % 5 :: 3] + words[i % 7 :: 4])  # no long run shared with the others
        cut = len(AGENCY_PARAGRAPH) // 2 if i % 3 else len(AGENCY_PARAGRAPH)  # some copies take half
        articles.append(Article(id=f"n{i:02d}", source="t", format="txt", body=f"{own}. {AGENCY_PARAGRAPH[:cut]}"))
    return articles


def _sqlite_index() -> SqliteReuseIndex:
    return SqliteReuseIndex(sqlite3.connect(":memory:", isolation_level=None))


def test_memory_and_sqlite_group_alike_and_count_matches_the_passages() -> None:
    results = []
    for make in (MemoryReuseIndex, _sqlite_index):
        index, reading = make(), make()
        counts = [detect_reuse(a, index, passages=False).passage_count for a in _corpus()]
        found = [detect_reuse(a, reading) for a in _corpus()]
        assert counts == [r.passage_count for r in found] == [len(r.passages) for r in found]
        assert [detect_reuse(a, index, passages=False).passage_count for a in _corpus()] == [
            len(passages_for(a.id, index)) for a in _corpus()
        ]  # the stored results
        _check_invariant(index)
        results.append((counts, list(iter_passages(index))))
    assert results[0] == results[1]
    assert sum(results[0][0]) > 20


def test_a_database_with_dense_positions_is_renumbered_on_open() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = SqliteReuseIndex(conn)
    for article in _corpus()[:9]:
        detect_reuse(article, index)
    before = list(iter_passages(index))
    # What an older lagebild wrote: positions 0, 1, 2, ... inside each group, no reuse_meta.
    rows = conn.execute("SELECT rowid, passage FROM reuse_occurrences ORDER BY passage, ord").fetchall()
    position: dict[int, int] = {}
    for rowid, passage in rows:
        conn.execute("UPDATE reuse_occurrences SET ord = ? WHERE rowid = ?", (position.get(passage, 0), rowid))
        position[passage] = position.get(passage, 0) + 1
    conn.execute("DROP TABLE reuse_meta")
    reopened = SqliteReuseIndex(conn)
    assert list(iter_passages(reopened)) == before
    assert conn.execute("SELECT min(ord) FROM reuse_occurrences").fetchone()[0] >= ORD_BLOCK
    for article in _corpus()[9:]:
        detect_reuse(article, reopened)
    memory = MemoryReuseIndex()
    for article in _corpus():
        detect_reuse(article, memory)
    assert list(iter_passages(reopened)) == list(iter_passages(memory))


def test_passage_lookup_by_id() -> None:
    index = MemoryReuseIndex()
    _grown_group(index, 3)
    assert index.passage(1) == Passage(AGENCY_PARAGRAPH, [Occurrence(f"a{i:02d}", *SPAN) for i in range(3)])
    assert index.passage(99) is None and index.first_occurrence(99) is None


def test_top_candidates_cover_the_hits(index: ReuseIndex) -> None:
    """The first candidate shares most fingerprints (ties: earliest); every candidate is a hit;
    the cover is the same whatever the limit, only cut (both indexes: the fixture)."""
    postings: dict[int, set[str]] = {}  # what both indexes store: fingerprint -> its holders
    for article in _corpus():
        detect_reuse(article, index)
        for h, _ in winnow(_hashes(article.body, DEFAULT_OPTIONS.passage_k), DEFAULT_OPTIONS.winnow_window):
            postings.setdefault(h, set()).add(article.id)
    for article in _corpus()[::5]:
        hashes = [h for h, _ in winnow(_hashes(article.body, DEFAULT_OPTIONS.passage_k), DEFAULT_OPTIONS.winnow_window)]
        hits: dict[str, int] = {}
        for h in set(hashes):
            for holder in postings.get(h, ()):
                hits[holder] = hits.get(holder, 0) + 1
        ranked = sorted(hits, key=lambda aid: (-hits[aid], index.order(aid) or 0))
        assert len(ranked) > 3
        full = index.top_candidates(hashes, 30)
        assert full[0] == ranked[0] and set(full) <= set(hits) and len(set(full)) == len(full)
        for limit in (1, 3):
            assert index.top_candidates(hashes, limit) == full[:limit]


def test_norms_alone_are_the_words_norms() -> None:
    text = "„Die US-Erkenntnisse“ – Kim’s STRASSE, Straße 12a; l'été … ÄÖÜ_x " + AGENCY_PARAGRAPH
    assert normalised_norms(text) == [w.norm for w in normalised_words(text)]
    table = word_table(text)
    assert list(zip(*table, strict=True)) == [tuple(w) for w in normalised_words(text)]
