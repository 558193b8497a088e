"""Tokens with character offsets for the claim rules: words, numbers and single punctuation marks.

`lagebild.nlp.tokens` keeps only words; the claim rules also need commas, colons and quotation
marks as tokens (they mark clause edges and quotations), so punctuation is kept here, one mark
per token, like the SpkAtt tokenisation. Cost: one regex pass, O(len(text)).
"""

from __future__ import annotations

import re

# Words with inner hyphens/apostrophes/periods ("US-Erkenntnissen", "t-online.de"), numbers with
# separators ("10.000", "41,9", "8:00"), or any single other non-space character.
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_][\w]*(?:[-'’.][^\W_]+)*|\S")


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) for each token of `text[start:end]`, offsets into `text`."""
    stop = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
