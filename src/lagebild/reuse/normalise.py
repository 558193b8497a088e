"""Normalised words of an article body, keeping each word's character offsets.

Reuse compares words, not characters, so that quote styles („…“ vs "…"), punctuation,
line breaks and case never break a match; the offsets let every match be mapped back to
`body[start:end]`. Cost: one regex pass over the body, O(len(body)).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import NamedTuple

from lagebild.nlp.tokens import WORD_PATTERN, word_spans, words


class NormalWord(NamedTuple):
    """One word as compared (`norm`) and where it sits in the body (`start`, `end`)."""

    norm: str
    start: int
    end: int


def normalised_words(body: str) -> list[NormalWord]:
    """Words of `body`, case-folded ("Straße" -> "strasse") with typographic apostrophes unified.

    Input: an article body. Output: its words in order, each with its char offsets.
    """
    return [NormalWord(w.casefold().replace("’", "'"), s, e) for w, s, e in word_spans(body)]


class WordTable(NamedTuple):
    """The same words as `normalised_words`, as three parallel lists: about half the cost to
    build (no tuple per word), which matters for the bodies of many reuse candidates."""

    norms: list[str]
    starts: list[int]
    ends: list[int]


def word_table(body: str) -> WordTable:
    """`normalised_words(body)` as parallel lists (`WordTable`). Cost: one regex pass."""
    matches = list(WORD_PATTERN.finditer(body))
    return WordTable(
        [m.group().casefold().replace("’", "'") for m in matches],
        [m.start() for m in matches],
        [m.end() for m in matches],
    )


class BodyWords:
    """A body's normalised words read lazily from their start offsets (stored with the
    article): cutting a shared span needs only the words around its edges, so a candidate's
    body is never tokenised whole. `self[i]` is the norm of word i, as in `word_table`."""

    def __init__(self, body: str, starts: Sequence[int]) -> None:
        self.body, self.starts = body, starts

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> str:
        return _norm(self._match(i).group())

    def start(self, i: int) -> int:
        return self.starts[i]

    def end(self, i: int) -> int:
        return self._match(i).end()

    def _match(self, i: int) -> re.Match[str]:
        found = WORD_PATTERN.match(self.body, self.starts[i])
        if found is None:  # offsets that do not belong to this body: a corrupt index row
            raise ValueError(f"no word at offset {self.starts[i]} of a {len(self.body)}-character body")
        return found


def _norm(word: str) -> str:
    return word.casefold().replace("’", "'")


def normalised_norms(body: str) -> list[str]:
    """`[w.norm for w in normalised_words(body)]` without the offsets: ~3x cheaper, for
    k-gram hashes alone. Cost: one regex pass, O(len(body))."""
    return [w.casefold().replace("’", "'") for w in words(body)]


def body_hash(norms: Sequence[str]) -> str:
    """SHA-256 hex of the normalised word sequence (`WordTable.norms`): equal for bodies that
    differ only in whitespace, punctuation, quote marks or case. Cost: O(len(body))."""
    return hashlib.sha256("\x1f".join(norms).encode("utf-8", "surrogatepass")).hexdigest()
