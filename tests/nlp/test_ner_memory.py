"""Tagging many articles must not grow the model's vocabulary by every new word form."""

from __future__ import annotations

from lagebild.nlp.ner.loading import find_mentions, find_mentions_batch, load_ner


def test_new_word_forms_are_not_kept_after_tagging() -> None:
    nlp = load_ner()
    find_mentions("Warm-up: Olaf Scholz traf in Berlin ein.")
    before = len(nlp.vocab.strings)
    texts = [f"Bürgermeisterin Quarvelinde Zibrowskaja{i} besuchte am Montag Klein-Ostrauheim{i}." for i in range(20)]
    found = [find_mentions(t) for t in texts] + find_mentions_batch(texts)
    assert len(nlp.vocab.strings) == before
    # The mentions are plain strings that outlive the zone.
    assert any(m.text.startswith("Quarvelinde") for mentions in found for m in mentions)
