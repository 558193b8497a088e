"""story_similarity: identical = 1, unrelated low, far apart in time lower (event_similarity: far
lower), unknown date neutral; the features behind it (names across spellings, day and weekday
mentions) and the calibration."""

from __future__ import annotations

from dataclasses import replace

from lagebild.model import Article
from lagebild.stories import event_similarity, story_similarity
from lagebild.stories.dates import day_range, gap_days
from lagebild.stories.event_time import event_gap_days, mentioned_days, mentioned_weekdays, weekday_clash
from lagebild.stories.features import article_features
from lagebild.stories.similarity import (
    clustering_threshold,
    same_event_probability,
    shipped_models,
    similarity_parts,
)

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


def test_identical_articles_score_one() -> None:
    assert abs(story_similarity(FLOOD, FLOOD) - 1.0) < 1e-9
    assert story_similarity(FLOOD, FLOOD) > 3 * story_similarity(FLOOD, BUDGET)


def test_unrelated_articles_score_low() -> None:
    assert story_similarity(FLOOD, BUDGET) < 0.15


def test_same_words_far_apart_in_time_score_lower() -> None:
    later = replace(FLOOD, id="a2", published="2025-02-01")
    # A related story (SemEval's sense) a bit less, a new event (what clustering uses) by far.
    assert story_similarity(FLOOD, later) < story_similarity(FLOOD, FLOOD)
    assert event_similarity(FLOOD, later) < 0.1 * event_similarity(FLOOD, FLOOD)


def test_unknown_date_is_neutral() -> None:
    undated = replace(FLOOD, id="a3", published=None)
    assert story_similarity(FLOOD, undated) == story_similarity(FLOOD, FLOOD)
    assert event_similarity(FLOOD, undated) == event_similarity(FLOOD, FLOOD)


def test_score_is_symmetric_and_bounded() -> None:
    a, b = story_similarity(FLOOD, BUDGET), story_similarity(BUDGET, FLOOD)
    assert abs(a - b) < 1e-12
    assert 0.0 <= a <= 1.0


def test_genitive_names_unify_with_base_form() -> None:
    feats = article_features(
        replace(FLOOD, body="Gestern traf Ministerin Wegscheidt ein. Wegscheidts Sprecher bestätigte das.")
    )
    assert "wegsheidt" in feats.terms and "wegsheidts" not in feats.terms  # "sch" folded: a name


def test_name_spellings_meet() -> None:
    german = article_features(replace(FLOOD, title="", body="Verteidigungsminister Schoigu trifft Kim Jong Un."))
    english = article_features(replace(FLOOD, title="", body="Verteidigungsminister Shoigu trifft Kim Jong-Un."))
    assert german.terms.keys() == english.terms.keys()
    assert {"shoigu", "jong", "un"} <= german.terms.keys()


def test_only_nouns_and_names_are_terms() -> None:
    feats = article_features(replace(FLOOD, title="", body="Die Feuerwehr evakuierte schnell die Altstadt."))
    assert set(feats.terms) == {"feuerwehr", "altstadt"}


def test_day_mentions_without_a_foreign_year() -> None:
    published = day_range("2023-07-28")
    days = mentioned_days("Am 27. Juli feiert Pjöngjang den Sieg vom 27. Juli 1953, Treffen am 3.August", published)
    assert days == (209, 216)  # 27 July and 3 August (leap-year numbering); 1953 is history
    undated = "am 1. Mai 2019 und im Jahr 2023 am 9. Juni"
    assert mentioned_days(undated, None) == (161,)  # undated: 2023, the latest year named, is "now"


def test_event_gap_from_mentions_when_undated() -> None:
    july, june = mentioned_days("am 27. Juli", None), mentioned_days("am 28. Juni und 9. Juni", None)
    assert event_gap_days(None, july, None, june) == 29
    assert event_gap_days(None, july, day_range("2023-07"), ()) == 0
    assert event_gap_days(None, (), None, june) is None
    # Both published: the publication gap counts, unless a day is named in both.
    assert event_gap_days(day_range("2023-07-28"), (), day_range("2023-09-11"), ()) == 45
    assert event_gap_days(day_range("2023-07-28"), july, day_range("2023-09-11"), july) == 0


def test_far_apart_mentions_lower_the_score() -> None:
    undated = replace(FLOOD, published=None)
    in_june = replace(undated, body=undated.body + " Das war am 3. Juni.")
    in_august = replace(undated, body=undated.body + " Das war am 30. August.")
    assert story_similarity(in_june, in_august) < story_similarity(in_june, in_june)
    assert event_similarity(in_june, in_august) < 0.2 * event_similarity(in_june, in_june)


def test_weekdays_are_read_and_only_a_full_mismatch_clashes() -> None:
    assert mentioned_weekdays("Am Donnerstagnachmittag, am Sonnabend; montags; die Montagsdemo") == (3, 5)
    thursday, monday = mentioned_weekdays("am Donnerstag"), mentioned_weekdays("am Montagabend")
    assert weekday_clash(thursday, monday) and not weekday_clash(thursday, (0, 3)) and not weekday_clash(thursday, ())
    follow_up = replace(FLOOD, id="a4", title="Passau: Donau sinkt", body=(
        "In Passau sinkt der Pegel der Donau seit Montag wieder. Oberbürgermeister Dupper dankte der Feuerwehr."))
    other_day = replace(follow_up, body=follow_up.body.replace("Montag", "Donnerstag"))
    assert 0.0 < story_similarity(FLOOD, other_day) < story_similarity(FLOOD, follow_up) < 1.0


def test_probability_is_calibrated_and_monotone() -> None:
    # Score 1.0 is "same story" (SemEval Overall 1); "same event" is stricter, hence not ~1.
    assert same_event_probability(1.0) > 0.7 and same_event_probability(0.0) < 0.05
    assert same_event_probability(0.2) < same_event_probability(0.4)
    assert 0.1 <= clustering_threshold() <= 0.6


def test_partial_dates_are_ranges() -> None:
    assert gap_days(day_range("2023-07"), day_range("2023-07-28")) == 0
    assert gap_days(day_range("2023-07-28"), day_range("2023-09-11")) == 45
    assert day_range(None) is None and day_range("unbekannt") is None


def test_parts_are_bounded_and_weighted_by_the_shipped_model() -> None:
    parts = similarity_parts(article_features(FLOOD), article_features(BUDGET))
    assert set(parts) == {"text", "names", "gap", "weekdays"} and all(0.0 <= v <= 1.0 for v in parts.values())
    for name, model in shipped_models().items():
        assert "text" in model.weights and model.weights["text"] > 0, name
        assert 0.05 <= model.threshold <= 0.95, name
    assert "encoder" in shipped_models()["encoder"].weights
