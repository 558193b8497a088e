"""Build `data/background_df.json.gz`: lemma document frequencies over German Wikinews.

Run from the repository root: `python -m lagebild.stories.build_background [--source DIR]`.
Input: the SpkAtt-2023 news folder (`../shared/data/spkatt2023_news`), whose article texts are
German Wikinews (CC BY 2.5; only the texts are used, not the NC annotations). Output: JSON
{"documents": N, "source": ..., "df": {lemma: df}} keeping lemmas seen in >= 2 documents
(a word seen once is as rare as an unseen one for IDF). Deterministic: files are read in sorted
order and keys are written sorted. Cost: one pass over ~850 articles, a few seconds.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lagebild.nlp.tokens import lemma, words
from lagebild.stories.background import BACKGROUND_PATH

DEFAULT_SOURCE = Path("../shared/data/spkatt2023_news")
MIN_DF = 2


def wikinews_texts(source: Path) -> Iterator[str]:
    """Running text of each Wikinews article (tokens joined by spaces), one per unique article id."""
    seen: set[str] = set()
    for path in sorted(source.rglob("*.json")):
        if "pretty" in path.parts[-2] or not path.name[0].isdigit():
            continue
        article = path.name.split(" - ", 1)[0]
        if article in seen:
            continue
        seen.add(article)
        doc = json.loads(path.read_text(encoding="utf-8"))
        yield " ".join(tok for sent in doc["Sentences"] for tok in sent["Tokens"])


def document_frequencies(texts: Iterator[str]) -> tuple[int, Counter[str]]:
    """(number of documents, lemma -> number of documents containing it)."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update({lemma(w) for w in words(text)})
    return n, df


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=BACKGROUND_PATH)
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        raise SystemExit(f"{args.source} not found: run from the repo root, or pass --source DIR")
    n, df = document_frequencies(wikinews_texts(args.source))
    kept = {k: v for k, v in sorted(df.items()) if v >= MIN_DF}
    payload = {"documents": n, "source": "German Wikinews via SpkAtt-2023 (CC BY 2.5)", "df": kept}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"{args.out}: {n} documents, {len(kept)} lemmas, {args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
