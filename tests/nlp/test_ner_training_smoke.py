"""A few-step training run end to end (slow: reads every corpus; run with -m slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.nlp.ner import load_ner, train

pytest.importorskip("spacy")


@pytest.mark.slow
def test_train_writes_a_loadable_pipeline(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    train(out, shared_data, max_steps=2, work_dir=tmp_path / "work")
    nlp = load_ner(str(out))
    assert nlp.pipe_names == [
        "name_flags", "pos_tags", "tok2vec", "ner", "lagebild_trim_person_titles", "lagebild_common_word_filter",
        "lagebild_leaders", "entity_ruler", "lagebild_org_names", "lagebild_org_relabel",
    ]
    assert nlp("Olaf Scholz reiste nach Frankreich.") is not None
