"""Agreement between clusterings: identical = 1, label names do not matter, a split lowers it."""

from __future__ import annotations

from lagebild.stories.story_agreement import adjusted_rand, bcubed_f1


def test_identical_partitions_agree_fully_whatever_the_labels() -> None:
    assert adjusted_rand([1, 1, 2, 2, 3], ["x", "x", "y", "y", "z"]) == 1.0
    assert bcubed_f1({"a": 1, "b": 1, "c": 2}, {"a": "s", "b": "s", "c": "t"}) == 1.0


def test_a_split_lowers_agreement() -> None:
    a = {"p": 1, "q": 1, "r": 1, "s": 2}
    b = {"p": 1, "q": 1, "r": 3, "s": 2}
    assert 0.0 < bcubed_f1(a, b) < 1.0
    assert adjusted_rand(list(a.values()), list(b.values())) < 1.0
