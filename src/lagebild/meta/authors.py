"""Author names from byline lines and author lists: "Von Heike Buchter und Max Muster" -> two names.

Bylines carry more than names: labels ("Von:", "Ein Kommentar von", "Text:"), places and
dates ("Von Anna Beispiel, Berlin, 19.10.2019"), roles ("Korrespondentin"), agencies
("dpa/lno"). This module keeps only the person (or byline-name) part; agencies go to
`credits`, never to authors. A dateline ("Moskau/Berlin taz |") is not a byline.
Cost: a few regexes per byline line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.meta.credits import agencies_in_credit
from lagebild.meta.outlet import is_site_name
from lagebild.model import Cleaned

_LABEL = re.compile(
    r"^\s*(?:(?:ein|eine|einen)\s+[\wäöüß-]+\s+(?:von|vom)\b"  # Ein Kommentar von, Eine Analyse von
    r"|(?:text|texte|autor(?:in|en|innen)?|author|authors|interview|reportage|recherche|redaktion"
    r"|bericht|fotos?|text und fotos?)\s*:"
    r"|von\s*:|von\b|vom\b|by\b|written by\b)\s*:?\s*",
    re.IGNORECASE,
)
# "Moskau/Berlin taz |": places joined by "/", then the outlet or agency, then a bar or the end.
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s?/\s?[A-ZÄÖÜ][\w.-]*)*\s+(?:taz|dpa|afp)\s*(?:\||$)")
_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\bund\b|\band\b|\bsowie\b)\s*", re.IGNORECASE)
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# A place, date or time trailing the name: "Anna Beispiel aus Berlin", "... am 19.10.2019".
_TAIL = re.compile(r"\s+(?:aus|in|für|mit|am|vom|um|\d|–|—|-\s).*$")
_ROLE = re.compile(
    r"korrespondent|redakteur|reporter|autor|chefredakt|leiter|ressort|volontär|mitarbeiter|"
    r"kolumnist|gastautor|freie[rn]? |journalist|moderat|professor(?:in)? f|stellvertret|experte|expertin",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÄÖÜÀ-Þ][\w'’.-]*|von|van|vom|zu|zum|der|den|de|di|da|del|la|le|ten|ter|al|el|bin|v\.)$"
)
_DATE_ONLY = re.compile(r"\d")
# Organisations and labels that page metadata often puts where an author belongs.
_NOT_A_PERSON = re.compile(
    r"\b(?:GmbH|AG|KG|e\.\s?V\.|Ltd|Inc|Copyright|Redaktion|Verlag|Ministerium|Bundesministerium)\b|©"
    r"|^(?:datum|admin|administrator|zvg|germany|deutschland|gast|anonym|unknown|uncredited|red)$",
    re.IGNORECASE,
)


def clean_name(raw: str) -> str | None:
    """A person/byline name from one already-split piece, or None if it is not a name.

    "Heike Buchter" -> "Heike Buchter"; "dpa" -> None (agency); "Berlin" stays a candidate
    (a single word) and is dropped by `names_from_byline` only when it follows a comma.
    """
    name = _PARENS.sub("", raw)
    name = _TAIL.sub("", name).strip(" .,:;|-–—\"'„“”")
    name = re.sub(r"\s+", " ", name)
    words = name.split(" ")
    if len(words) > 2 and _ROLE.search(words[0]):
        name = " ".join(words[1:])  # "Korrespondentin Anna Beispiel", "FOCUS-Online-Experte Robin Tschöpe"
    if (
        not name
        or len(name) > 60
        or _DATE_ONLY.search(name)
        or _ROLE.search(name)
        or _NOT_A_PERSON.search(name)
    ):
        return None
    if agencies_in_credit(name):
        return None  # "dpa", "Agenturen": credits, not authors
    words = name.split(" ")
    if len(words) > 5 or not words[0][:1].isupper():
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    return name


def names_from_byline(line: str) -> list[str]:
    """Person names in one byline line, in order.

    Input: "Von: Bona Hyun", "Von Heike Buchter und Max Muster", "Ein Kommentar von Anna
    Beispiel", "Text: Anna Beispiel, Berlin", "Von Anna Beispiel | 19.10.2019", "dpa/lno",
    "Moskau/Berlin taz |". Output: ["Bona Hyun"], ["Heike Buchter", "Max Muster"],
    ["Anna Beispiel"], ["Anna Beispiel"], ["Anna Beispiel"], [], [].
    An unlabelled line is accepted only if every piece looks like a two-word-or-longer name.
    """
    text = line.strip()
    if not text or _DATELINE.match(text):
        return []
    labelled = _LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]
    names: list[str] = []
    for position, piece in enumerate(_SPLIT.split(text)):
        name = clean_name(piece)
        if name is None:
            continue
        after_comma = position > 0 and " " not in name
        if after_comma or (not labelled and " " not in name):
            continue  # "Anna Beispiel, Berlin": a single word after the first piece is a place
        names.append(name)
    return names


def names_from_list(entries: Iterable[str]) -> list[str]:
    """Names from an explicit author list (each entry may still hold "A und B" or a label)."""
    names: list[str] = []
    for entry in entries:
        text = entry.strip()
        if _LABEL.match(text):
            names += names_from_byline(text)
            continue
        pieces = _SPLIT.split(text)
        names += [n for n in (clean_name(p) for p in pieces) if n is not None]
    return names


def choose_authors(
    hint: object, cleaned: Cleaned, outlet: str | None = None, host: str | None = None, body_edge: int = 3
) -> list[str]:
    """Authors: the container hint, else the cleaner's author list, else its bylines.

    Input: an "authors" hint (str, or list of str) and the cleaner's output. Output: names
    deduplicated case-insensitively, in order; [] when no source names a person. Names
    that are the site's own (`outlet`, `host`) are dropped from hint and author list.
    If none of these names anyone, a short labelled line ("Von Anna Beispiel") among the
    first `body_edge` body paragraphs counts, but only with names of two or more words
    ("Von Berlin aus" is a sentence, not a byline).
    """
    for source in (_hint_entries(hint), cleaned.authors):
        # a page's own name in its author field is not a person ("FOCUS Online", "Finanztreff De")
        names = [n for n in names_from_list(source) if not is_site_name(n, outlet, host)]
        if names:
            return _dedupe(names)
    names = [name for line in cleaned.bylines for name in names_from_byline(line)]
    if names:
        return _dedupe(names)
    for paragraph in cleaned.body.split("\n\n")[:body_edge]:
        text = paragraph.strip()
        if len(text) <= 80 and _LABEL.match(text):
            names = [name for name in names_from_byline(text) if " " in name]
            if names:
                return _dedupe(names)
    return []


def _hint_entries(hint: object) -> list[str]:
    if isinstance(hint, str):
        return [hint]
    if isinstance(hint, list | tuple):
        return [h for h in hint if isinstance(h, str)]
    return []


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
