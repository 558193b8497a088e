"""What lagebild knows about outlets, as data: hosts, text cues and title affixes.

Why a table: outlet knowledge changes with every redesign and every new source; keeping it
here (and only here) means adding an outlet is one line, and `outlet.py` / `title.py` stay
general. No code outside this file should name an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Host (without "www.") -> outlet name. Subdomains inherit: "wien.orf.at" -> "ORF".
#: The first host listed for an outlet is its home host (used to absolutise relative links).
HOST_OUTLETS: dict[str, str] = {
    "taz.de": "taz",
    "zdf.de": "ZDF",
    "zdfheute.de": "ZDF",
    "fr.de": "Frankfurter Rundschau",
    "merkur.de": "Merkur",
    "tz.de": "tz",
    "spiegel.de": "Der Spiegel",
    "zeit.de": "Die Zeit",
    "sueddeutsche.de": "Süddeutsche Zeitung",
    "sz.de": "Süddeutsche Zeitung",
    "faz.net": "FAZ",
    "tagesschau.de": "tagesschau",
    "welt.de": "Die Welt",
    "derstandard.at": "Der Standard",
    "derstandard.de": "Der Standard",
    "nzz.ch": "NZZ",
    "srf.ch": "SRF",
    "orf.at": "ORF",
    "n-tv.de": "n-tv",
    "stern.de": "Stern",
    "focus.de": "Focus",
    "t-online.de": "t-online",
    "rnd.de": "RND",
    "br.de": "BR",
    "mdr.de": "MDR",
    "ndr.de": "NDR",
    "wdr.de": "WDR",
    "swr.de": "SWR",
    "hr.de": "HR",
    "rbb24.de": "rbb",
    "deutschlandfunk.de": "Deutschlandfunk",
    "dw.com": "Deutsche Welle",
    "handelsblatt.com": "Handelsblatt",
    "tagesspiegel.de": "Der Tagesspiegel",
    "berliner-zeitung.de": "Berliner Zeitung",
    "bild.de": "Bild",
    "wikinews.org": "Wikinews",
    "nd-aktuell.de": "nd",
    "neues-deutschland.de": "nd",
    "freitag.de": "Der Freitag",
    "mopo.de": "Hamburger Morgenpost",
    "stuttgarter-zeitung.de": "Stuttgarter Zeitung",
    "kurier.at": "Kurier",
    "krone.at": "Kronen Zeitung",
    "diepresse.com": "Die Presse",
    "tagesanzeiger.ch": "Tages-Anzeiger",
    "watson.ch": "watson",
    "watson.de": "watson",
    "spektrum.de": "Spektrum der Wissenschaft",
}

#: Second-level labels under which the registrable host has three labels ("bbc.co.uk").
MULTI_LABEL_SUFFIXES: frozenset[str] = frozenset(
    {"co.uk", "org.uk", "ac.uk", "com.au", "co.at", "or.at", "gv.at", "ac.at", "co.jp", "com.br"}
)

#: Hosts that only wrap another page's URL ("web.archive.org/web/<ts>/<url>").
WRAPPER_HOSTS: frozenset[str] = frozenset({"web.archive.org", "archive.org"})


@dataclass(frozen=True, slots=True)
class OutletCue:
    """An outlet recognised from text: every pattern in `all_of` must match the cue text.

    The cue text is the raw title on its first line, then bylines, teaser, the first and
    last paragraphs of the body, the dropped blocks and the links, one per line (see
    `outlet.cue_text`).
    """

    outlet: str
    all_of: tuple[re.Pattern[str], ...]
    why: str


_M = re.MULTILINE

#: Text cues, most specific first. Only cues that name the outlet honestly belong here.
TEXT_CUES: tuple[OutletCue, ...] = (
    OutletCue("taz", (re.compile(r"\Ataz\.de\s+--\s"),), "taz text dump title prefix"),
    OutletCue(
        "taz",
        (re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s?/\s?[A-ZÄÖÜ][\w.-]*)*\s+taz\s*(?:\||$)", _M),),
        "taz dateline 'Moskau/Berlin taz |' (the cleaner may pass it without the bar)",
    ),
    OutletCue(
        "taz",
        (re.compile(r"^(?:https?://(?:www\.)?taz\.de)?/[^\s/]+/!\d{6,8}/?$", _M),),
        "taz article link '/Nordkorea-droht-mit-Atomwaffen/!5948783'",
    ),
    OutletCue("taz", (re.compile(r"\btaz zahl ich\b", re.IGNORECASE),), "taz paywall appeal"),
    OutletCue(
        "ZDF",
        (re.compile(r"\d{2}\.\d{2}\.\d{4}\s*\|\s*\d{1,3}:\d{2}\s*min\b"),),
        "ZDF video teaser line 'dd.mm.yyyy | mm:ss min'",
    ),
    OutletCue(
        "Ippen Media",
        (
            re.compile(r"^Von: [A-ZÄÖÜ]", _M),
            re.compile(r"\([a-zäöü]{2,6}(?:/[a-zäöü]{2,6})* mit Agenturen\)"),
        ),
        "Ippen network byline 'Von: Name' + sign-off '(kürzel mit Agenturen)' (fr.de, merkur.de, tz.de ...)",
    ),
)

#: Site names that outlets glue to titles; removed by `title.clean_title`.
TITLE_AFFIXES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^taz\.de\s+--\s+"),
    re.compile(r"\s+[|–—-]\s+(?:ZEIT ONLINE|DIE ZEIT|zeit\.de)$", re.IGNORECASE),
    re.compile(r"\s+[|–—-]\s+DER SPIEGEL(?:\s*[|–—-]\s*\w+)?$", re.IGNORECASE),
    re.compile(r"\s+[|–—-]\s+tagesschau\.de$", re.IGNORECASE),
    re.compile(r"\s+[|–—-]\s+(?:WELT|welt\.de)$"),
    re.compile(r"\s+[|–—-]\s+(?:FAZ|FAZ\.NET|faz\.net)$"),
    re.compile(r"\s+[|–—-]\s+(?:SZ\.de|Süddeutsche Zeitung|sueddeutsche\.de)$"),
    re.compile(r"\s+[|–—-]\s+(?:ZDFheute|ZDFmediathek|zdf\.de)$", re.IGNORECASE),
    re.compile(r"\s+[|–—-]\s+(?:n-tv\.de|STERN\.de|stern\.de|FOCUS [Oo]nline|t-online)$"),
    re.compile(r"\s+[|–—-]\s+(?:derStandard\.at|derStandard\.de|DER STANDARD)$"),
    re.compile(r"\s+[|–—-]\s+(?:NZZ|nzz\.ch|SRF|srf\.ch|news\.ORF\.at|ORF\.at)$"),
    re.compile(r"\s+[|–—-]\s+(?:Frankfurter Rundschau|fr\.de|Merkur\.de|merkur\.de|tz\.de)$"),
    re.compile(r"\s+[|–—-]\s+(?:Tagesspiegel|Handelsblatt|Berliner Zeitung|RND\.de|DW)$"),
)
