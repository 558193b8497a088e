"""Does the cost per article stay flat as the corpus grows? `lagebild run` on 1k, 10k, 100k articles.

    python benchmarks/scaling.py [--sizes 1000 10000 100000] [--workers 1] [--seed 1] [--keep DIR]

For each size, generates a corpus of 10kGNAD variants (benchmarks/scaling_corpus.py; the texts
are read from ../shared/data/10kgnad/test.csv at run time) and runs the whole default pipeline
into a fresh SQLite file in a temporary folder, each size in its own process so peak memory is
that size's alone. Corpus generation is not timed. With `--keep DIR` the corpus, database and
checkpoints (every 1 %) stay in DIR, and running the same command again after a kill resumes
the run; the figures are then sums over its segments (peak RSS: the largest). Printed per size:

- articles/s and total seconds of `pipeline.run`;
- ms per article in story assignment and in reuse detection, wall and (in brackets) CPU
  time of the main thread (the corpus stages, which run in
  the main process even with workers: `pipeline.assign_story` / `pipeline.detect_reuse` are
  wrapped with timers in the measuring process; the library is unchanged), and in the rest of
  the main-process work per article (title repair, entity linking, store writes);
- ms per article (wall) over the first and the last 10% of the run, from the first article's
  commit on (start-up excluded): flat cost means equal;
- peak RSS of the main process and of the largest worker (`getrusage`, and /proc's VmHWM for
  workers still running at a checkpoint), and their sum with every worker at that peak;
- how many stories, and the size of the largest (one story absorbing much of the corpus
  would mean clustering broke down);
- CPU seconds per article of the main process and the workers together (`os.times`, /proc for
  live workers): unlike
  wall time, this does not change when other jobs share the machine, so the growth of CPU
  time is the fair comparison between sizes run under different load;
- the growth of total wall and CPU time from each size to the next (flat cost: the size
  ratio, 10×).

Progress (articles added, ms per article over the last 10%) goes to stderr every 10% of a size.

Targets (issue "cost that stays flat"): ≤ 11× total time from 10k to 100k, peak RSS ≤ 1.5 GB
and story assignment ≤ 20 ms per article at 100k.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lagebild import pipeline
from lagebild.store import open_store
from reuse_corpus import DATA, load_bodies
from scaling_corpus import write_corpus


class StageTimer:
    """Wraps a function and sums the seconds spent in it: wall time, and the CPU time of the
    calling thread (what the stage itself costs, whatever else shares the machine)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function, self.seconds, self.cpu_seconds, self.calls = function, 0.0, 0.0, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start, cpu_start = time.perf_counter(), time.thread_time()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start
            self.cpu_seconds += time.thread_time() - cpu_start
            self.calls += 1


