"""Agencies named in or right next to a shared passage: evidence of where the copy came from.

`lagebild.meta.credits` reads credit positions only (a credit line, "(dpa)" at a paragraph
edge) and treats an agency named inside a sentence as a quoted source. For a passage that
several outlets share, a mention inside or beside it ("… berichtete die Nachrichtenagentur
dpa", "Berlin (dpa) –", "Quelle: dpa, AFP, Reuters") is the best hint of the wire it came
from, so these patterns look inside sentences too. Agency names and their spellings are
those of `lagebild.meta.credits`; an agency outside that list ("Nachrichtenagentur KCNA")
is a quoted source, not a wire, and is ignored.
Cost: a few regex scans over the passage plus `near_chars` either side: O(passage length).
"""

from __future__ import annotations

import re

from lagebild.meta.credits import agencies_in_credit, agency_name

#: How far beside a passage a marker still counts (a dateline "Berlin (dpa) –" before it,
#: a "Quelle: dpa" line after it).
NEAR_CHARS = 150

# Each pattern's group 1 is parsed like a credit ("dpa/AFP", "AFP und Reuters").
_LISTED = re.compile(
    r"\(([^()\n]{2,40})\)"  # "(dpa)", "(dpa/AFP)", "(bohy mit Agenturen)"
    r"|\bNachrichtenagentur(?:en)?\s+([\w-]+(?:\s*(?:,|/|\bund\b|\bsowie\b)\s*[\w-]+)*)"
    r"|\b(?:Quellen?|mit Material (?:von|der))\s*:?\s*([^\n.]{2,80})",
    re.IGNORECASE,
)
# One agency after a reporting phrase: "laut dpa", "wie AFP berichtete", "meldete Reuters".
_REPORTED = re.compile(r"\b(?i:laut|wie|meldete[tn]?|berichtete[tn]?|zufolge)\s+(?i:die\s+|der\s+)?([\w-]+)")
_DPA_LONG = re.compile(r"\bDeutschen?\s+Presse-Agentur\b")


def agencies_marked(text: str) -> list[str]:
    """Agencies a text names as its source, in order of first mention.

    Input: "Berlin (dpa) – … berichtete die Nachrichtenagentur AFP." Output: ["dpa", "AFP"].
    "Agenturen" stands for unnamed agencies ("(red/Agenturen)").
    """
    found: list[str] = []
    hits: list[tuple[int, str]] = []
    for m in _LISTED.finditer(text):
        group = next(g for g in m.groups() if g is not None)
        hits += [(m.start(), name) for name in agencies_in_credit(group)]
    for m in _REPORTED.finditer(text):
        name = agency_name(m.group(1))
        if name is not None:
            hits.append((m.start(), name))
    hits += [(m.start(), "dpa") for m in _DPA_LONG.finditer(text)]
    for _, name in sorted(hits):
        if name not in found:
            found.append(name)
    return found


def agencies_near(body: str, start: int, end: int, near_chars: int = NEAR_CHARS) -> list[str]:
    """Agencies marked in `body[start:end]` or within `near_chars` before or after it."""
    return agencies_marked(body[max(0, start - near_chars) : end + near_chars])
