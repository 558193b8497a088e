"""GermEval-format TSV: tagging keeps the file's shape; scoring reads gold from column 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.nlp.ner import evaluate_tsv, tag_tsv
from lagebild.nlp.ner.corpora.germeval import germeval_half, read_germeval

pytest.importorskip("spacy")

GOLD = (
    "#\tlagebild-test-1\t[2024-01-01]\n"
    "1\tBundeskanzler\tO\tO\n2\tOlaf\tB-PER\tO\n3\tScholz\tI-PER\tO\n4\treiste\tO\tO\n"
    "5\tnach\tO\tO\n6\tParis\tB-LOC\tO\n7\t.\tO\tO\n"
    "\n"
    "#\tlagebild-test-2\t[2024-01-02]\n"
    "1\tDie\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tRegierung\tO\tO\n4\ttagte\tO\tO\n"
    "5\tin\tO\tO\n6\tBerlin\tB-LOC\tO\n7\t.\tO\tO\n"
    "\n"
)


def test_tag_tsv_round_trip_keeps_comments_tokens_and_inner_column(tmp_path: Path) -> None:
    gold, out = tmp_path / "gold.tsv", tmp_path / "pred.tsv"
    gold.write_text(GOLD, encoding="utf-8")
    tag_tsv(gold, out, model=None)
    before, after = list(read_germeval(gold)), list(read_germeval(out))
    assert [s.comments for s in after] == [s.comments for s in before]
    assert [s.words for s in after] == [s.words for s in before]
    assert all(len(row) == 4 and row[3] == "O" for s in after for row in s.rows)
    assert after[0].outer_tags[1:3] == ["B-PER", "I-PER"]
    assert after[0].outer_tags[5] == "B-LOC"


def test_evaluate_tsv_scores_shipped_model_on_tiny_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text(GOLD, encoding="utf-8")
    scores = evaluate_tsv(gold, show=False)
    assert scores["overall"]["gold"] == 3  # LOCderiv is dropped, not scored
    assert scores["overall"]["recall"] >= 2 / 3


def test_germeval_halves_are_fixed_and_disjoint(shared_data: Path) -> None:
    path = shared_data / "germeval2014" / "NER-de-dev.tsv"
    held, trained = germeval_half(path, held_back=True), germeval_half(path, held_back=False)
    assert len(held) == len(trained) == 1100
    assert held[0].comments != trained[0].comments
