"""Quality and speed of `lagebild.events.claims` (quotes, indirect speech, attributed claims).

Run from the repo root: `python benchmarks/quote_eval.py [--only news-dev|news-heldout|debates|rwk|speed]`
(reads ../shared/data and ../shared/seeds).

Metric: proportional token-overlap P/R/F1 per role, re-implemented after the SpkAtt-2023
(GermEval/KONVENS 2023) description ("proportional F1" in the sense of Johansson & Moschitti
2010); the official scorer is not public, so this is our reading of it:
- Per document, gold and predicted annotations are paired one-to-one, greedily by the Jaccard
  overlap of their cue tokens (highest first); the annotations left over (cue-less ones, or
  whose cue was missed) are then paired by message overlap. Unpaired annotations score 0.
- For a role r (Cue, Source, Message, Addr): precision = mean over predicted annotations with a
  non-empty r of |pred_r ∩ gold_r| / |pred_r| (gold_r of its partner, empty if none); recall =
  mean over gold annotations with a non-empty r of |pred_r ∩ gold_r| / |gold_r|; F1 their
  harmonic mean. So each span counts once, with partial credit for partial overlap.
All gold annotations are scored (nested ones too); we predict only top-level ones.

Corpora:
1. SpkAtt-2023 news (../shared/data/spkatt2023_news/train/task2, 700 Wikinews articles), files in
   sorted order: even positions = DEV (rules and word lists were developed on it), odd =
   HELD-OUT (never looked at while developing).
2. SpkAtt-2023 debates (../shared/data/spkatt2023/train/task1, 177 Bundestag speeches): held
   out, other domain; the same roles (Topic, Medium, Evidence, PTC are not scored).
3. REDEWIEDERGABE (../shared/data/redewiedergabe/tsv, 495 historical newspaper/magazine samples,
   1840-1919): each STWR id becomes one gold annotation with Message = the tokens of that STWR
   span, Cue = its "intexpr" tokens, Source = its "speaker" tokens (no addressee). Tokens are
   CAB's normalised forms (normtok), sentences from `sentstart`. Two gold sets are scored: all
   STWR (incl. reported and thought, which we do not aim at) and only direct/indirect
   speech/writing (precision is then understated: our other finds count as false).
Speed: `find_claims` on the seed articles (../shared/seeds/*.txt), per 3,000 characters, with
sentence splitting (SoMaJo) and without (sentence spans given).
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.events.claims import find_claims
from lagebild.events.claims.spkatt import predict_document, sentence_tokens
from lagebild.model import Article
from lagebild.nlp.sentences import split_sentences

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DATA = SHARED / "data"
ROLES = ("Cue", "Source", "Message", "Addr")


@dataclass(slots=True)
class Annotation:
    """One speech event as sets of (sentence, token) ids per role."""

    roles: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)

    def get(self, role: str) -> frozenset[tuple[int, int]]:
        return self.roles.get(role, frozenset())


def _parse_ids(ids: Iterable[str]) -> frozenset[tuple[int, int]]:
    out = set()
    for item in ids:
        s, t = str(item).split(":")
        out.add((int(s), int(t)))
    return frozenset(out)


def spkatt_gold(document: dict) -> list[Annotation]:
    return [Annotation({r: _parse_ids(a.get(r, [])) for r in ROLES}) for a in document.get("Annotations", [])]


def predict(sentences: list[list[str]]) -> list[Annotation]:
    """Our annotations, through the SpkAtt adapter (the same code `lagebild quotes` runs)."""
    document = {"Sentences": [{"SentenceId": n, "Tokens": tokens} for n, tokens in enumerate(sentences)]}
    return spkatt_gold(predict_document(document))


# --- scoring ----------------------------------------------------------------------------------


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pair_annotations(gold: list[Annotation], pred: list[Annotation]) -> dict[int, int]:
    """One-to-one pairing (pred index -> gold index): first greedily by cue overlap, then the
    annotations left over by message overlap (so a message found without its cue still counts)."""
    pairs: dict[int, int] = {}
    for role in ("Cue", "Message"):
        candidates = []
        for p, pa in enumerate(pred):
            if p in pairs:
                continue
            for g, ga in enumerate(gold):
                score = _jaccard(pa.get(role), ga.get(role))
                if score > 0 and g not in pairs.values():
                    candidates.append((score, p, g))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        used_gold = set(pairs.values())
        for _, p, g in candidates:
            if p not in pairs and g not in used_gold:
                pairs[p] = g
                used_gold.add(g)
    return pairs


@dataclass(slots=True)
class RoleCounts:
    """Sums of proportional overlaps and span counts for one role."""

    precision_sum: float = 0.0
    predicted: int = 0
    recall_sum: float = 0.0
    gold: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.precision_sum / self.predicted if self.predicted else 0.0
        r = self.recall_sum / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(gold: list[Annotation], pred: list[Annotation], counts: dict[str, RoleCounts]) -> None:
    """Add one document's proportional overlaps to `counts` (see the module docstring)."""
    pairs = pair_annotations(gold, pred)
    partner_of_gold = {g: p for p, g in pairs.items()}
    for role in ROLES:
        c = counts[role]
        for p, pa in enumerate(pred):
            span = pa.get(role)
            if span:
                c.predicted += 1
                if p in pairs:
                    c.precision_sum += len(span & gold[pairs[p]].get(role)) / len(span)
        for g, ga in enumerate(gold):
            span = ga.get(role)
            if span:
                c.gold += 1
                if g in partner_of_gold:
                    c.recall_sum += len(span & pred[partner_of_gold[g]].get(role)) / len(span)


