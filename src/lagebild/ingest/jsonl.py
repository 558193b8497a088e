"""JSON Lines (`.jsonl`, `.ndjson`): one article object per line, as scrapers and exports write them.

Fields read: `url`, `title`, `text` or `html`, and optionally `published`, `authors`, `outlet`.
Everything but the body goes to `hints` under the same key, so metadata the producer knew
wins over what lagebild would guess from the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.ingest import decode
from lagebild.ingest.decode import UnreadableInput, decode_text
from lagebild.model import RawDocument, ReadError

_HINT_FIELDS = ("url", "title", "published", "outlet")


def read_jsonl(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield one `RawDocument(format="jsonl")` per good line of `path`, a `ReadError` per bad one.

    Input: a JSON Lines path. Output: documents with source `"path#L<n>"` (1-based line);
    `text` (wins when both are given: it is the producer's own extraction) gives is_html
    False, `html` gives True. Blank lines are skipped. Bad lines ("path:line N: reason") do
    not stop the file. Cost: streamed, one line in memory (lines over
    `decode.MAX_FILE_BYTES` are reported and skipped unread).
    """
    with path.open("rb") as stream:
        for number, line in enumerate(_lines(stream), start=1):
            if line is None:
                yield ReadError(f"{path}#L{number}", f"{path}:line {number}: line too large (over "
                                f"{decode.megabytes(decode.MAX_FILE_BYTES)} MB); skipped")
            elif line.strip():
                yield _line_document(path, number, line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line)


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of `stream`, each at most the size limit; None stands for a line that was too long."""
    limit = decode.MAX_FILE_BYTES
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the oversized line without holding it
            yield None
        else:
            yield line


def _line_document(path: Path, number: int, line: bytes) -> RawDocument | ReadError:
    source = f"{path}#L{number}"

    def bad(reason: str) -> ReadError:
        return ReadError(source, f"{path}:line {number}: {reason}")

    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return bad(f"invalid JSON ({error.msg} at column {error.colno}); fix or remove the line")
    except UnicodeDecodeError:  # JSON should be UTF-8, but exports in cp1252 exist
        try:
            record = json.loads(decode_text(line))
        except (UnreadableInput, json.JSONDecodeError) as error:
            return bad(f"not readable as JSON text ({error})")
    if not isinstance(record, dict):
        return bad(f"expected a JSON object per line, got {type(record).__name__}")
    is_html = not _is_text(record.get("text"))
    content = record.get("html") if is_html else record.get("text")
    if not _is_text(content):
        return bad("no article body: give a non-empty string in 'text' (plain text) or 'html' (a page)")
    assert isinstance(content, str)
    hints: dict[str, object] = {key: record[key] for key in _HINT_FIELDS if _is_text(record.get(key))}
    authors = record.get("authors")
    if _is_text(authors):
        hints["authors"] = [authors]
    elif isinstance(authors, list) and all(isinstance(name, str) for name in authors):
        hints["authors"] = authors
    url = hints.get("url")
    return RawDocument(source=source, format="jsonl", content=content, is_html=is_html,
                       url=url if isinstance(url, str) else None, hints=hints)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
