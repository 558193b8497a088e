"""Publication dates: parsing raw strings, and choosing the right candidate."""

from __future__ import annotations

import pytest

from lagebild.meta.dates import choose_published, is_media_date, parse_date, standalone_date
from lagebild.model import Cleaned


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-07", "2023-07"),
        ("Juli 2023", "2023-07"),
        ("Jänner 2021", "2021-01"),
        ("28 Jul 2023", "2023-07-28"),
        ("19. Oktober 2019, 19:08 Uhr", "2019-10-19"),
        ("11.09.2023", "2023-09-11"),
        ("1.3.2022", "2022-03-01"),
        ("11.09.23", "2023-09-11"),
        ("2023-07-28T10:00:00+02:00", "2023-07-28"),
        ("2023", "2023"),
        ("July 28, 2023", "2023-07-28"),
        ("Mo, 3. Mär. 2023", "2023-03-03"),
        ("3. März 2023", "2023-03-03"),
        ("Sonntag, 1. Dezember 2019", "2019-12-01"),
        (" date 2023-07 Schoigu besucht Kim", "2023-07"),
        ("Veröffentlicht am 05.11.2021 um 14:03 Uhr", "2021-11-05"),
        ("/2021/10/20/zentrum-am-see/", "2021-10-20"),
    ],
)
def test_parse_date_keeps_precision(raw: str, iso: str) -> None:
    assert parse_date(raw) == iso


@pytest.mark.parametrize("raw", ["31.02.2023", "2023-13", "heute", "", "Seite 12", "12:30 Uhr"])
def test_parse_date_rejects_non_dates(raw: str) -> None:
    assert parse_date(raw) is None


def test_media_duration_marks_video_teaser_dates() -> None:
    assert is_media_date("Wie geht es weiter?01.06.2023 | 43:26 min")
    assert not is_media_date("11.09.2023 | 10:15 Uhr")


@pytest.mark.parametrize(
    ("paragraph", "iso"),
    [
        ("| 28 Jul 2023 |", "2023-07-28"),
        ("Stand: 11.09.2023, 10:15 Uhr", "2023-09-11"),
        ("Samstag, 19.10.2019", "2019-10-19"),
        ("Am 27. Juli 2023 feierte das Land den Sieg.", None),
        ("Der Krieg dauerte von 1950 bis 1953.", None),
        ("Das Video vom 01.06.2023 | 43:26 min", None),
    ],
)
def test_standalone_date_only_for_dateline_paragraphs(paragraph: str, iso: str | None) -> None:
    assert standalone_date(paragraph) == iso


def test_hint_wins_over_text() -> None:
    cleaned = Cleaned(title="T", body="Text.", dates=["11.09.2023"])
    assert choose_published("2023-07-28T08:00:00Z", cleaned) == "2023-07-28"


def test_cleaner_dates_used_when_no_hint() -> None:
    cleaned = Cleaned(title="T", body="Text.", dates=["28 Jul 2023"])
    assert choose_published(None, cleaned) == "2023-07-28"


def test_partial_scraper_date_stays_partial() -> None:
    cleaned = Cleaned(title="T", body="Text.", dates=[" date 2023-07"])
    assert choose_published(None, cleaned) == "2023-07"


def test_later_candidate_refines_partial_one() -> None:
    cleaned = Cleaned(title="T", body="Text.", dates=["2023-07", "28. Juli 2023"])
    assert choose_published(None, cleaned) == "2023-07-28"


def test_update_date_loses_to_first_publication() -> None:
    cleaned = Cleaned(title="T", body="Text.", dates=["Aktualisiert: 12.09.2023", "11.09.2023"])
    assert choose_published(None, cleaned) == "2023-09-11"


def test_video_teaser_date_is_not_publication_date() -> None:
    body = "Erster Absatz über den Besuch.\n\nWie geht es weiter mit dem Land?01.06.2023 | 43:26 min"
    cleaned = Cleaned(title="T", body=body, dates=["01.06.2023 | 43:26 min"])
    assert choose_published(None, cleaned) is None


def test_narrative_body_dates_are_not_used() -> None:
    body = "Am Mittwoch, dem 26. Juli 2023, landete der Minister.\n\nDer 27. Juli ist ein Feiertag."
    assert choose_published(None, Cleaned(title="T", body=body)) is None


def test_standalone_dateline_in_body_is_used() -> None:
    body = "Erster Absatz.\n\nZweiter Absatz.\n\n11 Sep 2023"
    assert choose_published(None, Cleaned(title="T", body=body)) == "2023-09-11"


def test_byline_date_is_used() -> None:
    cleaned = Cleaned(title="T", body="Text.", bylines=["Von Anna Beispiel, 19. Oktober 2019, 19:08 Uhr"])
    assert choose_published(None, cleaned) == "2019-10-19"
