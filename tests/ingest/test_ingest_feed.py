"""RSS/Atom feeds: items with content become documents, items without are reported."""

from __future__ import annotations

from pathlib import Path

from ingest_fixtures import GERMAN

from lagebild.ingest import read_file
from lagebild.model import RawDocument, ReadError

RSS = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Beispielfeed</title><link>https://example.de/</link>
<item><title>Voll</title><link>https://example.de/voll</link>
  <pubDate>Fri, 28 Jul 2023 10:15:00 +0200</pubDate><dc:creator>Bona Hyun</dc:creator>
  <description>Kurz</description>
  <content:encoded><![CDATA[<p>{GERMAN}</p>]]></content:encoded></item>
<item><title>Nur Anriss</title><link>https://example.de/anriss</link><description>Nur ein Anriss über Köln.</description></item>
<item><title>Leer</title><link>https://example.de/leer</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2023-07-28T08:00:00Z</updated>
<entry><title>Eintrag</title><link href="https://example.de/atom"/><id>urn:y</id>
<updated>2023-07-28T08:00:00Z</updated><author><name>Erika Muster</name></author>
<content type="html">&lt;p&gt;Grüße aus dem Atom-Feed&lt;/p&gt;</content></entry></feed>"""


def test_rss_items(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(RSS.encode("latin-1"))
    full, teaser, empty = read_file(path)
    assert isinstance(full, RawDocument) and isinstance(teaser, RawDocument)
    assert (full.source, full.format, full.is_html, full.url) == (f"{path}#item1", "rss", True, "https://example.de/voll")
    assert GERMAN in full.content
    assert full.hints == {"title": "Voll", "published": "2023-07-28T08:15:00+00:00", "authors": ["Bona Hyun"]}
    assert teaser.content == "Nur ein Anriss über Köln."
    assert isinstance(empty, ReadError) and empty.source == f"{path}#item3" and "('Leer') has no content" in empty.reason


def test_atom_entry_in_xml_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read_file(path)
    assert isinstance(entry, RawDocument)
    assert entry.content == "<p>Grüße aus dem Atom-Feed</p>" and entry.url == "https://example.de/atom"
    assert entry.hints["authors"] == ["Erika Muster"] and entry.hints["published"] == "2023-07-28T08:00:00+00:00"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://example.de/</loc></url></urlset>')
    broken = tmp_path / "kaputt.rss"
    broken.write_text("das ist <kein feed")
    for bad in (path, broken):
        (error,) = read_file(bad)
        assert isinstance(error, ReadError) and "not an RSS/Atom feed" in error.reason
