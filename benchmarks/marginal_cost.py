"""What does the next article cost once a corpus holds N? The main process's stages, per article.

    python benchmarks/marginal_cost.py STORE [STORE ...] [--count 300] [--corpus JSONL] [--skip K]

The corpus stages (reuse, stories, entity linking, store writes) run in the main process even
with workers, so they are what can grow with the corpus. `scaling.py` times whole runs, which
takes hours at 100k and mixes in start-up and machine load; this measures the marginal cost
directly: each STORE (a `scaling.py --keep DIR` database, e.g. DIR/size_10000_seed_1/scaling.db)
is copied to a temporary file, the same `--count` unseen articles are added to each copy with
`pipeline.Corpus.add`, and the CPU time per article is printed per stage. The copies are
deleted, so a kept store is never changed.

The articles are cleaned and annotated first (what the workers do; timed apart, its CPU is the
same for every store) from `--corpus` (default: the `corpus.jsonl` beside the last store),
lines `--skip` .. `--skip + --count` (default: from line 90,000, past what a 10k or a partly
run 100k store holds; a line already stored is reported and skipped by the store's id check).
Flat cost means the same figures for every store size.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lagebild import pipeline
from lagebild.ingest import read_file
from lagebild.model import Article
from lagebild.nlp.tokens import lemma
from lagebild.store import open_store


class CpuTimer:
    """A stage function wrapped to add up the CPU time spent in it (this process)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function, self.seconds, self.calls = function, 0.0, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        begun = time.process_time()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.process_time() - begun
            self.calls += 1


def prepared(corpus: Path, skip: int, count: int) -> tuple[list[Article], float]:
    """The articles `pipeline.run`'s workers would produce, and their CPU ms per article."""
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "part.jsonl"
        with corpus.open(encoding="utf-8") as source, part.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(source, skip, skip + count))
        begun = time.process_time()
        results = [pipeline._process_or_error(doc) for doc in read_file(part)]
        cpu = time.process_time() - begun
    articles = [r for r in results if isinstance(r, Article)]
    return articles, 1000 * cpu / max(len(results), 1)


def measure(store_path: Path, articles: list[Article]) -> dict[str, float]:
    """CPU ms per article of `Corpus.add` and its stages on a temporary copy of the store."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.db"
        with sqlite3.connect(store_path) as source, sqlite3.connect(copy) as target:
            source.backup(target)  # consistent even while a run still writes the store
        store = open_store(str(copy))
        try:
            held = store.count_articles()
            corpus = pipeline.Corpus(store)
            timers = {name: CpuTimer(getattr(pipeline, name)) for name in ("detect_reuse", "assign_story", "link_entities")}
            originals = {name: getattr(pipeline, name) for name in timers}
            for name, timer in timers.items():
                setattr(pipeline, name, timer)
            added, begun = 0, time.process_time()
            try:
                for article in articles:
                    if not store.has_article(article.id):
                        corpus.add(article)
                        added += 1
            finally:
                for name, function in originals.items():
                    setattr(pipeline, name, function)
            total = time.process_time() - begun
        finally:
            store.close()
    per = 1000 / max(added, 1)
    row = {"held": held, "added": added, "add": total * per}
    row |= {name: timer.seconds * per for name, timer in timers.items()}
    row["rest"] = row["add"] - sum(timer.seconds * per for timer in timers.values())
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--corpus", type=Path, help="JSONL of articles (default: corpus.jsonl beside the last store)")
    parser.add_argument("--skip", type=int, default=90_000, help="first corpus line to add")
    args = parser.parse_args()
    corpus = args.corpus or args.stores[-1].parent / "corpus.jsonl"
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}: pass --corpus")
    lemma("Häuser")  # load the lemma dictionary before timing
    articles, worker_ms = prepared(corpus, args.skip, args.count)
    if not articles:
        sys.exit(f"no articles in {corpus} from line {args.skip}: pass --skip or --corpus")
    print(f"{len(articles)} articles from {corpus} (lines {args.skip}..): {worker_ms:.1f} ms CPU each to clean "
          "and annotate (the workers' part, independent of the store)")
    print(f"{'store holds':>12} {'added':>6} {'add ms':>7} {'reuse':>6} {'stories':>7} {'entities':>8} {'rest':>6}")
    for store_path in args.stores:
        row = measure(store_path, articles)
        print(f"{row['held']:>12,.0f} {row['added']:>6.0f} {row['add']:>7.1f} {row['detect_reuse']:>6.1f} "
              f"{row['assign_story']:>7.1f} {row['link_entities']:>8.1f} {row['rest']:>6.1f}")
    print("CPU ms per article added (main process); 'rest': title repair, events, store writes, commit.")


if __name__ == "__main__":
    main()
