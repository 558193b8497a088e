"""Numeric features of one block for the body/boilerplate classifier.

Why: jusText showed that length, function-word density and link density separate prose
from site furniture; we add dump-specific signals (bullets, link markers, boilerplate
phrases, reader address, teaser tails, heading shape, position) and context, because the
main text is one dense region while furniture comes in runs (teaser lists, menus) and
after end-of-article headings ("Mehr zum Thema", "Das könnte Sie auch interessieren").
Input: the document's blocks. Output: one row per block, in `NAMES` order.
Cost: O(words) per block (one word regex, one lexicon regex per block), then O(blocks)
for the context columns; pure Python.
"""

from __future__ import annotations

import math
import re

from lagebild.clean.blocks import Block
from lagebild.clean.lexicon import BOILERPLATE, END_OF_ARTICLE, GERMAN_STOPWORDS, READER_ADDRESS, TEASER_TAIL
from lagebild.nlp.tokens import words

_SENTENCE_END = frozenset('.!?…:;"“”»«)')
_PUNCT = ".,;:!?"
_DIGITS = "0123456789"
_NAV_SEPARATOR = re.compile(r"\s[|·•»›/]\s")
_DATE_LINE = re.compile(r"\b\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]{2,8}\.?)\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_SHORT_WORDS = 12  # blocks up to this many words without a sentence end look like headings
_MAX_DIST = 10  # distance to the nearest prose block is capped here

OWN = ("bias", "log_chars", "stopword_share", "sentence_end", "punct_per_word", "capital_share",
       "bullet", "heading_like", "marker_per_word", "boilerplate_hits", "end_of_article", "digit_share",
       "nav_separators", "position", "indent_delta", "long_prose", "reader_address", "teaser_tail",
       "date_line")
CONTEXT = ("prev_prose", "next_prose", "window_prose", "prev_bullet", "next_bullet", "after_end",
           "short_run", "window_markers", "prose_distance", "before_prose", "after_prose")
NAMES: tuple[str, ...] = OWN + CONTEXT

_PROSE = OWN.index("long_prose")
_BULLET = OWN.index("bullet")
_HEADING = OWN.index("heading_like")
_MARKERS = OWN.index("marker_per_word")
_END = OWN.index("end_of_article")


def _own(block: Block, index: int, total: int, body_indent: int) -> list[float]:
    text = block.text
    lowered = text.lower()
    ws = words(text)
    n_words = len(ws)
    n = max(n_words, 1)
    # one word-regex pass: words contain no space, so join-lower-split lower-cases them in C
    ws_lower = " ".join(ws).lower().split(" ") if ws else []
    # C-level counting passes instead of a Python loop per word
    stop = sum(map(GERMAN_STOPWORDS.__contains__, ws_lower))
    capital = sum(map(str.__ne__, ws, ws_lower))
    address = sum(map(READER_ADDRESS.__contains__, ws[1:]))
    stop_share = stop / n
    ends = 1.0 if text.rstrip()[-1:] in _SENTENCE_END else 0.0
    short = n_words <= _SHORT_WORDS
    return [
        1.0,
        math.log1p(len(text)),
        stop_share,
        ends,
        min(sum(map(text.count, _PUNCT)) / n, 1.0),
        capital / n,
        1.0 if block.bullet else 0.0,
        1.0 if (short and not ends) or block.marked_heading else 0.0,
        min(block.markers / n, 1.0),
        min(len(BOILERPLATE.findall(lowered)), 3) / (1.0 + math.log1p(n)),
        1.0 if short and END_OF_ARTICLE.match(lowered) else 0.0,
        sum(map(text.count, _DIGITS)) / max(len(text), 1),
        min(len(_NAV_SEPARATOR.findall(text)), 5) / 5 if " " in text else 0.0,
        index / max(total - 1, 1),
        max(min((block.indent - body_indent) / 4, 2.0), -2.0),
        1.0 if n_words >= 25 and stop_share >= 0.2 and ends else 0.0,
        min(address / n * 5, 1.0),
        1.0 if TEASER_TAIL.search(lowered[-24:]) else 0.0,
        1.0 if short and _DATE_LINE.search(text) else 0.0,
    ]


def block_features(blocks: list[Block]) -> list[list[float]]:
    """Feature rows (in `NAMES` order) for every block of one document. O(blocks)."""
    if not blocks:
        return []
    indents = sorted(b.indent for b in blocks if len(b.text) > 120) or [0]
    body_indent = indents[len(indents) // 2]
    total = len(blocks)
    own = [_own(b, i, total, body_indent) for i, b in enumerate(blocks)]
    prose = [r[_PROSE] for r in own]
    prose_idx = [i for i, p in enumerate(prose) if p]
    first_prose = prose_idx[0] if prose_idx else total
    last_prose = prose_idx[-1] if prose_idx else -1
    # distance to the nearest prose block: two linear sweeps
    dist = [float(_MAX_DIST)] * total
    last = -_MAX_DIST - 1
    for i in range(total):
        if prose[i]:
            last = i
        dist[i] = min(i - last, _MAX_DIST)
    last = total + _MAX_DIST + 1
    for i in range(total - 1, -1, -1):
        if prose[i]:
            last = i
        dist[i] = min(dist[i], last - i)
    # runs of consecutive short heading-like blocks (teaser lists, menus)
    run_len = [0] * total
    i = 0
    while i < total:
        j = i
        while j < total and own[j][_HEADING]:
            j += 1
        for k in range(i, j):
            run_len[k] = j - i
        i = j + 1 if j == i else j
    # window sums by prefix sums
    pre_prose = [0.0]
    pre_mark = [0.0]
    for r in own:
        pre_prose.append(pre_prose[-1] + r[_PROSE])
        pre_mark.append(pre_mark[-1] + r[_MARKERS])
    rows = []
    seen_end = 0.0
    for i, row in enumerate(own):
        lo, hi = max(0, i - 3), min(total, i + 4)
        prev = own[i - 1] if i > 0 else None
        nxt = own[i + 1] if i + 1 < total else None
        rows.append(row + [
            prev[_PROSE] if prev else 0.0,
            nxt[_PROSE] if nxt else 0.0,
            (pre_prose[hi] - pre_prose[lo]) / (hi - lo),
            prev[_BULLET] if prev else 0.0,
            nxt[_BULLET] if nxt else 0.0,
            seen_end,
            math.log1p(run_len[i]) / math.log(11),
            (pre_mark[hi] - pre_mark[lo]) / (hi - lo),
            dist[i] / _MAX_DIST,
            1.0 if i < first_prose else 0.0,
            1.0 if i > last_prose else 0.0,
        ])
        if row[_END] and i > first_prose:
            seen_end = 1.0
    return rows
