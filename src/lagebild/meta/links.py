"""Tags, links, captions and related headlines: light tidying of what the cleaner found.

Cost: O(number of items).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

_ABSOLUTE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # http:, https:, mailto:, ...


def dedupe_texts(items: Iterable[str]) -> list[str]:
    """Items whitespace-normalised, empties dropped, duplicates (case-insensitive) removed, order kept."""
    seen: dict[str, str] = {}
    for item in items:
        text = re.sub(r"\s+", " ", item).strip()
        if text:
            seen.setdefault(text.casefold(), text)
    return list(seen.values())


def absolute_links(links: Iterable[str], base: str | None) -> list[str]:
    """Links made absolute against `base` (the article URL or the outlet's home), deduplicated.

    "/Nordkorea-droht-mit-Atomwaffen/!5948783" with base "https://taz.de/" becomes
    "https://taz.de/Nordkorea-droht-mit-Atomwaffen/!5948783". "//host/x" gets the base's
    scheme. Without a usable base (None, or not http(s)) relative links stay as given;
    anchors ("#top") and absolute links are kept unchanged.
    """
    usable = base if base and urlsplit(base).scheme in ("http", "https") else None
    result: list[str] = []
    for link in links:
        link = link.strip()
        if not link:
            continue
        if usable and not _ABSOLUTE.match(link) and not link.startswith("#"):
            link = urljoin(usable, link)
        if link not in result:
            result.append(link)
    return result