def measure(size: int, seed: int, workers: int, keep: Path | None = None) -> dict[str, float]:
    """Generate `size` articles, run the pipeline on them, return the figures (this process only).

    With `keep`, the corpus, the database and the checkpoints live in `keep/size_N_seed_S/`, so
    a run that was killed (a session ended) continues where it stopped: `pipeline.run` skips
    the articles already stored, and the figures are summed over the segments (`Segments`).
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep / f"size_{size}_seed_{seed}" if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "corpus.jsonl"
        if not (folder / "corpus.done").exists():
            write_corpus(load_bodies(DATA), size, seed, corpus)
            (folder / "corpus.done").touch()
        segments = Segments(folder / "segments.jsonl")
        store = open_store(str(folder / "scaling.db"))
        if not (folder / "run.done").exists():  # a finished size is summarised, not run again
            meter = Meter(size, segments.next_id(), segments)
            meter.already = store.count_articles()
            with meter.installed():
                counts = pipeline.run([corpus], store, workers=workers)
            meter.checkpoint(final=True, counts=counts)
            (folder / "run.done").touch()
        stored = {name: store.connection.execute(sql).fetchone()[0] for name, sql in _STORED.items()}
        store.close()
    return segments.summary(size) | stored


#: What the finished store holds (counted there, so a resumed run counts every segment).
_STORED = {
    "duplicates": "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
    "passages": "SELECT count(*) FROM reuse_passages",
    "stories": "SELECT count(*) FROM story_stories",
    "largest_story": "SELECT count(*) AS n FROM story_articles GROUP BY story_id ORDER BY n DESC LIMIT 1",
}


class Meter:
    """Times one segment of a run (one `pipeline.run` call) and saves a checkpoint every 1 %.

    Wraps `pipeline.assign_story`, `pipeline.detect_reuse` and `pipeline.Corpus.add` with
    timers in this process only (the library is unchanged). CPU time counts this process and
    its live worker processes (read from /proc, so a checkpoint sees them before they exit).
    """

    def __init__(self, size: int, segment: int, segments: Segments) -> None:
        self.size, self.segment, self.segments = size, segment, segments
        self.story, self.reuse = StageTimer(pipeline.assign_story), StageTimer(pipeline.detect_reuse)
        self.add_seconds, self.added, self.already = 0.0, 0, 0
        self.window = max(size // 10, 1)
        self.windows: list[list[float]] = []  # [articles in the store at the window's end, ms/article]
        self.window_start: tuple[int, float] | None = None
        self.start, self.cpu_start = time.perf_counter(), _cpu_seconds()
        self.worker_cpu: dict[int, float] = {}
        self.main_peak, self.worker_peak = 0.0, 0.0

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        add = pipeline.Corpus.add
        originals = pipeline.assign_story, pipeline.detect_reuse
        meter = self

        def timed_add(corpus: pipeline.Corpus, article: Any) -> Any:
            begun = time.perf_counter()
            try:
                return add(corpus, article)
            finally:
                meter.after_add(begun, time.perf_counter())

        pipeline.assign_story, pipeline.detect_reuse = self.story, self.reuse
        pipeline.Corpus.add = timed_add  # type: ignore[method-assign]
        self.start, self.cpu_start = time.perf_counter(), _cpu_seconds()
        try:
            yield
        finally:
            pipeline.assign_story, pipeline.detect_reuse = originals
            pipeline.Corpus.add = add  # type: ignore[method-assign]

    def after_add(self, begun: float, now: float) -> None:
        self.add_seconds += now - begun
        self.added += 1
        total = self.already + self.added
        if self.window_start is None:  # timed from the first stored article: start-up excluded
            self.window_start = (total, now)
        elif total % self.window == 0:
            first, at = self.window_start
            self.windows.append([total, 1000 * (now - at) / max(total - first, 1)])
            self.window_start = (total, now)
            print(f"  {self.size}: {total} stored, {self.windows[-1][1]:.1f} ms/article over the last "
                  f"{total - first}", file=sys.stderr, flush=True)
        if self.added % max(self.size // 100, 1) == 0:
            self.checkpoint()

    def checkpoint(self, final: bool = False, counts: pipeline.RunCounts | None = None) -> None:
        main_peak, workers = _proc_figures(os.getpid()), multiprocessing.active_children()
        self.main_peak = max(self.main_peak, main_peak[1])
        for child in workers:
            if child.pid is not None:
                cpu, peak = _proc_figures(child.pid)
                self.worker_cpu[child.pid] = cpu
                self.worker_peak = max(self.worker_peak, peak)
        own = os.times()
        joined = own.children_user + own.children_system  # workers that have exited (and been waited for)
        cpu = own.user + own.system - self.cpu_start + (joined if final else sum(self.worker_cpu.values()))
        record = {
            "segment": self.segment, "final": final, "added": self.added, "wall": time.perf_counter() - self.start,
            "cpu": cpu, "story_s": self.story.seconds, "story_calls": self.story.calls,
            "story_cpu_s": self.story.cpu_seconds, "reuse_cpu_s": self.reuse.cpu_seconds,
            "reuse_s": self.reuse.seconds, "reuse_calls": self.reuse.calls, "add_s": self.add_seconds,
            "main_mb": max(self.main_peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "worker_mb": max(self.worker_peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "windows": self.windows,
        }
        if counts is not None:
            record["errors"] = counts.errors
        self.segments.write(record)


class Segments:
    """The checkpoints of every segment of one size's run, one JSON line each (the last line
    of a segment is its latest state). A killed segment loses at most the articles stored
    after its last checkpoint from the timing (they are in the store, so they are not redone)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.latest: dict[int, dict[str, Any]] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    self.latest[record["segment"]] = record

    def next_id(self) -> int:
        return max(self.latest, default=-1) + 1

    def write(self, record: dict[str, Any]) -> None:
        self.latest[record["segment"]] = record
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")

    def summary(self, size: int) -> dict[str, float]:
        parts = list(self.latest.values())
        added = sum(p["added"] for p in parts)
        windows = [w for p in parts for w in p["windows"]]
        n = max(added, 1)
        return {
            "size": size, "added": added, "segments": len(parts),
            "errors": sum(p.get("errors", 0) for p in parts),
            "seconds": sum(p["wall"] for p in parts), "cpu_seconds": sum(p["cpu"] for p in parts),
            "story_ms": 1000 * sum(p["story_s"] for p in parts) / max(sum(p["story_calls"] for p in parts), 1),
            "reuse_ms": 1000 * sum(p["reuse_s"] for p in parts) / max(sum(p["reuse_calls"] for p in parts), 1),
            "story_cpu_ms": 1000 * sum(p.get("story_cpu_s", 0.0) for p in parts) / max(sum(p["story_calls"] for p in parts), 1),
            "reuse_cpu_ms": 1000 * sum(p.get("reuse_cpu_s", 0.0) for p in parts) / max(sum(p["reuse_calls"] for p in parts), 1),
            "other_main_ms": 1000 * sum(p["add_s"] - p["story_s"] - p["reuse_s"] for p in parts) / n,
            "first10_ms": windows[0][1] if windows else float("nan"),
            "last10_ms": windows[-1][1] if windows else float("nan"),
            "main_mb": max(p["main_mb"] for p in parts), "worker_mb": max(p["worker_mb"] for p in parts),
        }


