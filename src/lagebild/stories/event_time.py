"""When did the reported event happen? Day mentions in the text and the publication date.

Why: articles on one topic (Russia and North Korea, say) share most of their vocabulary across
months; what tells one visit from the next is *when*. Reports of one event are published
within days of it and name the same days ("am 27. Juli"). Two signals, cheapest first:
- publication dates (`dates.day_range`, partial dates as ranges): when both articles have
  one, their gap in days counts, unless both texts name a common day (a late report on the
  same event);
- otherwise the days the texts mention, as days of the year ("27. Juli" -> 208): a day
  named without a year pins an event across reports, and the year is usually not written.
  An article that mentions no day falls back to its publication range.
The gap is the *smallest* distance between the two sides' days, so any shared day makes it 0:
the signal can only separate reports whose every date lies apart, never glue topics together.
Weekdays: news text dates the event by weekday far more often than by date ("am Donnerstag-
nachmittag"); `mentioned_weekdays` collects them and `weekday_clash` says whether two reports
both name weekdays but none in common: two police reports of the same office about different
accidents ("Am Donnerstagnachmittag" vs "Am Montagnachmittag"). Like the day gap it can only
separate, and a story keeps the union of its articles' weekdays. On the 87 SemEval-2022 German
pairs, 24 pairs clash (mean Overall 2.98 vs 2.74 for all); its learned weight is in
`data/similarity_model.json`.
Cost: one regex pass over the text, O(len(text)); a gap is O(|days_a| * |days_b|) (<= 24^2).
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.stories.dates import DayRange, gap_days

_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember")
# "27. Juli", "3.Mai 2023": day, month name, optional year.
_DAY_MENTION = re.compile(rf"\b([0-3]?\d)\.\s?({'|'.join(_MONTHS)})\b(?:\s+(\d{{4}}))?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: A story keeps at most this many mentioned days (first seen first) so profiles stay small.
MAX_DAYS = 24
DAYS_PER_YEAR = 365
#: Days of the year mentioned in the text: a tuple of ints 1..366 (sorted, unique).
MentionedDays = tuple[int, ...]
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
# "Donnerstag", "Donnerstagnachmittag", "Sonnabend"; not "montags" (habitual) nor "Montagsdemo".
_WEEKDAY_MENTION = re.compile(
    rf"\b({'|'.join(_WEEKDAYS)}|Sonnabend)(?:vormittag|nachmittag|abend|morgen|mittag|nacht|früh)?\b"
)
#: Weekdays named in a text: a tuple of ints 0 (Monday) .. 6 (Sunday), sorted, unique.
MentionedWeekdays = tuple[int, ...]


def mentioned_days(text: str, published: DayRange | None) -> MentionedDays:
    """Days of the year the text names. A mention with a year is kept only if that year is the
    publication year (or, undated, the latest year the text names): "27. Juli 1953" is history,
    not the event."""
    current_year: int | None = date.fromordinal(published[1]).year if published else None
    if current_year is None:
        years = [int(y) for y in _YEAR.findall(text)]
        current_year = max(years) if years else None
    days: set[int] = set()
    for m in _DAY_MENTION.finditer(text):
        if m.group(3) and int(m.group(3)) != current_year:
            continue
        try:
            # A leap year, so "29. Februar" is valid; one day of drift in other years is harmless.
            days.add(date(2024, _MONTHS.index(m.group(2)) + 1, int(m.group(1))).timetuple().tm_yday)
        except ValueError:
            continue
    return tuple(sorted(days))


def mentioned_weekdays(text: str) -> MentionedWeekdays:
    """Weekdays the text names (0 = Monday), e.g. "am Donnerstagabend" -> (3,)."""
    names = {m.group(1) for m in _WEEKDAY_MENTION.finditer(text)}
    return tuple(sorted({_WEEKDAYS.index("Samstag" if n == "Sonnabend" else n) for n in names}))


def weekday_clash(a: MentionedWeekdays, b: MentionedWeekdays) -> bool:
    """Both sides name weekdays and none in common: their events likely happened on other days."""
    return bool(a) and bool(b) and not set(a) & set(b)


def merge_days(a: MentionedDays, b: MentionedDays) -> MentionedDays:
    """Union of two day sets, capped at `MAX_DAYS` (days of `a` first: a story's early days stay)."""
    merged = list(a) + [d for d in b if d not in set(a)]
    return tuple(sorted(merged[:MAX_DAYS]))


def _circular(a: int, b: int) -> int:
    d = abs(a - b) % DAYS_PER_YEAR
    return min(d, DAYS_PER_YEAR - d)


def _as_days(days: MentionedDays, published: DayRange | None) -> list[tuple[int, int]] | None:
    """The event's days as day-of-year intervals: mentions if any, else the publication range;
    None when unknown or when the range spans a year or more (then it says nothing)."""
    if days:
        return [(d, d) for d in days]
    if published is None or published[1] - published[0] >= DAYS_PER_YEAR - 1:
        return None
    first, last = (date.fromordinal(o).timetuple().tm_yday for o in published)
    return [(first, last)] if first <= last else [(first, 366), (1, last)]


def _interval_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return min(_circular(a[1], b[0]), _circular(b[1], a[0]), _circular(a[0], b[1]), _circular(b[0], a[1]))


def event_gap_days(
    published_a: DayRange | None, days_a: MentionedDays, published_b: DayRange | None, days_b: MentionedDays
) -> int | None:
    """Days between two reports' events, None when a side has no date at all. Both published:
    the publication gap, or 0 if they mention a common day (a late report on the same event).
    Otherwise: the smallest circular distance between their mentioned days (or publication
    range, for a side that mentions none)."""
    if published_a is not None and published_b is not None:
        gap = gap_days(published_a, published_b) or 0
        return 0 if set(days_a) & set(days_b) else gap
    spans_a, spans_b = _as_days(days_a, published_a), _as_days(days_b, published_b)
    if spans_a is None or spans_b is None:
        return None
    return min(_interval_gap(x, y) for x in spans_a for y in spans_b)
