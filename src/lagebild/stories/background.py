"""Document frequencies of German lemmas in a background news corpus, loaded once, lazily.

Why: IDF tells distinctive words (Schoigu, Sonderzug) from everyday ones (Regierung), and
because German capitalises every noun, it is also how `features` tells names from nouns.
The shipped table (`data/background_df.json.gz`, built by `build_background.py` from German
Wikinews, CC BY 2.5) needs no network. Cost: ~50 ms and a few MB of RAM on first use; O(1)
per lookup afterwards.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

BACKGROUND_PATH = Path(__file__).with_name("data") / "background_df.json.gz"


@dataclass(frozen=True, slots=True)
class BackgroundDF:
    """`df[lemma]` = number of the `documents` background articles containing the lemma."""

    documents: int
    df: dict[str, int]

    def idf(self, lemma: str) -> float:
        """Smoothed IDF, log((N + 1) / (df + 1)) + 1: unseen words get the highest weight."""
        return math.log((self.documents + 1) / (self.df.get(lemma, 0) + 1)) + 1.0

    def share(self, lemma: str) -> float:
        """Fraction of background documents containing `lemma` (0.0 for unseen words)."""
        return self.df.get(lemma, 0) / self.documents


class TermStatistics(Protocol):
    """What story features weigh terms with: `BackgroundDF`, or `CorpusIDF` during clustering."""

    @property
    def df(self) -> Mapping[str, int]:
        """Background document frequencies (which of two word forms is the commoner one)."""
        ...

    def idf(self, lemma: str) -> float: ...

    def share(self, lemma: str) -> float: ...


@dataclass(slots=True)
class CorpusIDF:
    """IDF over the background corpus *plus* the articles clustered so far.

    Why: the background (Wikinews) does not know the names a corpus is full of. A name in every
    third article of a crawl ("Scholz" in German politics, or a generated surname) keeps the top
    background IDF and makes unrelated articles alike, so one story profile made of such names
    ends up absorbing everything. Counting the corpus's own document frequencies lowers their
    weight as they spread. With no corpus documents this is exactly `BackgroundDF.idf`.
    `corpus_df(lemma)` gives the corpus count; every lemma weighed is kept in `seen`, so the
    caller can count the article afterwards (`StoryIndex.count_terms`).
    """

    background: BackgroundDF
    documents: int
    corpus_df: Callable[[str], int]
    seen: set[str] = field(default_factory=set)

    @property
    def df(self) -> Mapping[str, int]:
        return self.background.df

    def idf(self, lemma: str) -> float:
        """log((N_background + N_corpus + 1) / (df_background + df_corpus + 1)) + 1."""
        self.seen.add(lemma)
        total = self.background.documents + self.documents + 1
        return math.log(total / (self.background.df.get(lemma, 0) + self.corpus_df(lemma) + 1)) + 1.0

    def share(self, lemma: str) -> float:
        return self.background.share(lemma)


@lru_cache(maxsize=1)
def background_df() -> BackgroundDF:
    """The shipped background table; raises FileNotFoundError with the rebuild command if absent."""
    if not BACKGROUND_PATH.is_file():
        raise FileNotFoundError(
            f"{BACKGROUND_PATH} is missing; rebuild it with `python -m lagebild.stories.build_background`"
        )
    with gzip.open(BACKGROUND_PATH, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    return BackgroundDF(documents=int(raw["documents"]), df={str(k): int(v) for k, v in raw["df"].items()})
