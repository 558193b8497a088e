"""Linking across articles, on both index implementations: merge, upgrade, ambiguity, kinds, idempotence."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import pytest

from lagebild.entities import EntityIndex, MemoryEntityIndex, link_entities
from lagebild.model import Article, Mention
from lagebild.store.entity_tables import SqliteEntityIndex


def article(article_id: str, text: str, names: list[tuple[str, str]]) -> Article:
    """An article whose mentions are every whole-word occurrence of the given (surface, kind)."""
    found: list[Mention] = []
    taken: set[int] = set()
    for surface, kind in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not taken & set(range(m.start(), m.end())):
                taken |= set(range(m.start(), m.end()))
                found.append(Mention(m.start(), m.end(), m.group(), kind))
    return Article(id=article_id, source=f"{article_id}.txt", format="txt", body=text,
                   mentions=sorted(found, key=lambda m: m.start))


def _sqlite() -> SqliteEntityIndex:
    return SqliteEntityIndex(sqlite3.connect(":memory:", isolation_level=None))


@pytest.fixture(params=[MemoryEntityIndex, _sqlite], ids=["memory", "sqlite"])
def index(request: pytest.FixtureRequest) -> EntityIndex:
    make: Callable[[], EntityIndex] = request.param
    return make()


def names_of(index: EntityIndex) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in index.iter_entities()}


def test_cross_article_merge_across_spellings(index: EntityIndex) -> None:
    link_entities(article("a1", "Sergej Schoigu reiste nach Pjöngjang.",
                          [("Sergej Schoigu", "PER"), ("Pjöngjang", "LOC")]), index)
    linked = link_entities(article("a2", "Sergei Shoigu landete in Pyongyang. Shoigus Reise war kurz.",
                                   [("Sergei Shoigu", "PER"), ("Shoigus", "PER"), ("Pyongyang", "LOC")]), index)
    assert [(e.name, len(e.mentions)) for e in linked] == [("Sergej Schoigu", 2), ("Pjöngjang", 1)]
    assert names_of(index) == {"Sergej Schoigu": 3, "Pjöngjang": 2}


def test_short_form_first_is_upgraded(index: EntityIndex) -> None:
    first = link_entities(article("a1", "Putin schweigt. Putins Sprecher auch.", [("Putin", "PER"), ("Putins", "PER")]),
                          index)
    assert [e.name for e in first] == ["Putin"]
    second = link_entities(article("a2", "Wladimir Putin sprach.", [("Wladimir Putin", "PER")]), index)
    assert second[0].id == first[0].id and second[0].name == "Wladimir Putin"
    third = link_entities(article("a3", "Putin reist ab.", [("Putin", "PER")]), index)
    assert third[0].id == first[0].id
    entity = index.get_entity(first[0].id)
    assert entity is not None and entity.name == "Wladimir Putin" and len(entity.mentions) == 4
    assert entity.aliases == ["Putin", "Putins", "Wladimir Putin"]


def test_inflected_form_first_meets_its_base_later(index: EntityIndex) -> None:
    link_entities(article("a1", "Die Straßen Pjöngjangs sind leer.", [("Pjöngjangs", "LOC")]), index)
    link_entities(article("a2", "In Pjöngjang regnet es.", [("Pjöngjang", "LOC")]), index)
    assert names_of(index) == {"Pjöngjang": 2}


def test_bare_kim_is_not_guessed_when_two_kims_are_known(index: EntityIndex) -> None:
    link_entities(article("a1", "Kim Jong Un kam. Kim sprach.", [("Kim Jong Un", "PER"), ("Kim", "PER")]), index)
    link_entities(article("a2", "Kim Yo Jong warnte.", [("Kim Yo Jong", "PER")]), index)
    linked = link_entities(article("a3", "Kim schwieg.", [("Kim", "PER")]), index)
    assert [e.name for e in linked] == ["Kim"]
    assert names_of(index) == {"Kim Jong Un": 2, "Kim Yo Jong": 1, "Kim": 1}


def test_bare_kim_joins_the_only_known_kim(index: EntityIndex) -> None:
    first = link_entities(article("a1", "Kim Jong-Un kam.", [("Kim Jong-Un", "PER")]), index)
    linked = link_entities(article("a2", "Kims Zug hielt. Kim stieg aus.", [("Kims", "PER"), ("Kim", "PER")]), index)
    assert [e.id for e in linked] == [first[0].id]


def test_kinds_must_agree_across_articles(index: EntityIndex) -> None:
    link_entities(article("a1", "George Washington wurde geehrt.", [("George Washington", "PER")]), index)
    link_entities(article("a2", "In Washington regnete es.", [("Washington", "LOC")]), index)
    assert sorted((e.kind, e.name) for e in index.iter_entities()) == [
        ("LOC", "Washington"), ("PER", "George Washington")]


def test_linking_twice_adds_nothing(index: EntityIndex) -> None:
    doc = article("a1", "Wladimir Putin und Putin.", [("Wladimir Putin", "PER"), ("Putin", "PER")])
    once = link_entities(doc, index)
    twice = link_entities(doc, index)
    assert once == twice
    assert names_of(index) == {"Wladimir Putin": 2}
    assert index.entities_of("a1") == once and index.entities_of("unknown") == []


def test_ids_are_deterministic() -> None:
    docs = [article("a1", "Kim Jong Un kam.", [("Kim Jong Un", "PER")]),
            article("a2", "Li Hongzhong kam.", [("Li Hongzhong", "PER")])]
    runs = []
    for make in (MemoryEntityIndex, _sqlite):
        idx = make()
        for doc in docs:
            link_entities(doc, idx)
        runs.append([(e.id, e.name) for e in idx.iter_entities()])
    assert runs[0] == runs[1] and all(eid.startswith("e-") for eid, _ in runs[0])


def test_hyphenated_surname_is_one_short_form(index: EntityIndex) -> None:
    first = link_entities(article("a1", "Ameenah Gurib-Fakim sprach. Gurib-Fakim lachte.",
                                  [("Ameenah Gurib-Fakim", "PER"), ("Gurib-Fakim", "PER")]), index)
    later = link_entities(article("a2", "Gurib-Fakims Rede war kurz.", [("Gurib-Fakims", "PER")]), index)
    assert len(first) == 1 and [e.id for e in later] == [first[0].id]


def test_keys_of_is_the_states_keys(index: EntityIndex) -> None:
    linked = link_entities(article("a1", "Sergej Schoigu und Kim Jong Un trafen sich.",
                                   [("Sergej Schoigu", "PER"), ("Kim Jong Un", "PER")]), index)
    for entity in linked:
        state = index.get_state(entity.id)
        assert state is not None and state.keys and index.keys_of(entity.id) == state.keys
    assert index.keys_of("e-unknown") == set()
