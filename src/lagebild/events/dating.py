"""When did an event happen: the time expression of its clause, resolved by the time layer.

The time layer has already normalised every expression against the publication date; here
an event picks the one that belongs to it: in its own clause first (nearest to the trigger),
else in its sentence. "von 1950 bis 1953" and "zwischen 1950 und 1953" become the ISO 8601
interval "1950/1953". Durations ("drei Tage"), sets ("jeden Montag") and vague references ("bis heute": PRESENT_REF)
do not date an event.
A sentence with no date of its own that continues the previous one ("Demnach ...", "Es ...")
takes the previous sentence's date: news writes one date per reported scene.
Cost: O(timexes in the sentence).
"""

from __future__ import annotations

import re

from lagebild.events.clauses import Token
from lagebild.model import Timex

_DATING_TYPES = frozenset({"DATE", "TIME"})
_RANGE_JOIN = re.compile(r"^\s*(?:bis(?: zum| zur)?|und|–|-)\s*$")
#: First words by which a sentence continues the scene of the one before.
CONTINUATIONS = frozenset({"demnach", "dabei", "dort", "es", "er", "sie", "dies", "das", "daraufhin"})


def event_date(body: str, timexes: list[Timex], tokens: list[Token], clause: int, trigger_start: int,
               own_clause_only: bool = False) -> str | None:
    """The date value for an event whose trigger starts at `trigger_start` in `clause`.

    `own_clause_only` for event nouns: "das Ende des Koreakriegs, der am Mittwoch gefeiert
    wurde" dates the celebration, not the war.
    """
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    in_sentence = [t for t in timexes if start <= t.start < end and t.type in _DATING_TYPES
                   and not t.value.endswith("_REF")]
    if not in_sentence:
        return None
    clause_span = [t for t in tokens if t.clause == clause]
    lo, hi = clause_span[0].start, clause_span[-1].end
    in_clause = [t for t in in_sentence if lo <= t.start < hi]
    pool = in_clause if in_clause or own_clause_only else in_sentence
    if not pool:
        return None
    interval = _interval(body, pool)
    if interval:
        return interval
    return min(pool, key=lambda t: abs(t.start - trigger_start)).value


def sentence_date(timexes: list[Timex], start: int, end: int) -> str | None:
    """The first date or time a sentence gives (what a continuing sentence inherits)."""
    return next((t.value for t in timexes if start <= t.start < end and t.type in _DATING_TYPES
                 and not t.value.endswith("_REF")), None)


def _interval(body: str, timexes: list[Timex]) -> str | None:
    """"1950/1953" for two dates joined by "bis"/"und"/a dash, else None."""
    for first, second in zip(timexes, timexes[1:], strict=False):
        if _RANGE_JOIN.match(body[first.end:second.start]):
            return f"{first.value}/{second.value}"
    return None


def continues_previous(tokens: list[Token]) -> bool:
    """Whether the sentence opens with a word that carries on the previous sentence's scene."""
    first = next((t for t in tokens if t.is_word), None)
    return first is not None and first.lower in CONTINUATIONS
