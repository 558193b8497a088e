"""Word tokens with their character offsets, and lemmas, for German news text.

Shared by reuse (shingles), stories (terms) and metadata so that every stage sees the same
words. Cost: one regex pass, O(len(text)).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import simplemma

# Letters (incl. umlauts, ß, accented), digits, and inner hyphens/apostrophes: "US-Erkenntnissen", "Kim's".
WORD_PATTERN = _WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def word_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (word, start, end) for each word in `text`."""
    for m in _WORD.finditer(text):
        yield m.group(), m.start(), m.end()


def words(text: str) -> list[str]:
    """The words of `text`, case kept."""
    return _WORD.findall(text)


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str = "de") -> str:
    """Lower-cased lemma of one word (simplemma's dictionary lookup, cached)."""
    return simplemma.lemmatize(word, lang=lang).lower()
