"""Flattened text dumps (`.txt`): one file is one article, already text, layout unknown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lagebild.ingest.decode import decode_text, read_limited
from lagebild.model import RawDocument, ReadError


def read_text_dump(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield the one `RawDocument(format="txt")` in `path`.

    Input: a `.txt` path. Output: one document whose source is the path as given.
    Cost: one read and decode of the file (up to `decode.MAX_FILE_BYTES`).
    Raises `UnreadableInput`/`OSError` for bad files; `formats.read_file` reports them.
    """
    yield RawDocument(source=str(path), format="txt", content=decode_text(read_limited(path)), is_html=False)
