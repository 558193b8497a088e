"""Strict span scoring and label mapping on hand-made tags (no model needed)."""

from __future__ import annotations

import pytest

from lagebild.nlp.ner.labels import GERMEVAL, LEGAL, WIKIANN, map_bio
from lagebild.nlp.ner.spans import bio_spans, scores_table, strict_scores


def test_bio_spans_reads_spans_and_orphan_inside_tags() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]
    assert bio_spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_strict_scores_count_only_exact_spans_of_the_right_kind() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-ORG"]]
    scores = strict_scores(gold, pred)
    # PER: boundary wrong -> 0/1; LOC exact; ORG: 1 right of 2 predicted; MISC missed.
    assert scores["PER"]["f1"] == 0.0
    assert scores["LOC"]["f1"] == 1.0
    assert scores["ORG"]["precision"] == pytest.approx(0.5)
    assert scores["ORG"]["recall"] == 1.0
    overall = scores["overall"]  # PER/LOC/ORG only: 3 gold, 4 predicted, 2 correct
    assert (overall["gold"], overall["pred"], overall["correct"]) == (3, 4, 2)
    assert overall["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert "MISC" in scores_table(scores)


def test_germeval_mapping_drops_deriv_and_part_and_renames_oth() -> None:
    tags = ["B-LOCderiv", "B-OTH", "I-OTH", "B-ORGpart", "B-PER"]
    assert map_bio(tags, GERMEVAL) == ["O", "B-MISC", "I-MISC", "O", "B-PER"]


def test_mapping_turns_iob1_into_bio_and_marks_legal_norms_missing() -> None:
    assert map_bio(["I-PER", "I-PER", "O", "I-LOC"], WIKIANN) == ["B-PER", "I-PER", "O", "B-LOC"]
    assert map_bio(["B-GS", "I-GS", "B-RR", "B-GRT"], LEGAL) == ["-", "-", "B-PER", "B-ORG"]
