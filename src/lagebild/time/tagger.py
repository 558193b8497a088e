"""The front door: German text + publication date -> TIMEX3-style `Timex` records.

Steps: every expression family proposes candidates; the longest non-overlapping ones win
(ties: family priority); neighbours are merged (`merging`); then candidates are resolved in
text order against the anchor, each with its own direction (`tense`). Resolved absolute
dates become the narrative date, which year-less dates use when `narrative=True` (history
texts: "1862 ... am 17. September" is 1862-09-17); news keeps the publication date.
Year-less day-month dates in a sentence with a genericity cue ("traditionell", "jedes
Jahr") stay unpinned: "XXXX-07-27".
Cost: O(n) regex scans over the text, about 20 patterns; ~0.1 ms per short sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from lagebild.model import Timex
from lagebild.time.candidate import DEICTIC, Candidate
from lagebild.time.families import (
    absolute_dates,
    clock_times,
    durations,
    parts_of_day,
    ranges,
    recurring,
    relative,
    weekdays,
    years_and_eras,
)
from lagebild.time.families.absolute_dates import day_month_resolver
from lagebild.time.merging import merge_neighbours
from lagebild.time.reference import Direction, Reference, parse_anchor
from lagebild.time.tense import direction_for, sentence_around

#: The expression families, each `find(text) -> list[Candidate]`; order does not matter.
FAMILIES: tuple[Callable[[str], list[Candidate]], ...] = (
    absolute_dates.find,
    years_and_eras.find,
    weekdays.find,
    parts_of_day.find,
    clock_times.find,
    relative.find,
    durations.find,
    recurring.find,
    ranges.find,
)

_GENERIC_CUE = re.compile(
    r"\b(?:traditionell|jedes\s+jahr|jährlich|alljährlich|jahrestag|gedenktag|feiertag|nationalfeiertag|jeweils)\b",
    re.IGNORECASE,
)
_RESOLVED_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")


@dataclass(frozen=True, slots=True)
class TimeOptions:
    """How to read a text.

    `prefer`: "past" (news default: bare weekdays/months/year-less dates are the latest on or
    before the publication date, unless the sentence speaks of the future) or "future"
    (bookings, agendas). `narrative`: year-less dates take the year of the last date the text
    mentioned (histories) instead of the publication date. `join_clock`: "28.07. um 19 Uhr" is
    one TIME (default); off, the date and the clock time are two expressions, as TIMEX2 marks them.
    """

    prefer: Direction = "past"
    narrative: bool = False
    join_clock: bool = True


@dataclass(frozen=True, slots=True)
class ResolvedTimex:
    """A `Timex` plus TIMEX3's `mod` (START/MID/END/...), which the shared record has no field for."""

    timex: Timex
    mod: str | None


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates, ties by priority then position; O(k^2) for k candidates (k small)."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _narrative_anchor(value: str, previous: Reference) -> Reference:
    m = _RESOLVED_DATE.match(value)
    if not m:
        return previous
    year, month, day = m.groups()
    anchor = parse_anchor("-".join(p for p in (year, month, day) if p))
    return replace(previous, narrative=anchor) if anchor else previous


def _mark_generic(text: str, c: Candidate) -> Candidate:
    year_less_day = (
        c.kind == "date"
        and c.parts
        and c.parts.year is None
        and c.parts.month
        and c.parts.day
        and c.clock is None
    )
    if (
        year_less_day
        and c.parts
        and c.parts.day
        and c.parts.month
        and _GENERIC_CUE.search(sentence_around(text, c.start, c.end))
    ):
        return replace(c, resolve=day_month_resolver(c.parts.day, c.parts.month, generic=True))
    return c


def resolve_timexes(text: str, anchor: str | None, options: TimeOptions | None = None) -> list[ResolvedTimex]:
    """Like `find_timexes`, keeping each expression's TIMEX3 `mod`."""
    options = options or TimeOptions()
    found = [c for family in FAMILIES for c in family(text)]
    merged = merge_neighbours(text, select(found), options.join_clock)
    reference = Reference(parse_anchor(anchor), options.prefer, None, options.narrative)
    out = []
    for candidate in merged:
        if not candidate.standalone:
            continue
        candidate = _mark_generic(text, candidate)
        direction = direction_for(text, candidate.start, candidate.end, options.prefer)
        value = candidate.resolve(reference.towards(direction))
        if candidate.type in ("DATE", "TIME") and not candidate.extra.get(DEICTIC):
            # A history's "heute" is the writer's day: the narrative stays where the text is.
            reference = _narrative_anchor(value, reference)
        timex = Timex(
            candidate.start, candidate.end, text[candidate.start : candidate.end], candidate.type, value
        )
        out.append(ResolvedTimex(timex, candidate.mod))
    return out


def find_timexes(text: str, anchor: str | None, options: TimeOptions | None = None) -> list[Timex]:
    """German temporal expressions in `text`, normalised against the publication date `anchor`.

    Input: any text; `anchor` ISO date/datetime, possibly partial ("2023-07") or None.
    Output: `Timex` records in text order with `text[start:end] == timex.text`; values at the
    precision the text gives; relative expressions without anchor get PAST_REF/FUTURE_REF/
    PRESENT_REF, year-less dates "XXXX-MM-DD". Cost: linear regex scans (~20 patterns).
    """
    return [r.timex for r in resolve_timexes(text, anchor, options)]
