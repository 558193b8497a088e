"""Passage groups: merging, and candidates coming from the index rather than all pairs."""

from __future__ import annotations

from reuse_texts import AGENCY_PARAGRAPH, HARBOUR, ORCHESTRA, ROADS_A

from lagebild.model import Article, Occurrence
from lagebild.reuse import MemoryReuseIndex, ReuseIndex, detect_reuse, iter_passages
from lagebild.reuse.index import IndexedArticle
from lagebild.reuse.passages import record_shared_span


def test_a_span_bridging_two_groups_merges_them(index: ReuseIndex) -> None:
    body = "x " * 5 + AGENCY_PARAGRAPH
    for article_id in "abcd":
        index.add_article(IndexedArticle(article_id, body, article_id, None))
    span = (10, 10 + len(AGENCY_PARAGRAPH))

    def at(article_id: str) -> Occurrence:
        return Occurrence(article_id, *span)

    record_shared_span(index, at("a"), at("b"))
    record_shared_span(index, at("c"), at("d"))
    assert len(list(iter_passages(index))) == 2
    record_shared_span(index, at("b"), at("c"))
    (merged,) = iter_passages(index)
    assert [o.article for o in merged.occurrences] == ["a", "b", "c", "d"]
    assert merged.text == AGENCY_PARAGRAPH


class CountingIndex(MemoryReuseIndex):
    """Counts the bodies fetched: each fetch is one candidate aligned or verified."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def body(self, article_id: str) -> str | None:
        self.fetched.append(article_id)
        return super().body(article_id)


def test_only_indexed_candidates_are_aligned() -> None:
    index = CountingIndex()
    fillers = [HARBOUR, ORCHESTRA]
    for i in range(30):
        # Unrelated articles: the filler words reordered, so no long k-gram is shared.
        words = fillers[i % 2].split()
        body = " ".join(words[i % 7 :: 2] + words[1 + i % 5 :: 3])
        detect_reuse(Article(id=f"u{i}", source="t", format="txt", body=body), index)
    detect_reuse(Article(id="roads", source="t", format="txt", body=ROADS_A), index)
    index.fetched.clear()
    body = "Neue Einleitung zu einem ganz anderen Thema. " + AGENCY_PARAGRAPH
    result = detect_reuse(Article(id="new", source="t", format="txt", body=body), index)
    assert len(result.passages) == 1
    assert set(index.fetched) == {"roads"}
