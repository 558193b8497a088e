"""Quality and speed of shared-passage detection on planted copies in real German news.

For each seed, builds the gold corpus of benchmarks/reuse_corpus.py (10kGNAD test bodies with
edited passages spliced between them), runs `detect_reuse` over it in feeding order with
`MemoryReuseIndex` (quality, articles/s) and a file-backed `SqliteReuseIndex` (articles/s, one
transaction per article, as the product runs), and prints:

- Recall: a gold span counts as found when one reported passage has an occurrence covering
  ≥ 80 % of its chars in the source and one covering ≥ 80 % in the target (so a copy that a
  removed sentence split into two fragments is a miss).
- Precision: a reported passage is a true positive when every occurrence is paired, within the
  passage, with an occurrence in another article such that the pair is explained:
  (gold) ≥ 50 % of each occurrence's chars lie in gold spans planted between those two
  articles — directly, or implied (two targets that got copies of overlapping source text);
  or (natural) the two articles' original 10kGNAD bodies already share a run of ≥ 8
  identical normalised words (or one is a target that got a copy from a source that does);
  or (verified) ≥ 50 % of the occurrence's words lie in runs of ≥ 8 identical normalised
  words it shares with the other occurrence, checked exactly on the text: copy the gold cannot list,
  such as a teaser that repeats a sentence of the copied passage in the source's own body.
  "strict" precision counts gold explanations only; the headline figure counts all three.
Both are reported over all passages and over passages ≥ 150 chars (a gold span by its length
in the target, a reported passage by the length of its text).

Run from the repo root: python benchmarks/reuse_benchmark.py [--seeds 1 2] [--no-sqlite]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from lagebild.model import Article, Occurrence, Passage
from lagebild.reuse import MemoryReuseIndex, ReuseIndex, detect_reuse, iter_passages
from lagebild.reuse.normalise import normalised_words
from lagebild.store.reuse_tables import SqliteReuseIndex
from reuse_corpus import DATA, GoldCorpus, GoldSpan, build_corpus, load_bodies

LONG = 150
FOUND_COVERAGE, EXPLAINED_COVERAGE = 0.8, 0.5
NATURAL_RUN = 8

Span = tuple[int, int]
Pair = tuple[str, str]


def run(articles: Sequence[Article], index: ReuseIndex, conn: sqlite3.Connection | None) -> float:
    """Seconds to run detect_reuse over all articles (one transaction each when `conn` is given)."""
    started = time.perf_counter()
    for article in articles:
        if conn is not None:
            conn.execute("BEGIN")
        detect_reuse(article, index)
        if conn is not None:
            conn.execute("COMMIT")
    return time.perf_counter() - started


def covered(span: Span, by: Iterable[Span]) -> float:
    """Share of `span`'s chars inside the union of `by`."""
    length = span[1] - span[0]
    if length <= 0:
        return 0.0
    total, reached = 0, span[0]
    for start, end in sorted(by):
        start, end = max(start, reached), min(end, span[1])
        if end > start:
            total += end - start
            reached = end
    return total / length


def gold_regions(gold: list[GoldSpan]) -> dict[Pair, dict[str, list[Span]]]:
    """For each article pair, the spans of planted shared text in each of the two articles."""
    regions: dict[Pair, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))

    def add(a: str, span_a: Span, b: str, span_b: Span) -> None:
        pair = (min(a, b), max(a, b))
        regions[pair][a].append(span_a)
        regions[pair][b].append(span_b)

    by_source: dict[str, list[GoldSpan]] = defaultdict(list)
    for g in gold:
        add(g.source, (g.source_start, g.source_end), g.target, (g.target_start, g.target_end))
        by_source[g.source].append(g)
    for copies in by_source.values():  # implied: two targets with copies of overlapping source text
        for i, g in enumerate(copies):
            for h in copies[i + 1 :]:
                overlapping = min(g.source_end, h.source_end) > max(g.source_start, h.source_start)
                if overlapping and g.target != h.target:
                    add(g.target, (g.target_start, g.target_end), h.target, (h.target_start, h.target_end))
    return regions


def natural_pairs(bodies: Sequence[str], ids: Sequence[str], gold: list[GoldSpan]) -> set[Pair]:
    """Article pairs whose original bodies share ≥ NATURAL_RUN identical normalised words in a row,
    extended to the targets that received a copy from one of them. Cost: O(corpus words)."""
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for article_id, body in zip(ids, bodies, strict=True):
        words = [w.norm for w in normalised_words(body)]
        for i in range(len(words) - NATURAL_RUN + 1):
            holders[tuple(words[i : i + NATURAL_RUN])].add(article_id)
    pairs: set[Pair] = set()
    for group in holders.values():
        if 1 < len(group) < 50:
            members = sorted(group)
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    receivers: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        receivers[g.source].add(g.target)
    for a, b in list(pairs):
        pairs.update((min(t, b), max(t, b)) for t in receivers[a] if t != b)
        pairs.update((min(t, a), max(t, a)) for t in receivers[b] if t != a)
    return pairs


def recall(gold: list[GoldSpan], passages: list[Passage]) -> tuple[list[GoldSpan], list[GoldSpan]]:
    """(found, missed) gold spans."""
    by_article: dict[str, list[tuple[int, Occurrence]]] = defaultdict(list)
    for number, passage in enumerate(passages):
        for o in passage.occurrences:
            by_article[o.article].append((number, o))
    found: list[GoldSpan] = []
    missed: list[GoldSpan] = []
    for g in gold:
        in_source = {
            n
            for n, o in by_article[g.source]
            if covered((g.source_start, g.source_end), [(o.start, o.end)]) >= FOUND_COVERAGE
        }
        in_target = {
            n
            for n, o in by_article[g.target]
            if covered((g.target_start, g.target_end), [(o.start, o.end)]) >= FOUND_COVERAGE
        }
        (found if in_source & in_target else missed).append(g)
    return found, missed


