"""Calibrate `story_similarity` and choose the clustering threshold on SemEval-2022 German pairs.

Run from the repository root: `python -m lagebild.stories.fit_similarity [--data DIR]`.
Input: `../shared/data/semeval22_de/` (pairs.csv with gold Overall 1 = same story ... 4 =
unrelated; articles.jsonl). The score itself has no fitted parameters; two things are fitted:
- the threshold: the score maximising *balanced* accuracy of "same event" (Overall <= 1.5,
  what a lagebild story is). Balanced, because the share of positives in these pairs is an
  artefact of how they were sampled (~40 % Overall <= 2 by design), and plain accuracy would
  bake that share into the threshold. Ties: the middle of the tied scores.
- the calibration: P(same event | score) by a two-parameter logistic regression.
Both are also fitted leave-one-out (86 pairs fit, 1 predicts; 87 times), and those held-out
predictions are what the figures report. A fixed ~30 % of pairs (by a hash of the pair id)
is reported apart as the hold-out part. Output: `data/similarity_calibration.json` (three
numbers; the article texts stay in ../shared) and the figures on stdout.
Cost: ~1 s of feature extraction for 173 articles; the fits are O(pairs^2).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lagebild.stories.features import StoryFeatures, text_features
from lagebild.stories.similarity import (
    CALIBRATION_PATH,
    Calibration,
    cosine,
    same_event_probability,
    time_factor,
)

DEFAULT_DATA = Path("../shared/data/semeval22_de")
SAME_EVENT_MAX_OVERALL = 1.5
#: SemEval's looser "same story" (Overall <= 2), reported for comparison with earlier figures.
SAME_STORY_MAX_OVERALL = 2.0
HELD_OUT_SHARE = 0.3
THRESHOLD_GRID = [i / 100 for i in range(5, 96)]


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """One gold pair with the `story_similarity` of its two articles (and its text part)."""

    pair_id: str
    overall: float
    text: float
    score: float

    @property
    def same_event(self) -> bool:
        return self.overall <= SAME_EVENT_MAX_OVERALL

    @property
    def same_story(self) -> bool:
        return self.overall <= SAME_STORY_MAX_OVERALL


def is_held_out(pair_id: str) -> bool:
    """Fixed split: the first 4 hex digits of SHA-1(pair id) below 30 % of 0x10000."""
    return int(hashlib.sha1(pair_id.encode()).hexdigest()[:4], 16) < HELD_OUT_SHARE * 0x10000


def _iso(publish_date: str | None) -> str | None:
    """newspaper3k's "Sat Jan  4 00:00:00 2020" -> "2020-01-04"."""
    if not publish_date:
        return None
    try:
        return datetime.strptime(" ".join(publish_date.split()), "%a %b %d %H:%M:%S %Y").date().isoformat()
    except ValueError:
        return publish_date[:10]


