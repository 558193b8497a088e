"""News agencies named in running text ("berichtete die Nachrichtenagentur KCNA") as organisations.

The tagger misses short agency names or calls them places ("Interfax" LOC). Agencies are a
small closed set, so a declarative table is more reliable than the model here. The agencies
that credit German articles come from `lagebild.meta.credits.AGENCY_ALIASES` (their
normalised names, matched as written, plus their multi-word aliases, any case:
"Deutsche Presse-Agentur"); `SOURCE_AGENCIES` adds the agencies German news quotes as sources
but never credits (state and foreign agencies).

Matching: whole words, case as listed (so "AP", not "ap"), never inside a hyphen compound
("dpa-Korrespondent", "Itar-Tass" is listed whole). A match where the tagger found nothing
becomes an ORG mention; a tagger span of exactly the agency's text gets the kind ORG; a match
overlapping any other span is left alone. Cost: one regex pass, O(len(body)).
"""

from __future__ import annotations

import re

from lagebild.meta.credits import AGENCY_ALIASES
from lagebild.model import Mention

#: Agency -> spellings in running text, for agencies that are not credit agencies in credits.py.
SOURCE_AGENCIES: dict[str, tuple[str, ...]] = {
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "TASS": ("TASS", "Tass", "Itar-Tass", "ITAR-TASS"),
    "RIA Nowosti": ("RIA Nowosti", "Ria Nowosti", "RIA Novosti", "RIA", "Ria"),
    "Interfax": ("Interfax",),
    "Yonhap": ("Yonhap",),
    "Kyodo": ("Kyodo",),
    "Anadolu": ("Anadolu",),
    "IRNA": ("IRNA",),
    "Ukrinform": ("Ukrinform",),
}

_PLAIN = re.compile(r"[\w .'-]+")


def _credit_spellings() -> tuple[list[str], list[str]]:
    """(names matched as written, multi-word aliases matched in any case) from the credit table."""
    exact = list(AGENCY_ALIASES)
    any_case = [alias for aliases in AGENCY_ALIASES.values() for alias in aliases
                if " " in alias and _PLAIN.fullmatch(alias)]
    return exact, any_case


def _pattern(spellings: list[str]) -> str:
    ordered = sorted(set(spellings), key=len, reverse=True)  # longest first: "RIA Nowosti" before "RIA"
    return "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in ordered)


_EXACT, _ANY_CASE = _credit_spellings()
_EXACT += [s for spellings in SOURCE_AGENCIES.values() for s in spellings]
_AGENCY = re.compile(
    rf"(?<![\w-])(?:(?:{_pattern(_EXACT)})|(?i:{_pattern(_ANY_CASE)}))(?![\w]|-\w)"
)


def tag_news_agencies(body: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus ORG mentions of the agencies the tagger missed or mislabelled.

    Input: body and its mentions (non-overlapping). Output: sorted mentions.
    """
    by_span = {(m.start, m.end): m for m in mentions}
    out = list(mentions)
    for match in _AGENCY.finditer(body):
        span = (match.start(), match.end())
        same = by_span.get(span)
        if same is not None:
            if same.kind != "ORG":
                out[out.index(same)] = Mention(same.start, same.end, same.text, "ORG")
            continue
        if not any(m.start < match.end() and match.start() < m.end for m in mentions):
            out.append(Mention(match.start(), match.end(), match.group(), "ORG"))
    return sorted(out, key=lambda m: m.start)
