"""Corpus document frequencies in story clustering: names a corpus is full of stop gluing stories."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter

from lagebild.model import Article
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import MemoryStoryIndex, StoryIndex, assign_story
from lagebild.stories.background import CorpusIDF, background_df
from lagebild.stories.features import article_features

_SYLLABLES = ["ka", "lo", "mer", "tis", "vu", "ran", "pel", "dor", "sin", "gu", "bre", "ost", "fal", "nim"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _unrelated_articles(n: int, seed: int = 5) -> list[Article]:
    """`n` reports on `n` different made-up matters on one day. Each names three of 30 people
    who turn up everywhere, as a crawl's politicians do, and three things of its own."""
    rng = random.Random(seed)
    people = [_word(rng) + "er" for _ in range(30)]
    articles = []
    for i in range(n):
        first, second, third = rng.sample(people, 3)
        place, thing, group = _word(rng), _word(rng), _word(rng)
        articles.append(Article(
            id=f"a{i}", source="test", format="txt", published="2024-05-02",
            title=f"{first} besucht {place}: Streit um {thing}",
            body=(f"{first} hat am Donnerstag {place} besucht. Dort geht es um {thing}. "
                  f"Die {group} kritisierte {second} scharf. {third} wies die Kritik an {thing} zurück."),
        ))
    return articles


class _BackgroundOnly(MemoryStoryIndex):
    """The index as clustering saw it before corpus frequencies: nothing counted."""

    def documents(self) -> int:
        return 0

    def term_df(self, term: str) -> int:
        return 0


def _story_sizes(index: StoryIndex, articles: list[Article]) -> Counter[str]:
    return Counter(assign_story(article, index).id for article in articles)


def test_with_no_corpus_documents_the_weights_are_the_background_ones() -> None:
    article = _unrelated_articles(1)[0]
    statistics = CorpusIDF(background_df(), 0, lambda term: 0)
    assert article_features(article, bg=statistics) == article_features(article)
    assert {t.casefold() for t in article.title.split()[:1]} <= statistics.seen


def test_a_name_in_many_counted_articles_weighs_less() -> None:
    article = _unrelated_articles(1)[0]
    name = article.title.split()[0].casefold()
    fresh = article_features(article).terms
    common = article_features(article, bg=CorpusIDF(background_df(), 5000, lambda t: 4000 if t == name else 0)).terms
    assert common[name] < fresh[name]


def test_names_everywhere_glue_far_fewer_articles_together() -> None:
    # Every article is its own matter; only the 30 people are shared. With background IDF
    # alone the people's names (unknown to Wikinews, so weighted highest) pull hundreds of
    # articles into a few stories; counted corpus frequencies take most of that weight away.
    articles = _unrelated_articles(600)
    before, now = _story_sizes(_BackgroundOnly(), articles), _story_sizes(MemoryStoryIndex(), articles)
    assert max(now.values()) * 1.4 < max(before.values())
    assert len(now) > 4 * len(before)


def test_terms_are_counted_once_per_article_in_sqlite() -> None:
    index = SqliteStoryIndex(sqlite3.connect(":memory:", isolation_level=None))
    articles = _unrelated_articles(3)
    for article in articles + articles[:1]:  # the repeat is already assigned: not counted again
        assign_story(article, index)
    assert index.documents() == 3
    for article in articles:
        assert index.term_df(article.title.split()[2].rstrip(":").casefold()) == 1  # its place
    assert index.term_df("no-such-term") == 0
