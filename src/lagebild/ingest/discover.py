"""Turn what a user typed (files, folders, glob patterns) into a stable stream of files."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from lagebild.ingest.formats import read_file
from lagebild.model import RawDocument, ReadError

_GLOB_CHARACTERS = frozenset("*?[")


def discover(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Yield each file named by `paths` once, in a stable order; a `ReadError` for each bad path.

    Input: any mix of files, folders (walked recursively, entries sorted by name, hidden
    files and folders skipped) and glob patterns (`data/*.warc.gz`, `**` allowed; matches
    sorted). Output: file paths as given/joined, or a `ReadError` for a missing path, a
    pattern with no match or an unreadable folder. Cost: streamed, one directory listing
    in memory at a time, plus a set of the files already yielded (to drop repeats).
    """
    seen: set[Path] = set()
    for given in paths:
        for item in _expand(Path(given), str(given)):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawDocument | ReadError]:
    """Yield every document in every file `paths` name (see `discover`), streamed file by file.

    Cost: one file's reader at a time; bad paths and files become `ReadError`s in the stream.
    """
    for item in discover(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item)


def _expand(path: Path, given: str) -> Iterator[Path | ReadError]:
    if path.is_dir():
        yield from _walk(path, visited=set())
    elif path.is_file():
        yield path
    elif _GLOB_CHARACTERS & set(given):
        matches = sorted(glob.iglob(given, recursive=True))
        if not matches:
            yield ReadError(given, "no files match this pattern; check the pattern and the folder")
        for match in matches:
            match_path = Path(match)
            yield from (_walk(match_path, visited=set()) if match_path.is_dir() else [match_path])
    elif path.exists():
        yield ReadError(given, "not a regular file or folder (a device, pipe or socket?); skipped")
    else:
        yield ReadError(given, "no such file or folder; check the path")


def _walk(folder: Path, visited: set[tuple[int, int]]) -> Iterator[Path | ReadError]:
    """Files under `folder`, depth first, sorted by name per folder, skipping hidden entries."""
    try:
        status = folder.stat()
        if (status.st_dev, status.st_ino) in visited:
            return  # a symlink loop
        visited.add((status.st_dev, status.st_ino))
        with os.scandir(folder) as entries:
            names = sorted((entry.name, entry.is_dir()) for entry in entries if not entry.name.startswith("."))
    except OSError as error:
        yield ReadError(str(folder), f"cannot list folder: {error.strerror or error}; check its permissions")
        return
    for name, is_dir in names:
        if is_dir:
            yield from _walk(folder / name, visited)
        else:
            yield folder / name
