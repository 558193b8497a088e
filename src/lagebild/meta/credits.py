"""Agency credits: which news agencies' material (text or pictures) an article carries.

Only credit positions count: the cleaner's credit lines, photo credits in captions, and
body markers at the edge of a paragraph ("(dpa)" / "(dpa/AFP)" at its start or end, a
"Berlin (dpa) -" dateline, "mit Material von dpa", a trailing "© .../dpa" or "Quelle: ...").
An agency named inside a sentence ("berichtete die Nachrichtenagentur KCNA") is a quoted
source, not a credit, and is ignored.

Decisions:
- Photo credits count ("© Uncredited/dpa" -> "dpa"): a reader who sees an agency's picture
  in the article expects that agency among its credits; `credits` means "agencies whose
  material the article uses", not only "who wrote the text".
- "(bohy mit Agenturen)" credits unnamed agencies: it becomes the credit "Agenturen".
  Named agencies and "Agenturen" may both appear.
Cost: a few regex scans over each credit line, caption and body paragraph edge: O(len(text)).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.model import Cleaned

#: Normalised agency name -> spellings (full match on a token, case-insensitive).
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "dpa": ("dpa", r"dpa-[\w-]+", "deutsche presse-agentur", "dpa-infocom"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "Reuters": ("reuters", "thomson reuters"),
    "AP": ("ap", "associated press"),
    "KNA": ("kna", "katholische nachrichten-agentur"),
    "epd": ("epd", "evangelischer pressedienst"),
    "SID": ("sid", "sport-informations-dienst"),
    "APA": ("apa", "austria presse agentur"),
    "Keystone-SDA": ("keystone-sda", "sda", "keystone", "ats"),
    "dts": ("dts", "dts nachrichtenagentur"),
    "Xinhua": ("xinhua",),
    "Bloomberg": ("bloomberg",),
    "EFE": ("efe",),
    "ANSA": ("ansa",),
}

#: The credit for unnamed agencies ("mit Agenturen", "Quelle: Agenturen").
UNNAMED_AGENCIES = "Agenturen"

_ALIAS_TO_AGENCY: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(alias, re.IGNORECASE), name) for name, aliases in AGENCY_ALIASES.items() for alias in aliases
)
_UNNAMED = re.compile(r"agenturen|agency|agencies|nachrichtenagenturen", re.IGNORECASE)
# Tokens of a credit: split on separators used in credits ("dpa, AFP", "dpa/AFP", "dpa und AP").
_TOKEN_SPLIT = re.compile(r"\s*(?:[,;/&+|]|\bund\b|\band\b|\bmit\b|\bsowie\b)\s*", re.IGNORECASE)
_CREDIT_LABEL = re.compile(
    r"^\s*(?:©|\(c\)|copyright|quellen?|fotos?|bilder?|grafik|video|mit material (?:von|der|aus)"
    r"(?: de[rn] nachrichtenagentur(?:en)?)?)\s*:?\s*",
    re.IGNORECASE,
)
# Photo/source credit at the end of a caption or paragraph: "... Foto: Smirnov/Itar-Tass/dpa".
_TRAILING_CREDIT = re.compile(
    r"(?:©|\(c\)|\bFotos?:|\bBild(?:er)?:|\bQuellen?:|\bGrafik:|\bmit Material (?:von|der))\s*([^©]{1,120})$",
    re.IGNORECASE,
)
# "(dpa)", "(dpa/AFP)", "(bohy mit Agenturen)" at paragraph start or end, or "Berlin (dpa) -".
_LEADING_MARK = re.compile(r"^\(([^()]{2,40})\)")
_DATELINE_MARK = re.compile(r"^[A-ZÄÖÜ][\w./ -]{0,40}?\s\(([^()]{2,40})\)\s*[-–—:]")
_TRAILING_MARK = re.compile(r"\(([^()]{2,40})\)\s*\.?\s*$")


def agency_name(token: str) -> str | None:
    """Normalised agency for one credit token ("DPA" -> "dpa", "dpa-AFX" -> "dpa"), else None."""
    token = token.strip(" .:()[]\"'")
    for pattern, name in _ALIAS_TO_AGENCY:
        if pattern.fullmatch(token):
            return name
    return None


def agencies_in_credit(credit: str) -> list[str]:
    """Agencies named in one credit string, in order; "Agenturen" for unnamed agencies.

    Input: "Quelle: dpa, AFP, Reuters", "© Uncredited/dpa", "bohy mit Agenturen".
    Output: ["dpa", "AFP", "Reuters"], ["dpa"], ["Agenturen"]. Tokens that are not agencies
    (photographers, "picture alliance", author initials) are skipped.
    """
    text = _CREDIT_LABEL.sub("", credit.strip(), count=1)
    found: list[str] = []
    for token in _TOKEN_SPLIT.split(text):
        name = agency_name(token)
        if name is None and _UNNAMED.fullmatch(token.strip(" .()")):
            name = UNNAMED_AGENCIES
        if name is not None and name not in found:
            found.append(name)
    return found


def credit_marks(paragraph: str) -> list[str]:
    """Credit strings at the edges of one body paragraph or caption (not yet parsed)."""
    text = paragraph.strip()
    marks: list[str] = []
    for pattern in (_LEADING_MARK, _DATELINE_MARK, _TRAILING_MARK, _TRAILING_CREDIT):
        m = pattern.search(text)
        if m:
            marks.append(m.group(1))
    if _CREDIT_LABEL.match(text) and len(text) < 120:
        marks.append(text)  # a whole "Quelle: dpa, AFP, Reuters" paragraph
    return marks


def choose_credits(hint: object, cleaned: Cleaned) -> list[str]:
    """Agencies credited by the article: hint, credit lines, captions, then body markers.

    Input: an optional "credits" hint (str or list of str) and the cleaner's output. Every
    body paragraph is checked, but only at its edges (start/end marks, trailing photo credit,
    a whole "Quelle: ..." paragraph). Output: normalised, deduplicated names in order of
    discovery.
    """
    lines: list[str] = []
    if isinstance(hint, str):
        lines.append(hint)
    elif isinstance(hint, list):
        lines += [h for h in hint if isinstance(h, str)]
    lines += cleaned.credits
    paragraphs = [p for p in cleaned.body.split("\n\n") if p.strip()]
    marks = [mark for text in [*cleaned.captions, *paragraphs] for mark in credit_marks(text)]
    return _dedupe(name for line in [*lines, *marks] for name in agencies_in_credit(line))


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen
