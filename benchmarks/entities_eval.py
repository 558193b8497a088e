"""Quality and speed of sentence splitting and of entity unification; prints its figures.

    python benchmarks/entities_eval.py                 # both parts
    python benchmarks/entities_eval.py --part sentences
    python benchmarks/entities_eval.py --part entities --people 800 --articles 2000

sentences: UD German GSD (../shared/data/ud/ud_german_gsd, dev + test): consecutive gold
  sentences are joined by one space into pseudo-documents of 20 sentences; a predicted sentence
  end counts when it falls on a gold sentence end (document ends excluded, they are free).
  Reports boundary precision/recall/F1 of `split_sentences` and of a naive regex baseline, and
  sentences per second.
entities: a synthetic corpus from Wikidata heads of state/government
  (../shared/data/gazetteers/world_leaders_wikidata/leaders_history.csv): each article names
  1-4 people, mostly of one country (so surnames collide as in real stories: "Mike Eman",
  "Henny Eman"), by full name, surname, genitive ("Khans"), transliteration swaps (sch/sh, w/v,
  j/y, ei/ej, hyphens) and upper-case. Gold = Wikidata QID per mention. Reports B-cubed and
  pairwise precision/recall of `link_entities` over all mentions, and of exact-string
  clustering as a baseline, and articles per second. Deterministic (fixed seed).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from lagebild.entities import EntityIndex, MemoryEntityIndex, link_entities
from lagebild.model import Article, Mention
from lagebild.nlp.sentences import split_sentences
from lagebild.store.entity_tables import SqliteEntityIndex

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
_NAIVE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


# --- sentences ------------------------------------------------------------------------------

def _gsd_sentences(ud_dir: Path) -> list[str]:
    texts: list[str] = []
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        with open(ud_dir / name, encoding="utf-8") as handle:
            texts += [line[len("# text = "):].strip() for line in handle if line.startswith("# text = ")]
    return texts


def _prf(predicted: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_sentences(ud_dir: Path, per_doc: int = 20) -> None:
    sentences = _gsd_sentences(ud_dir)
    docs = [sentences[i:i + per_doc] for i in range(0, len(sentences), per_doc)]
    gold: set[tuple[int, int]] = set()
    texts: list[str] = []
    for d, doc in enumerate(docs):
        offset = 0
        for sentence in doc[:-1]:
            offset += len(sentence)
            gold.add((d, offset))
            offset += 1
        texts.append(" ".join(doc))
    split_sentences("Warm-up. Einmal.")  # builds the SoMaJo instance outside the timing
    start = time.perf_counter()
    ours = {(d, end) for d, text in enumerate(texts) for _, end in split_sentences(text) if end < len(text)}
    seconds = time.perf_counter() - start
    naive = {(d, m.start()) for d, text in enumerate(texts) for m in _NAIVE_SPLIT.finditer(text)}
    print(f"UD German GSD dev+test: {len(sentences)} gold sentences in {len(texts)} pseudo-documents")
    for label, predicted in (("split_sentences (SoMaJo)", ours), ("naive regex [.!?] + capital", naive)):
        p, r, f = _prf(predicted, gold)
        print(f"  {label:30s} boundary P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  speed: {len(ours) + len(texts)} sentences in {seconds:.2f} s = "
          f"{(len(ours) + len(texts)) / seconds:,.0f} sentences/s (one process)")


# --- entities -------------------------------------------------------------------------------

_NAME_WORD = re.compile(r"^[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]+(?:-[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]+)?$")
_SWAPS = (("sch", "sh"), ("sh", "sch"), ("w", "v"), ("v", "w"), ("j", "y"), ("y", "j"), ("ei", "ej"),
          ("ej", "ei"), ("oe", "ö"), ("ö", "oe"))


def _people(path: Path, limit: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(qid, name, country) of people with a plain two- or three-word name."""
    seen: dict[str, tuple[str, str, str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = row["person"].split()
            if 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words):
                seen.setdefault(row["person_qid"], (row["person_qid"], row["person"], row["iso3"]))
    people = sorted(seen.values())
    rng.shuffle(people)
    return people[:limit]


def _variant(name: str, rng: random.Random, full: bool) -> str:
    """One way an article might write `name`."""
    words = name.split()
    text = name if full else words[-1]
    roll = rng.random()
    if roll < 0.25:  # transliteration / spelling swap somewhere in the name
        options = [(a, b) for a, b in _SWAPS if a in text.lower()]
        if options:
            a, b = rng.choice(options)
            at = text.lower().index(a)
            replacement = b.capitalize() if text[at].isupper() else b
            text = text[:at] + replacement + text[at + len(a):]
    elif roll < 0.35 and full and len(words) == 3:
        text = f"{words[0]} {words[1]}-{words[2]}"
    elif roll < 0.40:
        text = text.upper()
    if rng.random() < 0.2 and not text.endswith(("s", "x", "z", "ß")):
        text += "s"  # genitive
    return text


def synthetic_articles(people: list[tuple[str, str, str]], count: int, rng: random.Random
                       ) -> tuple[list[Article], dict[tuple[str, int], str]]:
    by_country: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for person in people:
        by_country[person[2]].append(person)
    countries = sorted(by_country)
    gold: dict[tuple[str, int], str] = {}
    articles: list[Article] = []
    for n in range(count):
        pool = by_country[rng.choice(countries)]
        cast = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        if rng.random() < 0.3:
            cast.append(rng.choice(people))
        body, mentions = "", []
        article_id = f"syn-{n:05d}"
        for qid, name, _ in dict.fromkeys(cast):
            full_first = rng.random() < 0.75
            for k in range(rng.randint(1, 4)):
                surface = _variant(name, rng, full=(k == 0 and full_first) or rng.random() < 0.2)
                start = len(body)
                body += f"{surface} sagte etwas dazu. "
                mentions.append(Mention(start, start + len(surface), surface, "PER"))
                gold[(article_id, start)] = qid
        articles.append(Article(id=article_id, source=article_id, format="txt", body=body, mentions=mentions))
    return articles, gold


def _cluster_scores(predicted: dict[tuple[str, int], str], gold: dict[tuple[str, int], str]
                    ) -> tuple[float, float, float, float]:
    """B-cubed precision/recall and pairwise precision/recall of a clustering of mentions."""
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    both = Counter((predicted[m], gold[m]) for m in gold)
    b3_p = sum(both[(predicted[m], gold[m])] / pred_size[predicted[m]] for m in gold) / len(gold)
    b3_r = sum(both[(predicted[m], gold[m])] / gold_size[gold[m]] for m in gold) / len(gold)
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731 - a one-line helper reads best inline
    true_pairs = sum(pairs(n) for n in both.values())
    pred_pairs = sum(pairs(n) for n in pred_size.values())
    gold_pairs = sum(pairs(n) for n in gold_size.values())
    return b3_p, b3_r, true_pairs / max(pred_pairs, 1), true_pairs / max(gold_pairs, 1)


def _report(label: str, scores: tuple[float, float, float, float]) -> None:
    b3_p, b3_r, pw_p, pw_r = scores
    b3_f = 2 * b3_p * b3_r / (b3_p + b3_r) if b3_p + b3_r else 0.0
    print(f"  {label:28s} B3 P {b3_p:.3f} R {b3_r:.3f} F1 {b3_f:.3f} | pairwise P {pw_p:.3f} R {pw_r:.3f}")


def _link_all(articles: Iterable[Article], index: EntityIndex) -> dict[tuple[str, int], str]:
    predicted: dict[tuple[str, int], str] = {}
    for article in articles:
        for entity in link_entities(article, index):
            for mention in entity.mentions:
                predicted[(mention.article, mention.start)] = entity.id
    return predicted


def evaluate_entities(leaders_csv: Path, people_count: int, article_count: int) -> None:
    rng = random.Random(20240726)
    people = _people(leaders_csv, people_count, rng)
    articles, gold = synthetic_articles(people, article_count, rng)
    print(f"synthetic corpus: {len(people)} people, {len(articles)} articles, {len(gold)} mentions")
    exact = {(a.id, m.start): m.text for a in articles for m in a.mentions}
    _report("exact string (baseline)", _cluster_scores(exact, gold))
    for label, index in (("link_entities, memory", MemoryEntityIndex()),
                         ("link_entities, sqlite", SqliteEntityIndex(sqlite3.connect(":memory:", isolation_level=None)))):
        start = time.perf_counter()
        predicted = _link_all(articles, index)
        seconds = time.perf_counter() - start
        _report(label, _cluster_scores(predicted, gold))
        print(f"  {'':28s} {len(articles) / seconds:,.0f} articles/s, {len(set(predicted.values()))} entities "
              f"for {len(set(gold.values()))} people")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["sentences", "entities", "all"], default="all")
    parser.add_argument("--people", type=int, default=800)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    if args.part in ("sentences", "all"):
        evaluate_sentences(SHARED / "ud" / "ud_german_gsd")
    if args.part in ("entities", "all"):
        evaluate_entities(SHARED / "gazetteers" / "world_leaders_wikidata" / "leaders_history.csv",
                          args.people, args.articles)


if __name__ == "__main__":
    main()
