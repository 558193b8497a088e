"""How similar two articles (or an article and a story) are, on a scale where 1 = identical.

`story_similarity(a, b)` = text cosine x event-time factor, in [0, 1]:
- text: cosine of the term vectors (`features.StoryFeatures.terms`: nouns and names, TF-IDF).
  An article scores 1.0 with itself; 0.0 means no capitalised word in common.
- time: 1.0 when the reports' events lie within `TIME_GRACE_DAYS` of each other (or a date is
  unknown), decaying exponentially (scale `TIME_SCALE_DAYS`) beyond; see `event_time` for
  how the gap is read from publication dates and day mentions. Not fitted: SemEval pairs
  carry dates for 14 of 87 pairs, all within days; the constants say "a news event lasts
  days, a story that returns after weeks is a new event".
Nothing in the score is fitted, so it cannot overfit the 87 pairs it was measured on.
`same_event_probability(score)` maps the score to a calibrated probability that the two
report the same event (logistic fit with leave-one-out on SemEval; `fit_similarity.py`),
and `clustering_threshold()` is the score above which `assign_story` joins a story
(chosen there by a stated criterion, then checked on the seeds).
Cost: O(|terms|) per comparison (<= 150 dict lookups against a <= 200-term profile) plus
O(|days_a| * |days_b|) for the time gap.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lagebild.model import Article
from lagebild.stories.event_time import event_gap_days
from lagebild.stories.features import StoryFeatures, article_features

CALIBRATION_PATH = Path(__file__).with_name("data") / "similarity_calibration.json"
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 21.0


@dataclass(frozen=True, slots=True)
class Calibration:
    """P(same event) = logistic(bias + slope * score), and the clustering threshold on the score."""

    bias: float
    slope: float
    threshold: float


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The shipped calibration (read once)."""
    raw = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    return Calibration(bias=float(raw["bias"]), slope=float(raw["slope"]), threshold=float(raw["threshold"]))


def clustering_threshold() -> float:
    """Score at or above which an article joins its best candidate story."""
    return calibration().threshold


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors; 0.0 if either is empty."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return min(1.0, dot / (na * nb))


def time_factor(a: StoryFeatures, b: StoryFeatures) -> float:
    """1.0 within the grace period or when a side has no date at all, decaying beyond it."""
    gap = event_gap_days(a.dates, a.days, b.dates, b.days)
    if gap is None or gap <= TIME_GRACE_DAYS:
        return 1.0
    return math.exp(-(gap - TIME_GRACE_DAYS) / TIME_SCALE_DAYS)


def feature_similarity(a: StoryFeatures, b: StoryFeatures) -> float:
    """`story_similarity` on features already extracted."""
    return cosine(a.terms, b.terms) * time_factor(a, b)


def story_similarity(a: StoryFeatures | Article, b: StoryFeatures | Article) -> float:
    """Similarity in [0, 1] (1 = same text, same time) that `a` and `b` report the same event."""
    fa = article_features(a) if isinstance(a, Article) else a
    fb = article_features(b) if isinstance(b, Article) else b
    return feature_similarity(fa, fb)


def same_event_probability(score: float, cal: Calibration | None = None) -> float:
    """Calibrated probability that two reports with this `story_similarity` cover one event."""
    c = cal or calibration()
    return 1.0 / (1.0 + math.exp(-(c.bias + c.slope * score)))
