"""How similar two articles (or an article and a story) are, on a scale where 1 = same story.

`story_similarity(a, b)` = a learned linear combination of parts, clipped to [0, 1], times
the event-time factor:
- text:    sqrt of the cosine of the term vectors (`features.StoryFeatures.terms`: nouns and
           names, TF-IDF). sqrt, because gold similarity rises fast with the first shared
           names (measured: Pearson 0.693 -> 0.688 alone, but better in the combination).
- names:   sqrt of the cosine of the name-key vectors (`StoryFeatures.names`).
- time:    1.0 when the reports' events lie within `TIME_GRACE_DAYS` of each other (or a date
           is unknown), decaying exponentially (scale `TIME_SCALE_DAYS`) beyond; see
           `event_time`. A gate, not a learned weight: the SemEval pairs carry dates for 14
           of 87 pairs, all within days, so they cannot teach that the same words eight
           months apart are a new event; the constants say "a news event lasts days".
- encoder: cosine of the sentence-encoder lead vectors (`encoder.py`), only when both sides
           carry one (`article_features(..., encoder=True)`).
The weights are fitted by least squares on (4 - Overall) / 3 of the SemEval-2022 German pairs
(`fit_similarity.py`, figures leave-one-out) and shipped in `data/similarity_model.json`: one
model without the encoder ("fast", the default) and one with it ("encoder").
`same_event_probability(score)` maps a score to a calibrated probability that the two report
the same event, and `clustering_threshold()` is the score from which `assign_story` joins.
Cost: O(|terms| + |names|) per comparison (dict lookups against a <= 200-term profile),
O(|days_a| * |days_b|) for the time gap, and 512 multiplications for the encoder part.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lagebild.model import Article
from lagebild.stories.encoder import vector_cosine
from lagebild.stories.event_time import event_gap_days
from lagebild.stories.features import StoryFeatures, article_features

MODEL_PATH = Path(__file__).with_name("data") / "similarity_model.json"
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 21.0
FAST, ENCODER = "fast", "encoder"


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    """score = clip(bias + sum(weights[part] * part), 0, 1) * time; P(same event) = logistic(
    prob_bias + prob_slope * score); `threshold`: the score from which stories are joined."""

    weights: dict[str, float]
    bias: float
    threshold: float
    prob_bias: float
    prob_slope: float


@lru_cache(maxsize=1)
def shipped_models() -> dict[str, SimilarityModel]:
    """The shipped models by name ("fast", "encoder"), read once."""
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return {
        name: SimilarityModel(
            weights={str(k): float(v) for k, v in m["weights"].items()},
            bias=float(m["bias"]),
            threshold=float(m["threshold"]),
            prob_bias=float(m["prob_bias"]),
            prob_slope=float(m["prob_slope"]),
        )
        for name, m in raw["models"].items()
    }


def model_for(a: StoryFeatures, b: StoryFeatures) -> SimilarityModel:
    """The encoder model when both sides carry a vector, else the fast one."""
    return shipped_models()[ENCODER if a.vector and b.vector else FAST]


def clustering_threshold(encoder: bool = False) -> float:
    """Score at or above which an article joins its best candidate story."""
    return shipped_models()[ENCODER if encoder else FAST].threshold


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


def similarity_parts(a: StoryFeatures, b: StoryFeatures) -> dict[str, float]:
    """The parts the models combine, each in [0, 1]; "encoder" only when both carry a vector."""
    parts = {
        "text": math.sqrt(cosine(a.terms, b.terms)),
        "names": math.sqrt(cosine(a.names, b.names)),
        "time": time_factor(a, b),
    }
    if a.vector and b.vector:
        parts["encoder"] = vector_cosine(a.vector, b.vector)
    return parts


def combine(parts: dict[str, float], model: SimilarityModel) -> float:
    """The model's score for these parts: the weighted sum clipped to [0, 1], times the time gate."""
    raw = model.bias + sum(w * parts.get(name, 0.0) for name, w in model.weights.items())
    return max(0.0, min(1.0, raw)) * parts.get("time", 1.0)


def feature_similarity(a: StoryFeatures, b: StoryFeatures, model: SimilarityModel | None = None) -> float:
    """`story_similarity` on features already extracted."""
    return combine(similarity_parts(a, b), model or model_for(a, b))


def story_similarity(a: StoryFeatures | Article, b: StoryFeatures | Article, encoder: bool = False) -> float:
    """Similarity in [0, 1] (1 = same story) of `a` and `b`; `encoder` applies to Articles."""
    fa = article_features(a, encoder) if isinstance(a, Article) else a
    fb = article_features(b, encoder) if isinstance(b, Article) else b
    return feature_similarity(fa, fb)


def same_event_probability(score: float, model: SimilarityModel | None = None) -> float:
    """Calibrated probability that two reports with this `story_similarity` cover one event."""
    m = model or shipped_models()[FAST]
    return 1.0 / (1.0 + math.exp(-(m.prob_bias + m.prob_slope * score)))
