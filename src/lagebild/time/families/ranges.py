"""First halves of ranges that borrow from the second: "11.- 12.07.2017", "27./28. September", "1950–53".

Why: TIMEX3 has no range value, so a range is tagged as two DATEs (lagebild's choice,
matching TIMEX2 practice in WikiWarsDE); the second half is an ordinary date found by the
other families, but the first half ("11.", "1950–53"'s "53") is only a date thanks to its
partner. "1950 bis 1953" and "zwischen 1950 und 1953" need nothing special: both years
are found on their own. Cost: two regex scans.
"""

from __future__ import annotations

from lagebild.time.calendar_math import year_for_day
from lagebild.time.candidate import Candidate, DateParts, Resolver, compile_de, constant
from lagebild.time.reference import Reference
from lagebild.time.vocabulary import MONTH_RE, MONTHS

_DAY_RANGE = compile_de(
    rf"(?<![\d.,])(\d{{1,2}})\.?\s*(?:-|–|bis|/|auf|und|zum)\s*(?:zum\s+|den\s+)?(\d{{1,2}})\.\s?(?:(\d{{1,2}})(?!\d)|({MONTH_RE}))(?:\.?\s*(\d{{4}}))?"
)
_SHORT_YEAR_RANGE = compile_de(r"(?<![\d.,])(1\d{3}|20\d{2})\s*(?:–|-|/)\s*(\d{2})(?![\d.,]?\d)")


def _first_day_resolver(day: int, month: int, year: int | None) -> Resolver:
    def resolve(ref: Reference) -> str:
        if year is not None:
            return f"{year:04d}-{month:02d}-{day:02d}"
        base = ref.base
        if base is None:
            return f"XXXX-{month:02d}-{day:02d}"
        if ref.use_narrative and ref.narrative is not None:
            return f"{ref.narrative.day.year:04d}-{month:02d}-{day:02d}"
        return f"{year_for_day(base.day, month, day, ref.direction):04d}-{month:02d}-{day:02d}"

    return resolve


def find(text: str) -> list[Candidate]:
    found = []
    for m in _DAY_RANGE.finditer(text):
        first, second, numeric_month, month_word, raw_year = m.groups()
        month = int(numeric_month) if numeric_month else MONTHS[month_word.lower().rstrip(".")]
        day = int(first)
        if not (1 <= day <= 31 and 1 <= month <= 12 and day < int(second) + 1):
            continue
        year = int(raw_year) if raw_year else None
        end = m.end(1) + (1 if text[m.end(1) : m.end(1) + 1] == "." else 0)
        found.append(Candidate(m.start(), end, "DATE", "date", _first_day_resolver(day, month, year),
                               parts=DateParts(year, month, day), priority=3))  # fmt: skip
    for m in _SHORT_YEAR_RANGE.finditer(text):
        first = int(m.group(1))
        second = first // 100 * 100 + int(m.group(2))
        if second <= first:
            continue
        found.append(
            Candidate(
                m.start(1),
                m.end(1),
                "DATE",
                "year",
                constant(f"{first:04d}"),
                parts=DateParts(first),
                priority=3,
            )
        )
        found.append(
            Candidate(
                m.start(2),
                m.end(2),
                "DATE",
                "year",
                constant(f"{second:04d}"),
                parts=DateParts(second),
                priority=3,
            )
        )
    return found
