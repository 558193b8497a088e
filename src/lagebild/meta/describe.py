"""The metadata stage: one cleaned document -> one `Article` with title, date, authors, ...

Precedence everywhere: container hints (JSONL/RSS fields) win over what the cleaner found
in the layout, which wins over cues in the text. A WARC "warc_date" is the crawl date and is
never used as the publication date (see `dates.py`).
Cost: linear in the text seen by each field's rules; language ID dominates (~1 ms/article).
"""

from __future__ import annotations

from lagebild.meta.authors import choose_authors
from lagebild.meta.credits import choose_credits
from lagebild.meta.dates import choose_published
from lagebild.meta.language import detect_language
from lagebild.meta.links import absolute_links, dedupe_texts
from lagebild.meta.outlet import choose_outlet, home_url, url_host
from lagebild.meta.title import choose_teaser, choose_title
from lagebild.model import Article, Cleaned, RawDocument


def describe(doc: RawDocument, cleaned: Cleaned) -> Article:
    """Build the `Article` for `doc` from the cleaner's output `cleaned`.

    Input: the raw document (id, source, format, url, hints) and what the cleaner kept.
    Output: an `Article` with body=cleaned.body and all metadata fields filled where the
    document states them (None / [] where it does not: nothing is guessed from narrative).
    Pure: reads only its arguments.
    """
    hints = doc.hints
    url = doc.url or _str(hints.get("url"))
    outlet = choose_outlet(hints.get("outlet"), url, cleaned)
    title = choose_title(cleaned.title, hints.get("title"), cleaned.body, outlet, url_host(url))
    hint_tags = hints.get("tags")
    tags = [t for t in hint_tags if isinstance(t, str)] if isinstance(hint_tags, list) else []
    return Article(
        id=doc.id,
        source=doc.source,
        format=doc.format,
        body=cleaned.body,
        title=title,
        teaser=choose_teaser(cleaned.teaser, hints.get("teaser") or hints.get("description"), cleaned.body),
        url=url,
        language=detect_language(title, cleaned.body),
        outlet=outlet,
        published=choose_published(hints.get("published"), cleaned),
        authors=choose_authors(hints.get("authors"), cleaned, outlet, url_host(url)),
        credits=choose_credits(hints.get("credits"), cleaned),
        tags=dedupe_texts([*tags, *cleaned.tags]),
        links=absolute_links(cleaned.links, url or home_url(outlet)),
        captions=dedupe_texts(cleaned.captions),
        related=dedupe_texts(cleaned.related),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
