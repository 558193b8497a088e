"""Calendar arithmetic and TIMEX3 value formatting.

Why: German expressions name calendar units (weeks, months, seasons) whose arithmetic the
standard library lacks (adding months, ISO weeks). All functions are O(1).
"""

from __future__ import annotations

from datetime import date, timedelta

from lagebild.time.reference import Direction


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clipped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"cannot move {day} by {months} months")


def iso_week(day: date) -> str:
    """'2023-W30' for any day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    """'1953'; years before Christ as TIMEX 'BC0490'."""
    return f"{year:04d}" if year > 0 else f"BC{-year:04d}"


def weekday_near(ref: date, weekday: int, direction: Direction, include_ref: bool = True) -> date:
    """The `weekday` (1 = Monday) closest to `ref` in `direction`; `ref` itself counts if `include_ref`."""
    delta = weekday - ref.isoweekday()
    if direction == "past":
        delta = delta - 7 if delta > 0 else delta
        if delta == 0 and not include_ref:
            delta = -7
    else:
        delta = delta + 7 if delta < 0 else delta
        if delta == 0 and not include_ref:
            delta = 7
    return ref + timedelta(days=delta)


def _distance_cost(gap: int, direction: Direction) -> float:
    """How unlikely a reading `gap` days after the reference is (negative gap: before it)."""
    if direction == "future":
        return gap if gap >= 0 else float("inf")
    return -gap if gap <= 0 else 2 * gap


def year_for_day(ref: date, month: int, day: int, direction: Direction) -> int:
    """The year that makes month/day the sensible reading relative to `ref`.

    "future": the first occurrence on/after `ref`. "past" (news): the nearest occurrence,
    where days after `ref` count double, so "am 28. Dezember" read on 5 January is last year
    but "am 9. Juni" read on 20 May is this year.
    """
    best_year, best_cost = ref.year, float("inf")
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        cost = _distance_cost((candidate - ref).days, direction)
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def year_for_month(ref: date, month: int, direction: Direction) -> int:
    """Like `year_for_day`, at month precision (the reference month itself counts as near)."""
    months_ahead = month - ref.month
    if direction == "future":
        return ref.year if months_ahead >= 0 else ref.year + 1
    if months_ahead <= 0:
        return ref.year
    # later this year costs double: stay in this year only for the next three months
    return ref.year if 2 * months_ahead < 12 - months_ahead else ref.year - 1


def two_digit_year(yy: int, ref_year: int | None) -> int:
    """'39' -> 1939 or 2039: the century that puts the year closest to `ref_year` (default 2000s up to 30)."""
    if ref_year is None:
        return 2000 + yy if yy <= 30 else 1900 + yy
    century = ref_year // 100 * 100
    options = (century - 100 + yy, century + yy, century + 100 + yy)
    return min(options, key=lambda y: abs(y - ref_year))
