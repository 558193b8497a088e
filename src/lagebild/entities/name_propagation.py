"""One sense per discourse: a name the article establishes is a mention wherever it recurs.

The tagger finds "Sergei Schoigu" and then misses the bare "Schoigu", "Schoigus" and the
English "Shoigu" three sentences later. Within one article a name keeps its referent, so every
recurrence of an established name becomes a mention of its kind. Established names:
- full person names, whole, and their last word (the surname: "Schoigu" of "Sergei Schoigu");
- every one-word mention and every multi-word place/organisation/other name, whole;
- only when the article tags that name with one kind (never "China" tagged PER and LOC).
A name is not propagated when it is shorter than 3 letters (unless all capitals, "EU"), does
not start with a capital, or is spelled like an ordinary non-noun German word ("Lange",
"Braun", "Koch": capitalised at every sentence start; see `is_plain_german_word`) or is a
plural/case form of a common noun the tagger mistook for a name ("U-Boote", "Chinesen").
Known limit: a tagger error spelled like a name ("Allianz" ORG) spreads to its recurrences
unless a determiner precedes them; it adds mentions to that wrong entity, never a new one.

A recurrence is a run of whole words (`lagebild.nlp.tokens`: a hyphen compound is one word,
so "Kim-Dynastie" or "Putin-Kritiker" never yields "Kim"/"Putin" - a compound names a thing,
not the person) that is capitalised, has the name's key (transliteration folded: "Shoigu" ~
"Schoigu") as written or uninflected ("Schoigus"), overlaps no mention, and is not:
- right after a determiner ("der", "ein", "dieser" ...) when the name is a person's or a word
  the dictionary knows: "der Koch", "ein Wagner" are common nouns, a person takes no article;
- right beside a capitalised word the dictionary does not know: "Kim" in "Kim Yo Jong" is part
  of a longer name the tagger missed, not the "Kim" of "Kim Jong Un".

`relabel_person_short_forms` is the same idea for kinds: a one-word mention tagged as a place
("Kims") whose uninflected form is a short form of a full person name here, and which the
article tags as a person more often than as anything else, becomes a person.

Cost: O(w·n) for w words and n distinct word counts of established names (n is 1-4).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lagebild.entities.document_names import (
    DocumentNames,
    is_dictionary_word,
    is_inflected_common_noun,
    is_plain_german_word,
    looks_like_name_part,
    word_key,
)
from lagebild.entities.name_keys import clean_surface, inflection_variants, name_key
from lagebild.model import Mention
from lagebild.nlp.tokens import word_spans

_DETERMINERS = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "kein", "keine", "keinen",
})
_ONLY_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class _Name:
    key: str
    kind: str
    words: int
    common: bool  # the dictionary knows it: needs the determiner check


def propagate_names(body: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus every untagged recurrence of an established name (see the module docstring).

    Input: body and mentions (offsets into body, non-overlapping). Output: sorted mentions.
    """
    names = _established_names(mentions)
    if not names:
        return sorted(mentions, key=lambda m: m.start)
    by_key = {(n.words, n.key): n for n in names}
    lengths = sorted({n.words for n in names}, reverse=True)
    words = list(word_spans(body))
    covered = _covered(body, mentions)
    added: list[Mention] = []
    i = 0
    while i < len(words):
        for n in lengths:
            found = _match(body, words, i, n, by_key, covered)
            if found is not None:
                added.append(found)
                covered[found.start:found.end] = [True] * (found.end - found.start)
                i += n
                break
        else:
            i += 1
    return sorted(mentions + added, key=lambda m: m.start)


def relabel_person_short_forms(mentions: list[Mention]) -> list[Mention]:
    """One-word non-person mentions that are, by this article's own tags, a person's short form."""
    names = DocumentNames.from_mentions(mentions)
    out: list[Mention] = []
    for mention in mentions:
        surface = clean_surface(mention.text)
        if mention.kind != "PER" and len(surface.split()) == 1:
            keys = [name_key(surface)] + [name_key(v) for v in inflection_variants(surface, "PER")]
            base = next((k for k in keys if k in names.edges), None)
            if base is not None and _person_votes(names, keys) > _votes(names, keys, mention.kind):
                mention = Mention(mention.start, mention.end, mention.text, "PER")
        out.append(mention)
    return out


