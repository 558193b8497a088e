"""Glue neighbouring candidates into one expression.

Why: "Dienstagabend (25. Juli)", "Donnerstag, den 05.10. ca 6:55", "25.10.2017 abends" and
"am 27.11.2017 um 17:00 Uhr" each name one point in time. Rules, applied left to right:
  weekday [, den | (] date [)]   -> the date's value (+ the weekday's part of day)
  date|weekday [um|gegen|ca.|ab] clock -> TIME "date" + "T" + clock
  date|weekday [,] part-of-day (or the reverse) -> TIME "date" + "T" + code
  datetime (-|bis|/) clock       -> the second clock takes the first one's day
  year-less date or month (-|bis|/|und) date or month with year -> the first borrows the year
Cost: linear in the number of candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from lagebild.time.calendar_math import year_value
from lagebild.time.candidate import Candidate, Resolver
from lagebild.time.reference import Reference

_WEEKDAY_TO_DATE = re.compile(r"^\s*[,(]?\s*(?:den\s+|dem\s+)?$", re.IGNORECASE)
_DATE_TO_CLOCK = re.compile(
    r"^[\s,.(/-]*(?:(?:um|gegen|gg\.?|ab|ca\.?|circa|etwa|von|zwischen|so|bis|spätestens|frühestens|nach|nicht\s+vor|"
    r"nicht\s+später\s+als)[\s(]*)*$",
    re.IGNORECASE,
)
_CLOCK_TO_DATE = re.compile(r"^[\s,]*(?:am|den)?\s*$", re.IGNORECASE)
_WEEK_TO_WEEKDAY = re.compile(r"^\s*,?\s*(?:am\s+)?$", re.IGNORECASE)
_POD_GAP = re.compile(r"^[\s,]*(?:am|des|vom)?\s*$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|bis|/|und|bis\s+zum|zum|auf)\s*(?:zum\s+|den\s+)?$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$|^(?:\d{4}|XXXX)-W(?:\d{2}|XX)-\d$")


def _day_part(value: str) -> str:
    return value.split("T", 1)[0]


def _with_suffix(day: Resolver, suffix: str) -> Resolver:
    def resolve(ref: Reference) -> str:
        value = _day_part(day(ref))
        return f"{value}T{suffix}" if _DAY_VALUE.match(value) else value

    return resolve


def _weekday_in_week(step: int, weekday: int, pod: str | None) -> Resolver:
    """ "kommende Woche Dienstag": that weekday in the week `step` weeks from the anchor's."""

    def resolve(ref: Reference) -> str:
        if ref.anchor is None or not ref.anchor.knows_day:
            return f"XXXX-WXX-{weekday}"
        day = ref.anchor.day + timedelta(weeks=step, days=weekday - ref.anchor.day.isoweekday())
        return day.isoformat() + (f"T{pod}" if pod else "")

    return resolve


def _as_int(value: object) -> int:
    assert isinstance(value, int)
    return value


def _is_day(c: Candidate) -> bool:
    return c.kind in ("date", "weekday") and (c.parts is None or c.parts.day is not None)


def _merge_pair(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    gap = text[a.end : b.start]
    if a.kind == "weekday" and b.kind == "date" and b.parts is not None and _WEEKDAY_TO_DATE.match(gap):
        end = b.end + 1 if "(" in gap and text[b.end : b.end + 1] == ")" else b.end
        resolve = _with_suffix(b.resolve, a.pod) if a.pod else b.resolve
        return replace(b, start=a.start, end=end, type="TIME" if a.pod else "DATE", resolve=resolve,
                       pod=a.pod, standalone=True)  # fmt: skip
    if _is_day(a) and a.clock is None and b.kind == "clock" and b.clock and _DATE_TO_CLOCK.match(gap):
        end = b.end + 1 if "(" in gap and text[b.end : b.end + 1] == ")" else b.end
        return replace(a, end=end, type="TIME", kind="datetime", resolve=_with_suffix(a.resolve, b.clock),
                       clock=b.clock, standalone=True, extra={"day": a.resolve})  # fmt: skip
    if a.kind == "clock" and a.clock and _is_day(b) and b.clock is None and _CLOCK_TO_DATE.match(gap):
        return replace(b, start=a.start, type="TIME", kind="datetime", resolve=_with_suffix(b.resolve, a.clock),
                       clock=a.clock, standalone=True, extra={"day": b.resolve})  # fmt: skip
    if (
        a.kind == "relative"
        and "week_step" in a.extra
        and b.kind == "weekday"
        and _WEEK_TO_WEEKDAY.match(gap)
    ):
        return replace(
            b,
            start=a.start,
            resolve=_weekday_in_week(_as_int(a.extra["week_step"]), _as_int(b.extra["weekday"]), b.pod),
        )
    if _is_day(a) and a.pod is None and a.clock is None and b.kind == "pod" and b.pod and _POD_GAP.match(gap):
        return replace(
            a, end=b.end, type="TIME", resolve=_with_suffix(a.resolve, b.pod), pod=b.pod, standalone=True
        )
    if a.kind == "pod" and a.pod and _is_day(b) and b.pod is None and _POD_GAP.match(gap):
        return replace(
            b, start=a.start, type="TIME", resolve=_with_suffix(b.resolve, a.pod), pod=a.pod, standalone=True
        )
    if a.kind == "datetime" and b.kind == "clock" and b.clock and _RANGE_GAP.match(gap):
        day = a.extra.get("day")
        if callable(day):
            return replace(b, resolve=_with_suffix(day, b.clock), kind="clock_in_range")
    return None


def _borrow_year(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """A year-less date or month right before a range partner with a year takes that year
    ("10. bis 12. Mai 1940", "Mai/Juni 1940", "zwischen Mai und Juni 1940")."""
    if a.parts is None or a.parts.year is not None or a.parts.month is None:
        return None
    if not ((a.kind == "date" and a.parts.day is not None) or (a.kind == "month" and a.parts.day is None)):
        return None
    if b.parts is None or b.parts.year is None or not _RANGE_GAP.match(text[a.end : b.start]):
        return None
    year, month, day = b.parts.year, a.parts.month, a.parts.day
    value = f"{year_value(year)}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return replace(a, resolve=lambda _ref: value, parts=replace(a.parts, year=year))


def merge_neighbours(text: str, candidates: list[Candidate], join_clock: bool = True) -> list[Candidate]:
    """Merge adjacent candidates (sorted by start) by the rules above; returns a new sorted list.

    `join_clock=False` keeps "1. September 1939 um 4:45 Uhr" as two expressions (TIMEX2 practice).
    """
    out: list[Candidate] = []
    for candidate in candidates:
        current = candidate
        while out:
            if not join_clock and "clock" in (out[-1].kind, current.kind):
                break
            merged = _merge_pair(text, out[-1], current)
            if merged is None:
                break
            if merged.kind == "clock_in_range":
                current = replace(merged, kind="clock")
                break
            out.pop()
            current = merged
        out.append(current)
    for i in range(len(out) - 2, -1, -1):
        borrowed = _borrow_year(text, out[i], out[i + 1])
        if borrowed is not None:
            out[i] = borrowed
    return out
