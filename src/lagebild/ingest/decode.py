"""Bytes to text, and the checks every reader shares (size limit, binary junk, empty input).

Readers raise `UnreadableInput` from here; `formats.read_file` turns it into a `ReadError`,
so the reason strings below are what a user sees next to the file name.
"""

from __future__ import annotations

import codecs
import gzip
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

#: Largest single file (txt/html/feed) or single record (WARC record, JSONL line) read, in bytes.
#: Bigger inputs are almost always mis-named archives or dumps; reading them would stall a run.
MAX_FILE_BYTES = 50 * 1024 * 1024

_SNIFF_BYTES = 64 * 1024  # enough of a file to judge "binary or text" and find a meta charset
_CONTROL_SHARE_LIMIT = 0.05  # text has (almost) no C0 control characters besides \t \n \r \f
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}
_WESTERN_PUNCTUATION = frozenset("„“”‚‘’–—…€§°«»·•×÷±²³µ¶©®™†‡‰‹›¢£¥¤¦¨ª¬¯´¸¹º¼½¾¿")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class UnreadableInput(ValueError):
    """Raised by readers for input that cannot become text; the message is the user-facing reason."""


def megabytes(size: int) -> str:
    """`size` bytes as a short MB figure for messages ("52.4")."""
    return f"{size / 1_000_000:.1f}"


def too_large(size: int) -> UnreadableInput:
    """The error for an input over `MAX_FILE_BYTES` (read at call time, so tests can lower it)."""
    return UnreadableInput(
        f"file too large ({megabytes(size)} MB > {megabytes(MAX_FILE_BYTES)} MB limit); "
        "split it, or raise lagebild.ingest.decode.MAX_FILE_BYTES if it really is one article")


def read_limited(path: Path) -> bytes:
    """All bytes of `path` (gunzipped when it ends in .gz), refusing files over `MAX_FILE_BYTES`.

    Input: a path. Output: bytes. Cost: one read of the file; memory up to the limit.
    Raises `UnreadableInput` (too large) or `OSError` (missing, permission denied).
    """
    limit = MAX_FILE_BYTES
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as stream:
                data = stream.read(limit + 1)
        except (gzip.BadGzipFile, EOFError) as error:
            raise UnreadableInput(f"broken gzip file ({error}); re-download or gunzip it to check") from error
        if len(data) > limit:
            raise UnreadableInput(f"file too large (over {megabytes(limit)} MB once unzipped)")
        return data
    size = path.stat().st_size
    if size > limit:
        raise too_large(size)
    return path.read_bytes()


def declared_charset(html_head: bytes) -> str | None:
    """The charset an HTML page declares in `<meta charset>` / `http-equiv`, if any (first 64 KB)."""
    match = _META_CHARSET.search(html_head[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text, German-first; raise `UnreadableInput` for empty or binary input.

    Order, and why: a byte-order mark wins; then strict UTF-8 (non-UTF-8 German text almost
    never passes as UTF-8, so this is safer than trusting headers, which are often wrong); then
    the `declared` charset (HTTP header or meta tag); then cp1252 if it yields only Western
    letters and typography (charset-normalizer guesses cp1250 or even UTF-16 for short German
    latin-1 text); then charset-normalizer. Cost: O(len(data)), one or two decode passes.
    """
    if not data.strip():
        raise UnreadableInput("empty file (nothing but whitespace); nothing to read")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _nonempty(data.decode(codec))
            except UnicodeDecodeError:
                break
    _refuse_binary(data)
    try:
        return _nonempty(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _nonempty(data.decode(_codec_for(declared)))
        except (LookupError, UnicodeDecodeError):
            pass
    western = _as_western(data)
    if western is not None:
        return _nonempty(western)
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableInput("binary data, not text: no text encoding fits; check the file is what its name says")
    return _nonempty(str(best))


def _codec_for(label: str) -> str:
    """Map a declared charset to the codec browsers really use (WHATWG: latin-1 means cp1252)."""
    name = codecs.lookup(label.strip().strip("\"'")).name
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def _refuse_binary(data: bytes) -> None:
    head = data[:_SNIFF_BYTES]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise UnreadableInput(
            f"binary data, not text: NUL byte at offset {nul}; if this is UTF-16 text, convert it to UTF-8")
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if controls > _CONTROL_SHARE_LIMIT * len(head):
        raise UnreadableInput(
            f"binary data, not text: {100 * controls / len(head):.0f}% control characters; "
            "check the file is what its name says")


def _as_western(data: bytes) -> str | None:
    """cp1252 text if every non-ASCII character is a Latin letter or common typography, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for char in set(text):  # distinct characters only: a few dozen checks, not one per byte
        if char < "\x80" or char in _WESTERN_PUNCTUATION or char == "\xa0":
            continue
        if not (char.isalpha() and unicodedata.name(char, "").startswith("LATIN")):
            return None
    return text


def _nonempty(text: str) -> str:
    if not text.strip():
        raise UnreadableInput("empty file (nothing but whitespace); nothing to read")
    return text
