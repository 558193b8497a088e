"""End-to-end speed of `lagebild run`: articles/s and peak memory on real German news text.

    python benchmarks/pipeline_speed.py [--copies 2] [--workers 1]

Writes the 1,028 DER STANDARD articles of ../shared/data/10kgnad/test.csv (read at benchmark
time, never copied into the repo) as JSON Lines — `--copies` times, each copy with lightly
changed wording so later copies exercise near-duplicate and shared-passage detection — then
runs the whole default pipeline into a fresh SQLite file and prints the figures. A second
run on the same input shows the cost of an idempotent re-run (everything skipped by id).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from lagebild import pipeline
from lagebild.store import open_store

GNAD = Path("../shared/data/10kgnad/test.csv")


def write_corpus(target: Path, copies: int) -> int:
    with GNAD.open(encoding="utf-8") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]
    n = 0
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for i, text in enumerate(texts):
                sentences = text.split(". ")
                if copy:  # a reworded copy: drop one sentence, change one word
                    sentences = sentences[:1] + sentences[2:]
                    sentences[0] = sentences[0].replace(" der ", " die ", 1)
                title = sentences[0][:90]
                record = {"url": f"https://example.org/{copy}/{i}", "title": title,
                          "text": ". ".join(sentences), "published": f"2016-0{1 + i % 9}-{1 + i % 28:02d}"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if not GNAD.exists():
        sys.exit(f"{GNAD} not found: run from the repository root with ../shared beside it")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "gnad.jsonl"
        n = write_corpus(corpus, args.copies)
        size_mb = corpus.stat().st_size / 1e6
        store = open_store(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        counts = pipeline.run([corpus], store, workers=args.workers)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = pipeline.run([corpus], store, workers=args.workers)
        second = time.perf_counter() - start
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"input: {n} articles, {size_mb:.1f} MB JSON Lines, workers={args.workers}")
    print(f"first run : {first:7.1f} s  {n / first:7.1f} articles/s  added={counts.added} "
          f"duplicates={counts.duplicates} passages={counts.passages} stories={len(counts.stories)} "
          f"errors={counts.errors}")
    print(f"re-run    : {second:7.1f} s  {n / second:7.1f} articles/s  added={again.added} known={again.known}")
    print(f"peak RSS  : {peak_mb:.0f} MB main process" + (f", {worker_mb:.0f} MB largest worker" if worker_mb else ""))


if __name__ == "__main__":
    main()
