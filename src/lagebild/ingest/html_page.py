"""Saved HTML pages (`.html`, `.htm`, optionally gzipped): one file is one article."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from lagebild.ingest.decode import declared_charset, decode_text, read_limited
from lagebild.model import RawDocument, ReadError

_HEAD_CHARS = 64 * 1024  # canonical and og:url tags sit in <head>, well inside this
_TAG = re.compile(r"<(link|meta)\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def read_html_page(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield the one `RawDocument(format="html", is_html=True)` in `path`, with its canonical URL.

    Input: an `.html`/`.htm`(`.gz`) path. Output: one document; `url` from
    `<link rel="canonical">`, else `og:url`, else None. Cost: one read and decode, plus a
    regex scan over the first 64 KB.
    """
    data = read_limited(path)
    content = decode_text(data, declared=declared_charset(data))
    yield RawDocument(source=str(path), format="html", content=content, is_html=True, url=page_url(content))


def page_url(page: str) -> str | None:
    """The page's own URL from `<link rel="canonical">` (preferred) or `<meta property="og:url">`."""
    og_url = None
    for match in _TAG.finditer(page[:_HEAD_CHARS]):
        attributes = {name.lower(): double or single or bare
                      for name, double, single, bare in _ATTRIBUTE.findall(match.group(2))}
        href = attributes.get("href", "").strip()
        if match.group(1).lower() == "link" and "canonical" in attributes.get("rel", "").lower().split() and href:
            return html.unescape(href)
        content = attributes.get("content", "").strip()
        if og_url is None and attributes.get("property", attributes.get("name", "")).lower() == "og:url" and content:
            og_url = html.unescape(content)
    return og_url
