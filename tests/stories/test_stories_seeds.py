"""Acceptance on the five seed articles: 000-002 one story (Schoigu in Pjöngjang), 003 and 004 alone."""

from __future__ import annotations

import itertools
import random

import pytest

from lagebild.model import Article
from lagebild.stories import MemoryStoryIndex, assign_story

EXPECTED = [["000", "001", "002"], ["003"], ["004"]]


def _groups_for(order: tuple[str, ...], seeds: dict[str, Article]) -> list[list[str]]:
    index = MemoryStoryIndex()
    for number in order:
        assign_story(seeds[number], index)
    by_id = {a.id: n for n, a in seeds.items()}
    return sorted(sorted(by_id[a] for a in s.articles) for s in index.iter_stories())


def test_seeds_in_a_sample_of_orders(seed_articles: dict[str, Article]) -> None:
    orders = random.Random(1).sample(list(itertools.permutations(seed_articles)), 20)
    for order in orders:
        assert _groups_for(order, seed_articles) == EXPECTED, order


@pytest.mark.slow
def test_seeds_in_all_120_orders(seed_articles: dict[str, Article]) -> None:
    for order in itertools.permutations(seed_articles):
        assert _groups_for(order, seed_articles) == EXPECTED, order
