"""ORG cues of the NER (org_names.py, lexicon.py): word lists, flags, word endings, ruler, options."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("spacy")

import spacy  # noqa: E402
from spacy.attrs import IDS  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

from lagebild.nlp.ner import load_ner  # noqa: E402
from lagebild.nlp.ner.lexicon import FLAGS, ORG_HEAD_FLAG, WordEndings  # noqa: E402
from lagebild.nlp.ner.org_names import ends_like_org, org_words, ruler_patterns  # noqa: E402
from lagebild.nlp.ner.training import ACCURATE, CONFIG, add_org_ruler, training_config  # noqa: E402


def test_org_words_hold_acronyms_media_legal_forms_and_genitives() -> None:
    words = set(org_words())
    assert {"FBI", "UEFA", "Bundestag", "Spiegel", "GmbH", "e.V."} <= words
    assert {"Handelsblatts", "Bundestages"} <= words  # genitive forms of the one-word names
    assert "FBIs" not in words and "Polizei" not in words  # no genitive of acronyms; generic bodies are O


def test_org_heads_are_the_ends_of_capitalised_compounds() -> None:
    assert ends_like_org("Piratenpartei") and ends_like_org("Landgericht") and ends_like_org("Finanzministerium")
    assert not ends_like_org("partei") and not ends_like_org("Apparat") and not ends_like_org("Berlin")


def test_name_flags_set_the_org_flags() -> None:
    nlp = spacy.blank("de")
    flags = nlp.add_pipe("lagebild_name_flags", config={"org_heads": True})
    flags.set_lists({"ORG": ["FBI"]})  # type: ignore[attr-defined]
    doc = nlp("Das FBI und die Piratenpartei in Berlin")
    org, head = IDS[FLAGS["ORG"]], IDS[ORG_HEAD_FLAG]
    assert [t.check_flag(org) for t in doc] == [False, True, False, False, False, False, False]
    assert [t.text for t in doc if t.check_flag(head)] == ["Piratenpartei"]
    off = spacy.blank("de")
    off.add_pipe("lagebild_name_flags")
    assert not any(t.check_flag(head) for t in off("Die Sozialpartei"))  # org_heads defaults to off


def test_word_endings_set_the_last_letters_as_lemma() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_word_endings", config={"length": 4})
    assert [t.lemma_ for t in nlp("Die Piratenpartei tagt")] == ["die", "rtei", "tagt"]
    with pytest.raises(ValueError, match="length"):
        WordEndings(nlp, "x", 0)


def test_org_ruler_adds_org_only_where_nothing_was_found() -> None:
    nlp = spacy.blank("de")
    add_org_ruler(nlp)
    words = ["Das", "FBI", "und", "der", "FC", "Bayern", "München", "und", "die", "CDU"]
    doc = Doc(nlp.vocab, words=words, ents=["O"] * 9 + ["B-PER"])
    doc = nlp.get_pipe("lagebild_org_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("FBI", "ORG"), ("FC Bayern München", "ORG"), ("CDU", "PER")]
    doc = nlp.get_pipe("lagebild_org_relabel")(doc)  # a listed name the model typed otherwise becomes ORG
    assert [(e.text, e.label_) for e in doc.ents][-1] == ("CDU", "ORG")
    doc = Doc(nlp.vocab, words=["Juventus", "Turin", "und", "Turin"], ents=["B-PER", "I-PER", "O", "B-LOC"])
    assert [(e.text, e.label_) for e in nlp(doc).ents] == [("Juventus Turin", "ORG"), ("Turin", "LOC")]
    assert {"label": "ORG", "pattern": "Juventus Turin"} in ruler_patterns()


def test_options_write_the_features_into_the_config(tmp_path: Path) -> None:
    assert training_config(tmp_path, "none", tmp_path) == CONFIG
    default = spacy.util.load_config(training_config(tmp_path, "hanta", tmp_path))
    assert default["components"]["tok2vec"]["model"]["embed"]["attrs"][-2:] == ["FLAG23", "TAG"]
    config = spacy.util.load_config(training_config(tmp_path, "hanta", tmp_path, org_features=True, word_endings=5))
    assert config["nlp"]["pipeline"] == ["name_flags", "pos_tags", "word_endings", "tok2vec", "ner"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    assert embed["attrs"][-4:] == ["FLAG24", "FLAG25", "TAG", "LEMMA"] and len(embed["rows"]) == len(embed["attrs"])
    assert config["components"]["name_flags"]["org_heads"] is True
    assert config["initialize"]["components"]["name_flags"]["org_names"] is True
    assert config["components"]["word_endings"]["length"] == 5
    assert config["training"]["annotating_components"] == ["name_flags", "pos_tags", "word_endings"]
    assert ACCURATE["components.tok2vec.model.encode.depth"] == 6
    with pytest.raises(ValueError, match="word_endings"):
        training_config(tmp_path, "none", tmp_path, word_endings=-1)


def test_a_pipeline_with_the_org_features_saves_and_loads(tmp_path: Path) -> None:
    """Tiny model from the options' config: trained 2 steps, saved, loaded with `load_ner`."""
    config = spacy.util.load_config(training_config(tmp_path, "none", tmp_path, org_features=True, word_endings=5))
    config["initialize"]["components"]["name_flags"]["data_dir"] = ""
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.get_pipe("name_flags").set_lists({"SURNAME": ["Scholz"], "ORG": ["FBI"]})
    words = ["Scholz", "lobt", "das", "FBI"]
    doc = Doc(nlp.vocab, words=words, ents=["B-PER", "O", "O", "B-ORG"])
    examples = [Example(Doc(nlp.vocab, words=words), doc)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(2):
        nlp.update(examples, sgd=optimizer)
    add_org_ruler(nlp)
    nlp.to_disk(tmp_path / "model")
    loaded = load_ner(str(tmp_path / "model"))
    assert loaded.get_pipe("name_flags").org_heads is True
    assert loaded.get_pipe("name_flags").lists["ORG"] == ["FBI"]
    doc = loaded("Scholz lobt die Piratenpartei")
    assert doc[3].lemma_ == "artei" and doc[3].check_flag(IDS[ORG_HEAD_FLAG])
    assert loaded.pipe_names[-2:] == ["lagebild_org_names", "lagebild_org_relabel"]
