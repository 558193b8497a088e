"""How much of an article is its own text rather than copy it shares with other articles.

`own_share = 1 - covered / body_len`, where `covered` counts each body character inside at
least one shared passage occurrence once, however many passages overlap there. Cost:
O(p log p) for p occurrences in the article.
"""

from __future__ import annotations

from collections.abc import Iterable

from lagebild.model import Passage


def own_share(article_id: str, body_len: int, passages: Iterable[Passage]) -> float:
    """Share of the article's body (0.0–1.0) not covered by any shared passage.

    Input: the article id, `len(article.body)` and the passages touching it (others are
    ignored), e.g. `passages_for(article.id, index)`. Output: 1.0 for an article without
    shared passages or with an empty body, 0.0 for one that is entirely shared copy.
    """
    if body_len <= 0:
        return 1.0
    spans = sorted(
        (max(0, o.start), min(body_len, o.end))
        for p in passages
        for o in p.occurrences
        if o.article == article_id and o.end > o.start
    )
    covered, reached = 0, 0
    for start, end in spans:
        start = max(start, reached)
        if end > start:
            covered += end - start
            reached = end
    return 1.0 - covered / body_len
