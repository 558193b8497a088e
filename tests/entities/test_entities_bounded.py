"""Linking reads a bounded number of entities however many full names share a surname key, and
the stored short-name keys always equal what the entities' forms say."""

from __future__ import annotations

import sqlite3
from typing import Any

from test_entities_linking import article

from lagebild.entities import EntityIndex, MemoryEntityIndex, link_entities
from lagebild.entities.name_keys import name_key
from lagebild.store.entity_tables import SqliteEntityIndex

FIRST = ["Anna", "Bernd", "Clara", "Doris", "Emil", "Franz", "Georg", "Heike", "Ingrid", "Jonas", "Karin", "Lukas"]


def _articles() -> list[Any]:
    out = [article("s0", "Bauer kam zu spät.", [("Bauer", "PER")])]  # a short-only entity first
    for i, first in enumerate(FIRST):
        text = f"{first} Bauer sprach in Wien. Bauer sagte, Moskau und Kiew sollten reden."
        out.append(article(f"f{i}", text, [(f"{first} Bauer", "PER"), ("Bauer", "PER"), ("Wien", "LOC"),
                                          ("Moskau", "LOC"), ("Kiew", "LOC")]))
    # "Bauer" alone now fits 12 full names: a short-only "Bauer" is made, then found again.
    out.append(article("s1", "Bauer widersprach.", [("Bauer", "PER")]))
    out.append(article("s2", "Bauer widersprach. Kiew schwieg.", [("Bauer", "PER"), ("Kiew", "LOC")]))
    # A short name that later gets its full form: it must leave the short keys.
    out.append(article("k0", "Kogler blieb.", [("Kogler", "PER")]))
    out.append(article("k1", "Werner Kogler ging. Kogler sagte nichts.", [("Werner Kogler", "PER"), ("Kogler", "PER")]))
    return out


class CountingStates:
    """Delegates to an index, counting `get_state` and refusing unbounded `find`."""

    def __init__(self, inner: EntityIndex) -> None:
        self.inner, self.states = inner, 0

    def get_state(self, entity_id: str) -> Any:
        self.states += 1
        return self.inner.get_state(entity_id)

    def find(self, kind: str, key: str, limit: int | None = None) -> list[str]:
        assert limit is not None, "find without a limit reads every entity with the key"
        return self.inner.find(kind, key, limit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _sqlite() -> SqliteEntityIndex:
    return SqliteEntityIndex(sqlite3.connect(":memory:", isolation_level=None))


def _short_keys(index: EntityIndex, kinds_keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """`find_short` for every key, and the same recomputed from every entity's state."""
    stored = {kk: index.find_short(*kk, limit=1000) for kk in kinds_keys}
    recomputed = {
        kk: [eid for eid in index.find(*kk) if (state := index.get_state(eid)) is not None and state.is_short]
        for kk in kinds_keys
    }
    assert stored == recomputed
    return stored


def test_short_name_lookups_read_few_states_and_stored_short_keys_match() -> None:
    for index in (MemoryEntityIndex(), _sqlite()):
        counting = CountingStates(index)
        for a in _articles()[:-4]:
            link_entities(a, counting)  # type: ignore[arg-type]
        # "Bauer" (seen first) became "Anna Bauer"; every full name has the surname key.
        assert len(index.find("PER", "bauer")) == len(FIRST)
        (short,) = link_entities(_articles()[-4], counting)  # type: ignore[arg-type]
        counting.states = 0
        (bauer, kiew) = link_entities(_articles()[-3], counting)  # type: ignore[arg-type]
        # the short-only "Bauer" is found by its key without reading the 12 full names' states
        assert counting.states <= 4
        assert bauer.id == short.id and bauer.name == "Bauer" and kiew.name == "Kiew"
        for a in _articles()[-2:]:
            link_entities(a, counting)  # type: ignore[arg-type]
        keys = {("PER", k) for k in ("bauer", "kogler", "werner kogler", "anna bauer")} | {("LOC", name_key("Kiew"))}
        stored = _short_keys(index, keys)
        assert stored[("PER", "kogler")] == [] and stored[("PER", "bauer")] == [bauer.id]
        assert stored[("LOC", name_key("Kiew"))] == [kiew.id]


def test_short_keys_of_an_older_database_are_filled_on_open() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = SqliteEntityIndex(conn)
    for a in _articles():
        link_entities(a, index)
    before = sorted(conn.execute("SELECT * FROM entity_short_keys"))
    assert before
    conn.execute("DROP TABLE entity_short_keys")
    SqliteEntityIndex(conn)
    assert sorted(conn.execute("SELECT * FROM entity_short_keys")) == before


def test_same_entities_in_memory_and_sqlite() -> None:
    indexes: list[EntityIndex] = [MemoryEntityIndex(), _sqlite()]
    for index in indexes:
        for a in _articles():
            link_entities(a, index)
    memory, sqlite = ([(e.id, e.name, e.mentions) for e in index.iter_entities()] for index in indexes)
    assert memory == sqlite
