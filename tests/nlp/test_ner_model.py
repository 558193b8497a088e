"""The shipped German NER model: loads offline, finds obvious entities, fails clearly on bad names."""

from __future__ import annotations

import pytest

from lagebild.nlp.ner import NerModelNotFound, find_mentions, find_mentions_batch, load_ner

pytest.importorskip("spacy")


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.kind) for m in find_mentions(text)}


def test_shipped_model_finds_person_and_place() -> None:
    found = _found("Bundeskanzler Olaf Scholz reiste nach Paris.")
    assert ("Olaf Scholz", "PER") in found
    assert ("Paris", "LOC") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Europäische Zentralbank in Frankfurt erhöhte die Zinsen.", ("Frankfurt", "LOC")),
        ("Angela Merkel traf am Montag den französischen Präsidenten in Berlin.", ("Angela Merkel", "PER")),
        ("Der Konzern Siemens meldete einen Gewinnsprung.", ("Siemens", "ORG")),
    ],
)
def test_shipped_model_on_news_sentences(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_offsets_point_into_the_text_and_batch_matches_single() -> None:
    texts = ["Bundeskanzler Olaf Scholz reiste nach Paris.", "", "In Hamburg regnet es."]
    batch = find_mentions_batch(texts)
    assert len(batch) == 3 and batch[1] == []
    for text, mentions in zip(texts, batch, strict=True):
        assert mentions == find_mentions(text)
        assert all(text[m.start : m.end] == m.text for m in mentions)


def test_unknown_model_name_gives_a_clear_error() -> None:
    with pytest.raises(NerModelNotFound, match="no_such_model"):
        load_ner("no_such_model")


def test_shipped_model_is_small() -> None:
    from lagebild.nlp.ner.loading import SHIPPED_MODEL

    size = sum(p.stat().st_size for p in SHIPPED_MODEL.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024


def test_accurate_model_loads_by_name_and_finds_entities() -> None:
    from lagebild.nlp.ner.loading import SHIPPED_ACCURATE

    nlp = load_ner("accurate")
    assert "use_features" in nlp.pipe_names  # the USE-encoder features, i.e. really the other model
    assert load_ner("accurate") is nlp  # cached like the default
    found = {(m.text, m.kind) for m in find_mentions("Bundeskanzler Olaf Scholz reiste nach Paris.", "accurate")}
    assert ("Olaf Scholz", "PER") in found and ("Paris", "LOC") in found
    from lagebild.nlp.ner.loading import SHIPPED_MODEL

    # Both shipped models together stay within the 50 MB budget (they share one vectors table).
    size = sum(p.stat().st_size for d in (SHIPPED_MODEL, SHIPPED_ACCURATE) for p in d.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024
