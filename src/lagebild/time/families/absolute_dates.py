"""Dates written out on the calendar: "28. Juli 2023", "28.07.2023", "28.7.23", "Juli 2023", "2023".

Why: the bulk of news and history dates. Year-less forms ("am 5. März", "19.7.") take their
year from the reference (see `calendar_math.year_for_day`), or "XXXX" when there is none.
Cost: a handful of regex scans, linear in the text.
"""

from __future__ import annotations

import re

from lagebild.time.calendar_math import month_value, two_digit_year, year_for_day, year_for_month, year_value
from lagebild.time.candidate import Candidate, DateParts, Resolver, compile_de, constant
from lagebild.time.reference import Reference
from lagebild.time.vocabulary import MODIFIERS, MONTH_RE, MONTHS

_NOT_CLOCK = r"(?!\s?(?:uhr|h\b)|[:.]?\d)"
_NUMERIC_FULL = compile_de(
    r"(?<![\d.,])(\d{1,2})\s?([./-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}|\d{2})|\s(\d{4}))(?![\d])" + _NOT_CLOCK
)
_ISO = compile_de(r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DAY_MONTH = compile_de(
    r"(?<![\d.,:])(\d{1,2})\.\s?(\d{1,2})(?:\.(?!\d))?(?!\d|[,:]\d)(?!\s?(?:uhr|h\b|%|prozent))"
)
_NAMED_DATE = compile_de(
    rf"(?<![\d.])(\d{{1,2}})\.?\s*({MONTH_RE})(?:\s*,?\s*(\d{{4}})(?!\d)(\s*v\.\s*Chr\.)?)?(?!\w)"
)
_DAY_ONLY = compile_de(r"(?<=\bam )(\d{1,2})\.(?!\s*\d)(?!\s*(?:" + MONTH_RE + r"))")
_MONTH = compile_de(
    rf"(?:(anfang|mitte|ende|beginn)\s+)?(?<![\w.])({MONTH_RE})(?:\s+(\d{{4}})(?!\d)(\s*v\.\s*Chr\.)?)?(?!\w)"
)

#: A bare month name needs a cue in front (abbreviations and the name "August" are too ambiguous).
_BARE_MONTH_OK = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "september", "oktober",
                  "november", "dezember"}  # fmt: skip
_MONTH_CUE = re.compile(r"(?:\b(?:im|seit|bis|ab|vom|zum|von|und|oder|anfang|mitte|ende|beginn|bis\s+zum)\s+)$",
                        re.IGNORECASE)  # fmt: skip


_HOLIDAYS = {"heiligabend": (12, 24), "weihnachten": (12, 25), "silvester": (12, 31), "neujahr": (1, 1),
             "neujahrstag": (1, 1)}  # fmt: skip
_HOLIDAY = compile_de(
    r"(?<!\w)(heiligabend|weihnachten|silvester|neujahrstag|neujahr)(?:\s+(\d{4})(?!\d))?(?!\w)"
)


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _full_year(raw: str, ref: Reference) -> int:
    if len(raw) == 4:
        return int(raw)
    base = ref.base
    return two_digit_year(int(raw), base.day.year if base else None)


def day_month_resolver(day: int, month: int, generic: bool = False) -> Resolver:
    """Year-less day and month: the year from the reference (narrative year in histories)."""

    def resolve(ref: Reference) -> str:
        base = ref.base
        if generic or base is None:
            return f"XXXX-{month:02d}-{day:02d}"
        if ref.use_narrative and ref.narrative is not None:
            year = ref.narrative.day.year
        else:
            year = year_for_day(base.day, month, day, ref.direction)
        return f"{year:04d}-{month:02d}-{day:02d}"

    return resolve


