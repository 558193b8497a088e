"""Numeric features of one block for the body/boilerplate classifier.

Why: jusText showed that length, function-word density and link density separate prose
from site furniture; we add dump-specific signals (bullets, link markers, boilerplate
phrases, heading shape, position) and the same signals of the neighbours, because the
main text is one dense region. Input: the document's blocks. Output: one row per block.
Cost: O(words) per block, pure Python.
"""

from __future__ import annotations

import math
import re

from lagebild.clean.blocks import Block
from lagebild.clean.lexicon import BOILERPLATE, END_OF_ARTICLE, GERMAN_STOPWORDS
from lagebild.nlp.tokens import words

_SENTENCE_END = re.compile(r"[.!?…:;\"“”»«)]\s*$")
_PUNCT = re.compile(r"[.,;:!?]")
_NAV_SEPARATOR = re.compile(r"\s[|·•»›/]\s")
_DIGIT = re.compile(r"\d")

OWN = ("bias", "log_chars", "stopword_share", "sentence_end", "punct_per_word", "capital_share",
       "bullet", "heading_like", "marker_per_word", "boilerplate_hits", "end_of_article", "digit_share",
       "nav_separators", "position", "indent_delta", "long_prose")
CONTEXT = ("prev_prose", "next_prose", "window_prose", "prev_bullet", "next_bullet")
NAMES: tuple[str, ...] = OWN + CONTEXT


def _own(block: Block, index: int, total: int, body_indent: int) -> list[float]:
    text = block.text
    ws = words(text)
    n = max(len(ws), 1)
    stop = sum(1 for w in ws if w.lower() in GERMAN_STOPWORDS) / n
    capital = sum(1 for w in ws if w[:1].isupper()) / n
    ends = 1.0 if _SENTENCE_END.search(text) else 0.0
    heading = 1.0 if (len(ws) <= 12 and not ends) or block.marked_heading else 0.0
    long_prose = 1.0 if len(ws) >= 25 and stop >= 0.2 and ends else 0.0
    return [
        1.0,
        math.log1p(len(text)),
        stop,
        ends,
        min(len(_PUNCT.findall(text)) / n, 1.0),
        capital,
        1.0 if block.bullet else 0.0,
        heading,
        min(block.markers / n, 1.0),
        min(len(BOILERPLATE.findall(text)), 3) / (1.0 + math.log1p(n)),
        1.0 if END_OF_ARTICLE.match(text) else 0.0,
        len(_DIGIT.findall(text)) / max(len(text), 1),
        min(len(_NAV_SEPARATOR.findall(text)), 5) / 5,
        index / max(total - 1, 1),
        max(min((block.indent - body_indent) / 4, 2.0), -2.0),
        long_prose,
    ]


def block_features(blocks: list[Block]) -> list[list[float]]:
    """Feature rows (in `NAMES` order) for every block of one document."""
    if not blocks:
        return []
    indents = sorted(b.indent for b in blocks if len(b.text) > 120) or [0]
    body_indent = indents[len(indents) // 2]
    own = [_own(b, i, len(blocks), body_indent) for i, b in enumerate(blocks)]
    prose_col = OWN.index("long_prose")
    bullet_col = OWN.index("bullet")
    rows = []
    for i, row in enumerate(own):
        prev = own[i - 1] if i > 0 else None
        nxt = own[i + 1] if i + 1 < len(own) else None
        window = own[max(0, i - 3): i + 4]
        rows.append(row + [
            prev[prose_col] if prev else 0.0,
            nxt[prose_col] if nxt else 0.0,
            sum(r[prose_col] for r in window) / len(window),
            prev[bullet_col] if prev else 0.0,
            nxt[bullet_col] if nxt else 0.0,
        ])
    return rows
