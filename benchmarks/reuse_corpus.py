"""A gold corpus for reuse detection: real German news with passages copied between articles.

Reads the 10kGNAD test bodies (../shared/data/10kgnad/test.csv from the repo root, `label;text`
with `'` as quote char) and, for a seed, picks source and target articles: each target gets one
or two passages (80–1,500 chars, log-uniform, whole sentences) of a source inserted at one of
its own sentence boundaries. Some passages are copied again into a second target, as agency
copy is. Each copy gets light edits, each with probability 0.4: quote marks changed ("…" ->
„…“ or back), one word swapped for another word of the corpus, one inner sentence removed
(passages of ≥ 3 sentences). Sources and targets are disjoint, so source offsets stay those
of the original body.

Output (`--out DIR`): articles.jsonl ({"id", "body"} in the order to feed them, shuffled) and
gold.jsonl ({"source", "source_start", "source_end", "target", "target_start", "target_end",
"chars", "edits"}: `body[start:end]` is the passage in each article, `chars` its length in the
target). The same seed always gives the same corpus; other seeds give fresh ones.
Cost: O(corpus chars); about a second for the 1,028 test articles.

Run from the repo root: python benchmarks/reuse_corpus.py --seed 1 --out /tmp/reuse_gold
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

DATA = Path("../shared/data/10kgnad/test.csv")
MIN_CHARS, MAX_CHARS = 80, 1500
EDIT_PROBABILITY = 0.4
SOURCE_SHARE, TARGET_SHARE = 0.3, 0.3
SECOND_SPLICE, COPIED_AGAIN = 0.3, 0.3

_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"“”']?(?=\s+[\"„“A-ZÄÖÜ0-9])|$)", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One planted copy: `source` body[source_start:source_end] reappears (edited) in `target`."""

    source: str
    source_start: int
    source_end: int
    target: str
    target_start: int
    target_end: int
    chars: int
    edits: list[str] = field(default_factory=list)


@dataclass(slots=True)
class GoldCorpus:
    """Articles as (id, body) in feeding order, and the planted copies."""

    articles: list[tuple[str, str]]
    gold: list[GoldSpan]


