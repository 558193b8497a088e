"""Publication dates: raw German/English/ISO date strings -> ISO 8601, partial kept partial.

Why partial: a scraper that only knows "2023-07" must not become "2023-07-01"; stories and
timelines treat a month as a month. The export field is date-only (times are dropped).

Where a date may come from, in order: the container hint ("published"), then the raw dates
the cleaner saw in the dateline/footer (`Cleaned.dates`), then bylines, then body paragraphs
that consist of nothing but a date ("28 Jul 2023", "Stand: 11.09.2023, 10:15 Uhr"). Never a
date inside a narrative sentence, never a video teaser date ("01.06.2023 | 43:26 min"),
and never the WARC crawl date ("warc_date"): a crawl can happen years after publication,
so an unknown date stays None rather than being wrong.
Cost: a handful of regex matches per candidate string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from lagebild.model import Cleaned

#: Month names and abbreviations (German incl. Austrian, English) -> month number.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "february": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mrz": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# Most specific first; each yields year, month and maybe day.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(_YEAR + r"-(?P<mnum>\d{2})(?:-(?P<day>\d{2}))?(?![\d])"),  # 2023-07-28T10:00, 2023-07
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.\s?" + _YEAR + r"(?!\d)"),  # 11.09.2023
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<mnum>\d{1,2})\.(?P<yy>\d{2})(?!\d)"),  # 11.09.23
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.?\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),  # 28 Jul 2023
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR, re.IGNORECASE),  # July 28, 2023
    re.compile(r"(?<![\w.])" + _MONTH + r"\s+" + _YEAR, re.IGNORECASE),  # Juli 2023
    re.compile(r"(?P<year>(?:19|20)\d{2})/(?P<mnum>\d{2})/(?P<day>\d{2})"),  # 2023/07/28 (URL paths)
)

_YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*$")

#: A date that belongs to a video or audio teaser, not to the article.
_MEDIA_DURATION = re.compile(r"\|\s*\d{1,3}:\d{2}\s*(?:min|Min)\b")
#: Labels that may precede a dateline date in a paragraph of its own.
_DATE_LABEL = re.compile(
    r"^\s*(?:\|\s*)?(?:stand|datum|veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|"
    r"erstellt(?: am)?|published|posted(?: on)?|date)?\s*:?\s*",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"(?:T\d{2}:\d{2}\S*|[\s,|-]*(?:um\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:uhr|h|am|pm|mez|mesz|cet|cest)?)\s*\|?\s*$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so)\.?,?\s+",
    re.IGNORECASE,
)
#: A date marked as an update is a fallback only; the first publication date is preferred.
_UPDATE_LABEL = re.compile(r"aktualisiert|update|geändert|zuletzt|modified", re.IGNORECASE)


def parse_date(raw: str) -> str | None:
    """ISO 8601 date of the first date in `raw`, as precise as `raw` is, or None.

    Input: "19. Oktober 2019, 19:08 Uhr", "28 Jul 2023", "11.09.2023", "Juli 2023", "2023-07",
    "2023-07-28T10:00:00+02:00", "2023". Output: "2019-10-19", "2023-07-28", "2023-09-11",
    "2023-07", "2023-07", "2023-07-28", "2023". Impossible dates (31.02.) give None.
    """
    for pattern in _PATTERNS:
        for m in pattern.finditer(raw):
            iso = _iso(m)
            if iso is not None:
                return iso
    if _YEAR_ONLY.match(raw):
        return raw.strip()
    return None


def _iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["yy"])
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
    day = int(groups["day"]) if groups.get("day") else None
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def is_media_date(raw: str) -> bool:
    """True if `raw` carries a media duration ("01.06.2023 | 43:26 min"): a video teaser's date."""
    return bool(_MEDIA_DURATION.search(raw))


def standalone_date(paragraph: str) -> str | None:
    """ISO date if `paragraph` is nothing but a (labelled) date, else None.

    "| 28 Jul 2023 |" and "Stand: 11.09.2023, 10:15 Uhr" qualify; "Am 27. Juli 2023 feierte
    Nordkorea ..." does not: a date inside a sentence is narrative, not a dateline.
    """
    text = paragraph.strip()
    if len(text) > 60 or is_media_date(text):
        return None
    rest = _WEEKDAY.sub("", _DATE_LABEL.sub("", text, count=1), count=1)
    for variant in (_TIME_TAIL.sub("", rest), rest):
        variant = variant.strip(" ,|.")
        for pattern in _PATTERNS:
            m = pattern.fullmatch(variant)
            iso = _iso(m) if m else None
            if iso is not None:
                return iso
    return None


def _best(candidates: Iterable[str]) -> str | None:
    """First usable candidate, refined by a later, more precise one that agrees with it."""
    found: list[tuple[str, bool]] = []
    for raw in candidates:
        if is_media_date(raw):
            continue
        iso = parse_date(raw)
        if iso is not None:
            found.append((iso, bool(_UPDATE_LABEL.search(raw))))
    if not found:
        return None
    originals = [iso for iso, is_update in found if not is_update] or [iso for iso, _ in found]
    best = originals[0]
    for iso in originals[1:]:
        if iso.startswith(best) and len(iso) > len(best):
            best = iso
    return best


def choose_published(hint: object, cleaned: Cleaned, body_edge: int = 4) -> str | None:
    """Publication date (ISO, maybe partial) from the hint, dateline/footer dates or None.

    Input: the "published" hint (any object; strings are parsed), the cleaner's output.
    `body_edge` paragraphs at each end of the body are checked for stand-alone datelines.
    Output: "2023-07-28", "2023-07", ... or None when the text states no publication date.
    """
    if isinstance(hint, str):
        iso = parse_date(hint)
        if iso is not None:
            return iso
    elif isinstance(hint, date):
        return hint.isoformat()[:10]
    for source in (cleaned.dates, cleaned.bylines):
        iso = _best(source)
        if iso is not None:
            return iso
    paragraphs = [p for p in cleaned.body.split("\n\n") if p.strip()]
    for paragraph in paragraphs[:body_edge] + paragraphs[-body_edge:]:
        iso = standalone_date(paragraph)
        if iso is not None:
            return iso
    return None
