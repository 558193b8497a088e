"""Acceptance on the five seed articles: 000-002 one story (Schoigu in Pjöngjang), 003 and 004 alone,
in every arrival order, with room on both sides of the shipped threshold."""

from __future__ import annotations

import itertools
import random

import pytest

from lagebild.model import Article
from lagebild.stories import MemoryStoryIndex, assign_story
from lagebild.stories.order_margin import order_margin
from lagebild.stories.similarity import clustering_threshold

EXPECTED = [["000", "001", "002"], ["003"], ["004"]]
#: The shipped threshold must sit at least this far inside the range that passes every order.
MIN_MARGIN = 0.05


def _groups_for(order: tuple[str, ...], seeds: dict[str, Article], threshold: float | None = None) -> list[list[str]]:
    index = MemoryStoryIndex()
    for number in order:
        assign_story(seeds[number], index, threshold)
    by_id = {a.id: n for n, a in seeds.items()}
    return sorted(sorted(by_id[a] for a in s.articles) for s in index.iter_stories())


def test_seeds_in_a_sample_of_orders(seed_articles: dict[str, Article]) -> None:
    orders = random.Random(1).sample(list(itertools.permutations(seed_articles)), 20)
    for order in orders:
        assert _groups_for(order, seed_articles) == EXPECTED, order


def test_shipped_threshold_has_room_on_both_sides(seed_articles: dict[str, Article]) -> None:
    margin = order_margin(seed_articles, EXPECTED)
    assert margin.orders == 120 and margin.passing is not None, margin
    low, high = margin.passing
    assert low + MIN_MARGIN <= clustering_threshold() <= high - MIN_MARGIN, margin


@pytest.mark.slow
def test_seeds_in_all_120_orders(seed_articles: dict[str, Article]) -> None:
    for order in itertools.permutations(seed_articles):
        assert _groups_for(order, seed_articles) == EXPECTED, order


@pytest.mark.slow
def test_margin_agrees_with_assign_story(seed_articles: dict[str, Article]) -> None:
    low, high = order_margin(seed_articles, EXPECTED).passing or (1.0, 0.0)
    for threshold, passes in ((low + 0.01, True), (high, True), (low - 0.01, False), (high + 0.01, False)):
        results = [_groups_for(o, seed_articles, threshold) == EXPECTED for o in itertools.permutations(seed_articles)]
        assert all(results) is passes, threshold
