"""Story similarity quality (SemEval-2022 German pairs, held-out part) and assign_story speed.

Run from the repo root: `python benchmarks/story_similarity.py [--sizes 1000 10000]`.
Speed: synthetic articles built from ../shared/data/10kgnad/test.csv bodies (1,028 texts,
recombined: each synthetic article = a real body's sentences shuffled with another's, so
texts differ), assigned one by one into MemoryStoryIndex and SqliteStoryIndex; prints
articles/s for the first and the last 10 % to show whether time per article stays flat.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import time
from pathlib import Path

from lagebild.model import Article
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import MemoryStoryIndex, StoryIndex, assign_story
from lagebild.stories.fit_similarity import is_held_out, load_pairs, report
from lagebild.stories.similarity import similarity_weights

DATA = Path("../shared/data")


def quality() -> None:
    pairs = load_pairs(DATA / "semeval22_de")
    w = similarity_weights()
    print(report("SemEval de held-out", [p for p in pairs if is_held_out(p.pair_id)], w))
    print(report("SemEval de train   ", [p for p in pairs if not is_held_out(p.pair_id)], w))


def synthetic_articles(n: int) -> list[Article]:
    with (DATA / "10kgnad" / "test.csv").open(encoding="utf-8") as fh:
        bodies = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) > 1]
    rng = random.Random(42)
    out = []
    for i in range(n):
        a, b = rng.choice(bodies).split(". "), rng.choice(bodies).split(". ")
        sentences = a[: max(1, len(a) // 2)] + b[: max(1, len(b) // 2)]
        day = f"2024-{1 + (i * 12) // n:02d}-{1 + i % 28:02d}"
        out.append(
            Article(
                id=f"x{i}",
                source="bench",
                format="txt",
                title=sentences[0][:90],
                body=". ".join(sentences),
                published=day,
            )
        )
    return out


def speed(n: int, name: str, index: StoryIndex) -> None:
    articles = synthetic_articles(n)
    tenth = max(1, n // 10)
    times = []
    for article in articles:
        t0 = time.perf_counter()
        assign_story(article, index)
        times.append(time.perf_counter() - t0)
    stories = sum(1 for _ in index.iter_stories())
    first, last = tenth / sum(times[:tenth]), tenth / sum(times[-tenth:])
    print(
        f"assign_story {name:6s} n={n:6d}: {n / sum(times):7.0f} articles/s overall, "
        f"{first:7.0f}/s first 10%, {last:7.0f}/s last 10%, {stories} stories"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    quality()
    for n in args.sizes:
        speed(n, "memory", MemoryStoryIndex())
        speed(n, "sqlite", SqliteStoryIndex(sqlite3.connect(":memory:", isolation_level=None)))


if __name__ == "__main__":
    main()
