"""The product acceptance cases for `lagebild.time`, in our own sentences."""

from __future__ import annotations

from lagebild.time import find_timexes


def values(text: str, anchor: str | None) -> list[str]:
    return [t.value for t in find_timexes(text, anchor)]


def test_weekday_evening_with_explicit_date_is_one_timex_valued_by_the_date() -> None:
    timexes = find_timexes(
        "Am Dienstagabend (25. Juli) versammelten sich Hunderte vor dem Rathaus.", "2023-07"
    )
    assert len(timexes) == 1
    assert timexes[0].text == "Dienstagabend (25. Juli)"
    assert timexes[0].value.startswith("2023-07-25")


def test_bare_weekday_in_news_is_the_closest_one_before_the_anchor() -> None:
    assert values("Die Ministerin sagte am Mittwoch, sie werde nicht zurücktreten.", "2023-07-28") == [
        "2023-07-26"
    ]


def test_last_september_is_the_most_recent_september_before_the_anchor_month() -> None:
    assert values("Die Fabrik schloss im letzten September.", "2024-06-18") == ["2023-09"]


def test_year_range_gives_both_years() -> None:
    assert values("Der Koreakrieg dauerte von 1950 bis 1953.", None) == ["1950", "1953"]
    assert values("Der Koreakrieg (1950–53) forderte Millionen Opfer.", None) == ["1950", "1953"]


def test_generic_calendar_day_is_not_pinned_to_a_year() -> None:
    timexes = find_timexes("Der 27. Juli ist traditionell ein Tag der Paraden.", "2023-07-28")
    assert [t.value for t in timexes] == ["XXXX-07-27"]


def test_since_month_year() -> None:
    assert values("Seit April 2019 sitzt er in Untersuchungshaft.", "2023-07-28") == ["2019-04"]


def test_days_ago() -> None:
    assert values("Das Feuer brach vor drei Tagen aus.", "2023-07-28") == ["2023-07-25"]