def load_pairs(data: Path) -> list[ScoredPair]:
    """All gold pairs with the similarity of their articles."""
    feats: dict[str, StoryFeatures] = {}
    with (data / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            feats[a["id"]] = text_features(a.get("title"), None, a["text"], _iso(a.get("publish_date")))
    pairs = []
    with (data / "pairs.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            fa, fb = feats[row["id1"]], feats[row["id2"]]
            text = cosine(fa.terms, fb.terms)
            pairs.append(ScoredPair(row["pair_id"], float(row["Overall"]), text, text * time_factor(fa, fb)))
    return pairs


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation of two equal-length sequences."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    vy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (vx * vy) if vx and vy else 0.0


def balanced_accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    """Mean of the hit rates on positives and on negatives (0.5 = chance, whatever the class mix)."""
    pos = [p for p, g in zip(predicted, gold, strict=True) if g]
    neg = [not p for p, g in zip(predicted, gold, strict=True) if not g]
    rates = [sum(side) / len(side) for side in (pos, neg) if side]
    return sum(rates) / len(rates)


def accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)


def choose_threshold(pairs: Sequence[ScoredPair]) -> float:
    """The grid score maximising balanced accuracy of "same event" (ties: the middle one)."""
    gold = [p.same_event for p in pairs]
    accs = [balanced_accuracy([p.score >= t for p in pairs], gold) for t in THRESHOLD_GRID]
    ties = [t for t, a in zip(THRESHOLD_GRID, accs, strict=True) if a == max(accs)]
    return ties[len(ties) // 2]


def fit_logistic(xs: Sequence[float], ys: Sequence[bool], l2: float = 0.01) -> tuple[float, float]:
    """(bias, slope) by Newton's method on the L2-penalised (slope only) log-loss."""
    b, w = 0.0, 0.0
    for _ in range(100):
        gb, gw, hbb, hbw, hww = 0.0, l2 * w, 1e-9, 0.0, l2
        for x, y in zip(xs, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-(b + w * x)))
            gb, gw = gb + p - y, gw + (p - y) * x
            h = p * (1 - p)
            hbb, hbw, hww = hbb + h, hbw + h * x, hww + h * x * x
        det = hbb * hww - hbw * hbw
        db, dw = (hww * gb - hbw * gw) / det, (hbb * gw - hbw * gb) / det
        b, w = b - db, w - dw
        if max(abs(db), abs(dw)) < 1e-10:
            break
    return b, w


def fit(pairs: Sequence[ScoredPair]) -> Calibration:
    """Calibration and threshold fitted on `pairs`."""
    bias, slope = fit_logistic([p.score for p in pairs], [p.same_event for p in pairs])
    return Calibration(bias, slope, choose_threshold(pairs))


def leave_one_out(pairs: Sequence[ScoredPair], fitter: Callable[[Sequence[ScoredPair]], Calibration]) -> list[Calibration]:
    """For each pair, the calibration fitted on all the others."""
    return [fitter([q for j, q in enumerate(pairs) if j != i]) for i in range(len(pairs))]


def report(name: str, pairs: Sequence[ScoredPair], cals: Sequence[Calibration]) -> str:
    """One line: Pearson of score (and text cosine alone) with -Overall; "same event" balanced
    accuracy and "same story" accuracy of `score >= threshold`; log-loss of the calibrated
    probability. `cals[i]` is the calibration used for pair i (leave-one-out or one for all)."""
    neg = [-p.overall for p in pairs]
    event = [p.score >= c.threshold for p, c in zip(pairs, cals, strict=True)]
    probs = [min(1 - 1e-6, max(1e-6, same_event_probability(p.score, c))) for p, c in zip(pairs, cals, strict=True)]
    logloss = -sum(math.log(q if p.same_event else 1 - q) for p, q in zip(pairs, probs, strict=True)) / len(pairs)
    return (
        f"{name}: n={len(pairs)} pearson(score,-Overall)={pearson([p.score for p in pairs], neg):.3f} "
        f"(text alone {pearson([p.text for p in pairs], neg):.3f}); "
        f"same event (Overall<=1.5) balanced acc={balanced_accuracy(event, [p.same_event for p in pairs]):.3f} "
        f"acc={accuracy(event, [p.same_event for p in pairs]):.3f}; "
        f"same story (<=2) acc={accuracy(event, [p.same_story for p in pairs]):.3f}; "
        f"log-loss={logloss:.3f}"
    )


def figures(pairs: Sequence[ScoredPair], shipped: Calibration) -> list[str]:
    """The lines `main` and the benchmark print: all pairs, hold-out and training parts with the
    shipped calibration, and all pairs leave-one-out."""
    held = [p for p in pairs if is_held_out(p.pair_id)]
    train = [p for p in pairs if not is_held_out(p.pair_id)]
    loo = leave_one_out(pairs, fit)
    held_loo = [c for p, c in zip(pairs, loo, strict=True) if is_held_out(p.pair_id)]
    return [
        report("all 87, shipped threshold   ", pairs, [shipped] * len(pairs)),
        report("all 87, leave-one-out       ", pairs, loo),
        report("hold-out part, leave-one-out", held, held_loo),
        report("train part, shipped         ", train, [shipped] * len(train)),
        report("hold-out part, fit on train ", held, [fit(train)] * len(held)),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=CALIBRATION_PATH)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"{args.data} not found: run from the repo root, or pass --data DIR")
    pairs = load_pairs(args.data)
    cal = fit(pairs)
    loo_thresholds = sorted(c.threshold for c in leave_one_out(pairs, fit))
    payload = {
        "bias": round(cal.bias, 4),
        "slope": round(cal.slope, 4),
        "threshold": cal.threshold,
        "criterion": "max balanced accuracy of same event (Overall <= 1.5)",
        "fitted_on": f"SemEval-2022 Task 8 de-de, {len(pairs)} pairs (gold scores only)",
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {payload}")
    print(f"leave-one-out thresholds: {loo_thresholds[0]:.2f} .. {loo_thresholds[-1]:.2f}")
    for line in figures(pairs, cal):
        print(line)


if __name__ == "__main__":
    main()
