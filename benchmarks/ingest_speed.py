"""Reader speed per input format: docs/s and MB/s over a few thousand synthetic German articles.

Run: `python benchmarks/ingest_speed.py [--docs 3000]`. Builds the corpus in a temp dir
(one file per article for txt/html, one file for warc/jsonl/rss), then times
`lagebild.ingest.read_paths` over it. Figures depend on the machine; reading only, no cleaning.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lagebild.ingest import read_paths
from lagebild.model import RawDocument

WORDS = [
    "Bundesregierung", "Kanzler", "Koalition", "Haushalt", "Verkehrswende", "Straßenbahn",
    "Bürgerinnen", "äußerten", "Maßnahmen", "Köln", "München", "Grüße", "Länder", "Gespräche",
    "Übereinkunft", "Präsident", "Wähler", "Umfrage", "Ministerin", "Klimaschutz", "Förderung",
    "Wirtschaft", "Lösung", "Stadtrat", "am", "Donnerstag", "sagte", "die", "der", "und",
]


def article(rng: random.Random, number: int) -> tuple[str, str]:
    paragraphs = [" ".join(rng.choices(WORDS, k=rng.randint(40, 90))) + "." for _ in range(rng.randint(4, 9))]
    return f"Meldung {number}: {' '.join(rng.choices(WORDS, k=6))}", "\n\n".join(paragraphs)


def page(title: str, body: str, number: int) -> str:
    paragraphs = "".join(f"<p>{part}</p>" for part in body.split("\n\n"))
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="https://example.de/{number}"></head>'
            f"<body><nav>Start | Politik</nav><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def build_txt(folder: Path, articles: list[tuple[str, str]]) -> None:
    for number, (title, body) in enumerate(articles):
        (folder / f"{number:05d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def build_html(folder: Path, articles: list[tuple[str, str]]) -> None:
    for number, (title, body) in enumerate(articles):
        (folder / f"{number:05d}.html").write_text(page(title, body, number), encoding="utf-8")


def build_warc(folder: Path, articles: list[tuple[str, str]]) -> None:
    with (folder / "news.warc.gz").open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, (title, body) in enumerate(articles):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            payload = io.BytesIO(page(title, body, number).encode("utf-8"))
            writer.write_record(writer.create_warc_record(f"https://example.de/{number}", "response",
                                                          payload=payload, http_headers=http))


def build_jsonl(folder: Path, articles: list[tuple[str, str]]) -> None:
    with (folder / "news.jsonl").open("w", encoding="utf-8") as stream:
        for number, (title, body) in enumerate(articles):
            record = {"url": f"https://example.de/{number}", "title": title, "text": body,
                      "published": "2023-07-28", "authors": ["Erika Muster"], "outlet": "Beispielzeitung"}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_rss(folder: Path, articles: list[tuple[str, str]]) -> None:
    items = "".join(
        f"<item><title>{escape(title)}</title><link>https://example.de/{number}</link>"
        f"<pubDate>Fri, 28 Jul 2023 10:15:00 +0200</pubDate>"
        f"<content:encoded>{escape(page(title, body, number))}</content:encoded></item>"
        for number, (title, body) in enumerate(articles))
    (folder / "news.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Beispiel</title>'
        f"<link>https://example.de/</link>{items}</channel></rss>", encoding="utf-8")


BUILDERS: dict[str, Callable[[Path, list[tuple[str, str]]], None]] = {
    "txt": build_txt, "html": build_html, "warc": build_warc, "jsonl": build_jsonl, "rss": build_rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=3000, help="articles per format")
    docs = parser.parse_args().docs
    rng = random.Random(7)
    articles = [article(rng, number) for number in range(docs)]
    print(f"{'format':<7}{'docs':>7}{'errors':>8}{'MB on disk':>12}{'seconds':>9}{'docs/s':>10}{'MB/s':>8}")
    with tempfile.TemporaryDirectory() as temp:
        for name, build in BUILDERS.items():
            folder = Path(temp) / name
            folder.mkdir()
            build(folder, articles)
            size = sum(path.stat().st_size for path in folder.iterdir()) / 1_000_000
            start = time.perf_counter()
            read = errors = 0
            for item in read_paths([folder]):
                if isinstance(item, RawDocument):
                    read += 1
                else:
                    errors += 1
            seconds = time.perf_counter() - start
            print(f"{name:<7}{read:>7}{errors:>8}{size:>12.1f}{seconds:>9.2f}{read / seconds:>10.0f}"
                  f"{size / seconds:>8.1f}")


if __name__ == "__main__":
    main()
