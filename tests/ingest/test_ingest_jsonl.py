"""JSON Lines: fields to hints, text vs html, and bad lines reported without stopping the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_fixtures import GERMAN, page

from lagebild.ingest import decode, read_file
from lagebild.model import RawDocument, ReadError


def test_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "artikel.jsonl"
    lines = [
        {"url": "https://example.de/1", "title": "Eins", "text": GERMAN, "published": "2023-07-28",
         "authors": ["Bona Hyun", "Max Muster"], "outlet": "Beispielzeitung"},
        {"url": "https://example.de/2", "html": page("Zwei", GERMAN), "authors": "Erika Muster"},
    ]
    path.write_text("\ufeff" + "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n")
    first, second = read_file(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.source, first.format, first.is_html, first.content) == (f"{path}#L1", "jsonl", False, GERMAN)
    assert first.url == "https://example.de/1"
    assert first.hints == {"url": "https://example.de/1", "title": "Eins", "published": "2023-07-28",
                           "outlet": "Beispielzeitung", "authors": ["Bona Hyun", "Max Muster"]}
    assert second.is_html and second.source == f"{path}#L2" and second.hints["authors"] == ["Erika Muster"]


def test_bad_lines_are_reported_and_reading_continues(tmp_path: Path) -> None:
    path = tmp_path / "gemischt.ndjson"
    path.write_text("\n".join([
        '{"text": "erste gute Zeile"}',
        '{"text": "kaputt',
        '["kein", "Objekt"]',
        '{"title": "ohne Text"}',
        '{"text": "   "}',
        '{"text": 42}',
        "",
        '{"html": "<p>letzte gute Zeile</p>"}',
    ]))
    items = list(read_file(path))
    assert [type(item).__name__ for item in items] == ["RawDocument"] + ["ReadError"] * 5 + ["RawDocument"]
    errors = [item for item in items if isinstance(item, ReadError)]
    assert [error.source for error in errors] == [f"{path}#L{n}" for n in (2, 3, 4, 5, 6)]
    assert errors[0].reason.startswith(f"{path}:line 2: invalid JSON")
    assert "expected a JSON object per line, got list" in errors[1].reason
    assert all("no article body" in error.reason for error in errors[2:])
    assert items[-1].source == f"{path}#L8"


def test_cp1252_line_and_oversized_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "alt.jsonl"
    long_line = json.dumps({"text": "x" * 5000}).encode()
    path.write_bytes(b"\n".join([json.dumps({"text": GERMAN}, ensure_ascii=False).encode("cp1252"),
                                 long_line, b'{"text": "danach"}']))
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 1000)
    first, second, third = read_file(path)
    assert isinstance(first, RawDocument) and first.content == GERMAN
    assert isinstance(second, ReadError) and "line too large" in second.reason and second.source == f"{path}#L2"
    assert isinstance(third, RawDocument) and third.content == "danach" and third.source == f"{path}#L3"
