"""Complete titles that a scraper cut off ("… ist in Russland a…") from headlines seen elsewhere.

Why: text dumps of some outlets truncate long titles at a fixed width, while the same
outlet's "related articles" blocks in other articles carry the full headline. A corpus-level
repair: when a truncated title's stem is the start of exactly one known headline, that
headline is the title. It works in both arrival orders: a new truncated title looks up the
headlines seen so far, and a new article's related headlines repair earlier truncated titles.

Cost per article: one index lookup per truncated title and per related headline (keys are
the first `KEY_LENGTH` normalised characters), independent of corpus size.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from lagebild.model import Article

#: Characters of normalised text that key the index; stems shorter than this are not repaired
#: (too little text to be sure it is the same headline).
KEY_LENGTH = 24
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’'"})


def truncated_stem(title: str | None) -> str | None:
    """The text before a trailing ellipsis, or None if the title is not cut off (or too short)."""
    if not title or not _ELLIPSIS.search(title):
        return None
    stem = _ELLIPSIS.sub("", title)
    return stem if len(normalise(stem)) >= KEY_LENGTH else None


def normalise(text: str) -> str:
    """Case-folded, quote-unified, whitespace-collapsed text for comparing headlines."""
    return " ".join(text.translate(_QUOTES).casefold().split())


def key(text: str) -> str:
    return normalise(text)[:KEY_LENGTH]


def completes(stem: str, headline: str) -> bool:
    """True if `headline` is a longer title starting with `stem`."""
    full, start = normalise(headline), normalise(stem)
    return len(full) > len(start) and full.startswith(start)


class HeadlineIndex(Protocol):
    """Full headlines and truncated titles seen so far, keyed by `key`."""

    def add_headline(self, text: str) -> None: ...

    def headlines(self, key: str) -> list[str]: ...

    def add_truncated(self, article_id: str, stem: str) -> None: ...

    def truncated(self, key: str) -> list[tuple[str, str]]:
        """(article id, stem) of stored truncated titles with this key."""
        ...

    def remove_truncated(self, article_id: str) -> None: ...


class MemoryHeadlineIndex:
    """`HeadlineIndex` in dictionaries (tests, library use)."""

    def __init__(self) -> None:
        self._headlines: dict[str, set[str]] = defaultdict(set)
        self._truncated: dict[str, dict[str, str]] = defaultdict(dict)

    def add_headline(self, text: str) -> None:
        self._headlines[key(text)].add(text)

    def headlines(self, key: str) -> list[str]:
        return sorted(self._headlines.get(key, ()))

    def add_truncated(self, article_id: str, stem: str) -> None:
        self._truncated[key(stem)][article_id] = stem

    def truncated(self, key: str) -> list[tuple[str, str]]:
        return sorted(self._truncated.get(key, {}).items())

    def remove_truncated(self, article_id: str) -> None:
        for entries in self._truncated.values():
            entries.pop(article_id, None)


def _unique_completion(stem: str, candidates: Iterable[str]) -> str | None:
    matches = {normalise(c): c for c in candidates if completes(stem, c)}
    return next(iter(matches.values())) if len(matches) == 1 else None


def repair_titles(article: Article, index: HeadlineIndex) -> list[tuple[str, str]]:
    """Complete `article`'s truncated title and earlier ones its related headlines complete.

    Returns (article id, full title) for every repaired title, this article's included (its
    `title` is also set in place); records the article's headlines and any title still
    truncated in `index`. Ambiguous completions (two different headlines) are left alone.
    """
    repaired: list[tuple[str, str]] = []
    for headline in dict.fromkeys(article.related):
        if truncated_stem(headline) is not None:
            continue
        index.add_headline(headline)
        for other_id, other_stem in index.truncated(key(headline)):
            if other_id != article.id and completes(other_stem, headline):
                completion = _unique_completion(other_stem, index.headlines(key(other_stem)))
                if completion:
                    repaired.append((other_id, completion))
                    index.remove_truncated(other_id)
    stem = truncated_stem(article.title)
    if stem is not None:
        full = _unique_completion(stem, index.headlines(key(stem)))
        if full:
            article.title = full
            repaired.append((article.id, full))
        else:
            index.add_truncated(article.id, stem)
    elif article.title:
        index.add_headline(article.title)
    return repaired
