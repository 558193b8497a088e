"""Group shared spans into passages: one passage per text, however many articles reuse it.

A span shared by the new article N and an earlier article B joins every existing passage
that already has an occurrence overlapping it (in B or in N); if it joins several, they are
merged. Inside a passage, overlapping occurrences in one article are united, occurrences are
ordered by the articles' adding order, and `text` is the span in the earliest article.

Cost per span: the two articles' own occurrences (`occurrences_in`), then only the group's
occurrences in those two articles are rewritten (the others cannot change: uniting only joins
occurrences of one article), plus one head lookup: independent of how many copies the group
already has. A new group costs O(1). When a span bridges several groups, the largest keeps its
id and rows and the smaller ones move into it (union by size): O(the smaller groups'
occurrences). Merging into the oldest group instead, reading and rewriting it whole, made
every bridging article cost O(copies of the text): on the scaling corpus (~100 reworded copies
of each text) reuse went from 13 to 42 ms CPU per article between 50k and 58k articles.
"""

from __future__ import annotations

from lagebild.model import Occurrence, Passage
from lagebild.reuse.index import ReuseIndex


def record_shared_span(index: ReuseIndex, first: Occurrence, second: Occurrence) -> int:
    """Add the pair of occurrences to the passage group they belong to (or a new one).

    Input: the same text's occurrence in two different indexed articles. Output: the id of
    the group now holding both. Writes through `index.replace_occurrences` (joining or merging
    into an existing group) or `index.save_passage` (a new group); merged groups are deleted.
    """
    own: dict[str, list[tuple[int, Occurrence]]] = {o.article: index.occurrences_in(o.article) for o in (first, second)}
    groups = sorted({pid for o in (first, second) for pid, mine in own[o.article] if _overlaps(mine, o)})
    if not groups:
        united = _united(index, [first, second])
        head = united[0]
        body = index.body(head.article) or ""
        return index.save_passage(None, Passage(body[head.start : head.end], united))
    incoming: dict[str, list[Occurrence]] = {}
    for occurrence in (first, second):
        incoming.setdefault(occurrence.article, []).append(occurrence)
    # Union by size: the largest group stays, the others move in (ties: the oldest stays).
    target = groups[0] if len(groups) == 1 else max(groups, key=lambda pid: (index.passage_size(pid), -pid))
    for pid in groups:
        if pid == target:
            continue
        moved = index.passage(pid)
        for occurrence in moved.occurrences if moved else ():
            incoming.setdefault(occurrence.article, []).append(occurrence)
        index.delete_passage(pid)
    return _join(index, target, incoming, own)


def _join(
    index: ReuseIndex,
    target: int,
    incoming: dict[str, list[Occurrence]],
    own: dict[str, list[tuple[int, Occurrence]]],
) -> int:
    """Add occurrences (article id -> its new ones) to the group `target`: each of those articles'
    occurrences in the group are united with its new ones; every other article's stay as they are.
    Cost: O(those articles' occurrences) plus one head lookup and one body read."""
    blocks = {}
    for article, new in incoming.items():
        mine = own[article] if article in own else index.occurrences_in(article)
        blocks[article] = _united(index, [o for pid, o in mine if pid == target] + new)
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
