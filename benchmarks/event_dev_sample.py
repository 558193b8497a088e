"""A hand-annotated DEVELOPMENT sample of 150 German Wikinews sentences for event types.

For developing the event extractor only: never report figures measured on it (the evaluation
sample is events_sample_10kgnad.jsonl, see benchmarks/data/EVENTS_SAMPLE.md). Draws the
sentences (deterministically) and summarises the annotated file; it never annotates. The
annotation is done by hand under the guidelines of EVENTS_SAMPLE.md; see
benchmarks/data/EVENTS_DEV.md.

Source: ../shared/data/spkatt2023_news/train/task2/*.json, the SpkAtt-2023 shared-task copy of
700 German Wikinews articles (2005–2009). Only the article texts are used (CC BY 2.5, credit
"Wikinews"), never the NC-licensed speaker annotations. Wikinews text may be committed with
attribution, so the sample stores each sentence's text.

Procedure (`--draw`):
1. The JSON files are read in sorted file-name order. Each has "Sentences": [{"SentenceId",
   "Tokens"}]; a sentence's text is its tokens joined by `detokenise` (a space between tokens,
   none before closing punctuation or after opening brackets/quotes; straight quotes alternate
   opening/closing). Sentences are numbered by their SentenceId.
2. A sentence is a candidate when it has 8–60 words (`len(text.split())`).
3. A candidate is cue-bearing when one of its words (tokens made of letters and hyphens) is
   - capitalised and starts with one of CUE_STEMS (capitalised: "Treffen", "Wahlen", "Krieg"), or
   - lower-case and contains one of CUE_STEMS ("besuchte", "gewarnt", "beschlossen").
4. The candidates, in (file, sentence) order, are shuffled with random.Random(20261122).
   Stratum "uniform": taken in shuffled order, skipping a sentence whose article already gave
   2, until 75 are taken. Stratum "cue": then the cue-bearing candidates not yet taken, in the
   same shuffled order and with the same cap of 2 per article (counting both strata), until
   75 more are taken.
5. The 150 are written in (file, sentence) order as JSON lines {"id": "wn-<file stem>-<sent>",
   "source": <file name>, "stratum", "text"}; the hand annotation adds "events".
   <file stem> is the numeric Wikinews id at the start of the file name.

Run from the repo root:
    python benchmarks/event_dev_sample.py --draw     # write the unannotated sample (refuses to
                                                     # overwrite an existing file without --force)
    python benchmarks/event_dev_sample.py --check    # saved ids/texts == a fresh draw; schema
    python benchmarks/event_dev_sample.py            # counts per type / modality
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from event_sample import EVENT_TYPES, MODALITIES, draw_new_sample, sample_arguments
from event_sample import summary as totals

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "spkatt2023_news" / "train" / "task2"
OUT = REPO / "benchmarks" / "data" / "events_dev_wikinews.jsonl"
SEED = 20261122
MIN_WORDS, MAX_WORDS = 8, 60
SAMPLE_SIZE = 150
UNIFORM_SIZE = 75
PER_ARTICLE = 2
CUE_STEMS = ("treff", "besuch", "reis", "liefer", "sanktion", "angriff", "anschlag", "krieg", "kampf",
             "verhandl", "gespräch", "abkommen", "vertrag", "protest", "demonstr", "wahl", "abstimm",
             "beschl", "verurteil", "kritis", "droh", "warn", "dement", "bestreit", "unterstütz",
             "manöver", "stationier", "flieh", "flucht")  # fmt: skip
STORED_KEYS = frozenset({"id", "source", "stratum", "text", "events"})
ID_PATTERN = re.compile(r"wn-(\d+)-(\d+)")


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“”%…’])")
_NO_SPACE_AFTER = re.compile(r"([(\[„‚]) ")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class SourceDataMissing(FileNotFoundError):
    """../shared/data/spkatt2023_news/train/task2 is not there."""


def detokenise(tokens: list[str]) -> str:
    """Running text from tokens: no space before closing punctuation or after an opening
    bracket/quote; straight double quotes ('"', "''") alternate between opening and closing."""
    out: list[str] = []
    quote_open = False
    for tok in tokens:
        if tok in ('"', "''"):
            out.append("„" if not quote_open else "“")
            quote_open = not quote_open
        else:
            out.append(tok)
    text = _NO_SPACE_BEFORE.sub(r"\1", " ".join(out))
    return _NO_SPACE_AFTER.sub(r"\1", text)


def has_cue(text: str) -> bool:
    """A capitalised word starting with a cue stem, or a lower-case word containing one."""
    for word in _WORD.findall(text):
        low = word.lower()
        if word[0].isupper():
            if low.startswith(CUE_STEMS):
                return True
        elif any(stem in low for stem in CUE_STEMS):
            return True
    return False


def read_articles(data: Path = DATA) -> list[tuple[str, list[str]]]:
    """(file name, sentence texts by SentenceId) for every article, in sorted file-name order."""
    if not data.is_dir():
        raise SourceDataMissing(
            f"{data} not found: run from a checkout with ../shared/data/spkatt2023_news beside it, "
            "or pass --data PATH (the train/task2 folder)."
        )
    out: list[tuple[str, list[str]]] = []
    for path in sorted(data.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        sents = sorted(doc["Sentences"], key=lambda s: s["SentenceId"])
        out.append((path.name, [detokenise(s["Tokens"]) for s in sents]))
    return out


def candidates(articles: list[tuple[str, list[str]]]) -> list[dict[str, object]]:
    """Every 8–60-word sentence, in (file, sentence) order."""
    out: list[dict[str, object]] = []
    for name, sents in articles:
        stem = name.split(" ", 1)[0]
        for k, text in enumerate(sents):
            if MIN_WORDS <= len(text.split()) <= MAX_WORDS:
                out.append({"id": f"wn-{stem}-{k}", "source": name, "sent": k, "text": text})
    return out


def draw(articles: list[tuple[str, list[str]]], seed: int = SEED) -> list[dict[str, object]]:
    """The unannotated sample: UNIFORM_SIZE uniform candidates, then cue-bearing ones up to
    SAMPLE_SIZE, at most PER_ARTICLE per article overall, in (file, sentence) order."""
    pool = candidates(articles)
    random.Random(seed).shuffle(pool)
    taken: list[dict[str, object]] = []
    taken_ids: set[object] = set()
    per_article: Counter[object] = Counter()

    def take(stratum: str, wanted: int, accept) -> None:  # noqa: ANN001
        n = 0
        for cand in pool:
            if n == wanted:
                break
            if cand["id"] in taken_ids or per_article[cand["source"]] >= PER_ARTICLE or not accept(cand):
                continue
            per_article[cand["source"]] += 1
            taken_ids.add(cand["id"])
            taken.append({**cand, "stratum": stratum})
            n += 1

    take("uniform", UNIFORM_SIZE, lambda c: True)
    take("cue", SAMPLE_SIZE - UNIFORM_SIZE, lambda c: has_cue(str(c["text"])))
    taken.sort(key=lambda c: (c["source"], c["sent"]))
    return [{"id": c["id"], "source": c["source"], "stratum": c["stratum"], "text": c["text"]} for c in taken]


def load(path: Path = OUT) -> list[dict]:
    """The stored sample (text included), in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _parts(trigger: str) -> list[str]:
    return trigger.split(" ... ")


