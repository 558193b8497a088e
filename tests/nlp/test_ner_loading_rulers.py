"""The shipped model's entity rulers load with tokenizer-only patterns and match as spaCy's do."""

from __future__ import annotations

import spacy

from lagebild.nlp.ner import lexicon, person_titles, pos_tags  # noqa: F401  (register components)
from lagebild.nlp.ner.loading import SHIPPED_MODEL, _load, load_ner

TEXTS = [
    "Wladimir Putin traf in Pjöngjang Kim Jong Un. Frankreich und Joe Biden reagierten zurückhaltend.",
    "Der Kreml teilte mit, Präsident Emmanuel Macron habe mit Olaf Scholz über Nordkorea gesprochen.",
    "In Südkorea und Japan wuchs die Sorge; Xi Jinping schwieg, Recep Tayyip Erdoğan nicht.",
]
EXCLUDE = ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler"]


def test_rulers_keep_no_pipeline_output_per_pattern() -> None:
    nlp = load_ner()
    rulers = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory == "entity_ruler"]
    assert {"lagebild_leaders", "entity_ruler"} <= set(rulers)
    for name in rulers:
        patterns = [doc for docs in nlp.get_pipe(name).phrase_patterns.values() for doc in docs]
        assert patterns and all(doc.tensor.size == 0 and not doc.ents for doc in patterns)
    assert nlp.get_pipe("lagebild_leaders").overwrite and not nlp.get_pipe("entity_ruler").overwrite


def test_same_entities_as_spacy_load() -> None:
    ours = _load(str(SHIPPED_MODEL), EXCLUDE)
    theirs = spacy.load(str(SHIPPED_MODEL), exclude=EXCLUDE)
    assert ours.pipe_names == theirs.pipe_names
    for a, b in zip(ours.pipe(TEXTS), theirs.pipe(TEXTS), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_) for e in b.ents
        ]
    assert any(e.text == "Wladimir Putin" for e in ours(TEXTS[0]).ents)
