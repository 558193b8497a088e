"""Does the cost per article stay flat as the corpus grows? `lagebild run` on 1k, 10k, 100k articles.

    python benchmarks/scaling.py [--sizes 1000 10000 100000] [--workers 1] [--seed 1]

For each size, generates a corpus of 10kGNAD variants (benchmarks/scaling_corpus.py; the texts
are read from ../shared/data/10kgnad/test.csv at run time) and runs the whole default pipeline
into a fresh SQLite file in a temporary folder, each size in its own process so peak memory is
that size's alone. Corpus generation is not timed. Printed per size:

- articles/s and total seconds of `pipeline.run`;
- ms per article in story assignment and in reuse detection (the corpus stages, which run in
  the main process even with workers: `pipeline.assign_story` / `pipeline.detect_reuse` are
  wrapped with timers in the measuring process; the library is unchanged), and in the rest of
  the main-process work per article (title repair, entity linking, store writes);
- ms per article (wall) over the first and the last 10% of the run, from the first article's
  commit on (start-up excluded): flat cost means equal;
- peak RSS of the main process and of the largest worker (`getrusage` SELF / CHILDREN);
- the growth of total time from each size to the next (flat cost: the size ratio, 10×).

Targets (issue "cost that stays flat"): ≤ 11× total time from 10k to 100k, peak RSS ≤ 1.5 GB
and story assignment ≤ 20 ms per article at 100k.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lagebild import pipeline
from lagebild.store import open_store
from reuse_corpus import DATA, load_bodies
from scaling_corpus import write_corpus


class StageTimer:
    """Wraps a function and sums the seconds spent in it."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function, self.seconds, self.calls = function, 0.0, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += 1


def measure(size: int, seed: int, workers: int) -> dict[str, float]:
    """Generate `size` articles, run the pipeline on them, return the figures (this process only)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"scaling_{size}.jsonl"
        write_corpus(load_bodies(DATA), size, seed, corpus)
        story, reuse = StageTimer(pipeline.assign_story), StageTimer(pipeline.detect_reuse)
        pipeline.assign_story, pipeline.detect_reuse = story, reuse
        added_at: list[float] = []  # when each article's transaction finished
        add = pipeline.Corpus.add

        def timed_add(self: pipeline.Corpus, article: Any) -> Any:
            begun = time.perf_counter()
            try:
                return add(self, article)
            finally:
                now = time.perf_counter()
                timed_add.seconds += now - begun  # type: ignore[attr-defined]
                added_at.append(now)

        timed_add.seconds = 0.0  # type: ignore[attr-defined]
        pipeline.Corpus.add = timed_add  # type: ignore[method-assign]
        store = open_store(str(Path(tmp) / "scaling.db"))
        start = time.perf_counter()
        counts = pipeline.run([corpus], store, workers=workers)
        total = time.perf_counter() - start
        store.close()
    n = max(counts.added, 1)
    tenth = max(len(added_at) // 10, 1)
    # Timed from the first added article, so starting the run (model loading, worker spawn) is not in it.
    marks = added_at
    return {
        "size": size, "added": counts.added, "duplicates": counts.duplicates, "passages": counts.passages,
        "stories": len(counts.stories), "errors": counts.errors, "seconds": total,
        "story_ms": 1000 * story.seconds / max(story.calls, 1), "reuse_ms": 1000 * reuse.seconds / max(reuse.calls, 1),
        "other_main_ms": 1000 * (timed_add.seconds - story.seconds - reuse.seconds) / n,  # type: ignore[attr-defined]
        "first10_ms": 1000 * (marks[tenth] - marks[0]) / tenth,
        "last10_ms": 1000 * (marks[-1] - marks[-1 - tenth]) / tenth,
        "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def print_table(rows: list[dict[str, float]], workers: int) -> None:
    print(f"\nworkers={workers}; ms = milliseconds per article; growth = total time / previous size's")
    header = (f"{'articles':>8} {'art/s':>6} {'total s':>8} {'story ms':>8} {'reuse ms':>8} {'other ms':>8} "
              f"{'first10%':>8} {'last10%':>8} {'main MB':>7} {'worker MB':>9} {'growth':>7}  dup/pass/stories")
    print(header)
    previous: dict[str, float] | None = None
    for row in rows:
        growth = f"{row['seconds'] / previous['seconds']:6.1f}×" if previous else "      –"
        print(f"{row['size']:>8} {row['added'] / row['seconds']:6.1f} {row['seconds']:8.1f} {row['story_ms']:8.1f} "
              f"{row['reuse_ms']:8.1f} {row['other_main_ms']:8.1f} {row['first10_ms']:8.1f} {row['last10_ms']:8.1f} "
              f"{row['main_mb']:7.0f} {row['worker_mb']:9.0f} {growth:>7}  "
              f"{row['duplicates']}/{row['passages']}/{row['stories']}" + (f" errors={row['errors']}" if row["errors"] else ""))
        previous = row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: run from the repository root with ../shared beside it")
    if args.one:
        print(json.dumps(measure(args.one, args.seed, args.workers)))
        return
    rows = []
    for size in args.sizes:
        # A fresh process per size: ru_maxrss is a high-water mark, so sizes must not share one.
        done = subprocess.run([sys.executable, __file__, "--one", str(size), "--workers", str(args.workers),
                               "--seed", str(args.seed)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"size {size} failed:\n{done.stderr[-3000:]}")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"size {size}: {rows[-1]['seconds']:.1f} s", flush=True)
    print_table(rows, args.workers)


if __name__ == "__main__":
    main()
