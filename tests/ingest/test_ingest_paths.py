"""Paths: folders, globs, missing paths, hidden files, stable order, and the shared seeds."""

from __future__ import annotations

from pathlib import Path

from ingest_fixtures import GERMAN

from lagebild.ingest import discover, read_paths
from lagebild.model import RawDocument, ReadError


def make_tree(root: Path) -> None:
    for name in ["b/z.txt", "b/a.txt", "a.txt", "c/d/e.jsonl", ".hidden.txt", ".git/x.txt", "b/.cache.txt"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'{{"text": "{GERMAN} {name}"}}' if name.endswith("jsonl") else f"{GERMAN} {name}")


def test_folder_is_walked_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    make_tree(tmp_path)
    files = list(discover([tmp_path]))
    assert files == [tmp_path / "a.txt", tmp_path / "b/a.txt", tmp_path / "b/z.txt", tmp_path / "c/d/e.jsonl"]
    assert list(discover([tmp_path])) == files


def test_mix_of_folder_glob_file_and_missing(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = list(discover([tmp_path / "b", str(tmp_path / "**/*.jsonl"), tmp_path / "a.txt",
                           tmp_path / "fehlt.txt", str(tmp_path / "*.warc.gz"), tmp_path / "b/a.txt"]))
    assert items[:4] == [tmp_path / "b/a.txt", tmp_path / "b/z.txt", tmp_path / "c/d/e.jsonl", tmp_path / "a.txt"]
    missing, no_match = items[4:]
    assert isinstance(missing, ReadError) and missing.source == str(tmp_path / "fehlt.txt")
    assert "no such file or folder" in missing.reason
    assert isinstance(no_match, ReadError) and "no files match" in no_match.reason


def test_read_paths_streams_documents_and_errors(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "notiz.md").write_text("# nicht unterstützt")
    items = list(read_paths([tmp_path, tmp_path / "fehlt"]))
    docs = [item for item in items if isinstance(item, RawDocument)]
    errors = [item for item in items if isinstance(item, ReadError)]
    assert [doc.format for doc in docs] == ["txt", "txt", "txt", "jsonl"]
    assert [Path(error.source).name for error in errors] == ["notiz.md", "fehlt"]
    assert "unsupported format '.md'" in errors[0].reason


def test_unlistable_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "gesperrt"
    locked.mkdir()
    (locked / "a.txt").write_text(GERMAN)
    locked.chmod(0)
    try:
        items = list(discover([tmp_path]))
    finally:
        locked.chmod(0o755)
    if items and isinstance(items[0], Path):
        return  # running as root: permissions are not enforced
    assert len(items) == 1 and isinstance(items[0], ReadError) and "cannot list folder" in items[0].reason


def test_seeds_folder_yields_five_text_documents(seeds_dir: Path) -> None:
    items = list(read_paths([seeds_dir]))
    assert len(items) == 5
    assert all(isinstance(item, RawDocument) and item.format == "txt" and not item.is_html for item in items)
    assert [Path(item.source).name for item in items] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert len({item.id for item in items if isinstance(item, RawDocument)}) == 5
