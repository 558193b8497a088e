"""Sentence spans for German news bodies, from SoMaJo's rule-based splitter.

SoMaJo knows German abbreviations ("Dr.", "Okt.", "z. B."), ordinals ("3. Oktober",
"70. Jahrestag") and quotes („…“), which is where naive splitters on ". " fail in news text.
Two things are added around it:
- URLs are masked first (replaced by letters of the same length, so offsets do not move),
  because a "." inside "www.example.de/a.b" must never end a sentence;
- the body is cut at blank lines first: a paragraph (or a headline) never runs into the next.

Cost: O(len(text)); one SoMaJo instance per process, built on first use. Quality (boundary
F1 on UD German GSD) and speed (sentences/s) are printed by `benchmarks/entities_eval.py --part sentences`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex
from somajo import SoMaJo

# Scheme URLs, "www." hosts and bare domains with a path; trailing sentence punctuation stays outside.
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"„“”»«]+[^\s<>\"„“”»«.,;:!?)\]]"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|com|org|net|eu|at|ch|info)/[^\s<>\"„“”»«]*[^\s<>\"„“”»«.,;:!?)\]]",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")


@lru_cache(maxsize=1)
def _splitter() -> SoMaJo:
    """The one SoMaJo instance (building it compiles many regexes; reuse it).

    SoMaJo looks for emojis character by character in every token, which is half of its
    time on news text that has none. The instance's `_split_emojis` is wrapped to skip tokens
    without any emoji character; for those the original finds no boundary either, so the
    output is unchanged (tested against the unwrapped splitter).
    """
    splitter = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
    tokenizer: Any = getattr(splitter, "_tokenizer", None)
    original = getattr(tokenizer, "_split_emojis", None)
    if original is not None:
        def split_emojis(node: Any, token_class: str = "emoticon") -> None:
            if _EMOJI.search(node.value.text):
                original(node, token_class)
        tokenizer._split_emojis = split_emojis
    return splitter


def mask_urls(text: str) -> str:
    """`text` with every URL replaced by as many "x" as it has characters (offsets unchanged)."""
    return _URL.sub(lambda m: "x" * len(m.group()), text)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-blank stretches between blank lines."""
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if text[start:brk.start()].strip():
            yield start, brk.start()
        start = brk.end()
    if text[start:].strip():
        yield start, len(text)


@lru_cache(maxsize=4)
def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, in order.

    Input: a body (paragraphs separated by blank lines). Output: spans with
    `text[start:end]` a sentence, starting at its first and ending after its last
    non-space character. Cost: O(len(text)), one SoMaJo pass per paragraph; the last few
    results are cached, since claims and events both read the same article's sentences.
    Callers must not mutate the returned list.
    """
    masked = mask_urls(text)
    bounds = list(_paragraphs(masked))
    spans: list[tuple[int, int]] = []
    splitter = _splitter()
    for base, stop in bounds:
        for sentence in splitter.tokenize_text([masked[base:stop]]):
            first, last = sentence[0].character_offset, sentence[-1].character_offset
            if first is not None and last is not None:
                spans.append((base + first[0], base + last[1]))
    return spans


def sentences(text: str) -> list[str]:
    """The sentence texts of `text` (see `split_sentences`)."""
    return [text[s:e] for s, e in split_sentences(text)]
