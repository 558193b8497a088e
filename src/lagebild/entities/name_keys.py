"""Name keys: one spelling-insensitive string per name, so variants meet in a dict or index.

German news writes foreign names in German transliteration ("Sergej Schoigu", "Pjöngjang",
"Wladimir"), agencies and quotes bring the English one ("Sergei Shoigu", "Pyongyang",
"Vladimir"), and hyphenation drifts ("Kim Jong-Un", "Kim Jong-un"). `name_key` folds these
to one key ("sergei shoigu", "pyongyang", "kim yong un") by a few ordered rewrites:

    ß→ss, diacritics off, ae/oe/ue after a consonant → a/o/u, tsch→ch, sch→sh, kh→ch,
    ck→k, ph→f, th→t, ou→u, j→y, w→v, doubled letters → one, y after a vowel → i,
    iy/yi/ii → i, final y → i.

Each rule merges only spellings of the same sound across the German/English/French
conventions, which keeps unrelated names apart ("Kim Jong Un" → "kim yong un" vs "Kim Yo Jong"
→ "kim yo yong"); known collisions are rare pairs like "Jan"/"Yan". Demonyms and adjectives
keep their suffix ("russisch" → "rusish", "Nordkoreaner" ≠ "Nordkorea"), and `is_variant`
(fuzzy matching for the near misses the rules do not catch) refuses pairs that differ by such a
suffix. Inflection is never folded into the key: `inflection_variants` proposes the bare forms
("Putins" → "Putin") and the caller accepts one only if that name is known.

Cost: O(len(name)) per key, a few str.replace passes; `is_variant` is O(len²) (rapidfuzz).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Indel

# Lower-case determiners a tagger may include in a span ("die USA", "des Kreml").
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})
_STRIP = "\"'„“”‚‘’»«()[]{}.,;:!?–—-"
_SPLIT = re.compile(r"[\s\-‐‑–—_/]+")
_UMLAUT_DIGRAPH = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])([aou])e")
_VOWEL_Y = re.compile(r"(?<=[aeiou])y")
_FINAL_Y = re.compile(r"(?<=[^aeiou])y$")
_ADJECTIVE_ENDING = re.compile(r"(?<=\w{3})e[nrsm]$")
_DOUBLED = re.compile(r"(.)\1+")
_REWRITES = (("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("ck", "k"), ("ph", "f"), ("th", "t"),
             ("ou", "u"), ("j", "y"), ("w", "v"))
# Suffixes that turn a place into a demonym or adjective: never variants of the place.
_DEMONYM_SUFFIXES = ("aner", "anerin", "anerinnen", "anern", "er", "ern", "erin", "erinnen",
                     "isch", "ische", "ischen", "ischer", "isches", "ischem", "ese", "esen", "esin", "i")


def clean_surface(text: str) -> str:
    """The name as written, without surrounding quotes/punctuation or a leading lower-case article."""
    words = text.strip(_STRIP + " ").split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words).strip(_STRIP + " ")


def surface_tokens(surface: str) -> list[str]:
    """Words of a name, hyphens and apostrophes as separators ("Kim Jong-Un" → 3 words)."""
    return [t for t in _SPLIT.split(surface.replace("’", "'").replace("'", " ")) if t]


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """One word folded across German/English transliteration (see the module docstring).

    Cached: mention repair and linking fold the same words many times per article."""
    text = token.casefold().replace("ß", "ss")
    text = _UMLAUT_DIGRAPH.sub(r"\1", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = "".join(c for c in text if c.isalnum())
    for old, new in _REWRITES:
        text = text.replace(old, new)
    text = _DOUBLED.sub(r"\1", text)
    text = _VOWEL_Y.sub("i", text)
    for old in ("iy", "yi", "ii"):
        text = text.replace(old, "i")
    text = _FINAL_Y.sub("i", text)
    return text


def is_full_name(surface: str) -> bool:
    """More than one space-separated word ("Kim Jong-Un" yes, "Gurib-Fakim" no: one surname)."""
    return len(surface.split()) > 1


def edge_word_keys(surface: str) -> tuple[str, str]:
    """Keys of the first and last space-separated word: what a short form of the name may be
    ("Kim" of "Kim Jong Un", "Putin" of "Wladimir Putin", "Gurib-Fakim" of "Ameenah Gurib-Fakim")."""
    words = surface.split()
    return name_key(words[0]), name_key(words[-1])


@lru_cache(maxsize=32_768)
def name_key(surface: str) -> str:
    """Spelling-insensitive key of a name: its folded words joined by one space.

    Cached, but small: most multi-word surfaces are seen in one article only, and the words are
    cached in `fold_token`. At 200k entries this cache (with `_inflection_variants` and
    `document_names.word_key`) held ~100 MB after 1,000 generated articles for no CPU saved
    (82.3 vs 82.0 ms per article in a worker)."""
    return " ".join(k for k in (fold_token(t) for t in surface_tokens(surface)) if k)


def inflection_variants(surface: str, kind: str) -> list[str]:
    """Candidate uninflected forms of `surface`, most likely first (see `_inflection_variants`)."""
    return list(_inflection_variants(surface, kind))


@lru_cache(maxsize=32_768)
def _inflection_variants(surface: str, kind: str) -> tuple[str, ...]:
    """Candidate uninflected forms of `surface`, most likely first (none if too short).

    Genitive "-s"/"-es"/"-'" on the last word for every kind ("Putins", "Pjöngjangs",
    "Bundestages", "Klaus'"); for organisations and other non-persons also the weak "-n"/"-en"
    ("den Grünen" → "Grüne"), which on person names would turn "Franzen" into "Franz", and
    adjective endings before the last word ("der Vereinten Nationen" → "Vereinte Nationen").
    The caller accepts a candidate only when that name is already known.
    """
    words = surface.split()
    if not words:
        return ()
    head, last = words[:-1], words[-1]
    endings: list[tuple[str, str]] = [("'", ""), ("’", ""), ("s", ""), ("es", "")]
    if kind != "PER":
        endings += [("en", "e"), ("en", ""), ("n", "")]
    out: list[str] = []
    for ending, replacement in endings:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            bare = " ".join([*head, last[: len(last) - len(ending)] + replacement])
            if bare not in out:
                out.append(bare)
    if kind != "PER" and head:
        nominative = [_ADJECTIVE_ENDING.sub("e", w) if w[:1].isupper() else w for w in head]
        if nominative != head:
            out.append(" ".join([*nominative, last]))
    return tuple(out)


def differs_by_demonym_suffix(a: str, b: str) -> bool:
    """True if one folded word is the other plus a demonym/adjective suffix ("nordkoreaner")."""
    short, long = sorted((a, b), key=len)
    rest = long[len(short):] if long.startswith(short) else None
    if rest is None:  # "russland" vs "rusish": compare against the stem without "-land"
        return False
    return rest in _DEMONYM_SUFFIXES


def is_variant(key_a: str, key_b: str, threshold: float = 0.9) -> bool:
    """Near-miss spelling of the same name: same word count, same initials, at most one word
    different, that word similar (normalised Indel similarity >= 0.85, at least 4 letters) and
    not a demonym of the other, and the whole key >= `threshold` similar. Cost: O(len²)."""
    if key_a == key_b:
        return True
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) != len(words_b) or Indel.normalized_similarity(key_a, key_b) < threshold:
        return False
    different = [(a, b) for a, b in zip(words_a, words_b, strict=True) if a != b]
    if len(different) != 1:
        return False
    a, b = different[0]
    return (
        a[0] == b[0]
        and min(len(a), len(b)) >= 4
        and Indel.normalized_similarity(a, b) >= 0.85
        and not differs_by_demonym_suffix(a, b)
    )


def german_spelling_score(surface: str) -> int:
    """How German a spelling looks: umlauts, ß, sch, j, w count for, sh, y, v against.

    Used only to choose between spellings of one name: "Sergej" over "Sergei", "Pjöngjang"
    over "Pyongyang", "Wladimir" over "Vladimir".
    """
    low = surface.casefold()
    plus = sum(low.count(c) for c in "äöüßjw") + low.count("sch")
    minus = low.count("sh") - low.count("sch") + low.count("y") + low.count("v")
    return plus - minus
