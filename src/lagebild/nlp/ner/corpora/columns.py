"""Column-format NER corpora (CoNLL-2002/2003, WikiANN's conllu, SuperGLEBer TSV).

One generic reader: which column holds the token and which the tag is the only difference,
so each corpus is a one-line call in `..sources`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..labels import map_bio
from . import TaggedSentence

_SPLIT = re.compile(r"\t| ")


def read_columns(
    path: Path, table: dict[str, str], token_col: int = 0, tag_col: int = -1, split_on_space: bool = False
) -> Iterator[TaggedSentence]:
    """Yield mapped sentences from a blank-line-separated column file.

    `-DOCSTART-` lines and `#` comment lines are skipped. Columns are TAB-separated (or also
    space-separated with `split_on_space`, for CoNLL-2002 "token tag" files). Cost: one pass.
    """
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-") or (line.startswith("#") and "\t" not in line):
                continue
            if not line.strip():
                if words:
                    yield TaggedSentence(words, map_bio(tags, table))
                words, tags = [], []
                continue
            cols = _SPLIT.split(line) if split_on_space else line.split("\t")
            if len(cols) < 2 or not cols[token_col]:
                continue
            words.append(cols[token_col])
            tags.append(cols[tag_col])
    if words:
        yield TaggedSentence(words, map_bio(tags, table))
