"""The accurate NER model ships without its own copy of the word vectors and loads the fast
model's identical table (shared_vectors.py), refusing a table that is not the one it was trained with."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

spacy = pytest.importorskip("spacy")

from lagebild.nlp.ner.shared_vectors import (  # noqa: E402
    FROM_KEY,
    SharedVectorsMismatch,
    restore_vectors,
    share_vectors,
)


def _pipeline(path: Path, seed: int) -> np.ndarray:
    nlp = spacy.blank("de")
    table = np.random.default_rng(seed).normal(size=(3, 4)).astype("float32")
    nlp.vocab.reset_vectors(width=4)
    for word, row in zip(["Berlin", "Paris", "Kiew"], table, strict=True):
        nlp.vocab.set_vector(word, row)
    nlp.to_disk(path)
    return table


def test_shared_vectors_round_trip(tmp_path: Path) -> None:
    table = _pipeline(tmp_path / "fast", 0)
    _pipeline(tmp_path / "accurate", 0)
    assert share_vectors(tmp_path / "accurate", tmp_path / "fast")
    assert not (tmp_path / "accurate" / "vocab" / "vectors").exists()
    assert json.loads((tmp_path / "accurate" / "meta.json").read_text())[FROM_KEY] == "fast"
    nlp = spacy.load(tmp_path / "accurate")
    assert nlp.vocab.vectors.data.size == 0  # spaCy alone loads no table: restoring matters
    restore_vectors(nlp, tmp_path / "accurate")
    assert np.array_equal(nlp.vocab.get_vector("Paris"), table[1])


def test_different_vectors_are_not_shared(tmp_path: Path) -> None:
    _pipeline(tmp_path / "fast", 0)
    _pipeline(tmp_path / "accurate", 1)
    assert not share_vectors(tmp_path / "accurate", tmp_path / "fast")
    assert (tmp_path / "accurate" / "vocab" / "vectors").is_file()


def test_a_changed_sibling_table_is_refused(tmp_path: Path) -> None:
    _pipeline(tmp_path / "fast", 0)
    _pipeline(tmp_path / "accurate", 0)
    assert share_vectors(tmp_path / "accurate", tmp_path / "fast")
    _pipeline(tmp_path / "fast", 2)  # the fast model retrained with other vectors
    nlp = spacy.load(tmp_path / "accurate")
    with pytest.raises(SharedVectorsMismatch, match="retrain"):
        restore_vectors(nlp, tmp_path / "accurate")


def test_the_shipped_accurate_model_uses_the_fast_models_table() -> None:
    from lagebild.nlp.ner import load_ner
    from lagebild.nlp.ner.loading import SHIPPED_ACCURATE

    assert not (SHIPPED_ACCURATE / "vocab" / "vectors").exists()
    accurate, fast = load_ner("accurate"), load_ner()
    assert accurate.vocab.vectors.shape == fast.vocab.vectors.shape != (0, 0)
    word = "Berlin"
    assert np.array_equal(accurate.vocab.get_vector(word), fast.vocab.get_vector(word))
