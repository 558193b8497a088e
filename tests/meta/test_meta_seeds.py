"""The five seed articles through the real cleaner and describe(): the figures the lead expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.meta import describe
from lagebild.model import Article, RawDocument

clean_module = pytest.importorskip("lagebild.clean")


def _article(seeds_dir: Path, prefix: str) -> Article:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    doc = RawDocument(source=str(path), format="txt", content=path.read_text(encoding="utf-8"))
    return describe(doc, clean_module.clean(doc))


def test_seed_000_taz_dump(seeds_dir: Path) -> None:
    art = _article(seeds_dir, "000")
    assert (art.outlet, art.published, art.authors, art.language) == (
        "taz",
        "2023-07-28",
        ["David Bieber"],
        "de",
    )
    assert all(link.startswith("https://taz.de/") for link in art.links if "!" in link)


def test_seed_001_ippen(seeds_dir: Path) -> None:
    art = _article(seeds_dir, "001")
    assert art.published == "2023-07"
    assert art.authors == ["Bona Hyun"]
    assert "dpa" in art.credits and "Agenturen" in art.credits


def test_seed_002_zdf(seeds_dir: Path) -> None:
    art = _article(seeds_dir, "002")
    assert (art.outlet, art.published, art.authors) == ("ZDF", None, [])
    assert art.credits == ["dpa", "AFP", "Reuters"]


def test_seed_003_taz_text(seeds_dir: Path) -> None:
    art = _article(seeds_dir, "003")
    assert (art.outlet, art.published, art.authors, art.credits) == ("taz", None, [], ["dpa"])


def test_seed_004_taz_dump(seeds_dir: Path) -> None:
    art = _article(seeds_dir, "004")
    assert (art.outlet, art.published) == ("taz", "2023-09-11")
    assert art.authors == ["Inna Hartwich", "Fabian Kretschmer"]
