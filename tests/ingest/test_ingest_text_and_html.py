"""Text dumps and HTML pages: decoding, URLs, and every kind of bad file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from ingest_fixtures import GERMAN, page

from lagebild.ingest import decode, read_file, read_paths
from lagebild.model import RawDocument, ReadError


def only(path: Path) -> RawDocument | ReadError:
    items = list(read_file(path))
    assert len(items) == 1, items
    return items[0]


def test_utf8_text_dump_is_one_txt_document(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(GERMAN, encoding="utf-8")
    doc = only(path)
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.format, doc.is_html, doc.content) == (str(path), "txt", False, GERMAN)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-8-sig"])
def test_legacy_encodings_keep_umlauts(tmp_path: Path, encoding: str) -> None:
    text = "Über den Rhein: Grüße aus Köln – „Maß“ halten." if encoding != "latin-1" else GERMAN
    path = tmp_path / "alt.txt"
    path.write_bytes(text.encode(encoding))
    doc = only(path)
    assert isinstance(doc, RawDocument)
    assert doc.content == text


def test_short_latin1_word_is_not_taken_for_utf16(tmp_path: Path) -> None:
    path = tmp_path / "kurz.txt"
    path.write_bytes("Über".encode("latin-1"))
    doc = only(path)
    assert isinstance(doc, RawDocument) and doc.content == "Über"


def test_cp1252_html_with_meta_charset(tmp_path: Path) -> None:
    html = ('<html><head><meta charset="windows-1252"><link rel="canonical" href="https://example.de/a?x=1&amp;y=2">'
            f"</head><body><p>{GERMAN}</p></body></html>")
    path = tmp_path / "seite.html"
    path.write_bytes(html.encode("cp1252"))
    doc = only(path)
    assert isinstance(doc, RawDocument)
    assert doc.format == "html" and doc.is_html
    assert GERMAN in doc.content
    assert doc.url == "https://example.de/a?x=1&y=2"


def test_og_url_when_no_canonical_and_gzipped_html(tmp_path: Path) -> None:
    html = '<html><head><meta content="https://example.de/og" property="og:url"></head><body>Hallo</body></html>'
    path = tmp_path / "seite.htm.gz"
    path.write_bytes(gzip.compress(html.encode()))
    doc = only(path)
    assert isinstance(doc, RawDocument) and doc.url == "https://example.de/og" and doc.is_html


def test_html_without_url(tmp_path: Path) -> None:
    path = tmp_path / "ohne.htm"
    path.write_text(page("Titel", GERMAN), encoding="utf-8")
    doc = only(path)
    assert isinstance(doc, RawDocument) and doc.url is None


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("leer.txt", b"", "empty file"),
    ("weiss.txt", b" \n\t\r\n  ", "empty file"),
    ("bild.txt", bytes(range(256)) * 20, "binary data, not text"),
    ("steuer.html", b"\x01\x02\x03\x04\x05abc" * 100, "binary data, not text"),
    ("kaputt.html.gz", b"\x1f\x8b\x08\x00garbage", "broken gzip"),
    ("tabelle.xlsx", b"PK\x03\x04", "unsupported format '.xlsx' (supported: .txt"),
    ("README", b"hello", "unsupported format no extension"),
])
def test_bad_files_become_read_errors(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    error = only(path)
    assert isinstance(error, ReadError)
    assert error.source == str(path)
    assert reason in error.reason


def test_file_over_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "gross.txt"
    path.write_text("a" * 3_000_000)
    error = only(path)
    assert isinstance(error, ReadError)
    assert error.reason.startswith("file too large (3.0 MB > 0.0 MB limit)")
    small = tmp_path / "klein.txt"
    small.write_text("a" * 900)
    assert isinstance(only(small), RawDocument)


def test_unreadable_file_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "gesperrt.txt"
    path.write_text(GERMAN)
    path.chmod(0)
    try:
        if path.stat().st_mode and _can_read(path):
            pytest.skip("running as root: permissions are not enforced")
        error = only(path)
        assert isinstance(error, ReadError) and "cannot read file" in error.reason
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except OSError:
        return False
    return True


def test_id_is_stable_across_reads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GERMAN)
    (tmp_path / "b.html").write_text(page("T", GERMAN))
    first = [doc.id for doc in read_paths([tmp_path]) if isinstance(doc, RawDocument)]
    second = [doc.id for doc in read_paths([tmp_path]) if isinstance(doc, RawDocument)]
    assert len(first) == 2 and first == second and first[0] != first[1]
