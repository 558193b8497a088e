"""Where story clustering keeps its state: stories, their profiles, and an inverted index.

`StoryIndex` is the Protocol `assign_story` needs; `MemoryStoryIndex` implements it in dicts
(tests, one-off runs) and `lagebild.store.story_tables.SqliteStoryIndex` on SQLite tables.
The inverted index maps a key (a top term or name of a story's profile) to the stories that
have it, most recently updated first, so candidates come from a few posting lists and never
from a scan of all stories.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol

from lagebild.model import Story
from lagebild.stories.features import StoryFeatures


class StoryIndex(Protocol):
    """Storage of stories for incremental clustering."""

    def story_of(self, article_id: str) -> str | None:
        """Id of the story an article was assigned to, or None."""
        ...

    def get_story(self, story_id: str) -> Story | None:
        """The story record (articles in arrival order), or None."""
        ...

    def iter_stories(self) -> Iterator[Story]:
        """All stories, in creation order."""
        ...

    def get_profile(self, story_id: str) -> StoryFeatures | None:
        """The summed features of a story's articles, or None."""
        ...

    def candidates(self, keys: Sequence[str], per_key: int, limit: int) -> list[str]:
        """Up to `limit` story ids sharing the most keys; each key contributes its `per_key`
        most recently updated stories. Cost: O(len(keys) * per_key)."""
        ...

    def save(self, story: Story, profile: StoryFeatures, keys: Sequence[str], new_article: str) -> None:
        """Insert or update `story` with its profile, link `new_article` to it, and replace the
        story's posting keys (marking it most recently updated)."""
        ...

    def documents(self) -> int:
        """How many articles `count_terms` has counted (the corpus part of `CorpusIDF`)."""
        ...

    def term_df(self, term: str) -> int:
        """In how many counted articles `term` was weighed. Cost: one lookup."""
        ...

    def count_terms(self, terms: Iterable[str]) -> None:
        """Count one more article containing `terms`. Cost: O(len(terms)) upserts."""
        ...


def rank_candidates(postings: Iterator[Iterator[str]], limit: int) -> list[str]:
    """Story ids by number of posting lists they appear in (ties: first seen first)."""
    counts: Counter[str] = Counter()
    for stories in postings:
        counts.update(stories)
    return [sid for sid, _ in counts.most_common(limit)]


class MemoryStoryIndex:
    """`StoryIndex` in memory. Posting lists are insertion-ordered dicts whose most recently
    updated story is moved to the end, so the newest `per_key` are read in O(per_key)."""

    def __init__(self) -> None:
        self._stories: dict[str, Story] = {}
        self._profiles: dict[str, StoryFeatures] = {}
        self._article_story: dict[str, str] = {}
        self._keys_of: dict[str, tuple[str, ...]] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._documents = 0
        self._term_df: Counter[str] = Counter()

    def story_of(self, article_id: str) -> str | None:
        return self._article_story.get(article_id)

    def get_story(self, story_id: str) -> Story | None:
        story = self._stories.get(story_id)
        return None if story is None else replace(story, articles=list(story.articles))

    def iter_stories(self) -> Iterator[Story]:
        for story_id in list(self._stories):
            story = self.get_story(story_id)
            if story is not None:
                yield story

    def get_profile(self, story_id: str) -> StoryFeatures | None:
        return self._profiles.get(story_id)

    def candidates(self, keys: Sequence[str], per_key: int, limit: int) -> list[str]:
        lists = (itertools.islice(reversed(self._postings.get(k, {})), per_key) for k in keys)
        return rank_candidates(lists, limit)

    def save(self, story: Story, profile: StoryFeatures, keys: Sequence[str], new_article: str) -> None:
        self._stories[story.id] = replace(story, articles=list(story.articles))
        self._profiles[story.id] = profile
        self._article_story[new_article] = story.id
        for key in self._keys_of.get(story.id, ()):
            self._postings[key].pop(story.id, None)
        self._keys_of[story.id] = tuple(keys)
        for key in keys:
            self._postings.setdefault(key, {})[story.id] = None

    def documents(self) -> int:
        return self._documents

    def term_df(self, term: str) -> int:
        return self._term_df[term]

    def count_terms(self, terms: Iterable[str]) -> None:
        self._documents += 1
        self._term_df.update(set(terms))
