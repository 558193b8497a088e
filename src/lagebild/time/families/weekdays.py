"""Weekdays with an optional part of day: "am Mittwoch", "Dienstagabend", "nächsten Montag früh".

Why: news reports date the week's events by weekday. A bare weekday is resolved in the
reference direction (news: the closest one on or before the publication date, so "am
Mittwoch" in Friday's paper is two days ago; bookings: the next one on or after).
"letzten/vergangenen" forces the past and "nächsten/kommenden" the future, both excluding
the anchor day itself; "diesen" means the one in the anchor's ISO week.
Without a day-precise anchor the value stays open: "XXXX-WXX-3".
Cost: one regex scan.
"""

from __future__ import annotations

from datetime import timedelta

from lagebild.time.calendar_math import weekday_near
from lagebild.time.candidate import Candidate, Resolver, compile_de
from lagebild.time.reference import Reference
from lagebild.time.vocabulary import (
    PARTS_OF_DAY,
    RELATIVE_STEP_RE,
    RELATIVE_STEPS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_RE,
    WEEKDAYS,
)

_POD_SUFFIX = r"(abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?"
_POD_WORD = r"(?:\s+(früh|morgens?|vormittags?|mittags?|nachmittags?|abends?|nachts?))?"
_WEEKDAY = compile_de(
    rf"(?<!\w)(?:({RELATIVE_STEP_RE})\s+)?({WEEKDAY_RE}){_POD_SUFFIX}{_POD_WORD}(?![\wäöüß])"
)
_ABBREVIATED = compile_de(r"(?<!\w)(mo|di|mi|do|fr|sa|so)\.?,?(?=\s*(?:den\s+)?\d{1,2}\.)")


def weekday_resolver(weekday: int, step: int | None, pod: str | None) -> Resolver:
    """Resolve a weekday against the reference; `step` -1/0/+1 from "letzten/diesen/nächsten"."""
    suffix = f"T{pod}" if pod else ""

    def resolve(ref: Reference) -> str:
        base = ref.base
        if base is None or not base.knows_day:
            return f"XXXX-WXX-{weekday}{suffix}"
        if step is None:
            # looking ahead, the anchor's own weekday name means the one next week
            day = weekday_near(base.day, weekday, ref.direction, include_ref=ref.direction == "past")
        elif step == 0:
            day = base.day + timedelta(days=weekday - base.day.isoweekday())
        else:
            day = weekday_near(base.day, weekday, "past" if step < 0 else "future", include_ref=False)
        return day.isoformat() + suffix

    return resolve


def find(text: str) -> list[Candidate]:
    """Weekday expressions; abbreviations ("Do.") only right before a date, and only to be merged with it."""
    found = []
    for m in _WEEKDAY.finditer(text):
        step_word, name, pod_suffix, pod_word = m.groups()
        step = RELATIVE_STEPS[step_word.lower()] if step_word else None
        pod_raw = (pod_suffix or pod_word or "").lower()
        pod = PARTS_OF_DAY.get(pod_raw) if pod_raw else None
        weekday = WEEKDAYS[name.lower()]
        kind = "weekday"
        found.append(Candidate(m.start(), m.end(), "TIME" if pod else "DATE", kind,
                               weekday_resolver(weekday, step, pod), pod=pod,
                               extra={"weekday": weekday}))  # fmt: skip
    for m in _ABBREVIATED.finditer(text):
        weekday = WEEKDAY_ABBREVIATIONS[m.group(1).lower()]
        found.append(Candidate(m.start(), m.end(), "DATE", "weekday", weekday_resolver(weekday, None, None),
                               standalone=False, extra={"weekday": weekday}))  # fmt: skip
    return found
