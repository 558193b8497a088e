"""How likely two articles (or an article and a story) report the same news event.

`story_similarity(a, b)` combines three parts:
- text: cosine of the TF-IDF term vectors (`features.StoryFeatures.terms`);
- names: cosine of the name sets weighted by IDF (shared rare names = same actors/places);
- time: a prior factor. Reports more than `TIME_GRACE_DAYS` apart lose weight exponentially
  (scale `TIME_SCALE_DAYS`); an unknown date is neutral (factor 1).
Text and names are combined by logistic regression fitted on SemEval-2022 Task 8 German pairs
(`fit_similarity.py` writes `data/similarity_weights.json`, which also holds the clustering
threshold chosen on the training part). The time prior is not fitted: those pairs carry dates
for only 14 of 87 pairs, all within days of each other. Output in [0, 1].
Cost: O(|terms| + |names|) per comparison (at most 40 + 20 dict lookups).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lagebild.model import Article
from lagebild.stories.dates import gap_days
from lagebild.stories.features import StoryFeatures, article_features

WEIGHTS_PATH = Path(__file__).with_name("data") / "similarity_weights.json"
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 21.0


@dataclass(frozen=True, slots=True)
class SimilarityWeights:
    """Logistic-regression weights over (text, names) and the same-story threshold."""

    bias: float
    text: float
    names: float
    threshold: float


@lru_cache(maxsize=1)
def similarity_weights() -> SimilarityWeights:
    """The shipped fitted weights (read once)."""
    raw = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return SimilarityWeights(
        bias=float(raw["bias"]),
        text=float(raw["text"]),
        names=float(raw["names"]),
        threshold=float(raw["threshold"]),
    )


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors; 0.0 if either is empty."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def time_factor(a: StoryFeatures, b: StoryFeatures) -> float:
    """1.0 within the grace period or when a date is unknown, decaying beyond it."""
    gap = gap_days(a.dates, b.dates)
    if gap is None or gap <= TIME_GRACE_DAYS:
        return 1.0
    return math.exp(-(gap - TIME_GRACE_DAYS) / TIME_SCALE_DAYS)


def similarity_parts(a: StoryFeatures, b: StoryFeatures) -> tuple[float, float]:
    """(text cosine, name cosine): the inputs of the fitted combination."""
    return cosine(a.terms, b.terms), cosine(a.names, b.names)


def combine(text: float, names: float, weights: SimilarityWeights | None = None) -> float:
    """Logistic combination of the parts (no time factor)."""
    w = weights or similarity_weights()
    z = w.bias + w.text * text + w.names * names
    return 1.0 / (1.0 + math.exp(-z))


def story_similarity(a: StoryFeatures | Article, b: StoryFeatures | Article) -> float:
    """Probability-like score in [0, 1] that `a` and `b` report the same event."""
    fa = article_features(a) if isinstance(a, Article) else a
    fb = article_features(b) if isinstance(b, Article) else b
    text, names = similarity_parts(fa, fb)
    return combine(text, names) * time_factor(fa, fb)
