"""Metadata quality on dumpbench dev pages (HTML path): title, date and authors vs the gold.

Run from the repo root:  python benchmarks/dumpbench_meta.py [--errors field] [--limit N]

For each page in ../shared/data/dumpbench/gold/dev.json the gzipped HTML is cleaned
(`lagebild.clean.clean` if importable, else a `Cleaned` built from trafilatura's
`bare_extraction`), then `lagebild.meta.describe` builds the Article. Figures are printed
beside trafilatura's own metadata (`extract_metadata`) as the baseline.

Scoring (gold "" means "none expected": a page is right only if nothing is returned):
- title exact: equal after whitespace normalisation; title fuzzy: rapidfuzz ratio >= 90.
- date: exact day (a partial "2019-10" against gold "2019-10-16" is wrong).
- authors: equal sets, case-insensitive; gold strings are split on ";", ",", "und", "and", "&".
Cost: one trafilatura parse per page per system, about 20-40 s for 151 pages on one core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura
from rapidfuzz import fuzz

from lagebild.meta import describe
from lagebild.model import Cleaned, RawDocument

DUMPBENCH = Path("../shared/data/dumpbench")
_SPLIT = re.compile(r"\s*(?:;|,|&|\bund\b|\band\b)\s*")


def _cleaner() -> tuple[str, Callable[[RawDocument], Cleaned]]:
    try:
        from lagebild.clean import clean
    except ImportError:
        return "trafilatura.bare_extraction (lagebild.clean not importable)", _clean_with_trafilatura
    return "lagebild.clean.clean", clean


def _clean_with_trafilatura(doc: RawDocument) -> Cleaned:
    """Fallback cleaner: trafilatura's text and raw metadata pieces, reshaped into `Cleaned`."""
    result = trafilatura.bare_extraction(doc.content, url=doc.url, with_metadata=True, as_dict=True)
    if not isinstance(result, dict):
        return Cleaned(title=None, body="")
    text = str(result.get("text") or "")
    cleaned = Cleaned(title=result.get("title"), body="\n\n".join(p for p in text.split("\n") if p.strip()))
    cleaned.teaser = result.get("description")
    cleaned.authors = [a for a in str(result.get("author") or "").split(";") if a.strip()]
    cleaned.dates = [str(result["date"])] if result.get("date") else []
    return cleaned


def _html(page: str) -> str:
    with gzip.open(DUMPBENCH / "html" / f"{page}.gz") as stream:
        raw = stream.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("latin-1")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(value: object) -> frozenset[str]:
    items = value if isinstance(value, list) else _SPLIT.split(str(value or ""))
    return frozenset(_norm(str(item)).casefold() for item in items if _norm(str(item)))


def _score(gold: dict[str, Any], title: str | None, date: str | None, authors: object) -> dict[str, bool]:
    gold_title, pred_title = _norm(gold["title"]), _norm(title)
    both = bool(gold_title) and bool(pred_title)
    return {
        "title exact": gold_title == pred_title,
        "title fuzzy>=0.9": gold_title == pred_title or (both and fuzz.ratio(gold_title, pred_title) >= 90),
        "date (day)": (gold["date"] or None) == (date or None),
        "authors (set)": _names(gold["author"]) == _names(authors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--errors", default="", help="print mismatches for: title, date or authors")
    args = parser.parse_args()

    gold_pages: dict[str, dict[str, Any]] = json.loads((DUMPBENCH / "gold" / "dev.json").read_text())
    pages = sorted(gold_pages.items())[: args.limit or None]
    cleaner_name, clean = _cleaner()
    ours: dict[str, list[bool]] = {}
    base: dict[str, list[bool]] = {}
    with_gold: dict[str, list[tuple[bool, bool]]] = {"title": [], "date": [], "authors": []}
    started = time.perf_counter()
    for page_id, gold in pages:
        html = _html(gold["file"])
        doc = RawDocument(source=gold["file"], format="html", content=html, is_html=True, url=gold["url"])
        article = describe(doc, clean(doc))
        meta = trafilatura.extract_metadata(html, default_url=gold["url"])
        base_authors = [a for a in str(meta.author or "").split(";") if a.strip()] if meta else []
        mine = _score(gold, article.title, article.published, article.authors)
        theirs = _score(gold, meta.title if meta else None, meta.date if meta else None, base_authors)
        for key in mine:
            ours.setdefault(key, []).append(mine[key])
            base.setdefault(key, []).append(theirs[key])
        for field, key in (("title", "title exact"), ("date", "date (day)"), ("authors", "authors (set)")):
            if gold["title" if field == "title" else "date" if field == "date" else "author"]:
                with_gold[field].append((mine[key], theirs[key]))
        if args.errors and not mine[next(k for k in mine if k.startswith(args.errors[:4]))]:
            got = {"title": article.title, "date": article.published, "authors": article.authors}
            wanted = {"title": gold["title"], "date": gold["date"], "authors": gold["author"]}
            print(f"{page_id[:28]:28}  gold={wanted[args.errors]!r}  got={got[args.errors]!r}")
    seconds = time.perf_counter() - started

    print(f"dumpbench dev, HTML path: {len(pages)} pages, cleaner = {cleaner_name}, {seconds:.1f} s")
    print(
        f"{'field':18} {'lagebild':>9} {'trafilatura':>12}   (accuracy over all pages; gold '' = none expected)"
    )
    for key in ours:
        print(f"{key:18} {_pct(ours[key]):>9} {_pct(base[key]):>12}")
    print("on pages whose gold states a value:")
    for field, pairs in with_gold.items():
        mine_ok = [m for m, _ in pairs]
        base_ok = [t for _, t in pairs]
        print(f"{field:18} {_pct(mine_ok):>9} {_pct(base_ok):>12}   n={len(pairs)}")


def _pct(flags: list[bool]) -> str:
    return f"{100 * sum(flags) / len(flags):.1f}%" if flags else "-"


if __name__ == "__main__":
    main()
