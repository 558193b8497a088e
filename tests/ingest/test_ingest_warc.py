"""WARC records: HTML responses read, other records skipped, truncation and corruption reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from ingest_fixtures import GERMAN, page, write_warc

from lagebild.ingest import decode, read_file
from lagebild.model import RawDocument, ReadError

PAGES = [
    ("https://example.de/eins", page("Eins", GERMAN).encode("utf-8"), "text/html; charset=utf-8"),
    ("https://example.de/bild.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
    ("https://example.de/zwei", page("Zwei", GERMAN).encode("cp1252"), "text/html; charset=ISO-8859-1"),
    ("https://example.de/drei", page("Drei", GERMAN).encode("cp1252"), "text/html"),
    ("https://example.de/vier", page("Vier", "x" * 3000).encode(), "application/xhtml+xml"),
]
HTML_URLS = ["https://example.de/eins", "https://example.de/zwei", "https://example.de/drei", "https://example.de/vier"]


def split(items: list[RawDocument | ReadError]) -> tuple[list[RawDocument], list[ReadError]]:
    return ([i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, ReadError)])


@pytest.mark.parametrize("compressed", [False, True])
def test_html_responses_become_documents(tmp_path: Path, compressed: bool) -> None:
    path = write_warc(tmp_path / ("a.warc.gz" if compressed else "a.warc"), PAGES, gzip=compressed)
    docs, errors = split(list(read_file(path)))
    assert errors == []
    assert [doc.url for doc in docs] == HTML_URLS
    assert all(doc.format == "warc" and doc.is_html for doc in docs)
    assert all(GERMAN in doc.content for doc in docs[:3])  # utf-8, declared latin-1, undeclared cp1252
    assert docs[0].source.startswith(f"{path}#urn:uuid:")
    assert isinstance(docs[0].hints["warc_date"], str) and str(docs[0].hints["warc_date"]).startswith("20")
    assert len({doc.id for doc in docs}) == 4


def record_starts(path: Path) -> list[int]:
    from fastwarc.warc import ArchiveIterator

    with path.open("rb") as stream:
        return [record.stream_pos for record in ArchiveIterator(stream, parse_http=False)]


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize(("where", "pages_read"), [
    ("just_after_start", 2), ("inside_headers", 2), ("inside_record", 2), ("inside_long_body", 3)])
def test_truncated_warc_yields_records_so_far_then_one_error(
        tmp_path: Path, compressed: bool, where: str, pages_read: int) -> None:
    full = write_warc(tmp_path / ("full.warc.gz" if compressed else "full.warc"), PAGES, gzip=compressed)
    starts = record_starts(full)  # warcinfo, eins, png, zwei, drei, vier, request
    drei, vier = starts[4], starts[5]
    cut = {"just_after_start": drei + 3, "inside_headers": drei + 30, "inside_record": (drei + vier) // 2 + 40,
           "inside_long_body": (vier + starts[6]) // 2}[where]
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(full.read_bytes()[:cut])
    docs, errors = split(list(read_file(path)))
    assert [doc.url for doc in docs] == HTML_URLS[:pages_read]
    assert len(errors) == 1, errors
    assert "truncated" in errors[0].reason or "corrupt" in errors[0].reason


@pytest.mark.parametrize("compressed", [False, True])
def test_corrupt_middle_stops_with_error(tmp_path: Path, compressed: bool) -> None:
    full = write_warc(tmp_path / "full.warc", PAGES, gzip=compressed)
    starts = record_starts(full)
    data = full.read_bytes()
    path = tmp_path / "bad.warc"
    path.write_bytes(data[:starts[2]] + b"\xffGARBAGE\x00" * 10 + data[starts[2] + 20:])
    docs, errors = split(list(read_file(path)))
    assert [doc.url for doc in docs] == HTML_URLS[:1]
    assert len(errors) == 1 and "corrupt" in errors[0].reason


def test_whole_file_gzip_stream_is_read(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "plain.warc", PAGES, gzip=False)
    path = tmp_path / "one_stream.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    docs, errors = split(list(read_file(path)))
    assert errors == [] and [doc.url for doc in docs] == HTML_URLS
    path.write_bytes(gzip.compress(plain.read_bytes())[:-30])
    docs, errors = split(list(read_file(path)))
    assert len(errors) == 1 and "truncated" in errors[0].reason


def test_not_a_warc_and_empty_warc(tmp_path: Path) -> None:
    html = tmp_path / "page.warc"
    html.write_text(page("Kein", "WARC"))
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [type(item) for item in read_file(empty)] == []
    errors = list(read_file(html))
    assert len(errors) == 1 and isinstance(errors[0], ReadError) and "corrupt WARC at the start" in errors[0].reason


def test_oversized_and_empty_records_are_skipped_with_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [("https://example.de/leer", b"   ", "text/html"), *PAGES]
    path = write_warc(tmp_path / "a.warc.gz", pages, gzip=True)
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 2500)
    docs, errors = split(list(read_file(path)))
    assert [doc.url for doc in docs] == HTML_URLS[:3]
    assert ["empty HTTP body" in errors[0].reason, "record too large" in errors[1].reason] == [True, True]
    assert errors[1].source.startswith(f"{path}#urn:uuid:")
