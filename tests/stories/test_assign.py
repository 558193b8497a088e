"""assign_story on synthetic articles: two interleaved events, order robustness, idempotence."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from lagebild.model import Article
from lagebild.stories import StoryIndex, assign_story


def _article(id_: str, title: str, body: str, published: str | None) -> Article:
    return Article(id=id_, source="test", format="txt", title=title, body=body, published=published)


FIRE = [
    _article(
        "f1",
        "Großbrand in Heidenau: Lagerhalle von Brecklinger zerstört",
        "In Heidenau ist eine Lagerhalle der Spedition Brecklinger abgebrannt. Die Feuerwehr war mit "
        "120 Kräften im Einsatz. Brandmeister Olaf Quendt sprach von einem Schaden in Millionenhöhe.",
        "2024-03-04",
    ),
    _article(
        "f2",
        "Heidenau: Ursache für Brand bei Brecklinger weiter unklar",
        "Nach dem Großbrand in der Lagerhalle der Spedition Brecklinger in Heidenau ermittelt die Polizei. "
        "Brandmeister Quendt schließt Brandstiftung nicht aus. Die Feuerwehr löschte bis in die Nacht.",
        "2024-03-05",
    ),
    _article(
        "f3",
        "Nach Feuer in Heidenau: Brecklinger will Lagerhalle neu bauen",
        "Die Spedition Brecklinger will die abgebrannte Lagerhalle in Heidenau wieder aufbauen. "
        "Feuerwehr und Brandmeister Quendt hatten den Großbrand nach zwölf Stunden gelöscht.",
        None,
    ),
]
TRADE = [
    _article(
        "t1",
        "Handelsabkommen: Veltrovia und Kaskarien einigen sich auf Zollsenkung",
        "Die Regierungen von Veltrovia und Kaskarien haben ein Handelsabkommen unterzeichnet. "
        "Handelsministerin Ilse Morgentau sprach in Brüssel von einem Durchbruch für Exporteure.",
        "2024-03-04",
    ),
    _article(
        "t2",
        "Morgentau verteidigt Abkommen mit Kaskarien",
        "Handelsministerin Morgentau hat das Handelsabkommen zwischen Veltrovia und Kaskarien gegen Kritik "
        "verteidigt. Die Zollsenkung helfe den Exporteuren, sagte sie in Brüssel.",
        "2024-03-06",
    ),
]


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in index.iter_stories()}


EXPECTED = {frozenset({"f1", "f2", "f3"}), frozenset({"t1", "t2"})}


def test_two_interleaved_events_form_two_stories(story_index: StoryIndex) -> None:
    for article in [FIRE[0], TRADE[0], FIRE[1], TRADE[1], FIRE[2]]:
        assign_story(article, story_index)
    assert _groups(story_index) == EXPECTED


def test_story_fields(story_index: StoryIndex) -> None:
    for article in [FIRE[0], TRADE[0], FIRE[1], FIRE[2]]:
        assign_story(article, story_index)
    story_id = story_index.story_of("f2")
    assert story_id == "s-f1"
    story = story_index.get_story("s-f1")
    assert story is not None
    assert story.title == FIRE[0].title
    assert story.articles == ["f1", "f2", "f3"]
    assert (story.first_published, story.last_published) == ("2024-03-04", "2024-03-05")
    assert story_index.get_story("nope") is None and story_index.story_of("nope") is None


def test_every_arrival_order_gives_the_same_groups(new_index: Callable[[], StoryIndex]) -> None:
    articles = FIRE + TRADE
    orders = random.Random(7).sample(list(itertools.permutations(articles)), 12)
    for order in orders:
        index = new_index()
        for article in order:
            assign_story(article, index)
        assert _groups(index) == EXPECTED, [a.id for a in order]


def test_assigning_twice_changes_nothing(story_index: StoryIndex) -> None:
    first = assign_story(FIRE[0], story_index)
    assign_story(FIRE[1], story_index)
    before = list(story_index.iter_stories())
    again = assign_story(FIRE[1], story_index)
    assert again.articles == ["f1", "f2"] and again.id == first.id
    assert list(story_index.iter_stories()) == before