def shared_words(a: str, b: str) -> tuple[float, float]:
    """Share of the words of `a` and of `b` inside runs of ≥ NATURAL_RUN identical normalised
    words that both texts contain. Cost: O(len(a) + len(b))."""
    words_a, words_b = [w.norm for w in normalised_words(a)], [w.norm for w in normalised_words(b)]

    def runs(words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[i : i + NATURAL_RUN]) for i in range(len(words) - NATURAL_RUN + 1)}

    common = runs(words_a) & runs(words_b)

    def share(words: list[str]) -> float:
        inside = [False] * len(words)
        for i in range(len(words) - NATURAL_RUN + 1):
            if tuple(words[i : i + NATURAL_RUN]) in common:
                inside[i : i + NATURAL_RUN] = [True] * NATURAL_RUN
        return sum(inside) / len(words) if words else 0.0

    return share(words_a), share(words_b)


def explained(
    passage: Passage,
    regions: dict[Pair, dict[str, list[Span]]],
    natural: set[Pair],
    bodies: dict[str, str],
    strict: bool,
) -> bool:
    """Whether every occurrence pairs with another one that gold (or natural sharing, or an
    exact check of the text) explains."""
    for o in passage.occurrences:
        ok = False
        for p in passage.occurrences:
            if p.article == o.article:
                continue
            pair = (min(o.article, p.article), max(o.article, p.article))
            spans = regions.get(pair, {})
            if (
                covered((o.start, o.end), spans.get(o.article, [])) >= EXPLAINED_COVERAGE
                and covered((p.start, p.end), spans.get(p.article, [])) >= EXPLAINED_COVERAGE
            ) or (not strict and (pair in natural or _verified(o, p, bodies))):
                ok = True
                break
        if not ok:
            return False
    return True


def _verified(o: Occurrence, p: Occurrence, bodies: dict[str, str]) -> bool:
    share_o, _ = shared_words(bodies[o.article][o.start : o.end], bodies[p.article][p.start : p.end])
    return share_o >= EXPLAINED_COVERAGE


def ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def evaluate(seed: int, bodies: list[str], with_sqlite: bool, show: int) -> None:
    corpus: GoldCorpus = build_corpus(bodies, seed)
    articles = [Article(id=i, source="10kgnad", format="txt", body=b) for i, b in corpus.articles]
    memory = MemoryReuseIndex()
    seconds = run(articles, memory, None)
    passages = list(iter_passages(memory))
    ids = [f"gnad{i:04d}" for i in range(len(bodies))]
    regions = gold_regions(corpus.gold)
    natural = natural_pairs(bodies, ids, corpus.gold)

    found, missed = recall(corpus.gold, passages)
    long_gold = [g for g in corpus.gold if g.chars >= LONG]
    long_found = [g for g in found if g.chars >= LONG]
    bodies_by_id = dict(corpus.articles)
    tp = [p for p in passages if explained(p, regions, natural, bodies_by_id, strict=False)]
    tp_strict = [p for p in passages if explained(p, regions, natural, bodies_by_id, strict=True)]
    long_passages = [p for p in passages if len(p.text) >= LONG]
    print(f"seed {seed}: {len(articles)} articles, {len(corpus.gold)} gold spans ({len(long_gold)} ≥ {LONG} chars), "
          f"{len(passages)} reported passages ({len(long_passages)} ≥ {LONG} chars)")  # fmt: skip
    print(
        f"  recall    all: {ratio(len(found), len(corpus.gold))}   ≥{LONG}: {ratio(len(long_found), len(long_gold))}"
    )
    print(
        f"  precision all: {ratio(len(tp), len(passages))}   ≥{LONG}: "
        f"{ratio(sum(len(p.text) >= LONG for p in tp), len(long_passages))}   strict (gold only) all: "
        f"{ratio(len(tp_strict), len(passages))}   ≥{LONG}: "
        f"{ratio(sum(len(p.text) >= LONG for p in tp_strict), len(long_passages))}"
    )
    for edit in ("removed sentence", "swapped word", "quote marks"):
        with_edit = [g for g in corpus.gold if edit in g.edits]
        print(f"  recall with {edit!r}: {ratio(sum(edit in g.edits for g in found), len(with_edit))}")
    print(f"  memory: {len(articles) / seconds:7.1f} articles/s")
    if with_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            conn = sqlite3.connect(Path(tmp) / "reuse.sqlite", isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            sqlite = SqliteReuseIndex(conn)
            sqlite_seconds = run(articles, sqlite, conn)
            same = sqlite.size()["passages"] == memory.size()["passages"]
            conn.close()
        print(f"  sqlite: {len(articles) / sqlite_seconds:7.1f} articles/s (same passages as memory: {same})")
    for g in missed[:show]:
        print(f"  missed {g.source}->{g.target} {g.chars} chars {g.edits}: "
              f"{bodies_by_id[g.target][g.target_start : g.target_end][:120]!r}")  # fmt: skip
    for p in [p for p in passages if p not in tp][:show]:
        print(f"  unexplained {[(o.article, o.start, o.end) for o in p.occurrences]}: {p.text[:120]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--data", type=Path, default=DATA, help="10kGNAD csv (default: %(default)s)")
    parser.add_argument("--no-sqlite", action="store_true", help="skip the SQLite timing run")
    parser.add_argument("--show", type=int, default=0, help="print this many misses and unexplained passages")
    args = parser.parse_args()
    bodies = load_bodies(args.data)
    for seed in args.seeds:
        evaluate(seed, bodies, not args.no_sqlite, args.show)


if __name__ == "__main__":
    main()
