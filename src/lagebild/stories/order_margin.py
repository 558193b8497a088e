"""How much room a labelled set of articles leaves the clustering threshold, over every arrival order.

Why: a threshold that groups a test set correctly only between 0.22 and 0.23 is luck, not a
choice. `order_margin(articles, groups)` replays every arrival order with the *correct*
grouping and records, at each arrival, the story-level similarity (article vs. story profile,
as `assign_story` compares) to its own story, if that already exists, and to every other
story. Because `assign_story` keeps the correct grouping exactly as long as (a) a joining
article scores highest with its own story and at least the threshold, and (b) an article
that opens a story scores below the threshold with every existing one, the thresholds that
pass every order form the interval (`lowest_pass`, `highest_pass`]:
- `highest_pass` = lowest score of an article with its own existing story ("min within");
- `lowest_pass`  = highest score of an article with another story while its own does not exist
  yet; `max_across` is the highest score with a wrong story at any arrival.
Stories are compared with all existing stories here (the index may offer fewer: a superset).
Cost: n! orders x n arrivals x O(stories) comparisons; meant for n <= 6 (720 orders).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lagebild.model import Article
from lagebild.stories.features import StoryFeatures, article_features
from lagebild.stories.profile import add_to_profile
from lagebild.stories.similarity import feature_event_similarity


@dataclass(frozen=True, slots=True)
class OrderMargin:
    """Story-level similarity extremes over all arrival orders (see the module docstring)."""

    orders: int
    min_within: float
    max_across: float
    lowest_pass: float
    ranking_holds: bool  # in every join, the own story scored above every other story

    @property
    def passing(self) -> tuple[float, float] | None:
        """(exclusive low, inclusive high) of thresholds passing every order, or None."""
        if not self.ranking_holds or self.lowest_pass >= self.min_within:
            return None
        return self.lowest_pass, self.min_within


def order_margin(articles: Mapping[str, Article], groups: Sequence[Sequence[str]]) -> OrderMargin:
    """Replay every order of `articles` (key -> Article) against the expected `groups` of keys."""
    group_of = {key: i for i, members in enumerate(groups) for key in members}
    features = {key: article_features(a) for key, a in articles.items()}
    min_within, max_across, lowest_pass, ranking_holds, orders = 1.0, 0.0, 0.0, True, 0
    for order in itertools.permutations(features):
        orders += 1
        profiles: dict[int, StoryFeatures] = {}
        for key in order:
            own = group_of[key]
            scores = {g: feature_event_similarity(features[key], p) for g, p in profiles.items()}
            across = max((s for g, s in scores.items() if g != own), default=0.0)
            max_across = max(max_across, across)
            if own in scores:
                min_within = min(min_within, scores[own])
                ranking_holds = ranking_holds and scores[own] > across
            else:
                lowest_pass = max(lowest_pass, across)
            profiles[own] = add_to_profile(profiles.get(own), features[key])
    return OrderMargin(orders, min_within, max_across, lowest_pass, ranking_holds)
