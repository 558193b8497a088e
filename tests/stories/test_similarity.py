"""story_similarity: identical ~1, unrelated low, far apart in time lower, unknown date neutral."""

from __future__ import annotations

from dataclasses import replace

from lagebild.model import Article
from lagebild.stories import story_similarity
from lagebild.stories.dates import day_range, gap_days
from lagebild.stories.features import article_features

FLOOD = Article(
    id="a1",
    source="test",
    format="txt",
    title="Hochwasser in Passau: Donau erreicht Rekordpegel",
    body=(
        "Die Donau hat in Passau am Montag einen Pegel von zwölf Metern erreicht. "
        "Oberbürgermeister Jürgen Dupper rief den Katastrophenfall aus. Die Feuerwehr "
        "evakuierte die Altstadt, Helfer des Technischen Hilfswerks stapelten Sandsäcke."
    ),
    published="2024-06-03",
)
BUDGET = Article(
    id="b1",
    source="test",
    format="txt",
    title="Bundestag streitet über Haushalt",
    body=(
        "Finanzminister Lindner verteidigte im Bundestag den Entwurf für den Haushalt. "
        "Die Opposition kritisierte Kürzungen bei der Bahn und beim Klimaschutz."
    ),
    published="2024-06-03",
)


def test_identical_articles_score_near_one() -> None:
    assert story_similarity(FLOOD, FLOOD) > 0.5
    assert story_similarity(FLOOD, FLOOD) > 3 * story_similarity(FLOOD, BUDGET)


def test_unrelated_articles_score_low() -> None:
    assert story_similarity(FLOOD, BUDGET) < 0.15


def test_same_words_far_apart_in_time_score_lower() -> None:
    later = replace(FLOOD, id="a2", published="2025-02-01")
    assert story_similarity(FLOOD, later) < 0.1 * story_similarity(FLOOD, FLOOD)


def test_unknown_date_is_neutral() -> None:
    undated = replace(FLOOD, id="a3", published=None)
    assert story_similarity(FLOOD, undated) == story_similarity(FLOOD, FLOOD)


def test_score_is_symmetric_and_bounded() -> None:
    a, b = story_similarity(FLOOD, BUDGET), story_similarity(BUDGET, FLOOD)
    assert abs(a - b) < 1e-12
    assert 0.0 <= a <= 1.0


def test_genitive_names_unify_with_base_form() -> None:
    feats = article_features(
        replace(FLOOD, body="Gestern traf Ministerin Wegscheidt ein. Wegscheidts Sprecher bestätigte das.")
    )
    assert "wegscheidt" in feats.names and "wegscheidts" not in feats.names


def test_partial_dates_are_ranges() -> None:
    assert gap_days(day_range("2023-07"), day_range("2023-07-28")) == 0
    assert gap_days(day_range("2023-07-28"), day_range("2023-09-11")) == 45
    assert day_range(None) is None and day_range("unbekannt") is None
