"""The names one article's mentions already establish: the evidence for repairing its mentions.

`mention_repair` trusts a name more when the article itself names it elsewhere ("one sense per
discourse"). This module collects that evidence from the tagger's mentions, by name key:
- `whole`: every mention's surface (one word or several), with the kinds it was tagged as;
- `edges`: first and last word of every multi-word person name ("Kim" and "Un" of "Kim Jong Un",
  "Sergej" and "Schoigu" of "Sergej Schoigu"): the short forms a person goes by.
and answers "is this word (or an inflection of it) a name here, and of which kind?".

It also holds the two word tests the repair rules share (`looks_like_name_part`,
`is_plain_german_word`), both on simplemma's German dictionary.
Cost: O(m) to build for m mentions; a lookup is O(len(word)) plus a few dict probes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from lagebild.entities.name_keys import clean_surface, inflection_variants, name_key
from lagebild.model import Mention

KINDS = ("PER", "LOC", "ORG", "MISC")


@lru_cache(maxsize=32_768)
def word_key(surface: str) -> str:
    """`name_key`, cached: the repair keys every word of an article several times."""
    return name_key(surface)


@dataclass
class DocumentNames:
    """Name keys an article's mentions establish, with kind votes (see the module docstring)."""

    whole: dict[str, Counter[str]] = field(default_factory=dict)
    edges: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_mentions(cls, mentions: Iterable[Mention]) -> DocumentNames:
        names = cls()
        for mention in mentions:
            surface = clean_surface(mention.text)
            key = name_key(surface)
            if not key:
                continue
            names.whole.setdefault(key, Counter())[mention.kind] += 1
            words = surface.split()
            if mention.kind == "PER" and len(words) > 1:
                names.edges[name_key(words[0])] += 1
                names.edges[name_key(words[-1])] += 1
        return names

    def kind_of(self, surface: str) -> str | None:
        """Kind of `surface` as a name of this article, as written or uninflected ("Putins"), else None.

        A multi-word surface must be named whole; a one-word surface counts as a person when it
        is the first or last word of a full person name here, otherwise by its own tags when they
        are not person tags (a bare person name alone is no evidence: it may be the short form of
        the very span under repair). The majority kind wins ("Nordkoreas" tagged LOC three times
        beats one glued person span "Nordkoreas Diktator").
        """
        multi_word = len(surface.split()) > 1
        for kind, key in _candidate_keys(surface):
            if multi_word:
                votes = self.whole.get(key)
                if votes and (kind is None or votes.most_common(1)[0][0] == kind):
                    return votes.most_common(1)[0][0]
                continue
            votes = Counter({k: n for k, n in self.whole.get(key, Counter()).items() if k != "PER"})
            if self.edges[key]:
                votes["PER"] = self.edges[key]
            if votes and (kind is None or votes.most_common(1)[0][0] == kind):
                return votes.most_common(1)[0][0]
        return None


def _candidate_keys(surface: str) -> list[tuple[str | None, str]]:
    """(kind or None for any, key): the surface's own key, then its uninflected forms per kind."""
    out: list[tuple[str | None, str]] = [(None, name_key(surface))]
    for kind in KINDS:
        out += [(kind, name_key(variant)) for variant in inflection_variants(surface, kind)]
    return out


@lru_cache(maxsize=100_000)
def is_dictionary_word(word: str) -> bool:
    """simplemma's German dictionary knows the word (common nouns, but also many proper names)."""
    return bool(simplemma.is_known(word, lang="de"))


@lru_cache(maxsize=100_000)
def is_plain_german_word(word: str) -> bool:
    """The lower-case form is an ordinary German word that is not a noun: its lemma is lower case.

    "Lange" (lange), "Braun" (braun), "Koch" (kochen), "Die" (der) yes; "Kim", "Wagner",
    "Moskau" no (the dictionary keeps nouns and names capitalised). Such a word is capitalised
    in running text only at a sentence start or as a name, so a name spelled like it is ambiguous.
    """
    low = word.lower()
    lemma = simplemma.lemmatize(low, lang="de")
    return simplemma.is_known(low, lang="de") and lemma == lemma.lower()


@lru_cache(maxsize=100_000)
def looks_like_name_part(word: str) -> bool:
    """A capitalised word the dictionary does not know: probably part of a longer name ("Yo" in "Kim Yo Jong")."""
    return word[:1].isupper() and not is_dictionary_word(word)


@lru_cache(maxsize=100_000)
def is_inflected_common_noun(word: str) -> bool:
    """The dictionary lemmatises the word to another form, not just without a genitive "-s":
    a plural or case form of a common noun ("U-Boote", "Chinesen", "Minen"), no name."""
    lemma = simplemma.lemmatize(word, lang="de")
    return lemma != word and lemma + "s" != word and is_dictionary_word(word)
