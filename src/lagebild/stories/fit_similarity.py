"""Fit `story_similarity`'s weights and threshold on SemEval-2022 Task 8 German pairs.

Run from the repository root: `python -m lagebild.stories.fit_similarity [--data DIR]`.
Input: `../shared/data/semeval22_de/` (pairs.csv with gold Overall 1 = same story ... 4 =
unrelated; articles.jsonl). A fixed ~30 % of pairs (chosen by a hash of the pair id) is held
out and never used for fitting; the rest fit a logistic regression of "same story"
(Overall <= 2) on (text cosine, name cosine), and the threshold maximising training accuracy.
Output: `data/similarity_weights.json` and the held-out figures on stdout. The article texts
stay in ../shared: only four numbers are written. Cost: a few seconds (feature extraction).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lagebild.stories.features import StoryFeatures, text_features
from lagebild.stories.similarity import (
    WEIGHTS_PATH,
    SimilarityWeights,
    combine,
    similarity_parts,
    time_factor,
)

DEFAULT_DATA = Path("../shared/data/semeval22_de")
#: The fit target: SemEval's "same story" (Overall <= 2) is topic-level (it gives names a negative
#: weight); Overall <= 1 ("very similar") is the same event, which is what a lagebild story is.
SAME_EVENT_MAX_OVERALL = 1.0
#: Accuracy is also reported for SemEval's looser "same story".
SAME_STORY_MAX_OVERALL = 2.0
HELD_OUT_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class ScoredPair:
    pair_id: str
    overall: float
    text: float
    names: float
    time: float

    @property
    def same_story(self) -> bool:
        return self.overall <= SAME_STORY_MAX_OVERALL

    @property
    def same_event(self) -> bool:
        return self.overall <= SAME_EVENT_MAX_OVERALL


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
    """All gold pairs with the similarity parts computed on their articles."""
    feats: dict[str, StoryFeatures] = {}
    with (data / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            feats[a["id"]] = text_features(a.get("title"), None, a["text"], _iso(a.get("publish_date")))
    pairs = []
    with (data / "pairs.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            fa, fb = feats[row["id1"]], feats[row["id2"]]
            text, names = similarity_parts(fa, fb)
            pairs.append(ScoredPair(row["pair_id"], float(row["Overall"]), text, names, time_factor(fa, fb)))
    return pairs


def fit_logistic(
    xs: list[tuple[float, float]], ys: list[bool], l2: float = 0.01
) -> tuple[float, float, float]:
    """(bias, w_text, w_names) by Newton's method on the L2-penalised log-loss (3 parameters)."""
    w = [0.0, 0.0, 0.0]
    rows = [(1.0, a, b) for a, b in xs]
    for _ in range(50):
        grad = [l2 * w[i] if i else 0.0 for i in range(3)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(3)] for i in range(3)]
        for x, y in zip(rows, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(wi * xi for wi, xi in zip(w, x, strict=True))))
            for i in range(3):
                grad[i] += (p - float(y)) * x[i]
                for j in range(3):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = _solve3(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w[0], w[1], w[2]


def _solve3(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a 3x3 linear system by Gaussian elimination with partial pivoting."""
    m = [row[:] + [bi] for row, bi in zip(a, b, strict=True)]
    for c in range(3):
        p = max(range(c, 3), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(3):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][3] / m[i][i] if m[i][i] else 0.0 for i in range(3)]


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson correlation of two equal-length lists."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    vy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (vx * vy) if vx and vy else 0.0


def score(p: ScoredPair, w: SimilarityWeights) -> float:
    """The shipped score of one pair: fitted combination times the time prior."""
    return combine(p.text, p.names, w) * p.time


def accuracy(pairs: list[ScoredPair], w: SimilarityWeights, threshold: float) -> float:
    return sum((score(p, w) >= threshold) == p.same_story for p in pairs) / len(pairs)


def report(name: str, pairs: list[ScoredPair], w: SimilarityWeights) -> str:
    """One line of figures: Pearson with -Overall (score, text cosine alone) and accuracy."""
    neg = [-p.overall for p in pairs]
    return (
        f"{name}: n={len(pairs)} pearson(score,-Overall)={pearson([score(p, w) for p in pairs], neg):.3f} "
        f"pearson(text cosine,-Overall)={pearson([p.text for p in pairs], neg):.3f} "
        f"accuracy(same story = Overall<=2 at threshold {w.threshold:.2f})={accuracy(pairs, w, w.threshold):.3f}"
    )


def fit(pairs: list[ScoredPair], threshold: float | None = None) -> SimilarityWeights:
    """Weights from the logistic fit of "same event"; threshold maximising "same story"
    accuracy (ties: the middle one) unless given."""
    bias, wt, wn = fit_logistic([(p.text, p.names) for p in pairs], [p.same_event for p in pairs])
    if threshold is not None:
        return SimilarityWeights(bias, wt, wn, threshold)
    w = SimilarityWeights(bias, wt, wn, 0.5)
    grid = [i / 100 for i in range(5, 96)]
    accs = [accuracy(pairs, w, t) for t in grid]
    best = max(accs)
    ties = [t for t, a in zip(grid, accs, strict=True) if a == best]
    return SimilarityWeights(bias, wt, wn, ties[len(ties) // 2])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="clustering threshold to ship instead of the SemEval-optimal one (see data/README.md)",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"{args.data} not found: run from the repo root, or pass --data DIR")
    pairs = load_pairs(args.data)
    train = [p for p in pairs if not is_held_out(p.pair_id)]
    held = [p for p in pairs if is_held_out(p.pair_id)]
    w = fit(train, args.threshold)
    print(report("SemEval-optimal threshold, train", train, fit(train)))
    payload = {
        "bias": round(w.bias, 4),
        "text": round(w.text, 4),
        "names": round(w.names, 4),
        "threshold": w.threshold,
        "fitted_on": f"SemEval-2022 Task 8 de-de, {len(train)} training pairs (held out: {len(held)})",
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {payload}")
    print(report("train", train, w))
    print(report("held-out", held, w))


if __name__ == "__main__":
    main()
