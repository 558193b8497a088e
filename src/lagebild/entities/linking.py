"""Link one article's entities to the corpus: find each through the index, merge or create.

For each entity `unify_mentions` found in the article (full names first, so a bare name sees
every full name the article brings):
- a full name ("Wladimir Putin") is found by any of its name keys, else by a near-miss
  spelling among entities sharing its first or last word, else it upgrades the one
  short-only entity named by its first or last word ("Putin", seen first) as long as no
  other full name has that word;
- a short name ("Putin", "Kims") joins the entity its key or its inflections name, if exactly
  one fits; if several full names fit ("Kim" with "Kim Jong Un" and "Kim Yo Jong" known), or
  the article itself found it ambiguous, it goes to the short-only entity of that name
  ("Kim"), never to a guess.
Merging adds forms, aliases, keys and mentions; the canonical name is recomputed from the
forms, so "Putin" becomes "Wladimir Putin" when the full name arrives. New ids are
"e-" + 16 hex of SHA-256 over kind and the key of the first canonical name (a counter is added on the rare clash), so
the same arrival order always gives the same ids.

Idempotent: an article the index already holds mentions of is not linked again.
Cost per article: O(m + g²) grouping, then per entity a few indexed lookups (each O(log n),
every one with a LIMIT: a surname key like "bauer" names ever more full names as the corpus
grows) and at most `find_by_word`'s limit of candidate states; never a scan of all entities
nor of all entities sharing a key.
"""

from __future__ import annotations

import hashlib

from lagebild.entities.index import EntityIndex, EntityState
from lagebild.entities.name_keys import (
    edge_word_keys,
    inflection_variants,
    is_full_name,
    is_variant,
    name_key,
)
from lagebild.entities.within_article import ArticleEntity, unify_mentions
from lagebild.model import Article, Entity, EntityMention


def link_entities(article: Article, index: EntityIndex) -> list[Entity]:
    """Unify `article.mentions` into entities and link them to (or create them in) `index`.

    Output: the article's entities as the corpus knows them (corpus id, canonical name and
    aliases), each with only this article's mentions, in order of first mention.
    """
    if index.entities_of(article.id):
        return index.entities_of(article.id)
    local = unify_mentions(article.mentions)
    for entity in sorted(local, key=lambda e: e.is_short):
        entity_id = _find(entity, index)
        state = index.get_state(entity_id) if entity_id else None
        if state is None:
            state = EntityState(id=_new_id(entity, index), kind=entity.kind)
        _merge(state, entity)
        mentions = [EntityMention(article.id, m.start, m.end, m.text) for m in entity.mentions]
        index.save(state, mentions)
    return index.entities_of(article.id)


def _full_keys(entity: ArticleEntity) -> list[str]:
    """Keys of the full names as written, then of their uninflected candidates ("Wladimir Putins")."""
    names = [alias for alias in entity.aliases if is_full_name(alias)]
    keys = [name_key(name) for name in names]
    keys += [name_key(v) for name in names for v in inflection_variants(name, entity.kind)]
    return list(dict.fromkeys(keys))


def _find(entity: ArticleEntity, index: EntityIndex) -> str | None:
    return _find_short(entity, index) if entity.is_short else _find_full(entity, index)


def _find_full(entity: ArticleEntity, index: EntityIndex) -> str | None:
    keys = _full_keys(entity)
    for key in keys:
        found = index.find(entity.kind, key, limit=1)
        if found:
            return found[0]
    edge_words = {w for alias in entity.aliases if is_full_name(alias) for w in edge_word_keys(alias)}
    for word in sorted(edge_words):  # near-miss spelling among entities sharing a first/last word
        for candidate in index.find_by_word(entity.kind, word):
            if any(is_variant(k, s) for k in keys for s in index.keys_of(candidate) if len(s.split()) > 1):
                return candidate
    if entity.kind != "PER":
        return None
    for word in sorted(edge_words):  # a short name seen before its full form
        if index.find_by_word(entity.kind, word, limit=1):
            continue  # another full name has this word: the short one may mean either
        short = index.find_short(entity.kind, word, limit=2)
        if len(short) == 1:
            return short[0]
    return None


def _find_short(entity: ArticleEntity, index: EntityIndex) -> str | None:
    keys = list(entity.keys)
    for form in entity.forms:
        keys += [name_key(v) for v in inflection_variants(form, entity.kind)]
    for key in dict.fromkeys(keys):
        # Two exact hits are enough to know whether exactly one entity fits.
        exact = index.find(entity.kind, key, limit=2)
        by_word = index.find_by_word(entity.kind, key) if entity.kind == "PER" else []
        fits = list(dict.fromkeys(exact + by_word))
        if not fits:
            continue
        if len(fits) == 1 and not entity.ambiguous:
            return fits[0]
        short = index.find_short(entity.kind, key, limit=1)
        return short[0] if short else None
    return None


def _merge(state: EntityState, entity: ArticleEntity) -> None:
    for form, count in entity.forms.items():
        state.forms[form] = state.forms.get(form, 0) + count
    _rebase_inflected_forms(state)
    state.aliases += [a for a in entity.aliases if a not in state.aliases]
    # Keys of the uninflected candidates too, so that "Pjöngjang" finds the entity an earlier
    # article knew only as "Pjöngjangs" (the within-article step had no base form to join).
    state.keys |= set(entity.keys) | {
        name_key(variant) for form in entity.forms for variant in [form, *inflection_variants(form, entity.kind)]
    }
    if entity.kind == "PER":
        state.words |= {w for form in entity.forms if is_full_name(form) for w in edge_word_keys(form)}


def _rebase_inflected_forms(state: EntityState) -> None:
    """Count a form whose uninflected variant is also a form ("Putins" beside "Putin") as that variant."""
    for form in list(state.forms):
        base = next((v for v in inflection_variants(form, state.kind) if v in state.forms), None)
        if base is not None:
            state.forms[base] += state.forms.pop(form)


def _new_id(entity: ArticleEntity, index: EntityIndex) -> str:
    seed = f"{entity.kind}|{name_key(entity.name)}"
    for attempt in range(1000):
        text = seed if attempt == 0 else f"{seed}|{attempt}"
        candidate = "e-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if index.get_state(candidate) is None:
            return candidate
    raise RuntimeError(f"no free entity id for {seed!r} after 1000 attempts")
