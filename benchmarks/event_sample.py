"""A hand-annotated evaluation sample of 100 German news sentences for event types.

Draws the sentences (deterministically), re-attaches their text at load time and summarises the
annotated file; it never annotates. Annotation is done by hand, see benchmarks/data/EVENTS_SAMPLE.md
for the type set and guidelines.

Source: ../shared/data/10kgnad/test.csv (1,028 DER STANDARD articles, CC BY-NC-SA 4.0), read
with csv.reader(delimiter=";", quotechar="'"), one article per row: `label;'text'`.
The sentence text is third-party news text: ../shared/data/README.md forbids committing it, so
the sample file stores only ids, labels and the annotation. `load()` rebuilds each sentence
from ../shared/data at run time (the id names its row and sentence) and fails with a clear
message when ../shared/data is not beside the checkout.

Procedure (`--draw`):
1. Rows are numbered from 0 in file order; only rows labelled International, Inland, Panorama
   or Wirtschaft are used (political and economic news, where the events live).
2. Each body is split with `lagebild.nlp.sentences.sentences` (SoMaJo); sentences are numbered
   from 0 within their article. A sentence is a candidate when it has 8–60 words
   (`len(sentence.split())`, whitespace-separated tokens).
3. The candidates, in (row, sentence) order, are shuffled with random.Random(20261121) and
   taken in that order, skipping a sentence when its article already gave 2, until 100 are
   taken (uniform over candidate sentences, at most 2 per article).
4. The sample is written in (row, sentence) order as JSON lines {"id": "gnad-test-<row>-<sent>",
   "label"} (never the text); the hand annotation adds "events" to each line.

Re-attaching (`load`): for each id, row <row> of test.csv is split exactly as in step 2 and
sentence <sent> is taken; its label and word count must still match, else the data changed.

Run from the repo root:
    python benchmarks/event_sample.py --draw          # write the unannotated sample (ids+labels;
                                                      # refuses to overwrite an existing file
                                                      # without --force)
    python benchmarks/event_sample.py                 # counts per type / modality of the sample
    python benchmarks/event_sample.py --check         # the saved ids/labels still equal a fresh
                                                      # draw, and every text can be rebuilt

Cost: --draw/--check: one SoMaJo pass over the ~560 articles of the four labels (some seconds);
load with text: a SoMaJo pass over the ~92 sampled articles only.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import get_args

from lagebild.events.types import EVENT_TYPES as LAGEBILD_EVENT_TYPES
from lagebild.model import Modality
from lagebild.nlp.sentences import sentences

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"
OUT = REPO / "benchmarks" / "data" / "events_sample_10kgnad.jsonl"
SEED = 20261121
LABELS = ("International", "Inland", "Panorama", "Wirtschaft")
MIN_WORDS, MAX_WORDS = 8, 60
SAMPLE_SIZE = 100
PER_ARTICLE = 2
#: The only keys a stored record may have: the text is never stored.
STORED_KEYS = frozenset({"id", "label", "events"})
ID_PATTERN = re.compile(r"gnad-test-(\d+)-(\d+)")

#: The annotation vocabulary is the extractor's own (lagebild.events.types, lagebild.model.Modality).
EVENT_TYPES = tuple(LAGEBILD_EVENT_TYPES)
MODALITIES: tuple[str, ...] = get_args(Modality)


class SourceDataMissing(FileNotFoundError):
    """../shared/data/10kgnad/test.csv is not there, so the sentence texts cannot be rebuilt."""


def _require(path: Path) -> None:
    if not path.is_file():
        raise SourceDataMissing(
            f"{path} not found. The event sample stores no sentence text (10kGNAD is third-party "
            "news text and must not be committed, see ../shared/data/README.md); the text is rebuilt "
            "at run time from ../shared/data/10kgnad/test.csv. Run from a checkout that has "
            "../shared/data beside it, or pass --data PATH."
        )


def read_articles(path: Path = DATA) -> list[tuple[int, str, str]]:
    """(row, label, text) for every row of the 10kGNAD csv, rows numbered from 0."""
    _require(path)
    with path.open(encoding="utf-8", newline="") as fh:
        return [(i, rec[0], rec[1]) for i, rec in enumerate(csv.reader(fh, delimiter=";", quotechar="'"))]


def _is_candidate(sentence: str) -> bool:
    return MIN_WORDS <= len(sentence.split()) <= MAX_WORDS


def candidates(articles: list[tuple[int, str, str]]) -> list[dict[str, object]]:
    """Every 8–60-word sentence of the articles with one of LABELS, in (row, sentence) order."""
    out: list[dict[str, object]] = []
    for row, label, text in articles:
        if label not in LABELS:
            continue
        for k, sent in enumerate(sentences(text)):
            if _is_candidate(sent):
                out.append(
                    {"id": f"gnad-test-{row}-{k}", "row": row, "sent": k, "label": label, "text": sent}
                )
    return out


def draw_with_text(
    articles: list[tuple[int, str, str]], seed: int = SEED, size: int = SAMPLE_SIZE
) -> list[dict[str, object]]:
    """The sample with its text (in memory only): `size` candidates, uniformly shuffled, at most
    PER_ARTICLE per article, in (row, sentence) order."""
    pool = candidates(articles)
    random.Random(seed).shuffle(pool)
    taken: list[dict[str, object]] = []
    per_article: Counter[object] = Counter()
    for cand in pool:
        if per_article[cand["row"]] >= PER_ARTICLE:
            continue
        per_article[cand["row"]] += 1
        taken.append(cand)
        if len(taken) == size:
            break
    taken.sort(key=lambda c: (c["row"], c["sent"]))
    return [{"id": c["id"], "label": c["label"], "text": c["text"]} for c in taken]


def draw(
    articles: list[tuple[int, str, str]], seed: int = SEED, size: int = SAMPLE_SIZE
) -> list[dict[str, object]]:
    """The sample as it is stored: ids and labels only, never the text."""
    return [{"id": c["id"], "label": c["label"]} for c in draw_with_text(articles, seed, size)]


def parse_id(sample_id: str) -> tuple[int, int]:
    """(row, sentence) of an id "gnad-test-<row>-<sent>"."""
    match = ID_PATTERN.fullmatch(sample_id)
    if not match:
        raise ValueError(f"bad sample id {sample_id!r}, expected 'gnad-test-<row>-<sent>'")
    return int(match[1]), int(match[2])


def attach_texts(records: list[dict], data: Path = DATA) -> list[dict]:
    """Copies of `records` with "text" rebuilt from the 10kGNAD csv: row <row>, split as in the
    draw, sentence <sent>. Raises SourceDataMissing without the csv, ValueError when an id no
    longer matches (row/sentence out of range, other label, not a candidate sentence)."""
    articles = read_articles(data)
    split: dict[int, list[str]] = {}
    out: list[dict] = []
    for rec in records:
        row, k = parse_id(rec["id"])
        if row >= len(articles):
            raise ValueError(f"{rec['id']}: {data} has only {len(articles)} rows")
        _, label, text = articles[row]
        if label != rec.get("label"):
            raise ValueError(
                f"{rec['id']}: row {row} is labelled {label!r}, the sample says {rec.get('label')!r}"
            )
        if row not in split:
            split[row] = sentences(text)
        if k >= len(split[row]) or not _is_candidate(split[row][k]):
            raise ValueError(f"{rec['id']}: sentence {k} of row {row} is missing or not a candidate")
        out.append({**rec, "text": split[row][k]})
    return out


def load(path: Path = OUT, data: Path = DATA, with_text: bool = True) -> list[dict]:
    """The stored sample, in file order; with its sentence texts rebuilt from `data` unless
    `with_text` is False (then ../shared/data is not needed)."""
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return attach_texts(records, data) if with_text else records


def stored_problems(records: list[dict]) -> list[str]:
    """Records as read from the file that carry keys other than id/label/events (e.g. "text")."""
    return [
        f"{r.get('id')}: stored keys {sorted(set(r) - STORED_KEYS)} (only id, label, events may be stored)"
        for r in records
        if set(r) - STORED_KEYS
    ]


def summary(records: list[dict], sections: list[str] | None = None) -> str:
    """Counts per type, per modality and of sentences without events, as text; `sections` are
    extra lines printed after the totals (the dev sample's strata)."""
    annotated = [r for r in records if "events" in r]
    types: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    for r in annotated:
        for ev in r["events"]:
            types[ev["type"]] += 1
            modalities[ev["modality"]] += 1
    lines = [
        f"sentences: {len(records)}, annotated: {len(annotated)}, "
        f"without event: {sum(1 for r in annotated if not r['events'])}, events: {sum(types.values())}"
    ]
    lines += sections or []
    lines.append("types: " + ", ".join(f"{t} {types[t]}" for t in EVENT_TYPES))
    lines.append("modalities: " + ", ".join(f"{m} {modalities[m]}" for m in MODALITIES))
    labels = Counter(r["label"] for r in records if "label" in r)  # the dev sample has none
    if labels:
        lines.append("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    return "\n".join(lines)


def write_new_sample(out: Path, sample: list[dict], force: bool) -> bool:
    """Write an unannotated draw as JSON Lines; never over an existing (maybe annotated) file
    unless `force`. Returns whether it wrote."""
    if out.exists() and not force:
        print(f"{out} exists (maybe annotated); not overwritten without --force", file=sys.stderr)
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for rec in sample:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return True


def sample_arguments(
    description: str, draw_help: str, check_help: str, data: Path, out: Path, data_help: str | None = None
) -> argparse.ArgumentParser:
    """The options of both event-sample scripts: --draw, --force, --check, --data, --out."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--draw", action="store_true", help=draw_help)
    parser.add_argument("--force", action="store_true", help="with --draw: overwrite an existing file")
    parser.add_argument("--check", action="store_true", help=check_help)
    parser.add_argument("--data", type=Path, default=data, help=data_help)
    parser.add_argument("--out", type=Path, default=out)
    return parser


def draw_new_sample(sample: list[dict], out: Path, force: bool, what: str, described: str) -> int:
    """--draw of both scripts: write the sample (`write_new_sample`), say what was written;
    the exit code (1 when an existing file was left alone)."""
    if not write_new_sample(out, sample, force):
        return 1
    print(f"wrote {len(sample)} {what} to {out}")
    print(described)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sample_arguments(
        __doc__.splitlines()[0],
        draw_help="write the unannotated sample (ids+labels) to --out",
        check_help="compare the saved ids/labels with a fresh draw and rebuild the texts",
        data=DATA,
        out=OUT,
    ).parse_args(argv)

    try:
        if args.draw:
            sample = draw(read_articles(args.data))
            return draw_new_sample(sample, args.out, args.force, "ids (no text)", summary(sample))

        records = load(args.out, with_text=False)
        stored = stored_problems(records)
        for problem in stored:
            print(problem, file=sys.stderr)
        if args.check:
            fresh = draw(read_articles(args.data))
            same = [(r["id"], r["label"]) for r in records] == [(f["id"], f["label"]) for f in fresh]
            print("saved sample equals a fresh draw" if same else "saved sample DIFFERS from a fresh draw")
            attach_texts(records, args.data)  # raises if a text cannot be rebuilt
            print(f"all {len(records)} sentence texts rebuilt from {args.data}")
            if not same or stored:
                return 1
        print(summary(records))
        return 1 if stored else 0
    except (SourceDataMissing, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
