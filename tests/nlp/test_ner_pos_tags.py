"""The word-class feature of the NER (pos_tags.py): taggers, the component, the training option."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("spacy")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

from lagebild.nlp.ner import lexicon, load_ner  # noqa: E402, F401  (registers the name flags)
from lagebild.nlp.ner.pos_tags import PosTags, SuffixTagger  # noqa: E402
from lagebild.nlp.ner.training import CONFIG, training_config  # noqa: E402

TAGGED = [("Die", "ART"), ("Stadt", "NN"), ("Berlin", "NE"), ("wächst", "VVFIN"), ("schnell", "ADJD"),
          ("Tierheime", "NN"), ("Zeitung", "NN"), ("wächst", "VVFIN"), ("die", "ART")]


def test_suffix_tagger_knows_forms_and_guesses_endings() -> None:
    tagger = SuffixTagger.train(TAGGED)
    assert tagger.tag("Berlin") == "NE"
    assert tagger.tag("Richtung") == "NN"  # unknown form, ending "-ung" of "Zeitung"
    assert tagger.tag("Xyz") in {"NN", "NE", "ART"}  # only the capital class is known


def test_component_sets_the_tag_of_every_token() -> None:
    nlp = spacy.blank("de")
    component = nlp.add_pipe("lagebild_pos_tags", config={"tagger": "gsd"})
    assert isinstance(component, PosTags)
    component.tagger = SuffixTagger.train(TAGGED)
    doc = nlp("Die Stadt Berlin wächst  schnell")
    assert [t.tag_ for t in doc] == ["ART", "NN", "NE", "VVFIN", "_SP", "ADJD"]


def test_unknown_tagger_name_is_refused() -> None:
    with pytest.raises(ValueError, match="tagger must be one of"):
        spacy.blank("de").add_pipe("lagebild_pos_tags", config={"tagger": "treetagger"})


def test_hanta_tells_a_rare_noun_from_a_rare_name() -> None:
    pytest.importorskip("HanTa")
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_pos_tags", config={"tagger": "hanta"})
    doc = nlp("Berlusconi besuchte das Tierheim")
    assert [doc[0].tag_, doc[3].tag_] == ["NE", "NN"]


def test_training_option_writes_the_feature_into_the_config(tmp_path: Path) -> None:
    assert training_config(tmp_path, "none", tmp_path) == CONFIG
    config = spacy.util.load_config(training_config(tmp_path, "gsd", tmp_path))
    assert config["nlp"]["pipeline"] == ["name_flags", "pos_tags", "tok2vec", "ner"]
    assert config["components"]["pos_tags"]["tagger"] == "gsd"
    assert config["components"]["tok2vec"]["model"]["embed"]["attrs"][-1] == "TAG"
    assert "pos_tags" in config["training"]["annotating_components"]
    with pytest.raises(ValueError, match="pos_features"):
        training_config(tmp_path, "spacy", tmp_path)


def test_a_pipeline_with_the_feature_saves_and_loads(tmp_path: Path) -> None:
    """Tiny model from the option's config: trained 2 steps, saved, loaded with `load_ner`."""
    config = spacy.util.load_config(training_config(tmp_path, "gsd", tmp_path))
    config["initialize"]["components"]["name_flags"]["data_dir"] = ""
    config["initialize"]["components"]["pos_tags"]["data_dir"] = ""
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.get_pipe("name_flags").set_lists({"SURNAME": ["Scholz"], "FIRST": [], "PLACE": ["Paris"], "COMPANY": []})
    pos = nlp.get_pipe("pos_tags")
    pos.tagger = SuffixTagger.train(TAGGED + [("Scholz", "NE"), ("Paris", "NE"), ("reist", "VVFIN")])
    words = ["Scholz", "reist", "nach", "Paris"]
    doc = Doc(nlp.vocab, words=words, ents=["B-PER", "O", "O", "B-LOC"])
    examples = [Example(Doc(nlp.vocab, words=words), doc)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(2):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(tmp_path / "model")
    loaded = load_ner(str(tmp_path / "model"))
    assert "pos_tags" in loaded.pipe_names
    assert [t.tag_ for t in loaded("Scholz reist nach Paris")][:2] == ["NE", "VVFIN"]


def test_common_word_filter_drops_one_word_people_and_places_that_are_common_nouns() -> None:
    nlp = spacy.blank("de")
    pos = nlp.add_pipe("lagebild_pos_tags", name="pos_tags", config={"tagger": "gsd"})
    pos.tagger = SuffixTagger.train(TAGGED)  # type: ignore[attr-defined]
    drop = nlp.add_pipe("lagebild_common_word_filter")
    words = ["Die", "Zeitung", "Berlin", "Stadt", "Zeitung"]
    doc = drop(pos(Doc(nlp.vocab, words=words, ents=["O", "B-PER", "B-LOC", "B-ORG", "B-LOC"])))
    # "Zeitung" is a known NN: dropped as PER and LOC; "Berlin" (NE) and the ORG are kept
    assert [(e.text, e.label_) for e in doc.ents] == [("Berlin", "LOC"), ("Stadt", "ORG")]


def test_drop_common_words_needs_the_tags(tmp_path: Path) -> None:
    from lagebild.nlp.ner import train

    with pytest.raises(ValueError, match="pos_features"):
        train(tmp_path / "model", tmp_path, pos_features="none", drop_common_words=True)


def test_analysed_nouns_setting_drops_unknown_compounds_but_not_flagged_names() -> None:
    nlp = spacy.blank("de")
    flags = nlp.add_pipe("lagebild_name_flags")
    flags.set_lists({"SURNAME": ["Pinkwart"]})  # type: ignore[attr-defined]
    pos = nlp.add_pipe("lagebild_pos_tags", name="pos_tags", config={"tagger": "gsd"})
    pos.tagger = SuffixTagger.train(TAGGED + [("Rettungspaket", "NN")])  # type: ignore[attr-defined]
    pos.tagger.words = {w: t for w, t in pos.tagger.words.items() if w != "Rettungspaket"}  # type: ignore[attr-defined]
    pos.tagger.suffixes["Xx|aket"] = pos.tagger.suffixes["Xx|wart"] = "NN"  # type: ignore[attr-defined]
    pos.tagger.suffixes["Xx|ngen"] = "NN"  # type: ignore[attr-defined]
    words = ["Rettungspaket", "Pinkwart", "Riedlingen", "UEFA"]
    ents = ["B-LOC", "B-PER", "B-LOC", "B-LOC"]
    off = nlp.add_pipe("lagebild_common_word_filter", name="off")
    doc = off(pos(flags(Doc(nlp.vocab, words=words, ents=ents))))
    assert len(doc.ents) == 4  # default: unknown forms are kept
    on = nlp.add_pipe("lagebild_common_word_filter", name="on", config={"analysed_nouns": True})
    doc = on(pos(flags(Doc(nlp.vocab, words=words, ents=ents))))
    # the unknown compound tagged NN goes; a listed surname, a place ending and capitals stay
    assert [e.text for e in doc.ents] == ["Pinkwart", "Riedlingen", "UEFA"]


def test_drop_analysed_nouns_needs_the_filter(tmp_path: Path) -> None:
    from lagebild.nlp.ner import train

    with pytest.raises(ValueError, match="drop_common_words"):
        train(tmp_path / "model", tmp_path, drop_common_words=False, drop_analysed_nouns=True)
