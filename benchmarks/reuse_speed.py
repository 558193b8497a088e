"""Speed of reuse detection as the corpus grows: does time per article stay flat?

Builds N synthetic articles from the 10kGNAD test bodies (../shared/data/10kgnad/test.csv):
each body's words are shuffled within sentences (unique text with real word statistics),
20 % get an "agency paragraph" (three unshuffled real sentences) spliced in, 5 % are near
duplicates (two words changed) and 2 % exact copies of one of the 500 previous articles.
Reuse follows a news cycle (each paragraph is taken up by ~10 articles within ~250), so
the amount of sharing per article is the same at every N and time per article should be. Runs
detect_reuse over them with MemoryReuseIndex and SqliteReuseIndex (temp file, one
transaction per article) and prints articles/s, ms per article in the first and last
tenth, passages and duplicates found, and index size.

Run from the repo root: python benchmarks/reuse_speed.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sqlite3
import tempfile
import time
from pathlib import Path

from lagebild.model import Article
from lagebild.reuse import MemoryReuseIndex, ReuseIndex, detect_reuse
from lagebild.store.reuse_tables import SqliteReuseIndex

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "10kgnad" / "test.csv"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def load_bodies(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]


def synthetic_corpus(bodies: list[str], n: int, seed: int = 7) -> tuple[list[Article], int, int]:
    """N articles plus the number of planted shared paragraphs' uses and planted duplicates."""
    rng = random.Random(seed)
    sentences = [s for body in bodies for s in _SENTENCE_END.split(body) if len(s.split()) >= 10]
    agency = [" ".join(sentences[i : i + 3]) for i in rng.sample(range(len(sentences) - 3), n // 50 + 5)]
    articles: list[Article] = []
    planted_dups = spliced = 0
    for i in range(n):
        roll = rng.random()
        if articles and roll < 0.02:
            body = articles[_recent(rng, len(articles))].body
            planted_dups += 1
        elif articles and roll < 0.07:
            words = articles[_recent(rng, len(articles))].body.split(" ")
            for _ in range(2):
                words[rng.randrange(len(words))] = f"geändert{i}"
            body = " ".join(words)
            planted_dups += 1
        else:
            parts = []
            for sentence in _SENTENCE_END.split(bodies[i % len(bodies)]):
                words = sentence.split()
                rng.shuffle(words)
                parts.append(" ".join(words))
            if roll > 0.8:
                # A news cycle: each paragraph is picked up within ~250 articles, by ~10 of them.
                parts.insert(rng.randrange(len(parts) + 1), agency[i // 50 + rng.randrange(5)])
                spliced += 1
            body = " ".join(parts)
        articles.append(Article(id=f"syn{i:06d}", source="synthetic", format="txt", body=body))
    return articles, spliced, planted_dups


def _recent(rng: random.Random, count: int, cycle: int = 500) -> int:
    """Index of one of the last `cycle` articles: copies follow the news cycle."""
    return count - 1 - rng.randrange(min(count, cycle))


def timed_run(
    articles: list[Article], index: ReuseIndex, conn: sqlite3.Connection | None
) -> tuple[list[float], int]:
    """Seconds per article (one transaction each when `conn` is given) and duplicates found."""
    times = []
    duplicates = 0
    for article in articles:
        started = time.perf_counter()
        if conn is not None:
            conn.execute("BEGIN")
        duplicates += detect_reuse(article, index).duplicate_of is not None
        if conn is not None:
            conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    return times, duplicates


def report(name: str, n: int, times: list[float], index: ReuseIndex, dups: int, extra: str) -> None:
    tenth = max(1, n // 10)
    first, last = sum(times[:tenth]) / tenth * 1000, sum(times[-tenth:]) / tenth * 1000
    size = index.size()
    print(
        f"{name:7s} N={n:6d}  {n / sum(times):7.1f} articles/s  ms/article first 10%: {first:6.2f}"
        f"  last 10%: {last:6.2f}  passages: {size['passages']:5d} (occurrences {size['occurrences']})"
        f"  duplicates: {dups:5d}  fingerprints/article: {size['fingerprints'] / n:6.1f}  {extra}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    bodies = load_bodies(DATA)
    print(f"{len(bodies)} source bodies from {DATA}")
    for n in args.sizes:
        articles, spliced, planted = synthetic_corpus(bodies, n)
        print(f"N={n}: {spliced} articles with a spliced agency paragraph, {planted} planted duplicates")

        memory = MemoryReuseIndex()
        times, duplicates = timed_run(articles, memory, None)
        report("memory", n, times, memory, duplicates, "")

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "reuse.sqlite"
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: no fsync per commit, still crash-safe
            sqlite = SqliteReuseIndex(conn)
            times, duplicates = timed_run(articles, sqlite, conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            megabytes = path.stat().st_size / 1e6
            report("sqlite", n, times, sqlite, duplicates, f"file: {megabytes:.1f} MB")
            conn.close()


if __name__ == "__main__":
    main()