def problems(records: list[dict]) -> list[str]:
    """Schema problems: keys, types, modalities, and triggers/actors/targets not in the text."""
    out: list[str] = []
    seen: set[str] = set()
    for r in records:
        rid = r.get("id")
        if set(r) - STORED_KEYS:
            out.append(f"{rid}: unexpected keys {sorted(set(r) - STORED_KEYS)}")
        if rid in seen:
            out.append(f"{rid}: duplicate id")
        seen.add(rid)
        text = r.get("text", "")
        for ev in r.get("events", []):
            if ev.get("type") not in EVENT_TYPES:
                out.append(f"{rid}: unknown type {ev.get('type')!r}")
            if ev.get("modality") not in MODALITIES:
                out.append(f"{rid}: unknown modality {ev.get('modality')!r}")
            if set(ev) - {"type", "trigger", "modality", "actors", "targets"}:
                out.append(f"{rid}: unexpected event keys {sorted(set(ev))}")
            pos = 0
            for part in _parts(ev.get("trigger", "")):
                found = text.find(part, pos)
                if not part or found < 0:
                    out.append(f"{rid}: trigger part {part!r} not found (in order)")
                    break
                pos = found + len(part)
            for role in ("actors", "targets"):
                for span in ev.get(role, []):
                    if span not in text:
                        out.append(f"{rid}: {role[:-1]} {span!r} not in the text")
    return out


def summary(records: list[dict]) -> str:
    """Counts per type, per modality, per stratum and of sentences without events, as text."""
    annotated = [r for r in records if "events" in r]
    strata = []
    for stratum in ("uniform", "cue"):
        part = [r for r in annotated if r.get("stratum") == stratum]
        strata.append(
            f"  {stratum}: {len(part)} annotated, without event {sum(1 for r in part if not r['events'])}, "
            f"events {sum(len(r['events']) for r in part)}"
        )
    return totals(records, strata)


def main(argv: list[str] | None = None) -> int:
    args = sample_arguments(
        __doc__.splitlines()[0],
        draw_help="write the unannotated sample to --out",
        check_help="compare the saved ids/texts with a fresh draw; schema",
        data=DATA,
        out=OUT,
        data_help="the SpkAtt-2023 train/task2 folder",
    ).parse_args(argv)

    try:
        if args.draw:
            sample = draw(read_articles(args.data))
            return draw_new_sample(sample, args.out, args.force, "unannotated sentences", summary(sample))

        records = load(args.out)
        found = problems(records)
        for problem in found:
            print(problem, file=sys.stderr)
        if args.check:
            fresh = draw(read_articles(args.data))
            keys = ("id", "source", "stratum", "text")
            same = [tuple(r.get(k) for k in keys) for r in records] == [
                tuple(f[k] for k in keys) for f in fresh
            ]
            print("saved sample equals a fresh draw" if same else "saved sample DIFFERS from a fresh draw")
            if not same:
                return 1
        print(summary(records))
        return 1 if found else 0
    except (SourceDataMissing, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
