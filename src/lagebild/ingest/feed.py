"""RSS and Atom feeds (`.rss`, `.atom`, `.xml`): one article per item that carries its text.

Many feeds carry only a teaser; such items are still read (the summary is all there is), and
items with no text at all are reported rather than dropped, so a user sees why a feed of 50
items gave 12 articles.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

from lagebild.ingest.decode import UnreadableInput, read_limited
from lagebild.model import RawDocument, ReadError


def read_feed(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield one `RawDocument(format="rss", is_html=True)` per item with content in the feed at `path`.

    Input: an RSS/Atom path. Output: documents with source `"path#item<n>"` (1-based),
    `url` = item link, hints `title`, `published` (ISO 8601, UTC, from feedparser's parsed
    date), `authors`. Body: content:encoded / Atom content, else the summary. Cost: the
    whole feed is parsed in memory (feeds are small; capped by `decode.MAX_FILE_BYTES`).
    """
    parsed = feedparser.parse(read_limited(path))
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise UnreadableInput(f"not an RSS/Atom feed, or a feed with no items{problem}")
    for number, entry in enumerate(parsed.entries, start=1):
        source = f"{path}#item{number}"
        content = _item_content(entry)
        if not content:
            title = entry.get("title") or entry.get("link") or "untitled"
            yield ReadError(source, f"feed item {number} ('{title}') has no content or summary; "
                                    "nothing to read (fetch the linked page instead)")
            continue
        yield RawDocument(source=source, format="rss", content=content, is_html=True,
                          url=entry.get("link") or None, hints=_item_hints(entry))


def _item_content(entry: Any) -> str:
    """The longest full-content block (content:encoded, Atom content), else the summary."""
    blocks = [block.get("value", "") for block in entry.get("content", [])]
    longest = max(blocks, key=len, default="")
    return longest if longest.strip() else (entry.get("summary") or "").strip()


def _item_hints(entry: Any) -> dict[str, object]:
    hints: dict[str, object] = {}
    if entry.get("title"):
        hints["title"] = entry["title"]
    parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(parsed_time, time.struct_time):
        hints["published"] = datetime(*parsed_time[:6], tzinfo=UTC).isoformat()
    authors = [author.get("name") for author in entry.get("authors", []) if author.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"]]
    if authors:
        hints["authors"] = authors
    return hints
