"""Which reader reads which file: one table from file suffix to reader, and `read_file` around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from lagebild.ingest.decode import UnreadableInput
from lagebild.ingest.feed import read_feed
from lagebild.ingest.html_page import read_html_page
from lagebild.ingest.jsonl import read_jsonl
from lagebild.ingest.text_dump import read_text_dump
from lagebild.ingest.warc import read_warc
from lagebild.model import RawDocument, ReadError

Reader = Callable[[Path], Iterator[RawDocument | ReadError]]

#: File suffix (lower case, compound suffixes included) -> the reader for that format.
READERS: dict[str, Reader] = {
    ".txt": read_text_dump,
    ".html": read_html_page,
    ".htm": read_html_page,
    ".html.gz": read_html_page,
    ".htm.gz": read_html_page,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}


def format_suffix(path: Path) -> str:
    """The suffix `READERS` knows `path` by: ".warc.gz" before ".gz"; else the last suffix."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    compound = "".join(suffixes[-2:])
    return compound if compound in READERS else (suffixes[-1] if suffixes else "")


def read_file(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield every document in one file, and a `ReadError` for each part that cannot be read.

    Input: a file path. Output: `RawDocument`s and `ReadError`s; never raises for bad input
    (unknown format, permission denied, damaged data all become `ReadError`s, and an error
    mid-file ends only that file). Cost: that of the format's reader, streamed.
    """
    suffix = format_suffix(path)
    reader = READERS.get(suffix)
    if reader is None:
        shown = f"'{suffix}'" if suffix else "no extension"
        yield ReadError(str(path), f"unsupported format {shown} (supported: {', '.join(READERS)}); "
                                   "rename the file if it is one of these")
        return
    try:
        yield from reader(path)
    except UnreadableInput as error:
        yield ReadError(str(path), str(error))
    except OSError as error:
        yield ReadError(str(path), f"cannot read file: {error.strerror or error}; check it exists and is readable")
    except Exception as error:  # a bug or a library surprise must not end the whole run
        yield ReadError(str(path), f"unexpected {type(error).__name__} while reading ({error}); "
                                   "please report this with the file")
