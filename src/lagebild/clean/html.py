"""Clean an HTML page with trafilatura and keep its metadata for the metadata stage.

Why: with a DOM, trafilatura is accurate (F1 0.94 on dumpbench's HTML) and fast enough
(~50 pages/s); we only reshape its output. Input: a `RawDocument` with `is_html`.
Output: `Cleaned` with paragraphs separated by blank lines. Cost: one trafilatura parse.
Malformed or empty HTML gives an empty body, never an exception.
"""

from __future__ import annotations

import re
from typing import Any

from lagebild.model import Cleaned, RawDocument

_BLANKS = re.compile(r"\n\s*\n+")


def clean_html(doc: RawDocument) -> Cleaned:
    """Main text and metadata of one HTML page (favouring precision, paragraphs kept)."""
    result = _extract(doc.content, doc.url)
    if result is None:
        return Cleaned(title=None, body="")
    text = result.get("text") or ""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n", text)]
    cleaned = Cleaned(title=_str(result.get("title")), body="\n\n".join(p for p in paragraphs if p))
    cleaned.teaser = _str(result.get("description"))
    if author := _str(result.get("author")):
        cleaned.authors.extend(a.strip() for a in author.split(";") if a.strip())
    if date := _str(result.get("date")):
        cleaned.dates.append(date)
    for key in ("tags", "categories"):
        value = result.get(key)
        items = value if isinstance(value, list) else str(value or "").split(",")
        cleaned.tags.extend(t.strip() for t in items if t and t.strip() and t.strip() not in cleaned.tags)
    if site := _str(result.get("sitename")):
        cleaned.credits.append(site)
    return cleaned


def _str(value: object) -> str | None:
    return str(value).strip() or None if value else None


def _extract(html: str, url: str | None) -> dict[str, Any] | None:
    if not html or not html.strip():
        return None
    import trafilatura  # imported lazily: text dumps never need lxml

    try:
        doc = trafilatura.bare_extraction(html, url=url, favor_precision=True, with_metadata=True,
                                          include_comments=False, include_tables=True)
    except Exception:  # trafilatura/lxml raise many types on broken markup; a page is never fatal
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()
