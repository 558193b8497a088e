"""Which outlet published an article: from its URL host, else from cues in its text.

All outlet knowledge lives in `outlet_table.py`; this module only looks things up.
Cost: a dictionary walk over host suffixes, plus a few regex searches over a cue text of
at most a few kilobytes.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lagebild.meta.outlet_table import HOST_OUTLETS, MULTI_LABEL_SUFFIXES, TEXT_CUES, WRAPPER_HOSTS
from lagebild.model import Cleaned


def url_host(url: str | None) -> str | None:
    """Lower-case host of `url` without "www." (archive wrappers unwrapped), or None.

    Input: an absolute URL or None. Output: "wien.orf.at" for "https://wien.orf.at/stories/1/".
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host in WRAPPER_HOSTS:
        # web.archive.org/web/20160401095740/http://www.example.de/... -> the archived page
        inner = parts.path.split("/", 3)
        if len(inner) == 4 and "://" in inner[3]:
            return url_host(inner[3])
    host = host.removeprefix("www.")
    return host or None


def registrable_host(host: str) -> str:
    """The part of `host` a publisher registers: "wien.orf.at" -> "orf.at", "bbc.co.uk" stays."""
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in MULTI_LABEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def outlet_from_url(url: str | None) -> str | None:
    """Outlet name for a URL whose host (or a parent domain) is in `HOST_OUTLETS`, else None."""
    host = url_host(url)
    if host is None:
        return None
    labels = host.split(".")
    for start in range(len(labels) - 1):
        name = HOST_OUTLETS.get(".".join(labels[start:]))
        if name is not None:
            return name
    return None


def home_url(outlet: str | None) -> str | None:
    """The outlet's home URL, "https://<first host listed for it>/", or None if unknown."""
    if outlet is None:
        return None
    for host, name in HOST_OUTLETS.items():
        if name == outlet:
            return f"https://{host}/"
    return None


def cue_text(cleaned: Cleaned, edge_paragraphs: int = 3) -> str:
    """The text outlet cues are matched against: raw title first, then the layout pieces.

    Only the body's first and last `edge_paragraphs` paragraphs are used: outlet marks sit
    at the edges (datelines, sign-offs, video lines), and narrative text must not trigger cues.
    """
    paragraphs = [p for p in cleaned.body.split("\n\n") if p.strip()]
    edges = paragraphs[:edge_paragraphs] + paragraphs[-edge_paragraphs:]
    pieces = [cleaned.title or "", *cleaned.bylines, cleaned.teaser or "", *edges]
    pieces += [text for _role, text in cleaned.dropped]
    pieces += cleaned.links + cleaned.credits + cleaned.captions
    return "\n".join(pieces)


def outlet_from_text(cleaned: Cleaned) -> str | None:
    """Outlet recognised by the first matching cue in `TEXT_CUES`, else None."""
    text = cue_text(cleaned)
    for cue in TEXT_CUES:
        if all(pattern.search(text) for pattern in cue.all_of):
            return cue.outlet
    return None


def choose_outlet(hint: object, url: str | None, cleaned: Cleaned) -> str | None:
    """Outlet: container hint, else known URL host, else text cue, else the registrable host.

    A known host beats text cues (a URL is harder to get wrong than a sign-off); an unknown
    host is still better than nothing but loses to a cue that names the outlet.
    """
    if isinstance(hint, str) and hint.strip():
        return hint.strip()
    known = outlet_from_url(url) or outlet_from_text(cleaned)
    if known is not None:
        return known
    host = url_host(url)
    return registrable_host(host) if host else None


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold().translate(_TRANSLIT))


def is_site_name(text: str, outlet: str | None, host: str | None) -> bool:
    """True if `text` names the article's own site: its outlet name or its host's labels.

    Compared without case, punctuation or umlauts, and by containment for names of four or
    more letters: "Übermedien" ~ "uebermedien.de", "Handball Schweiz" ~ "handball.ch",
    "Finanztreff De" ~ "finanztreff.de". Used to peel site names off titles and out of authors.
    """
    site = _squash(text)
    if len(site) < 3:
        return False
    own = {_squash(outlet)} if outlet else set()
    if host:
        labels = host.split(".")
        own |= {_squash(label) for label in labels[:-1] if label != "www"}
        own.add(_squash(host))
    return any(
        site == name or (min(len(site), len(name)) >= 4 and (name in site or site in name))
        for name in own
        if len(name) >= 3
    )
