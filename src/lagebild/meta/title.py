"""Title and teaser: the cleaner's pieces, stripped of the site names outlets glue to them.

Cost: a dozen anchored regexes per title.
"""

from __future__ import annotations

import re

from lagebild.meta.outlet_table import TITLE_AFFIXES

#: A fallback title taken from the body must be a short line, not a sentence of narrative.
MAX_FALLBACK_TITLE = 160
_GENERIC_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,40})$")


def _squash(text: str) -> str:
    return re.sub(r"[^\w]", "", text).casefold()


def clean_title(raw: str | None, outlet: str | None = None, host: str | None = None) -> str | None:
    """`raw` without site prefixes/suffixes and extra whitespace; None if nothing is left.

    Input: "taz.de -- Russischer Minister ...", "Bohren, bis es heiß wird | ZEIT ONLINE",
    or "Titel - Beispielblatt" with outlet "Beispielblatt". Output: the bare headline.
    Known affixes come from `TITLE_AFFIXES`; besides, a " | X" / " - X" suffix is removed
    when X is the article's own outlet name or host.
    """
    if raw is None:
        return None
    title = re.sub(r"\s+", " ", raw).strip()
    for affix in TITLE_AFFIXES:
        title = affix.sub("", title).strip()
    m = _GENERIC_SUFFIX.match(title)
    own = {_squash(name) for name in (outlet, host, (host or "").split(".")[0]) if name}
    if m and _squash(m.group("site")) in own:
        title = m.group("title").strip()
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


def choose_teaser(cleaned_teaser: str | None, hint: object) -> str | None:
    """Teaser: the cleaner's, else a "teaser"/"description" hint, whitespace normalised."""
    for candidate in (cleaned_teaser, hint if isinstance(hint, str) else None):
        if candidate and candidate.strip():
            return re.sub(r"\s+", " ", candidate).strip()
    return None
