"""One article's mentions grouped into entities: spellings, inflections and short forms joined.

An article names a person in full once ("Wladimir Putin") and then by surname ("Putin",
"Putins"); a Korean or Chinese one by family name first ("Kim Jong Un" → "Kim"). Grouping runs
in four steps over the distinct (kind, name key) pairs, joined with union-find:

1. same key: spelling variants the key folds ("Schoigu"/"Shoigu", "Kim Jong-Un"/"Kim Jong Un");
2. inflection: "Putins" joins "Putin" when "Putin" is named too (see `inflection_variants`);
3. near misses: `is_variant` within the same kind and word count (strict);
4. short forms (persons): a one-word name joins the one full name of the article whose first
   or last word it is; if several full names fit ("Kim Jong Un", "Kim Yo Jong") it stays apart
   and is marked `ambiguous`, so the corpus linker does not guess either.
   Acronyms (organisations): "KCNA" joins "Korean Central News Agency" the same way.

Kinds never mix: a LOC "Washington" is not the PER "George Washington".
Cost: O(m) for m mentions plus O(g²) key comparisons for g distinct names (tens per article).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.entities.canonical import canonical_name
from lagebild.entities.name_keys import (
    clean_surface,
    edge_word_keys,
    inflection_variants,
    is_full_name,
    is_variant,
    name_key,
    surface_tokens,
)
from lagebild.model import Mention


@dataclass(slots=True)
class ArticleEntity:
    """One entity as an article names it.

    `forms` counts the uninflected spellings (what a canonical name is chosen from), `aliases`
    lists every surface as written, `keys` the name keys of both.
    """

    kind: str
    forms: dict[str, int] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    ambiguous: bool = False  # a short name that fits several full names in the article

    @property
    def name(self) -> str:
        return canonical_name(self.forms)

    @property
    def is_short(self) -> bool:
        """Only one-word forms seen ("Putin" without "Wladimir Putin")."""
        return not any(is_full_name(form) for form in self.forms)


@dataclass(slots=True)
class _NameGroup:
    """Mentions of one kind sharing one name key."""

    kind: str
    key: str
    surfaces: list[str]
    mentions: list[Mention]
    base: str | None = None  # the uninflected form, when this group is an inflection of another


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, child: int, root: int) -> None:
        a, b = self.find(child), self.find(root)
        if a != b:
            self.parent[a] = b


def _name_groups(mentions: Sequence[Mention]) -> list[_NameGroup]:
    by_key: dict[tuple[str, str], _NameGroup] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        surface = clean_surface(mention.text)
        key = name_key(surface)
        if not key:
            continue
        group = by_key.setdefault((mention.kind, key), _NameGroup(mention.kind, key, [], []))
        group.surfaces.append(surface)
        group.mentions.append(mention)
    return list(by_key.values())


def _acronym(surface: str) -> str:
    return "".join(word[0] for word in surface_tokens(surface) if word[:1].isupper()).casefold()


def unify_mentions(mentions: Sequence[Mention]) -> list[ArticleEntity]:
    """Group an article's mentions into entities (see the module docstring).

    Input: mentions of one article. Output: entities in order of first mention, each with its
    mentions in text order. Cost: O(m + g²) for m mentions and g distinct names.
    """
    groups = _name_groups(mentions)
    index = {(g.kind, g.key): i for i, g in enumerate(groups)}
    sets = _UnionFind(len(groups))

    for i, group in enumerate(groups):  # 2. inflections of a name the article also names
        for variant in inflection_variants(group.surfaces[0], group.kind):
            target = index.get((group.kind, name_key(variant)))
            if target is not None and target != i:
                sets.union(i, target)
                group.base = variant
                break

    for i, a in enumerate(groups):  # 3. near-miss spellings
        for j in range(i + 1, len(groups)):
            b = groups[j]
            if a.kind == b.kind and a.key[0] == b.key[0] and is_variant(a.key, b.key):
                sets.union(j, i)

    ambiguous = _join_short_forms(groups, sets)  # 4.
    return _entities(groups, sets, ambiguous)


def _join_short_forms(groups: list[_NameGroup], sets: _UnionFind) -> set[int]:
    """Join one-word person names to the only full name they fit; return the roots that fit several."""
    full_roots: dict[int, list[_NameGroup]] = {}
    for i, group in enumerate(groups):
        if is_full_name(group.surfaces[0]):
            full_roots.setdefault(sets.find(i), []).append(group)
    ambiguous: set[int] = set()
    for i, group in enumerate(groups):
        root = sets.find(i)
        if root in full_roots or is_full_name(group.surfaces[0]):
            continue
        fits: set[int] = set()
        for full_root, members in full_roots.items():
            if any(_short_form_fits(group, member) for member in members):
                fits.add(full_root)
        if len(fits) == 1:
            sets.union(i, fits.pop())
        elif fits:
            ambiguous.add(root)
    return {sets.find(r) for r in ambiguous}


def _short_form_fits(short: _NameGroup, full: _NameGroup) -> bool:
    if short.kind != full.kind:
        return False
    if short.kind == "PER":
        keys = {short.key} | {name_key(v) for v in inflection_variants(short.surfaces[0], "PER")}
        return any(not keys.isdisjoint(edge_word_keys(surface)) for surface in full.surfaces)
    surface = short.surfaces[0]
    return surface.isupper() and len(surface) >= 2 and any(_acronym(s) == surface.casefold() for s in full.surfaces)


def _entities(groups: list[_NameGroup], sets: _UnionFind, ambiguous: set[int]) -> list[ArticleEntity]:
    by_root: dict[int, ArticleEntity] = {}
    for i, group in enumerate(groups):
        root = sets.find(i)
        entity = by_root.setdefault(root, ArticleEntity(kind=group.kind, ambiguous=root in ambiguous))
        for surface in group.surfaces:
            form = group.base or surface
            entity.forms[form] = entity.forms.get(form, 0) + 1
            if surface not in entity.aliases:
                entity.aliases.append(surface)
        if group.key not in entity.keys:
            entity.keys.append(group.key)
        entity.mentions.extend(group.mentions)
    out = list(by_root.values())
    for entity in out:
        entity.mentions.sort(key=lambda m: m.start)
        # Forms were collected group by group; keep them in order of first mention instead.
        first_seen = {clean_surface(m.text): n for n, m in reversed(list(enumerate(entity.mentions)))}
        entity.forms = dict(sorted(entity.forms.items(), key=lambda kv: first_seen.get(kv[0], len(first_seen))))
    out.sort(key=lambda e: e.mentions[0].start)
    return out
