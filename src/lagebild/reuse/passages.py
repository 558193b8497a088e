"""Group shared spans into passages: one passage per text, however many articles reuse it.

A span shared by the new article N and an earlier article B joins every existing passage
that already has an occurrence overlapping it (in B or in N); if it joins several, they are
merged. Inside a passage, overlapping occurrences in one article are united, occurrences are
ordered by the articles' adding order, and `text` is the span in the earliest article.

Cost per span: the two articles' own occurrences (`occurrences_in`), then, in the usual case of
one group joined, only the group's occurrences in those two articles are rewritten (the others
cannot change: uniting only joins occurrences of one article), plus one head lookup: independent
of how many copies the group already has. A new group costs O(1); merging several groups
reads and rewrites them whole, O(their occurrences), which happens once per merge.
"""

from __future__ import annotations

from lagebild.model import Occurrence, Passage
from lagebild.reuse.index import ReuseIndex


def record_shared_span(index: ReuseIndex, first: Occurrence, second: Occurrence) -> int:
    """Add the pair of occurrences to the passage group they belong to (or a new one).

    Input: the same text's occurrence in two different indexed articles. Output: the id of
    the group now holding both. Writes through `index.replace_occurrences` (one group
    joined), else `index.save_passage` / `delete_passage`.
    """
    own: dict[str, list[tuple[int, Occurrence]]] = {o.article: index.occurrences_in(o.article) for o in (first, second)}
    groups = sorted({pid for o in (first, second) for pid, mine in own[o.article] if _overlaps(mine, o)})
    if len(groups) == 1:
        return _join(index, groups[0], (first, second), own)
    occurrences = [first, second]
    found = [(pid, index.passage(pid)) for pid in groups]
    target = groups[0] if groups else None
    for pid, passage in found:
        occurrences.extend(passage.occurrences if passage else ())
        if pid != target:
            index.delete_passage(pid)
    merged = _united(index, occurrences)
    head = merged[0]
    body = index.body(head.article) or ""
    return index.save_passage(target, Passage(body[head.start : head.end], merged))


def _join(
    index: ReuseIndex, target: int, new: tuple[Occurrence, Occurrence], own: dict[str, list[tuple[int, Occurrence]]]
) -> int:
    """Add the two occurrences to the one group they overlap: each article's occurrences in the
    group are united with its new one; every other article's stay as they are. Cost: O(the two
    articles' occurrences) plus one head lookup and one body read."""
    blocks = {
        o.article: _united(index, [mine for pid, mine in own[o.article] if pid == target] + [o]) for o in new
    }
    heads = [block[0] for block in blocks.values()]
    current = index.first_occurrence(target)
    if current is not None and current.article not in blocks:
        heads.append(current)
    head = min(heads, key=lambda o: _rank(index, o))
    body = index.body(head.article) or ""
    index.replace_occurrences(target, blocks, body[head.start : head.end])
    return target


def _overlaps(a: Occurrence, b: Occurrence) -> bool:
    """Same article and at least half of the shorter span in common."""
    if a.article != b.article:
        return False
    common = min(a.end, b.end) - max(a.start, b.start)
    return common > 0 and common * 2 >= min(a.end - a.start, b.end - b.start)


def _united(index: ReuseIndex, occurrences: list[Occurrence]) -> list[Occurrence]:
    """Occurrences with overlapping spans in one article united, in adding order then position."""
    united: list[Occurrence] = []
    orders = {article: _order(index, article) for article in {o.article for o in occurrences}}  # one lookup each
    for occurrence in sorted(occurrences, key=lambda o: (orders[o.article], o.start, o.end)):
        last = united[-1] if united else None
        if last and last.article == occurrence.article and occurrence.start < last.end:
            united[-1] = Occurrence(last.article, last.start, max(last.end, occurrence.end))
        else:
            united.append(occurrence)
    return united


def _rank(index: ReuseIndex, o: Occurrence) -> tuple[int, int, int]:
    """Where an occurrence goes in its group: adding order of its article, then position."""
    return (_order(index, o.article), o.start, o.end)


def _order(index: ReuseIndex, article: str) -> int:
    """The article's adding order; unknown articles last."""
    order = index.order(article)
    return order if order is not None else 1 << 62
