"""Training-data harmonisation, augmentation, title trimming and name flags on hand-made input."""

from __future__ import annotations

import random

import pytest

from lagebild.nlp.ner.corpora import TaggedSentence
from lagebild.nlp.ner.labels import harmonise, org_names_only
from lagebild.nlp.ner.sources import mention_pool, replace_mentions, surnames_only

pytest.importorskip("spacy")


def test_harmonise_drops_place_adjectives_and_lowercase_spans() -> None:
    words = ["Die", "italienischen", "und", "Berliner", "Medien", "in", "beiden", "Richtungen", "bei", "Hannover"]
    tags = ["O", "B-LOC", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC"]
    assert harmonise(words, tags, {"Berlin", "Hannover"}) == ["O"] * 9 + ["B-LOC"]


def test_surnames_only_cuts_plain_full_names_and_leaves_others() -> None:
    words = ["Werke", "von", "Pablo", "Picasso", ",", "Leopold", "IV.", "und", "Max", "Liebermann", "."]
    tags = ["O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
    cut = surnames_only(TaggedSentence(words, tags))
    assert cut is not None
    assert cut.words == ["Werke", "von", "Picasso", ",", "Leopold", "IV.", "und", "Liebermann", "."]
    assert cut.tags == ["O", "O", "B-PER", "O", "B-PER", "I-PER", "O", "B-PER", "O"]
    assert surnames_only(TaggedSentence(["Berlin"], ["B-LOC"])) is None


def test_org_names_only_keeps_clubs_and_acronyms_not_cups() -> None:
    words = ["FC", "Vaduz", "gegen", "Norwegen", "im", "DFB-Pokal", "und", "BMW"]
    tags = ["B-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG"]
    assert org_names_only(words, tags) == ["B-ORG", "I-ORG", "O", "-", "O", "-", "O", "B-ORG"]


def test_replace_mentions_swaps_names_of_the_same_kind() -> None:
    pool = mention_pool([TaggedSentence(["Angela", "Merkel"], ["B-PER", "I-PER"])])
    assert ["Merkel"] in pool["PER"]
    out = replace_mentions(TaggedSentence(["Kolb", "kam", "."], ["B-PER", "O", "O"]), pool, random.Random(0))
    assert out.words[-2:] == ["kam", "."] and out.tags[0] == "B-PER"
    assert len(out.words) == len(out.tags)


def test_trim_person_titles_drops_leading_roles_but_keeps_lone_surnames() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from lagebild.nlp.ner.person_titles import trim_person_titles

    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=["Bischof", "Avitus", "und", "Graf", "trafen", "Lady", "Gaga"])
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 3, 4, "PER"), Span(doc, 5, 7, "PER")]
    assert [(e.text, e.label_) for e in trim_person_titles(doc).ents] == [
        ("Avitus", "PER"),
        ("Graf", "PER"),
        ("Lady Gaga", "PER"),
    ]


def test_name_flags_mark_listed_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import spacy
    from spacy.attrs import IDS

    from lagebild.nlp.ner import lexicon  # noqa: F401  (registers the factory)

    nlp = spacy.blank("de")
    flags = nlp.add_pipe("lagebild_name_flags")
    flags.set_lists({"SURNAME": ["Kolb"], "FIRST": [], "PLACE": ["Ravensburg"], "COMPANY": []})  # type: ignore[attr-defined]
    flags.to_disk(tmp_path)  # type: ignore[attr-defined]
    flags.from_disk(tmp_path)  # type: ignore[attr-defined]
    doc = nlp("Kolb kam aus Ravensburg")
    surname, place = IDS["FLAG20"], IDS["FLAG22"]
    assert doc.to_array([surname, place]).tolist() == [[1, 0], [0, 0], [0, 0], [0, 1]]


def test_leader_names_add_news_spellings_of_hyphenated_names(shared_data) -> None:  # type: ignore[no-untyped-def]
    from lagebild.nlp.ner.gazetteer import leader_names

    names = set(leader_names(shared_data))
    assert {"Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"} <= names
