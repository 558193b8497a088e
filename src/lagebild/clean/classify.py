"""Decide which blocks are article text: a logistic score per block, then one dense region.

Why: a per-block score alone keeps stray prose in footers and drops short body lines;
jusText-style context fixes both. We take the contiguous run of blocks with the largest
sum of length-weighted (score - threshold) as the main text (Kadane, O(n)), keep inside it
every block not scored as clear boilerplate, and stop at an end-of-article heading.
Weights come from `block_weights.json` (learned by `lagebild.clean.train_blocks` on
silver labels, numpy not needed at run time). Cost: O(blocks x features).
"""

from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from lagebild.clean.blocks import Block
from lagebild.clean.features import NAMES, OWN, block_features


@dataclass(frozen=True)
class BlockModel:
    """Logistic weights (by feature name) and the region thresholds tuned with them."""

    weights: dict[str, float]
    region_threshold: float = 0.5  # blocks scoring above this pull the region to them
    keep_threshold: float = 0.15  # inside the region, blocks scoring below this are dropped
    outside_threshold: float = 0.97  # outside the region, only near-certain prose is kept
    _vector: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # weights in `NAMES` order once, so scoring a row is one C-level multiply-add pass
        object.__setattr__(self, "_vector", [float(self.weights.get(name, 0.0)) for name in NAMES])

    def score(self, row: list[float]) -> float:
        z = sum(map(operator.mul, self._vector, row))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@lru_cache(maxsize=1)
def default_model() -> BlockModel:
    """The shipped model (read once)."""
    raw = json.loads(resources.files("lagebild.clean").joinpath("block_weights.json").read_text("utf-8"))
    return BlockModel(weights=raw["weights"], **raw.get("thresholds", {}))


def block_scores(blocks: list[Block], model: BlockModel) -> tuple[list[list[float]], list[float]]:
    """Feature rows and scores of the blocks."""
    rows = block_features(blocks)
    return rows, [model.score(row) for row in rows]


def main_text_mask(blocks: list[Block], rows: list[list[float]], scores: list[float], model: BlockModel) -> list[bool]:
    """True for blocks kept as article text (`rows`, `scores` from `block_scores`)."""
    n = len(blocks)
    if n == 0:
        return []
    gains = [(p - model.region_threshold) * math.sqrt(len(b.text) + 20) for b, p in zip(blocks, scores, strict=True)]
    best, best_start, best_end = -math.inf, 0, -1
    run, run_start = 0.0, 0
    for i, g in enumerate(gains):
        if run <= 0:
            run, run_start = 0.0, i
        run += g
        if run > best:
            best, best_start, best_end = run, run_start, i
    end_col = OWN.index("end_of_article")
    mask = [False] * n
    if best_end < 0 or best <= 0:
        return mask
    for i in range(best_start, best_end + 1):
        if rows[i][end_col] and i > best_start:
            break
        mask[i] = scores[i] >= model.keep_threshold
    heading_col = OWN.index("heading_like")
    kept = [i for i in range(n) if mask[i]]
    while kept and rows[kept[-1]][heading_col]:  # an article does not end on a subheading
        mask[kept.pop()] = False
    # outside the region only near-certain prose comes back, never after an end-of-article heading
    stop = next((i for i in range(best_start + 1, n) if rows[i][end_col]), n)
    for i in range(stop):
        if not mask[i] and scores[i] >= model.outside_threshold and not (best_start <= i <= best_end):
            mask[i] = True
    return mask
