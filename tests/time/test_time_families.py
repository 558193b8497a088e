"""One or two cases per expression family, in our own sentences."""

from __future__ import annotations

import pytest

from lagebild.time import TimeOptions, find_timexes


def tagged(text: str, anchor: str | None = "2023-07-28", **options: object) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor, TimeOptions(**options))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Vertrag wurde am 28. Juli 2023 unterzeichnet.", "2023-07-28"),
        ("Der Vertrag wurde am 28.07.2023 unterzeichnet.", "2023-07-28"),
        ("Der Vertrag wurde am 28.7.23 unterzeichnet.", "2023-07-28"),
        ("Die Wahl fand im Juli 2021 statt.", "2021-07"),
        ("Die Partei wurde 1998 gegründet.", "1998"),
        ("Die Ausstellung öffnete am 9. Juni.", "2023-06-09"),
        ("In den 1950er Jahren wuchs die Stadt.", "195"),
        ("Im 20. Jahrhundert wuchs die Stadt.", "19"),
        ("Im Sommer 1971 kam die Band zusammen.", "1971-SU"),
    ],
)
def test_absolute_dates(text: str, value: str) -> None:
    assert [v for _, _, v in tagged(text)] == [value]


def test_offsets_point_into_the_text() -> None:
    text = "Gestern Abend und am 5. März 2022 um 19:08 Uhr."
    for timex in find_timexes(text, "2023-07-28"):
        assert text[timex.start : timex.end] == timex.text


def test_relative_days_weeks_years() -> None:
    text = "Gestern Abend, heute, morgen, vorgestern, in zwei Wochen, nächste Woche, im vergangenen Jahr, Ende der Woche."
    assert [v for _, _, v in tagged(text)] == [
        "2023-07-27TEV", "2023-07-28", "2023-07-29", "2023-07-26", "2023-W32", "2023-W31", "2022", "2023-W30",
    ]  # fmt: skip


def test_beginning_of_month_keeps_month_precision() -> None:
    assert tagged("Anfang Juni begann die Ernte.") == [("Anfang Juni", "DATE", "2023-06")]


def test_future_cue_flips_the_weekday_forward() -> None:
    assert [v for _, _, v in tagged("Der Bundestag wird am Mittwoch abstimmen.")] == ["2023-08-02"]


def test_prefer_future_for_bookings() -> None:
    assert tagged("Donnerstag, den 05.10. ca 6:55", "2017-09-25T16:06:55", prefer="future") == [
        ("Donnerstag, den 05.10. ca 6:55", "TIME", "2017-10-05T06:55")
    ]


def test_durations() -> None:
    text = "Er sitzt seit vier Jahren in Haft; der Streik dauerte drei Tage, die Suche 20 Stunden."
    assert [(v, ty) for _, ty, v in tagged(text)] == [
        ("P4Y", "DURATION"),
        ("P3D", "DURATION"),
        ("PT20H", "DURATION"),
    ]


def test_clock_times_take_the_anchor_day() -> None:
    assert [v for _, _, v in tagged("Der Zug fuhr um 6:55 Uhr ab und kam um 19:08 Uhr an.")] == [
        "2023-07-28T06:55", "2023-07-28T19:08",
    ]  # fmt: skip


def test_date_and_clock_merge_into_one_time() -> None:
    assert tagged("Die Sitzung beginnt am 27.11.2023 um 17:00 Uhr.") == [
        ("27.11.2023 um 17:00 Uhr", "TIME", "2023-11-27T17:00")
    ]


def test_recurring_date_is_a_set() -> None:
    assert tagged("Gefeiert wird jedes Jahr am 27. Juli.") == [
        ("jedes Jahr am 27. Juli", "SET", "XXXX-07-27")
    ]


def test_day_range_first_half_borrows_month_and_year() -> None:
    assert [v for _, _, v in tagged("Die Messe läuft vom 11.- 12.07.2024.")] == ["2024-07-11", "2024-07-12"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Im Mai/Juni 1940 griff die Wehrmacht an.", ["1940-05", "1940-06"]),
        ("Zwischen Mai und Juni 1940 fielen die Niederlande.", ["1940-05", "1940-06"]),
        ("Vom 3. Mai bis 4. Juni 1940 dauerte der Feldzug.", ["1940-05-03", "1940-06-04"]),
        ("Im Mai fuhr er ab, im Juni 1940 kam er zurück.", ["2023-05", "1940-06"]),  # not a range: no borrowing
    ],
)
def test_year_less_month_or_date_borrows_the_year_of_its_range_partner(text: str, values: list[str]) -> None:
    assert [v for _, _, v in tagged(text, prefer="past")] == values


def test_nach_with_a_count_is_a_duration_not_a_date_after_publication() -> None:
    # it counts from an event the text has told, not from the publication date
    assert tagged("Nach 77 Tagen fiel die Festung.") == [("77 Tagen", "DURATION", "P77D")]
    assert tagged("In zwei Wochen wird gewählt, vor drei Tagen begann es.") == [
        ("In zwei Wochen", "DATE", "2023-W32"), ("vor drei Tagen", "DATE", "2023-07-25"),
    ]


def test_no_anchor_gives_reference_values() -> None:
    assert [v for _, _, v in tagged("Gestern und am Mittwoch, am 9. Juni.", None)] == [
        "PAST_REF",
        "XXXX-WXX-3",
        "XXXX-06-09",
    ]


def test_narrative_mode_takes_the_year_last_mentioned() -> None:
    text = "Im März 1862 begann der Feldzug. Am 17. September kam es zur Schlacht."
    assert [v for _, _, v in tagged(text, "2011-02-16", narrative=True)] == ["1862-03", "1862-09-17"]


def test_narrative_mode_is_not_moved_by_the_writers_today() -> None:
    text = "Im März 1862 begann der Feldzug, der heute kaum bekannt ist. Am 17. September kam es zur Schlacht."
    values = [v for _, _, v in tagged(text, "2011-02-16", narrative=True)]
    assert values == ["1862-03", "2011-02-16", "1862-09-17"]


def test_counts_are_not_years() -> None:
    assert tagged("Es landeten 1370 Landungsboote und 2000 Soldaten.") == []
