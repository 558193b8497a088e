"""Document-level repair of the tagger's mentions, before they are unified into entities.

The shipped German NER model (strict span F1 ~61) misses bare surnames ("Schoigu" after
"Sergei Schoigu"), short agency names ("KCNA"), and glues neighbouring names into one span
("Kim Schoigu"). One article is consistent with itself, so its own confident mentions are the
evidence for fixing the rest. `repair_mentions` runs, in order:

1. trim: whitespace at a span's edges goes ("Kim\\xa0" -> "Kim");
2. `glued_mentions.split_glued_mentions`: glued spans cut into the names the article knows;
3. `news_agencies.tag_news_agencies`: agencies from a declarative table as ORG;
4. `name_propagation.relabel_person_short_forms`: "Kims" tagged LOC beside "Kim Jong Un" -> PER;
5. `name_propagation.relabel_persons_named_otherwise`: "Pjöngjangs" tagged PER beside
   "Pjöngjang" tagged LOC more often -> LOC;
6. `name_propagation.propagate_names`: every untagged recurrence of an established name.

and repeats the round until nothing changes (a split can establish a name that the next
round propagates), so repairing repaired mentions changes nothing. Pure: no model, no I/O.
Cost: O(k·m + w) per round for k multi-word mentions, m mentions and w words; rounds are
bounded by `_MAX_ROUNDS` (two in practice). Measured on the five seed articles (2-5k
characters): about 20 ms per article once simplemma's dictionary is loaded (the first call loads it).
"""

from __future__ import annotations

from lagebild.entities.glued_mentions import split_glued_mentions
from lagebild.entities.name_propagation import (
    propagate_names,
    relabel_person_short_forms,
    relabel_persons_named_otherwise,
)
from lagebild.entities.news_agencies import tag_news_agencies
from lagebild.model import Mention

_MAX_ROUNDS = 4


def repair_mentions(body: str, mentions: list[Mention]) -> list[Mention]:
    """The article's mentions repaired (see the module docstring).

    Input: the body and the tagger's mentions (offsets into body, any order). Output: sorted,
    non-overlapping mentions with `body[m.start:m.end] == m.text`.
    """
    current = _non_overlapping(_trimmed(body, mentions))
    for _ in range(_MAX_ROUNDS):
        repaired = split_glued_mentions(body, current)
        repaired = tag_news_agencies(body, repaired)
        repaired = relabel_person_short_forms(repaired)
        repaired = relabel_persons_named_otherwise(repaired)
        repaired = _non_overlapping(propagate_names(body, repaired))
        if repaired == current:
            break
        current = repaired
    return current


def _trimmed(body: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        start, end = m.start, m.end
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Mention(start, end, body[start:end], m.kind))
    return out


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Sorted by start; of overlapping spans the earlier (then the longer) one stays."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out
