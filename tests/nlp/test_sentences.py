"""Sentence spans on German news text that trips naive splitters: abbreviations, ordinals, quotes, URLs."""

from __future__ import annotations

from lagebild.nlp.sentences import mask_urls, sentences, split_sentences


def test_abbreviations_and_ordinals_do_not_end_sentences() -> None:
    text = "Am 3. Okt. 2023 sagte Dr. Müller, die Lage sei ernst. Der 27. Juli ist z. B. ein Feiertag."
    assert sentences(text) == [
        "Am 3. Okt. 2023 sagte Dr. Müller, die Lage sei ernst.",
        "Der 27. Juli ist z. B. ein Feiertag.",
    ]


def test_urls_stay_inside_their_sentence() -> None:
    text = "Mehr unter https://www.beispiel.de/politik/a.b.html. Siehe auch www.beispiel.de/inland. Ende."
    assert sentences(text) == [
        "Mehr unter https://www.beispiel.de/politik/a.b.html.",
        "Siehe auch www.beispiel.de/inland.",
        "Ende.",
    ]


def test_mask_keeps_offsets() -> None:
    text = "Quelle: https://x.de/a.b?c=1. Weiter."
    masked = mask_urls(text)
    assert len(masked) == len(text) and "." not in masked[8:28]


def test_quotes_and_paragraphs() -> None:
    text = "„Wir kommen!“, rief sie. Dann ging sie.\n\nNeue Überschrift ohne Punkt\n\nProf. Schmidt nickte."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "„Wir kommen!“, rief sie.",
        "Dann ging sie.",
        "Neue Überschrift ohne Punkt",
        "Prof. Schmidt nickte.",
    ]


def test_empty_text() -> None:
    assert split_sentences("") == [] and split_sentences("\n\n  \n") == []


def test_emoji_shortcut_gives_somajo_own_result() -> None:
    """The wrapped emoji step must not change a single sentence boundary, emojis or not."""
    from somajo import SoMaJo

    from lagebild.nlp import sentences as module

    text = ("Kim traf Putin 🤝 in Moskau. Dr. Müller sagte am 3. Oktober: „Wir sind bereit.“ 👍🏽 Danach? "
            "Nichts. Siehe www.example.de/a.b für mehr :-) Ende.")
    original = SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)
    ours = module._splitter()
    for paragraph in (text, text.replace("🤝", "").replace("👍🏽", "")):
        expected = [[t.text for t in s] for s in original.tokenize_text([paragraph])]
        assert [[t.text for t in s] for s in ours.tokenize_text([paragraph])] == expected