def score(pairs: Iterable[tuple[list[Annotation], list[Annotation]]]) -> dict[str, RoleCounts]:
    counts = {r: RoleCounts() for r in ROLES}
    for gold, pred in pairs:
        score_document(gold, pred, counts)
    return counts


# --- corpora ----------------------------------------------------------------------------------


def spkatt_files(folder: Path, part: str) -> list[Path]:
    files = sorted(folder.glob("*.json"))
    if part == "dev":
        return files[0::2]
    if part == "heldout":
        return files[1::2]
    return files


def evaluate_spkatt(files: list[Path]) -> tuple[dict[str, RoleCounts], int]:
    def docs() -> Iterable[tuple[list[Annotation], list[Annotation]]]:
        for path in files:
            document = json.loads(path.read_text(encoding="utf-8"))
            yield spkatt_gold(document), predict(sentence_tokens(document))

    return score(docs()), len(files)


def read_redewiedergabe(path: Path) -> tuple[list[list[str]], dict[str, dict[str, set[tuple[int, int]]]], dict[str, str]]:
    """Sentences (normalised tokens) and, per STWR id, its Message/Cue/Source token ids and type."""
    sentences: list[list[str]] = []
    roles: dict[str, dict[str, set[tuple[int, int]]]] = {}
    kinds: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            if row.get("sentstart") == "yes" or not sentences:
                sentences.append([])
            tid = (len(sentences) - 1, len(sentences[-1]))
            sentences[-1].append(row.get("normtok") or row["tok"])
            for level in (row.get("stwr") or "-").split("|"):
                parts = level.split(".")
                if len(parts) >= 3:
                    roles.setdefault(parts[2], {}).setdefault("Message", set()).add(tid)
                    kinds[parts[2]] = f"{parts[0]}.{parts[1]}"
            for column, role in (("intexpr", "Cue"), ("speaker", "Source")):
                for level in (row.get(column) or "-").split("|"):
                    if "." in level:
                        for stwr_id in level.split(".", 1)[1].split("_"):
                            roles.setdefault(stwr_id, {}).setdefault(role, set()).add(tid)
    return sentences, roles, kinds