def month_resolver(month: int) -> Resolver:
    """Year-less month ("im Juli"): the nearest sensible year in the reference's direction."""

    def resolve(ref: Reference) -> str:
        base = ref.base
        if base is None:
            return f"XXXX-{month:02d}"
        if ref.use_narrative and ref.narrative is not None:
            return month_value(ref.narrative.day.year, month)
        return month_value(year_for_month(base.day, month, ref.direction), month)

    return resolve


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _full_date(m: re.Match[str], day: int, month: int, raw_year: str, bc: bool = False) -> Candidate:
    def resolve(ref: Reference) -> str:
        year = _full_year(raw_year, ref)
        return f"{year_value(-year if bc else year)}-{month:02d}-{day:02d}"

    parts = DateParts(int(raw_year) if len(raw_year) == 4 else None, month, day)
    return Candidate(m.start(), m.end(), "DATE", "date", resolve, parts=parts)


def find(text: str) -> list[Candidate]:
    """All written-out dates in `text` (overlaps allowed; the tagger keeps the longest)."""
    found: list[Candidate] = []
    for m in _NUMERIC_FULL.finditer(text):
        day, month = int(m.group(1)), int(m.group(3))
        if _valid(day, month):
            found.append(_full_date(m, day, month, m.group(4) or m.group(5)))
    for m in _ISO.finditer(text):
        year, month, day = (int(g) for g in m.groups())
        if _valid(day, month):
            found.append(Candidate(m.start(), m.end(), "DATE", "date", constant(m.group(0)),
                                   parts=DateParts(year, month, day)))  # fmt: skip
    for m in _NUMERIC_DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if _valid(day, month):
            found.append(Candidate(m.start(), m.end(), "DATE", "date", day_month_resolver(day, month),
                                   parts=DateParts(None, month, day)))  # fmt: skip
    for m in _NAMED_DATE.finditer(text):
        day, month = int(m.group(1)), _month_number(m.group(2))
        if not _valid(day, month):
            continue
        if m.group(3):
            found.append(_full_date(m, day, month, m.group(3), bc=bool(m.group(4))))
        else:
            found.append(Candidate(m.start(), m.end(), "DATE", "date", day_month_resolver(day, month),
                                   parts=DateParts(None, month, day), priority=1))  # fmt: skip
    for m in _DAY_ONLY.finditer(text):
        found.append(_day_only(m, int(m.group(1))))
    for m in _HOLIDAY.finditer(text):
        month, day = _HOLIDAYS[m.group(1).lower()]
        resolve = (
            constant(f"{m.group(2)}-{month:02d}-{day:02d}") if m.group(2) else day_month_resolver(day, month)
        )
        found.append(Candidate(m.start(), m.end(), "DATE", "date", resolve,
                               parts=DateParts(int(m.group(2)) if m.group(2) else None, month, day)))  # fmt: skip
    for m in _MONTH.finditer(text):
        candidate = _month_candidate(text, m)
        if candidate:
            found.append(candidate)
    return found


def _day_only(m: re.Match[str], day: int) -> Candidate:
    """ "am 18." with no month: that day in the reference month (or the next, looking forward)."""

    def resolve(ref: Reference) -> str:
        base = ref.base
        if base is None:
            return f"XXXX-XX-{day:02d}"
        year, month = base.day.year, base.day.month
        if ref.direction == "future" and day < base.day.day:
            month += 1
            if month == 13:
                year, month = year + 1, 1
        return f"{year:04d}-{month:02d}-{day:02d}"

    return Candidate(m.start(), m.end(), "DATE", "date", resolve, parts=DateParts(None, None, day))


def _month_candidate(text: str, m: re.Match[str]) -> Candidate | None:
    modifier, word, raw_year, bc = m.groups()
    month = _month_number(word)
    mod = MODIFIERS.get(modifier.lower()) if modifier else None
    if raw_year:
        year = -int(raw_year) if bc else int(raw_year)
        value = f"{year_value(year)}-{month:02d}"
        return Candidate(
            m.start(), m.end(), "DATE", "month", constant(value), parts=DateParts(year, month), mod=mod
        )
    if not modifier:
        if word.lower().rstrip(".") not in _BARE_MONTH_OK and not _MONTH_CUE.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            return None
        if word[0].islower():  # "mai" in running text is rarely the month
            return None
    return Candidate(
        m.start(), m.end(), "DATE", "month", month_resolver(month), parts=DateParts(None, month), mod=mod
    )
