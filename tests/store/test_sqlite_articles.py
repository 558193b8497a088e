"""Articles in the SQLite store: add, idempotence, lookups by id and prefix, iteration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import lagebild.store.sqlite as sqlite_module
from lagebild.model import Article
from lagebild.store import AmbiguousId, SqliteStore, StoreError

ArticleMaker = Callable[..., Article]


def test_added_article_comes_back_equal(store: SqliteStore, make_article: ArticleMaker) -> None:
    article = make_article(
        1, url="https://example.org/a", captions=["Foto: Die Brücke"], credits=["dpa"],
        related=["Mehr zum Thema"], links=["https://example.org/b"], teaser="Kurz gesagt.",
        outlet="Süderbrücker Bote", story="s1",
    )  # fmt: skip
    assert store.add_article(article) is True
    assert store.has_article(article.id)
    assert store.get_article(article.id) == article


def test_adding_twice_keeps_one_unchanged_copy(store: SqliteStore, make_article: ArticleMaker) -> None:
    first = make_article(1)
    assert store.add_article(first)
    assert store.add_article(make_article(1, body="anderer Text")) is False
    assert store.count_articles() == 1
    assert store.get_article(first.id) == first


def test_unknown_article_is_none(store: SqliteStore) -> None:
    assert store.get_article("0123456789abcdef") is None
    assert not store.has_article("0123456789abcdef")


def test_update_sets_story_and_duplicate_and_none_keeps(
    store: SqliteStore, make_article: ArticleMaker
) -> None:
    store.add_article(make_article(1))
    store.update_article(make_article(1).id, story="story-7")
    store.update_article(make_article(1).id, duplicate_of="00000000000000ff")
    stored = store.get_article(make_article(1).id)
    assert stored is not None
    assert (stored.story, stored.duplicate_of) == ("story-7", "00000000000000ff")
    with pytest.raises(KeyError):
        store.update_article("nope", story="x")


def test_unique_prefix_finds_the_article(store: SqliteStore, make_article: ArticleMaker) -> None:
    store.add_article(make_article(1, id="abcdef0011223344"))
    store.add_article(make_article(2, id="abcdff0011223344"))
    found = store.get_article("abcdef")
    assert found is not None and found.id == "abcdef0011223344"


def test_ambiguous_prefix_raises_naming_the_matches(store: SqliteStore, make_article: ArticleMaker) -> None:
    store.add_article(make_article(1, id="abcdef0011223344"))
    store.add_article(make_article(2, id="abcdef9911223344"))
    with pytest.raises(AmbiguousId) as caught:
        store.get_article("abcdef")
    assert set(caught.value.matches) == {"abcdef0011223344", "abcdef9911223344"}
    assert "abcdef" in str(caught.value)
    assert isinstance(caught.value, StoreError)


def test_short_or_missing_prefix_finds_nothing(store: SqliteStore, make_article: ArticleMaker) -> None:
    store.add_article(make_article(1, id="abcdef0011223344"))
    assert store.get_article("abcde") is None  # below the 6-character minimum
    assert store.get_article("abcdee") is None
    assert store.get_article("bcdef0") is None  # a prefix, not a substring


def test_iteration_follows_insertion_order_not_id_order(
    store: SqliteStore, make_article: ArticleMaker
) -> None:
    ids = ["ff00000000000000", "0000000000000001", "7777777777777777", "0000000000000000"]
    for n, article_id in enumerate(ids):
        store.add_article(make_article(n, id=article_id))
    assert [a.id for a in store.iter_articles()] == ids


def test_iteration_fetches_in_chunks(
    store: SqliteStore, make_article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "ITER_CHUNK_SIZE", 3)
    for n in range(10):
        store.add_article(make_article(n))
    selects: list[str] = []
    store.connection.set_trace_callback(
        lambda sql: selects.append(sql) if sql.startswith("SELECT added_seq") else None
    )
    articles = store.iter_articles()
    first_two = [next(articles), next(articles)]
    assert len(selects) == 1  # only the first chunk was read so far
    rest = list(articles)
    assert [a.id for a in first_two + rest] == [make_article(n).id for n in range(10)]
    assert len(selects) == 4  # 3 + 3 + 3 + 1


def test_iteration_survives_updates_while_iterating(
    store: SqliteStore, make_article: ArticleMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "ITER_CHUNK_SIZE", 2)
    for n in range(5):
        store.add_article(make_article(n))
    seen = []
    for article in store.iter_articles():
        store.update_article(article.id, story="s")
        seen.append(article.id)
    assert len(seen) == 5
    assert all(a.story == "s" for a in store.iter_articles())


def test_sql_injection_text_round_trips_verbatim(store: SqliteStore, make_article: ArticleMaker) -> None:
    nasty = "'); DROP TABLE articles;--"
    article = make_article(1, id=nasty, body=nasty, title=f'"{nasty}', tags=[nasty], source=nasty)
    assert store.add_article(article)
    assert store.get_article(nasty) == article
    assert store.get_article("'); DR") == article  # as a prefix too
    assert store.count_articles() == 1


def test_lone_surrogates_are_stored_as_replacement_characters(
    store: SqliteStore, make_article: ArticleMaker
) -> None:
    article = make_article(1, body="kaputt: \udcfc hier", tags=["\ud800"])
    assert store.add_article(article)
    stored = store.get_article(article.id)
    assert stored is not None
    assert stored.body == "kaputt: \ufffd hier"  # same length: offsets into the body stay valid
    assert stored.tags == ["\ufffd"]


def test_articles_persist_across_reopen(tmp_path: Path, make_article: ArticleMaker) -> None:
    with SqliteStore(tmp_path / "x.db") as first:
        first.add_article(make_article(1))
    with SqliteStore(tmp_path / "x.db") as again:
        assert [a.id for a in again.iter_articles()] == [make_article(1).id]


def test_mentions_and_timexes_round_trip(tmp_path: Path) -> None:
    from lagebild.model import Article, Mention, Timex
    from lagebild.store import open_store

    article = Article(id="abcdef0123456789", source="x", format="txt", body="Putin kam am Mittwoch.",
                      mentions=[Mention(0, 5, "Putin", "PER")],
                      timexes=[Timex(10, 21, "am Mittwoch", "DATE", "2023-07-26")])
    store = open_store(str(tmp_path / "m.db"))
    store.add_article(article)
    assert store.get_article(article.id) == article
    store.close()
