"""How similar two articles (or an article and a story) are, on a scale where 1 = same story.

Two scores, one model:
- `story_similarity(a, b)`: a learned linear combination of parts, clipped to [0, 1]: how much
  two reports are about the same story in SemEval-2022 Task 8's sense (follow-ups weeks later
  still count as related). This is what the Pearson figures measure.
- `event_similarity(a, b)` = `story_similarity` x the event-time gate `time_factor`: what story
  clustering compares with `clustering_threshold()`, since a lagebild story is one *event*.
The parts, each in [0, 1]:
- text:     sqrt of the cosine of the term vectors (`features.StoryFeatures.terms`: nouns and
            names, TF-IDF). sqrt, because gold similarity rises fast with the first shared
            names (measured: Pearson 0.693 -> 0.688 alone, but better in the combination).
- names:    sqrt of the cosine of the name-key vectors (`StoryFeatures.names`); ablation only.
- gap:      log(1 + days between the reports' events) / log(1 + 365), capped at 1; 0 when a
            side has no date (`event_time.event_gap_days`). Learned: reports further apart are
            less alike, on a log scale (a week matters, a month more, a year not much more).
- weekdays: 1 when both texts name weekdays and none in common (`event_time.weekday_clash`).
- encoder:  cosine of the sentence-encoder vectors of the whole texts (`encoder.py`), only when
            both sides carry one (`article_features(..., encoder=True)`).
The weights are fitted by ridge least squares on (4 - Overall) / 3 of the SemEval-2022 German
pairs (`fit_similarity.py`, figures by grouped cross-validation) and shipped in
`data/similarity_model.json`: one model without the encoder ("fast", the default) and one
with it ("encoder").
The gate (`time_factor`): 1.0 when the events lie within `TIME_GRACE_DAYS` of each other (or a
date is unknown), decaying exponentially (scale `TIME_SCALE_DAYS`) beyond. Not learned from
SemEval, on purpose: it is lagebild's definition of "one event" (a news event lasts days; the
same words eight months, or 45 days as seeds 000/004, apart are a new event), while SemEval
rates follow-ups 20-68 days apart as "somewhat similar" (Overall 2-2.7): the gated event score
correlates 0.04 less with SemEval's Overall (`fit_similarity` prints both), for a distinction
SemEval does not make, while it separates "same event" better (ROC AUC 0.866 vs 0.860).
`same_event_probability(score)` maps an event score to a calibrated probability that the two
report the same event, and `clustering_threshold()` is the event score from which
`assign_story` joins.
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
from lagebild.stories.event_time import event_gap_days, weekday_clash
from lagebild.stories.features import StoryFeatures, article_features

MODEL_PATH = Path(__file__).with_name("data") / "similarity_model.json"
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 21.0
#: The "gap" part reaches 1 at a year.
GAP_FULL_DAYS = 365
FAST, ENCODER = "fast", "encoder"


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    """story score = clip(bias + sum(weights[part] * part), 0, 1); event score = story score *
    time gate; P(same event) = logistic(prob_bias + prob_slope * event score); `threshold`: the
    event score from which stories are joined."""

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
    """Event score (`event_similarity`) at or above which an article joins its best candidate story."""
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


def _gate(gap: int | None) -> float:
    if gap is None or gap <= TIME_GRACE_DAYS:
        return 1.0
    return math.exp(-(gap - TIME_GRACE_DAYS) / TIME_SCALE_DAYS)


def _gap(a: StoryFeatures, b: StoryFeatures) -> int | None:
    return event_gap_days(a.dates, a.days, b.dates, b.days)


def time_factor(a: StoryFeatures, b: StoryFeatures) -> float:
    """The event gate: 1.0 within the grace period or when a side has no date, decaying beyond it."""
    return _gate(_gap(a, b))


def similarity_parts(a: StoryFeatures, b: StoryFeatures, gap: int | None | bool = False) -> dict[str, float]:
    """The parts the models combine, each in [0, 1]; "encoder" only when both carry a vector.
    `gap`: the event gap if already computed (False: compute it)."""
    days = _gap(a, b) if gap is False else gap
    parts = {
        "text": math.sqrt(cosine(a.terms, b.terms)),
        "names": math.sqrt(cosine(a.names, b.names)),
        "gap": 0.0 if days is None else min(1.0, math.log1p(days) / math.log1p(GAP_FULL_DAYS)),
        "weekdays": 1.0 if weekday_clash(a.weekdays, b.weekdays) else 0.0,
    }
    if a.vector and b.vector:
        parts["encoder"] = vector_cosine(a.vector, b.vector)
    return parts


def combine(parts: dict[str, float], model: SimilarityModel) -> float:
    """The model's story score for these parts: the weighted sum clipped to [0, 1]."""
    raw = model.bias + sum(w * parts.get(name, 0.0) for name, w in model.weights.items())
    return max(0.0, min(1.0, raw))


def feature_similarity(a: StoryFeatures, b: StoryFeatures, model: SimilarityModel | None = None) -> float:
    """`story_similarity` on features already extracted."""
    return combine(similarity_parts(a, b), model or model_for(a, b))


def feature_event_similarity(a: StoryFeatures, b: StoryFeatures, model: SimilarityModel | None = None) -> float:
    """`event_similarity` on features already extracted: what `assign_story` compares."""
    gap = _gap(a, b)
    return combine(similarity_parts(a, b, gap), model or model_for(a, b)) * _gate(gap)


def _features(x: StoryFeatures | Article, encoder: bool) -> StoryFeatures:
    return article_features(x, encoder) if isinstance(x, Article) else x


def story_similarity(a: StoryFeatures | Article, b: StoryFeatures | Article, encoder: bool = False) -> float:
    """Similarity in [0, 1] (1 = same story, SemEval's sense) of `a` and `b`; `encoder` applies
    to Articles."""
    return feature_similarity(_features(a, encoder), _features(b, encoder))


def event_similarity(a: StoryFeatures | Article, b: StoryFeatures | Article, encoder: bool = False) -> float:
    """`story_similarity` times the event-time gate: in [0, 1], 1 = same event."""
    return feature_event_similarity(_features(a, encoder), _features(b, encoder))


def same_event_probability(score: float, model: SimilarityModel | None = None) -> float:
    """Calibrated probability that two reports with this `event_similarity` cover one event."""
    m = model or shipped_models()[FAST]
    return 1.0 / (1.0 + math.exp(-(m.prob_bias + m.prob_slope * score)))
