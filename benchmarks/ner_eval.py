"""German NER: strict span P/R/F1 on the held-back GermEval 2014 dev half, and tokens/s on one core.

Run from the repo root:  python benchmarks/ner_eval.py [--model NAME_OR_PATH] [--articles 300]
Reads ../shared/data/germeval2014/NER-de-dev.tsv and scores only the held-back half (odd
0-based sentence index; the even half is training data of the shipped model). Gold outer tags
are mapped like training (OTH -> MISC, *deriv/*part dropped); "overall" is over PER/LOC/ORG.
Speed: raw-text `find_mentions_batch` (tokenizer + NER) over 10kGNAD articles
(../shared/data/10kgnad/test.csv, read only, evaluation use) with one thread.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: set before numpy loads
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from lagebild.nlp.ner import evaluate_tsv, load_ner  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
GERMEVAL_DEV = DATA / "germeval2014" / "NER-de-dev.tsv"
GNAD = DATA / "10kgnad" / "test.csv"


def tokens_per_second(model: str | None, articles: int, skip: int = 0) -> tuple[int, float, float]:
    """(tokens, tokens per wall second, tokens per CPU second) over `articles` texts after the
    first `skip` ones, in a process that has tagged those `skip` texts first.

    CPU seconds (process time, one thread) are the one-core figure even on a busy machine;
    wall-clock seconds also count time the process waited for a core. `skip` > 0 measures a
    warm process: the word-class tagger memoises each word form it has analysed, so a long run
    pays that analysis once per form, not per article.
    """
    with GNAD.open(encoding="utf-8") as f:
        rows = zip(csv.reader(f, delimiter=";", quotechar="'"), range(skip + articles), strict=False)
        texts = [row[1] for row, _ in rows]
    nlp = load_ner(model)
    list(nlp.pipe(texts[:10] if not skip else texts[:skip], batch_size=64))  # warm-up
    texts = texts[skip:]
    wall, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return tokens, tokens / (time.perf_counter() - wall), tokens / (time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy model name or path (default: shipped)")
    parser.add_argument("--articles", type=int, default=300, help="10kGNAD articles for the speed run")
    args = parser.parse_args()
    print("== strict span P/R/F1, GermEval 2014 dev, held-back half")
    evaluate_tsv(GERMEVAL_DEV, model=args.model, held_back_only=True)
    tokens, per_wall_s, per_cpu_s = tokens_per_second(args.model, args.articles)
    print(
        f"== speed (one thread): {tokens} tokens in {args.articles} 10kGNAD articles: "
        f"{per_cpu_s:,.0f} tokens per CPU second, {per_wall_s:,.0f} tokens per wall second"
    )
    tokens, per_wall_s, per_cpu_s = tokens_per_second(args.model, args.articles, skip=args.articles)
    print(
        f"   warm (the next {args.articles} articles, after tagging the first): "
        f"{per_cpu_s:,.0f} tokens per CPU second, {per_wall_s:,.0f} tokens per wall second"
    )


if __name__ == "__main__":
    main()