def evaluate_redewiedergabe(folder: Path) -> tuple[dict[str, RoleCounts], dict[str, RoleCounts], int]:
    all_pairs, speech_pairs = [], []
    files = sorted(p for p in folder.glob("rwk_*.tsv"))
    for path in files:
        sentences, roles, kinds = read_redewiedergabe(path)
        pred = predict(sentences)
        gold_all, gold_speech = [], []
        for stwr_id, by_role in roles.items():
            if "Message" not in by_role:
                continue
            ann = Annotation({r: frozenset(v) for r, v in by_role.items()})
            gold_all.append(ann)
            kind, _, medium = kinds.get(stwr_id, "").partition(".")
            if kind.split("_")[0] in ("direct", "indirect") and "thought" not in medium:
                gold_speech.append(ann)
        all_pairs.append((gold_all, pred))
        speech_pairs.append((gold_speech, pred))
    return score(all_pairs), score(speech_pairs), len(files)


# --- speed ------------------------------------------------------------------------------------


def speed(seeds: Path, rounds: int = 5) -> tuple[float, float, int, int]:
    """ms per 3,000 characters for find_claims with and without sentence splitting."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    articles = [Article(id=f"a{n}", source="", format="txt", body=b) for n, b in enumerate(bodies)]
    spans = [split_sentences(a.body) for a in articles]
    chars = sum(len(b) for b in bodies)
    found = sum(len(find_claims(a, sentence_spans=s)) for a, s in zip(articles, spans, strict=True))  # warm caches
    t0 = time.perf_counter()
    for _ in range(rounds):
        for a, s in zip(articles, spans, strict=True):
            find_claims(a, sentence_spans=s)
    core = (time.perf_counter() - t0) / rounds
    t0 = time.perf_counter()
    for a in articles:
        find_claims(a)
    full = time.perf_counter() - t0
    per = 3000 / chars * 1000
    return core * per, full * per, len(articles), found


def _row(name: str, counts: dict[str, RoleCounts], n: int) -> str:
    cells = []
    for role in ROLES:
        p, r, f = counts[role].f1()
        cells.append(f"{p:5.3f} {r:5.3f} {f:5.3f}")
    return f"| {name:<30} | {n:>5} | " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["news-dev", "news-heldout", "debates", "rwk", "speed"])
    args = parser.parse_args()
    header = "| corpus                         | docs  | " + " | ".join(f"{r:^17}" for r in ROLES) + " |"
    print(header.replace("docs ", "docs "))
    print("| " + " " * 30 + " |       | " + " | ".join(f"{'P     R     F1':^17}" for _ in ROLES) + " |")
    news = DATA / "spkatt2023_news" / "train" / "task2"
    if args.only in (None, "news-dev"):
        counts, n = evaluate_spkatt(spkatt_files(news, "dev"))
        print(_row("SpkAtt news train, DEV (even)", counts, n))
    if args.only in (None, "news-heldout"):
        counts, n = evaluate_spkatt(spkatt_files(news, "heldout"))
        print(_row("SpkAtt news train, HELD-OUT", counts, n))
    if args.only in (None, "debates"):
        counts, n = evaluate_spkatt(spkatt_files(DATA / "spkatt2023" / "train" / "task1", "all"))
        print(_row("SpkAtt debates (held-out)", counts, n))
    if args.only in (None, "rwk"):
        all_counts, speech_counts, n = evaluate_redewiedergabe(DATA / "redewiedergabe" / "tsv")
        print(_row("REDEWIEDERGABE, all STWR", all_counts, n))
        print(_row("REDEWIEDERGABE, dir/ind speech", speech_counts, n))
    if args.only in (None, "speed"):
        core, full, n, found = speed(SHARED / "seeds")
        print(f"\nspeed on {n} seed articles ({found} claims): {core:.2f} ms per 3,000 characters with sentence "
              f"spans given, {full:.2f} ms including SoMaJo sentence splitting")


if __name__ == "__main__":
    main()
