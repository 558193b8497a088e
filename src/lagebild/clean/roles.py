"""Generic German news-page line roles: bylines, captions, credits, datelines, video teasers.

Why: these lines look like short prose, so the block classifier alone would keep some of
them; their shapes are conventional across outlets. Input: one block's text. Output: a
`RoleHit` (role, recognised text, text left for the body) or None. Cost: a few regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.clean.lexicon import TRACKER_JUNK

_NAME = r"[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:von|van|de|zu|und|[A-ZÄÖÜ][\w.'’-]+)){0,5}"
BYLINE = re.compile(rf"^(?:Von:?|By|Autor(?:in)?:|Text:)\s+{_NAME}(?:\s*(?:,|und)\s*{_NAME})*\s*$")
CREDIT_LINE = re.compile(r"^(?:Quellen?|Mitarbeit|Mit Material von):\s*.{1,100}$")
CAPTION_PREFIX = re.compile(r"^(?:Bild|Foto|Fotos|Montage|Grafik|Archivbild|Symbolbild|Video):\s+\S")
PHOTO_CREDIT = re.compile(r"(?:©|\(c\)|Foto:|Fotos:|Bild:|Quelle:)\s*([^©]{2,120}?)\s*$")
TRAILING_CREDIT = re.compile(
    r"\s*\((?:[a-zäöü]{2,8}(?:\s*[/,]\s*[a-zäöü]{2,8})*(?: mit (?:Agenturen|dpa|AFP))?|dpa|AFP|Reuters|epd|KNA|AP)\)\s*$")
DATELINE = re.compile(r"^((?:[A-ZÄÖÜ][\w.-]+)(?:/[A-ZÄÖÜ][\w.-]+)* (?:taz|dpa|AFP|epd|KNA|rtr|AP)) \|\s+")
APPEAL = re.compile(r"(?:Jetzt|Hier) (?:unterstützen|spenden|abonnieren|Abo abschließen|registrieren)\W*$", re.I)
CONSENT = re.compile(
    r"(?:einverstanden|Einwilligung|zustimmen|akzeptieren).{0,250}(?:Datenschutz|personenbezogene Daten|Cookies)"
    r"|gerne einen externen Inhalt zeigen|Cookies? (?:akzeptieren|zulassen|verwalten)", re.I)
VIDEO_TEASER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})? min\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_TAIL = 200  # end-anchored patterns run on the last characters only: O(1) per block, not O(len)


def _may_be_consent(text: str) -> bool:
    """Cheap pre-check: every `CONSENT` alternative names one of these words."""
    low = text.lower()
    return "cookie" in low or "datenschutz" in low or "personenbezogen" in low or "externen inhalt" in low


@dataclass(frozen=True, slots=True)
class RoleHit:
    role: str  # "bylines", "captions", "credits", "drop"
    text: str
    rest: str  # what stays in the body ("" when the whole block goes)
    credit: str | None = None


def recognise(text: str) -> RoleHit | None:
    """The role of a whole block, or of a prefix/suffix to split off, else None."""
    tail = text[-_TAIL:]
    if TRACKER_JUNK.match(text) or not _LETTER.search(text):
        return RoleHit("drop", text, "")
    if len(text) <= 80 and BYLINE.match(text):
        return RoleHit("bylines", text, "")
    if CREDIT_LINE.match(text):
        return RoleHit("credits", text, "")
    if APPEAL.search(tail) or (len(text) < 600 and _may_be_consent(text) and CONSENT.search(text)):
        return RoleHit("drop", text, "")
    if len(text) < 400 and VIDEO_TEASER.search(tail):
        return RoleHit("drop", text, "")
    if len(text) < 400 and (CAPTION_PREFIX.match(text) or PHOTO_CREDIT.search(tail)):
        m = PHOTO_CREDIT.search(tail)
        return RoleHit("captions", text, "", credit=m.group(0).lstrip("© ").strip() if m else None)
    if m := DATELINE.match(text):
        return RoleHit("bylines", m.group(1), text[m.end():])
    if len(text) > 80 and (m := TRAILING_CREDIT.search(tail)):
        start = len(text) - len(tail) + m.start()
        return RoleHit("credits", m.group(0).strip(), text[:start].rstrip())
    return None
