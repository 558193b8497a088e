"""fit_similarity on synthetic pairs: article-grouped folds, the plateau threshold, a held-out
score that never saw its pair, and a threshold-free AUC."""

from __future__ import annotations

from lagebild.stories.fit_similarity import (
    article_groups,
    choose_threshold,
    cross_validate,
    fit,
    roc_auc,
)
from lagebild.stories.semeval_pairs import GoldPair


def _pair(pid: str, overall: float, text: float, ids: tuple[str, str] = ("", "")) -> GoldPair:
    return GoldPair(pid, overall, {"text": text, "gap": 0.0, "weekdays": 0.0}, ids)


def test_pairs_sharing_an_article_share_a_fold() -> None:
    pairs = [_pair("p1", 1, 0.9, ("a", "b")), _pair("p2", 2, 0.7, ("b", "c")), _pair("p3", 4, 0.1, ("d", "e")),
             _pair("p4", 4, 0.2), _pair("p5", 3, 0.3)]
    assert article_groups(pairs) == [0, 0, 1, 2, 3]


def test_held_out_scores_come_from_models_without_the_pair() -> None:
    pairs = [_pair(f"p{i}", 4 - 3 * t, t, (f"a{i}", f"b{i}")) for i, t in enumerate([0.1, 0.3, 0.5, 0.7, 0.9])]
    pairs.append(_pair("odd", 4.0, 0.9, ("x", "y")))  # an outlier: its own held-out score ignores it
    held = cross_validate(pairs, ("text",))
    assert len(held) == len(pairs)
    assert held[-1].story > fit(pairs, ("text",)).bias + 0.9 * fit(pairs, ("text",)).weights["text"]


def test_threshold_is_the_middle_of_the_best_plateau() -> None:
    # Same event above 0.6; a lone positive at 0.3 makes a spike that must not win.
    scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.65, 0.7, 0.8, 0.9]
    gold = [False, False, True, False, False, True, True, True, True]
    assert 0.5 < choose_threshold(scores, gold) <= 0.65


def test_auc_counts_ties_half() -> None:
    assert roc_auc([0.9, 0.8, 0.1], [True, True, False]) == 1.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5
