"""Where corpus entities live: their names, name keys and mentions, looked up by key.

`EntityIndex` is the Protocol `link_entities` needs; `MemoryEntityIndex` implements it in
dicts (tests, one-off runs) and `lagebild.store.entity_tables.SqliteEntityIndex` on SQLite.
Two inverted indexes keep linking away from scans of all entities:
- name keys (every spelling's `name_key`, "vladimir putin", "putin") → entities;
- word keys (first and last word of full person names, "kim", "putin") → entities, so that a
  bare "Putin" or "Kim" finds the full names it could stand for, and notices when there are two.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from lagebild.entities.canonical import canonical_name
from lagebild.entities.name_keys import is_full_name
from lagebild.model import Entity, EntityMention


@dataclass(slots=True)
class EntityState:
    """What linking needs to know about a corpus entity, without its (possibly many) mentions."""

    id: str
    kind: str
    forms: dict[str, int] = field(default_factory=dict)  # uninflected spelling -> mentions, first seen first
    aliases: list[str] = field(default_factory=list)  # every surface as written
    keys: set[str] = field(default_factory=set)  # name keys (exact lookup)
    words: set[str] = field(default_factory=set)  # first/last word keys of full person names

    @property
    def name(self) -> str:
        return canonical_name(self.forms)

    @property
    def is_short(self) -> bool:
        """Known only by one-word names so far ("Putin" before "Wladimir Putin" turned up)."""
        return not any(is_full_name(form) for form in self.forms)


class EntityIndex(Protocol):
    """Storage of canonical entities for incremental linking."""

    def find(self, kind: str, key: str, limit: int | None = None) -> list[str]:
        """Ids of entities of `kind` with name key `key`, oldest first; the first `limit` only if
        given. Cost: O(log n + hits), or O(log n + limit) with a limit. A short key ("bauer") is a
        key of every full name an article also called by it, so its hits grow with the corpus:
        linking always passes a limit."""
        ...

    def find_short(self, kind: str, key: str, limit: int) -> list[str]:
        """Ids of up to `limit` short-only entities (`EntityState.is_short`) of `kind` with name key
        `key`, oldest first: `find` filtered by `is_short`, without reading the states of the full
        names that share the key. Cost: O(log n + limit)."""
        ...

    def find_by_word(self, kind: str, word: str, limit: int = 20) -> list[str]:
        """Ids of up to `limit` full-name entities of `kind` whose first or last word key is `word`."""
        ...

    def get_state(self, entity_id: str) -> EntityState | None:
        """Forms, aliases and keys of one entity, or None. Cost: O(forms + keys)."""
        ...

    def keys_of(self, entity_id: str) -> set[str]:
        """The name keys of one entity (empty if unknown): all a spelling comparison needs,
        one lookup instead of `get_state`'s five. Cost: O(keys)."""
        ...

    def save(self, state: EntityState, mentions: Sequence[EntityMention]) -> None:
        """Insert or update `state` (its forms replace the stored ones; aliases, keys and words
        are added) and add `mentions` (ones already stored are ignored)."""
        ...

    def get_entity(self, entity_id: str) -> Entity | None:
        """The entity with all its mentions, or None. Cost: O(mentions)."""
        ...

    def iter_entities(self) -> Iterator[Entity]:
        """All entities with all their mentions, in creation order."""
        ...

    def entities_of(self, article_id: str) -> list[Entity]:
        """Entities mentioned in one article, each with only that article's mentions, in order of
        first mention. Cost: O(mentions in the article)."""
        ...


def _mention_order(mention: EntityMention) -> tuple[str, int, int]:
    return mention.article, mention.start, mention.end


class MemoryEntityIndex:
    """`EntityIndex` in dicts. Cost: O(hits log hits) per lookup; memory O(entities + mentions)."""

    def __init__(self) -> None:
        self._states: dict[str, EntityState] = {}  # insertion order = creation order
        self._seq: dict[str, int] = {}  # entity id -> creation number: lookups return oldest first
        self._mentions: dict[str, dict[tuple[str, int, int], EntityMention]] = {}
        self._by_key: dict[tuple[str, str], list[str]] = {}
        self._by_word: dict[tuple[str, str], list[str]] = {}
        self._by_article: dict[str, dict[str, list[EntityMention]]] = {}

    def find(self, kind: str, key: str, limit: int | None = None) -> list[str]:
        return sorted(self._by_key.get((kind, key), ()), key=self._seq.__getitem__)[:limit]

    def find_short(self, kind: str, key: str, limit: int) -> list[str]:
        return [eid for eid in self.find(kind, key) if self._states[eid].is_short][:limit]

    def find_by_word(self, kind: str, word: str, limit: int = 20) -> list[str]:
        return sorted(self._by_word.get((kind, word), ()), key=self._seq.__getitem__)[:limit]

    def get_state(self, entity_id: str) -> EntityState | None:
        state = self._states.get(entity_id)
        if state is None:
            return None
        return EntityState(state.id, state.kind, dict(state.forms), list(state.aliases), set(state.keys),
                           set(state.words))

    def keys_of(self, entity_id: str) -> set[str]:
        state = self._states.get(entity_id)
        return set(state.keys) if state else set()

    def save(self, state: EntityState, mentions: Sequence[EntityMention]) -> None:
        old = self._states.get(state.id)
        self._seq.setdefault(state.id, len(self._seq))
        for key in state.keys - (old.keys if old else set()):
            self._by_key.setdefault((state.kind, key), []).append(state.id)
        for word in state.words - (old.words if old else set()):
            self._by_word.setdefault((state.kind, word), []).append(state.id)
        merged_aliases = list(old.aliases) if old else []
        merged_aliases += [a for a in state.aliases if a not in merged_aliases]
        self._states[state.id] = EntityState(
            state.id, state.kind, dict(state.forms), merged_aliases,
            state.keys | (old.keys if old else set()), state.words | (old.words if old else set()),
        )
        stored = self._mentions.setdefault(state.id, {})
        for mention in mentions:
            if _mention_order(mention) not in stored:
                stored[_mention_order(mention)] = mention
                self._by_article.setdefault(mention.article, {}).setdefault(state.id, []).append(mention)

    def _entity(self, entity_id: str, mentions: list[EntityMention]) -> Entity:
        state = self._states[entity_id]
        return Entity(id=state.id, name=state.name, kind=state.kind, aliases=list(state.aliases),
                      mentions=sorted(mentions, key=_mention_order))

    def get_entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._states:
            return None
        return self._entity(entity_id, list(self._mentions.get(entity_id, {}).values()))

    def iter_entities(self) -> Iterator[Entity]:
        for entity_id in list(self._states):
            yield self._entity(entity_id, list(self._mentions.get(entity_id, {}).values()))

    def entities_of(self, article_id: str) -> list[Entity]:
        found = [self._entity(eid, list(found)) for eid, found in self._by_article.get(article_id, {}).items()]
        return sorted(found, key=lambda e: e.mentions[0].start)
