"""A story's profile: the running sum of its articles' features, truncated to stay small.

Why a centroid rather than the best-matching member: comparing with one summed vector costs
the same however large the story grows (O(PROFILE_TERMS)), and the terms shared by many
members (the event's core: actors, place, occasion) dominate it, while one member's side
topics fade. Inverse risk: a story can drift slowly; the time prior limits that.
Cost of `add_to_profile`: O(PROFILE_TERMS + TOP_TERMS) plus a sort of that many entries.
"""

from __future__ import annotations

from lagebild.stories.dates import union
from lagebild.stories.event_time import merge_days
from lagebild.stories.features import StoryFeatures

PROFILE_TERMS = 200
#: How many of a profile's terms go into the inverted index (names rank high: they are rare).
KEY_TERMS = 20


def _top(weights: dict[str, float], n: int) -> dict[str, float]:
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def add_to_profile(profile: StoryFeatures | None, article: StoryFeatures) -> StoryFeatures:
    """The profile after adding one article: term vectors summed (each article's is unit
    length, so every member counts equally), names and encoder vectors summed the same way,
    publication ranges, mentioned days and weekdays united."""
    if profile is None:
        return StoryFeatures(
            dict(article.terms), article.dates, article.days, dict(article.names), article.vector, article.weekdays
        )
    vector = profile.vector
    if article.vector:
        vector = tuple(x + y for x, y in zip(vector, article.vector, strict=True)) if vector else article.vector
    return StoryFeatures(
        _top(_summed(profile.terms, article.terms), PROFILE_TERMS),
        union(profile.dates, article.dates),
        merge_days(profile.days, article.days),
        _top(_summed(profile.names, article.names), PROFILE_TERMS),
        vector,
        tuple(sorted(set(profile.weekdays) | set(article.weekdays))),
    )


def _summed(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = dict(a)
    for t, w in b.items():
        out[t] = out.get(t, 0.0) + w
    return out


def index_keys(features: StoryFeatures) -> list[str]:
    """Keys for the inverted index: the top terms, in rank order."""
    return list(_top(features.terms, KEY_TERMS))
