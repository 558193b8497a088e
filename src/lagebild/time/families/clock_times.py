"""Clock times: "um 6:55 Uhr", "19:08 Uhr", "20 Uhr", "4 Uhr 45", "18.00h", ranges "15.00 / 16.00 Uhr".

Why: times date events within a day; alone they take the reference's day (the publication
date in news, the last mentioned date in histories), glued to a date they take that date
(the tagger merges "28.07. um 19 Uhr" into one TIME). Looking forward (bookings), a time
earlier than the anchor's clock is tomorrow. Cost: two regex scans.
"""

from __future__ import annotations

from datetime import timedelta

from lagebild.time.candidate import Candidate, Resolver, compile_de
from lagebild.time.reference import Reference

_CLOCK = compile_de(
    r"(?<![\d.:,])(\d{1,2})(?::(\d{2})(?:\s*(?:uhr|h\b))?|\.(\d{2})\s*(?:uhr|h\b)|\s*(?:uhr|h\b)(?:\s+(\d{2})(?![\d.]))?)"
)
_CLOCK_RANGE = compile_de(
    r"(?<![\d.:,])(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|bis|/|und)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:uhr|h\b)"
)


def clock_resolver(clock: str) -> Resolver:
    def resolve(ref: Reference) -> str:
        base = ref.base
        if base is None or not base.knows_day:
            return f"XXXX-XX-XXT{clock}"
        day = base.day
        if ref.direction == "future" and base.clock and clock < base.clock and not ref.use_narrative:
            day += timedelta(days=1)
        return f"{day.isoformat()}T{clock}"

    return resolve


def _clock(hour: str, minute: str | None) -> str | None:
    h, mi = int(hour), int(minute or 0)
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def find(text: str) -> list[Candidate]:
    found = []
    for m in _CLOCK.finditer(text):
        clock = _clock(m.group(1), m.group(2) or m.group(3) or m.group(4))
        if clock:
            found.append(Candidate(m.start(), m.end(), "TIME", "clock", clock_resolver(clock), clock=clock))
    for m in _CLOCK_RANGE.finditer(text):
        first, second = _clock(m.group(1), m.group(2)), _clock(m.group(3), m.group(4))
        if not first or not second:
            continue
        split = m.start(3)
        first_end = m.end(2) if m.group(2) else m.end(1)
        found.append(
            Candidate(m.start(), first_end, "TIME", "clock", clock_resolver(first), clock=first, priority=2)
        )
        found.append(
            Candidate(split, m.end(), "TIME", "clock", clock_resolver(second), clock=second, priority=2)
        )
    return found
