"""A cheap tense cue: does the sentence around an expression talk about the future?

Why: news reports mostly look back ("am Mittwoch sagte er"), but previews look ahead
("am Mittwoch wird abgestimmt"). Rule (documented default): with `prefer="past"`, a
sentence containing a future auxiliary or planning word flips bare weekdays, months and
year-less dates to the next occurrence. With `prefer="future"` nothing flips.
Cost: O(sentence length) per expression.
"""

from __future__ import annotations

import re

from lagebild.time.reference import Direction

_FUTURE_CUE = re.compile(
    r"\b(?:wird|werden|wirst|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich|"
    r"bevorstehende[nmrs]?|kommende[nmrs]?|findet|stattfinden|beginnt|startet|künftig)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„])|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence containing text[start:end], by punctuation (good enough for cue words)."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right]


def direction_for(text: str, start: int, end: int, prefer: Direction) -> Direction:
    """`prefer`, unless it is "past" and the sentence carries a future cue."""
    if prefer == "future":
        return "future"
    return "future" if _FUTURE_CUE.search(sentence_around(text, start, end)) else "past"