def relabel_persons_named_otherwise(mentions: list[Mention]) -> list[Mention]:
    """One-word person mentions that this article names more often as a place or organisation,
    as written or uninflected: "Pjöngjangs" tagged PER twice beside "Pjöngjang" tagged LOC four
    times is the tagger's slip on a genitive, not a person. Votes for a person: the word's PER
    tags and its use as the first or last word of a full person name here ("Putins" beside
    "Wladimir Putin" stays PER)."""
    names = DocumentNames.from_mentions(mentions)
    out: list[Mention] = []
    for mention in mentions:
        surface = clean_surface(mention.text)
        if mention.kind == "PER" and len(surface.split()) == 1:
            keys = {name_key(surface)}
            keys |= {name_key(v) for kind in ("PER", "LOC", "ORG") for v in inflection_variants(surface, kind)}
            person = sum(names.whole.get(k, Counter())["PER"] + names.edges[k] for k in keys)
            other: Counter[str] = Counter()
            for k in keys:
                other.update({kind: n for kind, n in names.whole.get(k, Counter()).items() if kind != "PER"})
            if other and other.most_common(1)[0][1] > person:
                mention = Mention(mention.start, mention.end, mention.text, other.most_common(1)[0][0])
        out.append(mention)
    return out


def _person_votes(names: DocumentNames, keys: list[str]) -> int:
    return max(names.edges[k] for k in keys) + _votes(names, keys, "PER")


def _votes(names: DocumentNames, keys: list[str], kind: str) -> int:
    return max(names.whole.get(k, Counter())[kind] for k in keys)


def _established_names(mentions: list[Mention]) -> list[_Name]:
    kinds: dict[tuple[int, str], set[str]] = {}
    surfaces: dict[tuple[int, str], str] = {}

    def add(surface: str, kind: str) -> None:
        words = surface.split()
        key = name_key(surface)
        if key and _propagatable(surface):
            kinds.setdefault((len(words), key), set()).add(kind)
            surfaces.setdefault((len(words), key), surface)

    for mention in mentions:
        surface = clean_surface(mention.text)
        add(surface, mention.kind)
        if mention.kind == "PER" and len(surface.split()) > 1:
            add(surface.split()[-1], "PER")
    return [_Name(key, next(iter(k)), words, is_dictionary_word(surfaces[(words, key)]))
            for (words, key), k in kinds.items() if len(k) == 1]


def _propagatable(surface: str) -> bool:
    if not surface[:1].isupper():
        return False
    if len(surface) < 3 and not surface.isupper():
        return False
    return len(surface.split()) > 1 or not (is_plain_german_word(surface) or is_inflected_common_noun(surface))


def _covered(body: str, mentions: list[Mention]) -> list[bool]:
    covered = [False] * len(body)
    for m in mentions:
        covered[m.start:m.end] = [True] * (m.end - m.start)
    return covered


def _match(body: str, words: list[tuple[str, int, int]], i: int, n: int,
           by_key: dict[tuple[int, str], _Name], covered: list[bool]) -> Mention | None:
    if i + n > len(words) or not words[i][0][:1].isupper():
        return None  # cheapest test first: a name starts with a capital
    run = words[i:i + n]
    if any(not _ONLY_SPACE.fullmatch(body[a[2]:b[1]]) for a, b in zip(run, run[1:], strict=False)):
        return None  # the words of a name are separated by spaces only
    start, end = run[0][1], run[-1][2]
    text = body[start:end]
    if not text[:1].isupper() or any(covered[start:end]):
        return None
    name = by_key.get((n, word_key(text)))
    if name is None:
        # Uninflected candidates for any kind ("LOC" proposes the most), kept only when the
        # name's own kind allows that ending ("Franzen" is no inflection of the person "Franz").
        name = next((by_key[(n, word_key(v))] for v in inflection_variants(text, "LOC")
                     if (n, word_key(v)) in by_key), None)
        if name is None or all(word_key(v) != name.key for v in inflection_variants(text, name.kind)):
            return None
    if not _context_allows(body, words, i, n, name):
        return None
    return Mention(start, end, text, name.kind)


def _context_allows(body: str, words: list[tuple[str, int, int]], i: int, n: int, name: _Name) -> bool:
    before = words[i - 1] if i > 0 else None
    after = words[i + n] if i + n < len(words) else None
    if before and (name.kind == "PER" or name.common) and before[0] in _DETERMINERS:
        return False
    for neighbour, gap in ((before, (before[2], words[i][1]) if before else None),
                           (after, (words[i + n - 1][2], after[1]) if after else None)):
        if neighbour and gap and _ONLY_SPACE.fullmatch(body[gap[0]:gap[1]]) and looks_like_name_part(neighbour[0]):
            return False
    return True
