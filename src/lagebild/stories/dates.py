"""Publication dates as day ranges, so partial dates ("2023-07") compare honestly.

Input: ISO 8601 strings, possibly partial ("2023", "2023-07", "2023-07-28T10:00"). Output:
(first_day, last_day) as proleptic ordinals, or None when unknown/unparseable. Cost: O(1).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

DayRange = tuple[int, int]

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def day_range(published: str | None) -> DayRange | None:
    """Range of days an ISO date (possibly partial) can mean; None if unknown."""
    if not published:
        return None
    m = _ISO.match(published)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3))).toordinal()
            return d, d
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        return None


def gap_days(a: DayRange | None, b: DayRange | None) -> int | None:
    """Days between two ranges (0 if they overlap); None if either is unknown."""
    if a is None or b is None:
        return None
    return max(0, a[0] - b[1], b[0] - a[1])


def union(a: DayRange | None, b: DayRange | None) -> DayRange | None:
    """Smallest range covering both (an unknown side adds nothing)."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a[0], b[0]), max(a[1], b[1])


def iso_day(ordinal: int) -> str:
    """Ordinal day back to "YYYY-MM-DD"."""
    return date.fromordinal(ordinal).isoformat()