def _proc_figures(pid: int) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of a live process from /proc (Linux); (0, 0) elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0, 0.0
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    peak = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)
    return cpu, peak


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished (joined) worker processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _wall_cpu(row: dict[str, float], stage: str) -> str:
    """'wall (cpu)' milliseconds per article of a stage."""
    return f"{row[stage + '_ms']:.1f} ({row.get(stage + '_cpu_ms', float('nan')):.1f})"


def print_table(rows: list[dict[str, float]], workers: int) -> None:
    print(f"\nworkers={workers}; ms = milliseconds per article; growth = total wall / CPU time over the previous size's")
    header = (f"{'articles':>8} {'art/s':>6} {'total s':>8} {'cpu ms':>7} {'story ms':>13} {'reuse ms':>13} {'other ms':>8} "
              f"{'first10%':>8} {'last10%':>8} {'main MB':>7} {'worker MB':>9} {'all MB':>7} {'growth':>7} {'cpu gr':>7}  "
              f"duplicates/passage groups/stories (largest)")
    print(header)
    previous: dict[str, float] | None = None
    for row in rows:
        growth = f"{row['seconds'] / previous['seconds']:6.1f}×" if previous else "      –"
        cpu_growth = f"{row['cpu_seconds'] / previous['cpu_seconds']:6.1f}×" if previous else "      –"
        cpu_ms = 1000 * row["cpu_seconds"] / max(row["added"], 1)
        # Every process at its own peak at once: an upper bound on the run's total memory.
        all_mb = row["main_mb"] + (workers * row["worker_mb"] if workers > 1 else 0)
        print(f"{row['size']:>8} {row['added'] / row['seconds']:6.1f} {row['seconds']:8.1f} {cpu_ms:7.1f} {_wall_cpu(row, 'story'):>13} "
              f"{_wall_cpu(row, 'reuse'):>13} {row['other_main_ms']:8.1f} {row['first10_ms']:8.1f} {row['last10_ms']:8.1f} "
              f"{row['main_mb']:7.0f} {row['worker_mb']:9.0f} {all_mb:7.0f} {growth:>7} {cpu_growth:>7}  "
              f"{row['duplicates']}/{row['passages']}/{row['stories']} ({row.get('largest_story', '?')})" + (f" errors={row['errors']}" if row["errors"] else "")
              + (f" segments={row['segments']}" if row.get("segments", 1) > 1 else ""))
        previous = row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep corpus, database and checkpoints here; a killed run resumes")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: run from the repository root with ../shared beside it")
    if args.one:
        print(json.dumps(measure(args.one, args.seed, args.workers, args.keep)))
        return
    rows = []
    for size in args.sizes:
        # A fresh process per size: ru_maxrss is a high-water mark, so sizes must not share one.
        keep = ["--keep", str(args.keep)] if args.keep else []
        done = subprocess.run([sys.executable, __file__, "--one", str(size), "--workers", str(args.workers),
                               "--seed", str(args.seed), *keep], stdout=subprocess.PIPE, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"size {size} failed (its error is above)")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"size {size}: {rows[-1]['seconds']:.1f} s", flush=True)
    print_table(rows, args.workers)


if __name__ == "__main__":
    main()
