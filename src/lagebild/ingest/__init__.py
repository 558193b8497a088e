"""Readers: files, folders and globs in, `RawDocument`s (or `ReadError`s) out, streamed.

One module per input format (`text_dump`, `html_page`, `warc`, `jsonl`, `feed`), all
sharing `decode` for bytes-to-text and the size/binary/empty checks; `formats.READERS`
maps file suffixes to readers; `discover` expands the paths a user gives.
"""

from lagebild.ingest.discover import discover, read_paths
from lagebild.ingest.formats import READERS, read_file

__all__ = ["READERS", "discover", "read_file", "read_paths"]
