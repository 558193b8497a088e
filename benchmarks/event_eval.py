"""Event types found by `lagebild.events.find_events` against the hand-annotated 10kGNAD sample.

Run from the repo root:
    python benchmarks/event_eval.py [--min-confidence 0.0]
    python benchmarks/event_eval.py --sample dev [--min-confidence 0.0]   # development sample

Reads benchmarks/data/events_sample_10kgnad.jsonl (ids, labels, gold events; see
benchmarks/data/EVENTS_SAMPLE.md) and rebuilds each sentence's text from
../shared/data/10kgnad/test.csv through `event_sample.load()` (the text is never stored).

Per sampled sentence: an `Article` (id = sample id, source "sample", format "txt", body = the
sentence, language "de", published None) goes through `lagebild.pipeline.annotate` (NER mentions,
time expressions); then, when `lagebild.events.claims.find_claims` is importable, its claims are
found first and passed on: `find_events(article, claims)`, else `find_events(article)`.
Predicted events with confidence < --min-confidence are dropped.

Scoring is on (sentence, type) pairs, each counted once however often the type occurs in the
sentence (gold or predicted):
- precision = predicted pairs that are gold / predicted pairs; recall = gold pairs predicted /
  gold pairs; F1 their harmonic mean; the same per type (pred, gold, correct, P, R, F1).
- modality accuracy over the matched pairs: a pair counts as right when the modality of its
  highest-confidence predicted event is one of the gold modalities of that type in that sentence.
- a sweep of overall P/R/F1 over a few confidence cut-offs, for reading only.
Diagnostics for the extractor's author: the 15 most frequent false-positive triggers (events
whose (sentence, type) is not gold) and every missed gold trigger (gold pairs not predicted).

The sample was drawn and annotated before the extractor existed; it is for measuring only — do
not tune on it (EVENTS_SAMPLE.md: 65 of 100 sentences have no event, so it measures false
positives well; only attack and decide have enough events for a rough recall).

`--sample dev` scores the development sample instead: benchmarks/data/events_dev_wikinews.jsonl
(150 German Wikinews sentences, text stored, CC BY 2.5; see benchmarks/data/EVENTS_DEV.md),
loaded through `event_dev_sample.load()`, no ../shared/data needed. The same report, plus the
scores per stratum (uniform / cue-stratified), and the diagnostics list every false-positive
event and every missed gold event WITH its sentence text. It is for developing the extractor;
figures measured on it are never reported. `--sample PATH` still reads another 10kGNAD-format
file; the default stays the evaluation sample.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling event_sample.py

import event_dev_sample  # noqa: E402
import event_sample  # noqa: E402
from lagebild.model import Article, Event  # noqa: E402

SWEEP = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(slots=True)
class Prediction:
    sample: str
    event_type: str
    trigger: str
    modality: str
    confidence: float
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


def _extractor() -> tuple[
    Callable[[Article], Article], Callable[..., list[Event]], Callable[[Article], list] | None
]:
    """annotate, find_events and (when importable) find_claims; SystemExit with a clear message
    when the extractor (or the pipeline, which imports it) cannot be imported."""
    try:
        from lagebild.events import find_events
        from lagebild.pipeline import annotate
    except Exception as exc:  # noqa: BLE001 - any import failure of a module under construction
        raise SystemExit(
            "error: cannot import lagebild.events.find_events / lagebild.pipeline.annotate (the event "
            f"extractor in src/lagebild/events/ is missing or broken): {type(exc).__name__}: {exc}"
        ) from None
    try:
        from lagebild.events.claims import find_claims
    except Exception as exc:  # noqa: BLE001
        print(f"note: lagebild.events.claims.find_claims not importable ({exc}); find_events without claims")
        return annotate, find_events, None
    return annotate, find_events, find_claims


def predict(records: list[dict]) -> tuple[list[Prediction], float, bool]:
    """Every event the extractor finds in the sampled sentences, the seconds it took, and whether
    claims were passed."""
    annotate, find_events, find_claims = _extractor()
    out: list[Prediction] = []
    started = time.perf_counter()
    for rec in records:
        article = Article(
            id=rec["id"], source="sample", format="txt", body=rec["text"], language="de", published=None
        )
        try:
            annotate(article)
            if find_claims is not None:
                events = find_events(article, find_claims(article))
            else:
                events = find_events(article)
        except Exception as exc:  # noqa: BLE001 - report which sentence broke the extractor, then stop
            traceback.print_exc()
            raise SystemExit(
                f"error: the extractor failed on {rec['id']}: {type(exc).__name__}: {exc}"
            ) from exc
        if not isinstance(events, list):
            raise SystemExit(
                f"error: find_events returned {type(events).__name__} for {rec['id']}, not a list"
            )
        for ev in events:
            out.append(Prediction(rec["id"], ev.event_type, ev.trigger, ev.modality, float(ev.confidence),
                                  tuple(a.text for a in ev.actors), tuple(t.text for t in ev.targets)))
    return out, time.perf_counter() - started, find_claims is not None


def _gold_pairs(records: list[dict]) -> dict[tuple[str, str], set[str]]:
    """(sentence, type) -> the gold modalities of that type in that sentence."""
    gold: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in records:
        for ev in rec["events"]:
            gold[(rec["id"], ev["type"])].add(ev["modality"])
    return gold


def _pred_pairs(predictions: list[Prediction], min_confidence: float) -> dict[tuple[str, str], Prediction]:
    """(sentence, type) -> its highest-confidence predicted event at or above the cut-off."""
    best: dict[tuple[str, str], Prediction] = {}
    for p in predictions:
        if p.confidence < min_confidence:
            continue
        key = (p.sample, p.event_type)
        if key not in best or p.confidence > best[key].confidence:
            best[key] = p
    return best


def _overlaps(predicted: tuple[str, ...], gold: list[str]) -> bool:
    """Some predicted name lies inside some gold role phrase or the other way round (case-blind):
    lagebild names only named entities ("Kim"), annotators write phrases ("Machthaber Kim")."""
    return any(p.lower() in g.lower() or g.lower() in p.lower() for p in predicted for g in gold)


def roles(records: list[dict], predictions: list[Prediction], min_confidence: float) -> str:
    """Actor/target agreement on matched (sentence, type) pairs whose gold event names them."""
    best = _pred_pairs(predictions, min_confidence)
    lines = []
    for role in ("actors", "targets"):
        n = hit = 0
        for rec in records:
            for ev in rec["events"]:
                gold = [g for g in ev.get(role) or [] if isinstance(g, str)]
                pred = best.get((rec["id"], ev["type"]))
                if gold and pred is not None:
                    n += 1
                    hit += _overlaps(getattr(pred, role), gold)
        share = f"{hit / n:.2f}" if n else "-"
        lines.append(f"{role[:-1]} agreement on matched pairs with a gold {role[:-1]}: {hit}/{n} = {share}")
    return "\n".join(lines)


def _prf(pred: int, gold: int, correct: int) -> tuple[float, float, float]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fmt(x: float, defined: bool = True) -> str:
    return f"{x:5.2f}" if defined else "    -"


def report(records: list[dict], predictions: list[Prediction], min_confidence: float) -> str:
    gold = _gold_pairs(records)
    pred = _pred_pairs(predictions, min_confidence)
    correct = set(gold) & set(pred)
    lines: list[str] = []

    types = list(event_sample.EVENT_TYPES) + sorted(
        {t for _, t in pred} - set(event_sample.EVENT_TYPES)
    )  # an unknown predicted type is shown, never hidden
    lines.append(f"(sentence, type) pairs, min confidence {min_confidence}")
    lines.append(f"{'type':<10} {'pred':>5} {'gold':>5} {'corr':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for t in types:
        n_pred = sum(1 for _, pt in pred if pt == t)
        n_gold = sum(1 for _, gt in gold if gt == t)
        n_corr = sum(1 for _, ct in correct if ct == t)
        if not (n_pred or n_gold):
            lines.append(f"{t:<10} {0:>5} {0:>5} {0:>5}     -     -     -")
            continue
        p, r, f = _prf(n_pred, n_gold, n_corr)
        lines.append(
            f"{t:<10} {n_pred:>5} {n_gold:>5} {n_corr:>5} {_fmt(p, n_pred > 0)} {_fmt(r, n_gold > 0)} "
            f"{_fmt(f, n_pred > 0 and n_gold > 0)}"
        )
    p, r, f = _prf(len(pred), len(gold), len(correct))
    lines.append(f"{'ALL':<10} {len(pred):>5} {len(gold):>5} {len(correct):>5} {_fmt(p)} {_fmt(r)} {_fmt(f)}")

    right = sum(1 for key in correct if pred[key].modality in gold[key])
    lines.append(
        f"modality accuracy on matched pairs: {right}/{len(correct)}"
        + (f" = {right / len(correct):.2f}" if correct else "")
    )
    confusion = Counter(
        (sorted(gold[key])[0] if len(gold[key]) == 1 else "/".join(sorted(gold[key])), pred[key].modality)
        for key in correct
        if pred[key].modality not in gold[key]
    )
    if confusion:
        lines.append(
            "  modality errors (gold -> predicted): "
            + ", ".join(f"{g} -> {m} x{n}" for (g, m), n in confusion.most_common())
        )
    silent = {r["id"] for r in records if not r["events"]}
    fp_silent = {s for s, _ in pred if s in silent}
    lines.append(
        f"sentences without a gold event: {len(silent)}, of which with a prediction: {len(fp_silent)}"
    )
    return "\n".join(lines)


def sweep(records: list[dict], predictions: list[Prediction], dev: bool = False) -> str:
    gold = _gold_pairs(records)
    note = "development sample, never report these figures" if dev else "do not tune on this sample"
    lines = [f"confidence sweep (overall, for reading only; {note}):"]
    lines.append(f"  {'min conf':>8} {'pred':>5} {'corr':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for cut in SWEEP:
        pred = _pred_pairs(predictions, cut)
        n_corr = len(set(gold) & set(pred))
        p, r, f = _prf(len(pred), len(gold), n_corr)
        lines.append(
            f"  {cut:>8.2f} {len(pred):>5} {n_corr:>5} {_fmt(p, bool(pred))} {_fmt(r)} {_fmt(f, bool(pred))}"
        )
    return "\n".join(lines)


def diagnostics(records: list[dict], predictions: list[Prediction], min_confidence: float) -> str:
    gold = _gold_pairs(records)
    kept = [p for p in predictions if p.confidence >= min_confidence]
    false_pos = Counter((p.trigger, p.event_type) for p in kept if (p.sample, p.event_type) not in gold)
    lines = [
        f"15 most frequent false-positive triggers (of {sum(false_pos.values())} false-positive events):"
    ]
    for (trigger, event_type), n in false_pos.most_common(15):
        lines.append(f"  {n:>3}  {trigger!r} ({event_type})")
    pred_pairs = {(p.sample, p.event_type) for p in kept}
    missed = [
        (rec["id"], ev)
        for rec in records
        for ev in rec["events"]
        if (rec["id"], ev["type"]) not in pred_pairs
    ]
    lines.append(
        f"missed gold triggers ({len(missed)} gold events whose (sentence, type) was not predicted):"
    )
    for sample_id, ev in missed:
        lines.append(f"  {sample_id:<18} {ev['type']:<9} {ev['modality']:<9} {ev['trigger']!r}")
    return "\n".join(lines)


def strata(records: list[dict], predictions: list[Prediction], min_confidence: float) -> str:
    """Overall P/R/F1 per stratum of the development sample (uniform: false positives on
    ordinary text; cue: recall on event-rich sentences)."""
    gold = _gold_pairs(records)
    pred = _pred_pairs(predictions, min_confidence)
    lines = ["per stratum (dev sample):"]
    lines.append(
        f"  {'stratum':<8} {'sents':>5} {'pred':>5} {'gold':>5} {'corr':>5} {'P':>5} {'R':>5} {'F1':>5}"
    )
    for stratum in ("uniform", "cue"):
        ids = {r["id"] for r in records if r.get("stratum") == stratum}
        g = {k for k in gold if k[0] in ids}
        p_ = {k for k in pred if k[0] in ids}
        n_corr = len(g & p_)
        p, r, f = _prf(len(p_), len(g), n_corr)
        lines.append(
            f"  {stratum:<8} {len(ids):>5} {len(p_):>5} {len(g):>5} {n_corr:>5} {_fmt(p, bool(p_))} "
            f"{_fmt(r, bool(g))} {_fmt(f, bool(p_) and bool(g))}"
        )
    return "\n".join(lines)


def dev_diagnostics(records: list[dict], predictions: list[Prediction], min_confidence: float) -> str:
    """Every false-positive event and every missed gold event, each with its sentence text (dev
    sample only: its text may be shown)."""
    gold = _gold_pairs(records)
    kept = [p for p in predictions if p.confidence >= min_confidence]
    pred_pairs = {(p.sample, p.event_type) for p in kept}
    text = {r["id"]: r["text"] for r in records}
    false_pos = [p for p in kept if (p.sample, p.event_type) not in gold]
    lines = [f"false-positive events ({len(false_pos)}; (sentence, type) not gold):"]
    for p in false_pos:
        lines.append(f"  {p.sample:<18} {p.event_type:<9} {p.modality:<9} {p.confidence:4.2f} {p.trigger!r}")
        lines.append(f"      {text[p.sample]}")
    missed = [
        (rec["id"], ev)
        for rec in records
        for ev in rec["events"]
        if (rec["id"], ev["type"]) not in pred_pairs
    ]
    lines.append(f"missed gold events ({len(missed)}; (sentence, type) not predicted):")
    for sample_id, ev in missed:
        lines.append(f"  {sample_id:<18} {ev['type']:<9} {ev['modality']:<9} {ev['trigger']!r}")
        lines.append(f"      {text[sample_id]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-confidence", type=float, default=0.0, help="drop predicted events below this confidence"
    )
    parser.add_argument(
        "--sample",
        default=str(event_sample.OUT),
        help="'dev' for the Wikinews development sample (events_dev_wikinews.jsonl), or the path of "
        "a 10kGNAD-format sample (default: the evaluation sample)",
    )
    parser.add_argument("--data", type=Path, default=event_sample.DATA, help="10kGNAD test.csv")
    args = parser.parse_args(argv)
    dev = args.sample == "dev"

    try:
        if dev:
            records = event_dev_sample.load(event_dev_sample.OUT)
        else:
            records = event_sample.load(Path(args.sample), args.data)
    except (event_sample.SourceDataMissing, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    unannotated = [r["id"] for r in records if not isinstance(r.get("events"), list)]
    if unannotated:
        print(
            f"error: {len(unannotated)} records have no 'events' (unannotated): {unannotated[:5]}",
            file=sys.stderr,
        )
        return 2

    predictions, seconds, with_claims = predict(records)
    command = "python benchmarks/event_eval.py " + shlex.join(sys.argv[1:] if argv is None else argv)
    print(f"command: {command.strip()}")
    print(
        f"sample: {len(records)} sentences, {sum(len(r['events']) for r in records)} gold events, "
        f"{len(_gold_pairs(records))} gold (sentence, type) pairs; "
        f"find_events {'with' if with_claims else 'without'} find_claims; "
        f"{len(predictions)} predicted events before the cut-off; {seconds:.1f} s"
    )
    if not predictions:
        print(
            f"warning: the extractor returned no events at all on {len(records)} sentences (empty or stubbed?)",
            file=sys.stderr,
        )
    print()
    print(report(records, predictions, args.min_confidence))
    print(roles(records, predictions, args.min_confidence))
    print()
    if dev:
        print()
        print(strata(records, predictions, args.min_confidence))
    print()
    print(sweep(records, predictions, dev))
    print()
    print(
        dev_diagnostics(records, predictions, args.min_confidence)
        if dev
        else diagnostics(records, predictions, args.min_confidence)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
