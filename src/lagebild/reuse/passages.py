"""Group shared spans into passages: one passage per text, however many articles reuse it.

A span shared by the new article N and an earlier article B joins every existing passage
that already has an occurrence overlapping it (in B or in N); if it joins several, they are
merged. Inside a passage, overlapping occurrences in one article are united, occurrences are
ordered by the articles' adding order, and `text` is the span in the earliest article.
Cost per span: two `passages_touching` lookups (one per article) plus O(occurrences).
"""

from __future__ import annotations

from lagebild.model import Occurrence, Passage
from lagebild.reuse.index import ReuseIndex


def record_shared_span(index: ReuseIndex, first: Occurrence, second: Occurrence) -> int:
    """Add the pair of occurrences to the passage group they belong to (or a new one).

    Input: the same text's occurrence in two different indexed articles. Output: the id of
    the group now holding both. Writes through `index.save_passage` / `delete_passage`.
    """
    groups: dict[int, Passage] = {}
    for occurrence in (first, second):
        for pid, passage in index.passages_touching(occurrence.article):
            if any(_overlaps(o, occurrence) for o in passage.occurrences):
                groups[pid] = passage
    target = min(groups) if groups else None
    occurrences = [first, second]
    for pid, passage in groups.items():
        occurrences.extend(passage.occurrences)
        if pid != target:
            index.delete_passage(pid)
    merged = _united(index, occurrences)
    head = merged[0]
    body = index.body(head.article) or ""
    return index.save_passage(target, Passage(body[head.start : head.end], merged))


def _overlaps(a: Occurrence, b: Occurrence) -> bool:
    """Same article and at least half of the shorter span in common."""
    if a.article != b.article:
        return False
    common = min(a.end, b.end) - max(a.start, b.start)
    return common > 0 and common * 2 >= min(a.end - a.start, b.end - b.start)


def _united(index: ReuseIndex, occurrences: list[Occurrence]) -> list[Occurrence]:
    """Occurrences with overlapping spans in one article united, in adding order then position."""

    def rank(o: Occurrence) -> tuple[int, int, int]:
        order = index.order(o.article)
        return (order if order is not None else 1 << 62, o.start, o.end)

    united: list[Occurrence] = []
    for occurrence in sorted(occurrences, key=rank):
        last = united[-1] if united else None
        if last and last.article == occurrence.article and occurrence.start < last.end:
            united[-1] = Occurrence(last.article, last.start, max(last.end, occurrence.end))
        else:
            united.append(occurrence)
    return united