def load_bodies(path: Path = DATA) -> list[str]:
    """The article texts of a 10kGNAD csv file (label;text), in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? (and a closing quote) before an upper-case start."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body)]


def build_corpus(bodies: Sequence[str], seed: int) -> GoldCorpus:
    """Splice passages between the bodies as the module docstring describes; pure given `seed`."""
    rng = random.Random(seed)
    ids = [f"gnad{i:04d}" for i in range(len(bodies))]
    order = list(range(len(bodies)))
    rng.shuffle(order)
    n_sources, n_targets = int(len(order) * SOURCE_SHARE), int(len(order) * TARGET_SHARE)
    sources, targets = order[:n_sources], order[n_sources : n_sources + n_targets]
    vocabulary = sorted({w for body in bodies[:200] for w in _WORD.findall(body)})
    new_bodies = list(bodies)
    gold: list[GoldSpan] = []
    used: list[tuple[int, int, int]] = []  # (source, start, end) of passages already copied
    for target in targets:
        copies: list[tuple[int, int, int]] = []
        for _ in range(2 if rng.random() < SECOND_SPLICE else 1):
            if used and rng.random() < COPIED_AGAIN:
                copies.append(rng.choice(used))
                continue
            picked = _pick_passage(rng, rng.choice(sources), bodies)
            if picked is not None:
                copies.append(picked)
                used.append(picked)
        new_bodies[target], spans = _spliced(rng, bodies, target, copies, vocabulary)
        gold += [
            GoldSpan(ids[s], start, end, ids[target], t_start, t_end, t_end - t_start, edits)
            for (s, start, end), (t_start, t_end, edits) in zip(copies, spans, strict=True)
        ]
    feed = list(range(len(bodies)))
    rng.shuffle(feed)
    return GoldCorpus([(ids[i], new_bodies[i]) for i in feed], gold)


def _pick_passage(rng: random.Random, source: int, bodies: Sequence[str]) -> tuple[int, int, int] | None:
    """Whole sentences of `source` with a log-uniform length in [MIN_CHARS, MAX_CHARS], or None."""
    sentences = sentence_spans(bodies[source])
    for _ in range(20):
        wanted = math.exp(rng.uniform(math.log(MIN_CHARS), math.log(MAX_CHARS)))
        first = rng.randrange(len(sentences))
        last = first
        while last + 1 < len(sentences) and sentences[last][1] - sentences[first][0] < wanted:
            last += 1
        start, end = sentences[first][0], sentences[last][1]
        if MIN_CHARS <= end - start <= MAX_CHARS:
            return source, start, end
    return None


def _spliced(
    rng: random.Random,
    bodies: Sequence[str],
    target: int,
    copies: list[tuple[int, int, int]],
    vocabulary: list[str],
) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """The target body with each copy (edited) inserted at a sentence start, and where each landed."""
    body = bodies[target]
    starts = [s for s, _ in sentence_spans(body)] or [0]
    points = sorted((rng.choice(starts), n) for n in range(len(copies)))
    pieces: list[str] = []
    landed: dict[int, tuple[int, int, list[str]]] = {}
    cursor, length = 0, 0
    for point, n in points:
        source, start, end = copies[n]
        text, edits = _edited(rng, bodies[source][start:end], vocabulary)
        pieces.append(body[cursor:point])
        length += point - cursor
        # Inserted before a sentence: the copy ends with a space; at the very end it starts with one.
        before = " " if point == len(body) and body else ""
        pieces.append(before + text + ("" if before else " "))
        landed[n] = (length + len(before), length + len(before) + len(text), edits)
        length += len(before) + len(text) + (0 if before else 1)
        cursor = point
    pieces.append(body[cursor:])
    return "".join(pieces), [landed[n] for n in range(len(copies))]


def _edited(rng: random.Random, passage: str, vocabulary: list[str]) -> tuple[str, list[str]]:
    """The passage with the light edits an editor makes to agency copy, and which were made."""
    edits: list[str] = []
    sentences = [passage[s:e] for s, e in sentence_spans(passage)]
    if len(sentences) >= 3 and rng.random() < EDIT_PROBABILITY:
        del sentences[rng.randrange(1, len(sentences) - 1)]
        passage = " ".join(sentences)
        edits.append("removed sentence")
    words = list(_WORD.finditer(passage))
    if words and rng.random() < EDIT_PROBABILITY:
        word = rng.choice(words)
        swapped = rng.choice([w for w in rng.sample(vocabulary, 5) if w != word.group()])
        passage = passage[: word.start()] + swapped + passage[word.end() :]
        edits.append("swapped word")
    if rng.random() < EDIT_PROBABILITY and any(q in passage for q in '"„“'):
        if '"' in passage:
            marks = iter("„“" * passage.count('"'))
            passage = re.sub('"', lambda _: next(marks), passage)
        else:
            passage = passage.replace("„", '"').replace("“", '"')
        edits.append("quote marks")
    return passage, edits


def write_corpus(corpus: GoldCorpus, out: Path) -> None:
    """articles.jsonl and gold.jsonl in `out` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, body in corpus.articles:
            handle.write(json.dumps({"id": article_id, "body": body}, ensure_ascii=False) + "\n")
    with (out / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for span in corpus.gold:
            handle.write(json.dumps(asdict(span), ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=DATA, help="10kGNAD csv (default: %(default)s)")
    parser.add_argument("--out", type=Path, required=True, help="folder for articles.jsonl and gold.jsonl")
    args = parser.parse_args()
    corpus = build_corpus(load_bodies(args.data), args.seed)
    write_corpus(corpus, args.out)
    print(f"{len(corpus.articles)} articles, {len(corpus.gold)} gold spans written to {args.out}")


if __name__ == "__main__":
    main()
