"""A corpus of any size for scaling runs: variants of the 1,028 10kGNAD test articles as JSON Lines.

    python benchmarks/scaling_corpus.py --n 10000 --seed 1 --out /tmp/scaling_10k.jsonl

Each line is one article (`url`, `title`, `text`, `published`, `outlet`), built from a base text
of ../shared/data/10kgnad/test.csv (read at run time, never copied into the repo):

- **dates** spread over two years (2022-01-01 + 730 days), roughly in arrival order with a
  few days of jitter, so a larger corpus means more articles per day, as a longer crawl would;
- **names**: name-like tokens (capitalised, not sentence-initial, in at most `NAME_DF` source
  texts) are swapped, consistently within the article, for names from this module's own pool,
  with a Zipf-like long tail of composed surnames so new names keep appearing as N grows;
- **wording**: each content word (≥ 4 letters) is replaced with probability `REWORD` by a
  corpus word of the same shape (case, ending, similar length), so two variants of one base
  text are neither near duplicates nor share 8-word runs by accident — only what is planted;
- **splices**: with probability `SPLICE`, a passage of whole sentences (80–1,500 chars,
  log-uniform) from another article — an unchanged source text, or one of the recent
  generated articles, as agency copy spreads within days — replaces sentences of about the
  same length, with light edits (one word swapped, quote marks changed, a sentence dropped);
- **near duplicates**: with probability `NEAR_DUPLICATE`, a recent article again under another
  outlet and URL, one sentence dropped or one word changed, a day later at most.

Lengths follow 10kGNAD's (base texts are picked uniformly, replacements keep lengths). The same
texts and seed always give the same lines. Memory: the source texts plus `RECENT` articles,
never the corpus (lines are written as they are made). Cost: O(N × article length), ~1 ms per article.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reuse_corpus import DATA, MAX_CHARS, MIN_CHARS, load_bodies, sentence_spans

REWORD = 0.5
SPLICE = 0.3
SPLICE_FROM_RECENT = 0.5
NEAR_DUPLICATE = 0.04
EDIT_PROBABILITY = 0.4
RECENT = 256
NAME_DF = 3  # a capitalised word in at most this many source texts is taken for a name
START, DAYS, JITTER_DAYS = date(2022, 1, 1), 730, 3

FIRST_NAMES = ["Anna", "Andreas", "Barbara", "Bernd", "Christa", "Christian", "Claudia", "Daniel", "Doris", "Elena", "Elisabeth", "Emil", "Eva", "Felix", "Franz", "Friederike", "Georg", "Gerda", "Hannah", "Hans", "Heike", "Helmut", "Ingrid", "Jan", "Johanna", "Jonas", "Julia", "Jürgen", "Karin", "Katharina", "Klaus", "Lea", "Leon", "Lukas", "Manfred", "Maria", "Markus", "Martina", "Matthias", "Michael", "Monika", "Nadine", "Nina", "Oliver", "Paul", "Petra", "Philipp", "Renate", "Robert", "Sabine", "Sandra", "Sebastian", "Simone", "Stefan", "Susanne", "Theresa", "Thomas", "Ulrike", "Ursula", "Valentin", "Verena", "Werner", "Wolfgang", "Yvonne", "Zeynep", "Mehmet", "Ayşe", "Dragan", "Ivana", "Tomasz"]
SURNAMES = ["Ammann", "Bauer", "Berger", "Brandl", "Eder", "Egger", "Fischer", "Fuchs", "Gruber", "Haas", "Hackl", "Hofer", "Holzer", "Huber", "Kaiser", "Keller", "Koch", "Kogler", "Köhler", "Krammer", "Lang", "Lehner", "Leitner", "Maier", "Mayr", "Moser", "Müller", "Neumann", "Novak", "Pichler", "Reiter", "Riedl", "Schmid", "Schneider", "Schuster", "Schwarz", "Steiner", "Strobl", "Wagner", "Wallner", "Weber", "Wimmer", "Winkler", "Wolf", "Yılmaz", "Zach", "Ziegler", "Kovačević", "Horvath", "Nowak", "Petrović", "Öztürk", "Brunner", "Aigner", "Hofmann"]
# Composed surnames: the long tail of names a growing corpus keeps meeting for the first time.
_STEMS = ["Berg", "Linden", "Stein", "Wald", "Brun", "Hof", "Eich", "Rosen", "Fels", "Moos", "Au", "Bach", "Feld", "Kirch", "Mühl", "Sonn", "Wies", "Hag"]
_MIDDLES = ("", "en", "s", "t", "ing", "el")
_ENDS = ["er", "huber", "bauer", "moser", "leitner", "berger", "mayr", "thaler", "egger", "ner", "inger", "bichler"]
OUTLETS = (
    ("Donaubote", "donaubote.example"), ("Alpenblatt", "alpenblatt.example"),
    ("Stadtzeitung Linz", "stadtzeitung-linz.example"), ("Wiener Abendpost", "abendpost.example"),
    ("Rheinischer Anzeiger", "rheinanzeiger.example"), ("Nordkurier Online", "nordkurier.example"),
    ("Der Morgen", "dermorgen.example"), ("Tagesecho", "tagesecho.example"),
    ("Bergland Nachrichten", "bergland.example"), ("Mittelland Rundschau", "mittelland.example"),
)

_WORD = re.compile(r"[^\W\d_]{4,}")
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\b")


@dataclass(frozen=True, slots=True)
class SourceTexts:
    """The base texts with what variants are made of: their name-like words and a vocabulary
    by word shape. Built once per corpus; cost O(total chars)."""

    texts: Sequence[str]
    name_like: frozenset[str]
    by_shape: dict[tuple[bool, str, int], list[str]]

    @classmethod
    def of(cls, texts: Sequence[str]) -> SourceTexts:
        if not texts:
            raise ValueError("no source texts: give at least one article text")
        document_frequency: Counter[str] = Counter()
        initial: set[str] = set()
        for text in texts:
            document_frequency.update(set(_CAPITALISED.findall(text)))
            initial.update(m.group() for s, _ in sentence_spans(text) if (m := _CAPITALISED.match(text, s)))
        name_like = frozenset(w for w, df in document_frequency.items() if df <= NAME_DF and w not in initial)
        shapes: dict[tuple[bool, str, int], set[str]] = {}
        for text in texts:
            for word in _WORD.findall(text):
                if word not in name_like:
                    shapes.setdefault(_shape(word), set()).add(word)
        return cls(texts, name_like, {k: sorted(v) for k, v in sorted(shapes.items())})


def _shape(word: str) -> tuple[bool, str, int]:
    # Case, last two letters (a crude inflection class) and a length bucket keep the text readable as German.
    return word[0].isupper(), word[-2:].lower(), min(len(word) // 3, 5)


def generate(texts: Sequence[str], n: int, seed: int) -> Iterator[dict[str, str]]:
    """Yield `n` article records made from `texts` as the module docstring describes.

    Input: base article texts (any list; the benchmark passes 10kGNAD's), a count and a seed.
    Output: dicts with `url`, `title`, `text`, `published` (ISO date), `outlet`, in feeding order.
    Deterministic for (texts, n, seed). Memory: O(len(texts) + RECENT articles).
    """
    source = SourceTexts.of(texts)
    rng = random.Random(seed)
    recent: deque[dict[str, str]] = deque(maxlen=RECENT)
    outlet_weights = [1 / (rank + 1) for rank in range(len(OUTLETS))]
    for i in range(n):
        if recent and rng.random() < NEAR_DUPLICATE:
            record = _near_duplicate(rng, rng.choice(recent), source, i, outlet_weights)
        else:
            day = min(max(int(i / max(n, 1) * DAYS) + rng.randint(-JITTER_DAYS, JITTER_DAYS), 0), DAYS - 1)
            text = _variant(rng, rng.randrange(len(texts)), source, recent, seed)
            outlet, domain = rng.choices(OUTLETS, outlet_weights)[0]
            record = _record(text, START + timedelta(days=day), outlet, domain, i)
        recent.append(record)
        yield record


def _record(text: str, published: date, outlet: str, domain: str, i: int) -> dict[str, str]:
    spans = sentence_spans(text)
    first = text[: spans[0][1]] if spans else text
    cut = first.rfind(" ", 0, 100)
    title = first if len(first) <= 100 else first[: cut if cut > 0 else 100].rstrip(",;:") + " …"
    slug = "-".join(re.findall(r"\w+", title.lower())[:6]) or "artikel"
    return {"url": f"https://{domain}/{published:%Y/%m}/{slug}-{i}", "title": title, "text": text,
            "published": published.isoformat(), "outlet": outlet}


def _variant(rng: random.Random, base: int, source: SourceTexts, recent: deque[dict[str, str]],
             seed: int) -> str:
    """A new article from base text `base`: names swapped, words reworded, perhaps a passage spliced in."""
    text = _reworded(rng, _renamed(rng, source.texts[base], source.name_like), source)
    if rng.random() < SPLICE:
        passage = _passage(rng, base, source, recent, seed)
        if passage:
            text = _spliced_in(rng, text, _edited(rng, passage, source))
    return text


def _renamed(rng: random.Random, text: str, name_like: frozenset[str]) -> str:
    names: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word not in name_like:
            return word
        if word not in names:
            names[word] = _surname(rng) if rng.random() < 0.7 else rng.choice(FIRST_NAMES)
        return names[word]

    return _CAPITALISED.sub(swap, text)


def _surname(rng: random.Random) -> str:
    # Log-uniform rank: a few names recur often, and composed ones form a long tail.
    composed = len(_STEMS) * len(_MIDDLES) * len(_ENDS)
    rank = int(math.exp(rng.uniform(0, math.log(len(SURNAMES) + composed)))) - 1
    if rank < len(SURNAMES):
        return SURNAMES[rank]
    rank -= len(SURNAMES)
    stem, rank = _STEMS[rank % len(_STEMS)], rank // len(_STEMS)
    return stem + _MIDDLES[rank % len(_MIDDLES)] + _ENDS[rank // len(_MIDDLES)]


def _reworded(rng: random.Random, text: str, source: SourceTexts) -> str:
    def reword(match: re.Match[str]) -> str:
        word = match.group()
        if word in source.name_like or rng.random() >= REWORD:
            return word
        return rng.choice(source.by_shape.get(_shape(word)) or [word])

    return _WORD.sub(reword, text)


def _passage(rng: random.Random, base: int, source: SourceTexts, recent: deque[dict[str, str]],
             seed: int) -> str | None:
    """Whole sentences (log-uniform 80–1,500 chars) of another source text or a recent article.

    A source text's names are swapped the same way wherever it is copied (a name mapping
    seeded by the text), so its copies share their names as agency copy does."""
    if recent and rng.random() < SPLICE_FROM_RECENT:
        text = rng.choice(recent)["text"]
        spans = sentence_spans(text)
    else:
        other = rng.randrange(len(source.texts))
        if other == base and len(source.texts) > 1:
            other = (other + 1) % len(source.texts)
        text = _renamed(random.Random(seed * 1_000_003 + other), source.texts[other], source.name_like)
        spans = sentence_spans(text)
    if not spans:
        return None
    for _ in range(10):
        wanted = math.exp(rng.uniform(math.log(MIN_CHARS), math.log(MAX_CHARS)))
        first = last = rng.randrange(len(spans))
        while last + 1 < len(spans) and spans[last][1] - spans[first][0] < wanted:
            last += 1
        start, end = spans[first][0], spans[last][1]
        if MIN_CHARS <= end - start <= MAX_CHARS:
            return text[start:end]
    return None


def _spliced_in(rng: random.Random, text: str, passage: str) -> str:
    """`text` with a run of its sentences of about the passage's length replaced by it (after the
    lead sentence); inserted instead when the text is too short to give up that much."""
    spans = sentence_spans(text)
    if len(spans) < 3:
        return text if len(spans) < 2 else text[: spans[1][0]] + passage + " " + text[spans[1][0]:]
    first = rng.randrange(1, len(spans))
    last = first
    while last + 1 < len(spans) and spans[last][1] - spans[first][0] < len(passage):
        last += 1
    return text[: spans[first][0]] + passage + text[spans[last][1]:]


def _edited(rng: random.Random, passage: str, source: SourceTexts) -> str:
    """The light edits an editor makes to agency copy, each with probability EDIT_PROBABILITY."""
    spans = sentence_spans(passage)
    if len(spans) >= 3 and rng.random() < EDIT_PROBABILITY:
        drop = rng.randrange(1, len(spans) - 1)
        passage = passage[: spans[drop][0]] + passage[spans[drop + 1][0]:]
    if rng.random() < EDIT_PROBABILITY:
        passage = _one_word_changed(rng, passage, source)
    if rng.random() < EDIT_PROBABILITY and '"' in passage:
        marks = iter("„“" * passage.count('"'))
        passage = re.sub('"', lambda _: next(marks), passage)
    return passage


def _one_word_changed(rng: random.Random, text: str, source: SourceTexts) -> str:
    words = list(_WORD.finditer(text))
    if not words:
        return text
    word = rng.choice(words)
    choices = source.by_shape.get(_shape(word.group())) or [word.group()]
    return text[: word.start()] + rng.choice(choices) + text[word.end():]


def _near_duplicate(rng: random.Random, original: dict[str, str], source: SourceTexts, i: int,
                    outlet_weights: list[float]) -> dict[str, str]:
    """A recent article again: another outlet, a day later at most, one sentence dropped or one word changed."""
    text = original["text"]
    spans = sentence_spans(text)
    if len(spans) >= 4 and rng.random() < 0.5:
        drop = rng.randrange(1, len(spans) - 1)
        text = text[: spans[drop][0]] + text[spans[drop + 1][0]:]
    else:
        text = _one_word_changed(rng, text, source)
    published = date.fromisoformat(original["published"]) + timedelta(days=rng.randint(0, 1))
    outlet, domain = rng.choices(OUTLETS, outlet_weights)[0]
    return _record(text, min(published, START + timedelta(days=DAYS - 1)), outlet, domain, i)


def write_corpus(texts: Sequence[str], n: int, seed: int, out: Path) -> int:
    """Write `n` generated articles to `out` as JSON Lines, one at a time; returns the bytes written."""
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in generate(texts, n, seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=DATA, help="10kGNAD csv (default: %(default)s)")
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found: run from the repository root with ../shared beside it, or give --data")
    size = write_corpus(load_bodies(args.data), args.n, args.seed, args.out)
    print(f"{args.n} articles, {size / 1e6:.1f} MB written to {args.out}")


if __name__ == "__main__":
    main()
