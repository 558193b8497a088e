"""Does a WARC file end cleanly after its last record? fastwarc stops silently when it does not.

Two ways a file is cut short without fastwarc noticing: a gzip member broken off so early
that no record header came out of it, and a few stray bytes of a next record. Both leave
data after the last record fastwarc reported; this module finds it.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import BinaryIO

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
_MAX_HEADER = 64 * 1024
_CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
_PADDING = b" \t\r\n\x00"


def damage_after(path: Path, last_start: int | None) -> str | None:
    """A user-facing reason if `path` has damaged or extra data after the record at `last_start`.

    Input: the WARC path and the stream offset of the last record fastwarc yielded (None if
    none). Output: None for a clean end, else the reason. Cost: re-reads the last record (the
    whole file for gzip written as one stream rather than one member per record).
    """
    size = path.stat().st_size
    with path.open("rb") as stream:
        compressed = stream.read(2) == _GZIP_MAGIC
        if last_start is None:
            stream.seek(0)
            if not stream.read(_MAX_HEADER).strip(_PADDING):
                return None
            return "no complete WARC record found: the file is truncated or not a WARC file"
        if compressed:
            stream.seek(last_start)
            if stream.read(2) != _GZIP_MAGIC:  # one gzip stream for the whole file: check all of it
                last_start = 0
            return _gzip_damage(stream, last_start, size)
        return _plain_damage(stream, last_start, size)


def _gzip_damage(stream: BinaryIO, start: int, size: int) -> str | None:
    """Inflate the gzip member at `start`; it must end, and only padding may follow it."""
    stream.seek(start)
    inflater = zlib.decompressobj(wbits=31)
    try:
        while not inflater.eof:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return (f"truncated: the gzip data from offset {start} is cut short; "
                        "records before it were read (re-download the file)")
            inflater.decompress(chunk, _CHUNK)
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, _CHUNK)
    except zlib.error as error:
        return f"corrupt gzip data from offset {start} ({error}); records before it were read"
    member_end = stream.tell() - len(inflater.unused_data)
    stream.seek(member_end)
    if stream.read(_MAX_HEADER).strip(_PADDING):
        return (f"truncated: {size - member_end} bytes of an incomplete record follow the last complete "
                f"one (offset {member_end}); records before it were read (re-download the file)")
    return None


def _plain_damage(stream: BinaryIO, start: int, size: int) -> str | None:
    """Parse the last record's header; only padding may follow its Content-Length bytes."""
    stream.seek(start)
    head = stream.read(_MAX_HEADER)
    header_end = head.find(b"\r\n\r\n")
    length = _CONTENT_LENGTH.search(head, 0, header_end if header_end >= 0 else len(head))
    if header_end < 0 or length is None:
        return f"truncated: the WARC record at offset {start} has no complete header (re-download the file)"
    end = start + header_end + 4 + int(length.group(1))
    if end > size:
        return f"truncated: the WARC record at offset {start} is cut short (re-download the file)"
    stream.seek(end)
    if stream.read(_MAX_HEADER).strip(_PADDING):
        return (f"truncated: {size - end} bytes of an incomplete record follow the last complete one "
                f"(offset {end}); records before it were read (re-download the file)")
    return None
