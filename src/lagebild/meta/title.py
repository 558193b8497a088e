"""Title and teaser: the cleaner's pieces, stripped of the site names outlets glue to them.

Cost: a dozen anchored regexes per title.
"""

from __future__ import annotations

import re

from lagebild.meta.outlet import is_site_name
from lagebild.meta.outlet_table import TITLE_AFFIXES

#: A fallback title taken from the body must be a short line, not a sentence of narrative.
MAX_FALLBACK_TITLE = 160
#: A site name glued to a title is short; a longer tail is part of the headline.
MAX_SITE_NAME = 50
_SEPARATOR = r"\s+[|–—›»·:-]\s+|\s*\|\s*"
_SUFFIX = re.compile(rf"^(?P<title>.+?)(?:{_SEPARATOR})(?P<site>[^|–—›»·]{{2,{MAX_SITE_NAME}}})$")
_PREFIX = re.compile(rf"^(?P<site>[^|–—›»·:]{{2,{MAX_SITE_NAME}}})(?:{_SEPARATOR})(?P<title>.+)$")
_PAREN_SUFFIX = re.compile(r"^(?P<title>.+?)\s+\((?P<site>[^()]{2,40})\)$")
# "So viel Regen : 31.10.2023, 10.19 Uhr" or "08.11.2021 | Titel": a date glued to the title.
_DATE_AFFIX = re.compile(
    r"\s*[:|–-]\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s*\d{1,2}[.:]\d{2}(?:\s*Uhr)?)?$"
    r"|^\d{1,2}\.\d{1,2}\.\d{2,4}\s*[|:–-]\s*"
)


def clean_title(raw: str | None, outlet: str | None = None, host: str | None = None) -> str | None:
    """`raw` without site prefixes/suffixes, glued dates and extra whitespace; None if empty.

    Input: "taz.de -- Russischer Minister ...", "Bohren, bis es heiß wird | ZEIT ONLINE",
    "Titel - Beispielblatt" with outlet "Beispielblatt" or host "beispielblatt.de",
    "So viel Regen : 31.10.2023, 10.19 Uhr". Output: the bare headline.
    Known affixes come from `TITLE_AFFIXES`; besides, a " | X" / " - X" / " › X" / " (X)"
    suffix or an "X | " prefix is removed when X names the article's own outlet or host
    (compared without case, punctuation or umlauts: "Übermedien" ~ "uebermedien.de").
    """
    if raw is None:
        return None
    title = re.sub(r"\s+", " ", raw).strip()
    for affix in TITLE_AFFIXES:
        title = affix.sub("", title).strip()
    title = _DATE_AFFIX.sub("", title).strip()
    for _ in range(3):  # "Titel | petri-heil.ch | Dein Fischereimagazin": peel site pieces
        m = _SUFFIX.match(title) or _PAREN_SUFFIX.match(title)
        if m and is_site_name(m.group("site"), outlet, host):
            title = m.group("title").strip()
            continue
        m = _PREFIX.match(title)
        if m and is_site_name(m.group("site"), outlet, host):
            title = m.group("title").strip()
            continue
        break
    return title or None


def choose_title(
    cleaned_title: str | None, hint: object, body: str, outlet: str | None = None, host: str | None = None
) -> str | None:
    """Title: the container hint, else the cleaner's title, else the body's first short line.

    Container hints (JSONL/RSS fields) are the publisher's own metadata and win over what the
    cleaner found in the layout, as with every other field. The body fallback takes the first
    line only when it is short and does not end like a sentence.
    """
    for candidate in (hint if isinstance(hint, str) else None, cleaned_title):
        title = clean_title(candidate, outlet, host)
        if title:
            return title
    for line in body.strip().splitlines()[:1]:
        line = line.strip()
        if 0 < len(line) <= MAX_FALLBACK_TITLE and not line.endswith((".", ",", ";")):
            return clean_title(line, outlet, host)
    return None


def choose_teaser(cleaned_teaser: str | None, hint: object, body: str = "") -> str | None:
    """Teaser: the cleaner's, else a "teaser"/"description" hint, else the body's lead paragraph.

    Most dumps mark no teaser, but news pages open with a short standalone lead (one to
    three sentences) before the article proper; `lead_paragraph` finds it. That lead stays
    in the body too: the teaser field names it, it does not move text out of the article.
    """
    for candidate in (cleaned_teaser, hint if isinstance(hint, str) else None, lead_paragraph(body)):
        if candidate and candidate.strip():
            return re.sub(r"\s+", " ", candidate).strip()
    return None


#: A lead is at most this long and followed by at least `_LEAD_MIN_FOLLOWING` paragraphs.
_LEAD_MAX_CHARS = 400
_LEAD_MIN_FOLLOWING = 3
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«'’)]*$")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./-]*(?:\s[A-ZÄÖÜ][\w.-]*)?\s*(?:[–—-]|\(\w+\)|\w+\s*\|)\s")


def lead_paragraph(body: str) -> str | None:
    """The first paragraph when it reads as a standalone lead, else None.

    A lead: ≤ 400 characters, one to three complete sentences, not opening with a
    dateline ("Pjöngjang – ", "Berlin (dpa) ") — a dateline starts the article proper —
    and followed by at least three more paragraphs. Cost: O(len(first paragraph)).
    """
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    if len(paragraphs) < 1 + _LEAD_MIN_FOLLOWING:
        return None
    lead = paragraphs[0]
    sentences = len(re.findall(r"[.!?](?:\s|$)", lead))
    if len(lead) > _LEAD_MAX_CHARS or not 1 <= sentences <= 3 or not _SENTENCE_END.search(lead):
        return None
    return None if _DATELINE.match(lead) else lead
