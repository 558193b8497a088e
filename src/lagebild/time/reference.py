"""What relative expressions are resolved against: the anchor, a direction, the narrative date.

Why: "am Mittwoch" means last Wednesday in a news report but next Wednesday in a booking
request, and "am 17. September" in a history text means the year the text is talking about.
Keeping these three facts in one small record lets every expression family stay a pure
function of (match, reference).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

#: "past": news default, a bare weekday or month is the latest one on/before the anchor.
#: "future": booking/agenda style, the next one on/after the anchor.
Direction = Literal["past", "future"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A publication (or reference) date at the precision it was given.

    `day` is always a real date (the first day of a partial anchor) so calendar arithmetic
    works; `precision` says how much of it is known; `clock` is "HH:MM" when given.
    """

    day: date
    precision: Literal["year", "month", "day"]
    clock: str | None = None

    @property
    def knows_day(self) -> bool:
        return self.precision == "day"


_ANCHOR_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?)?)?")


def parse_anchor(text: str | None) -> Anchor | None:
    """ISO date/datetime, possibly partial ("2023", "2023-07", "2023-07-28T10:00:00") -> Anchor.

    Returns None for None, empty or unreadable input (the caller then emits *_REF values).
    """
    if not text:
        return None
    m = _ANCHOR_RE.match(text)
    if not m:
        return None
    year, month, day, hour, minute = m.groups()
    try:
        if day:
            clock = f"{int(hour):02d}:{minute}" if hour else None
            return Anchor(date(int(year), int(month), int(day)), "day", clock)
        if month:
            return Anchor(date(int(year), int(month), 1), "month")
        return Anchor(date(int(year), 1, 1), "year")
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Reference:
    """Everything a resolver may look at besides its own match.

    `anchor` is the publication date; `narrative` is the latest date the text itself
    mentioned (used for year-less dates only when `use_narrative` is on, as in histories);
    `direction` is the per-expression direction (the caller's preference, flipped by tense).
    """

    anchor: Anchor | None
    direction: Direction = "past"
    narrative: Anchor | None = None
    use_narrative: bool = False

    @property
    def base(self) -> Anchor | None:
        """The date year-less expressions attach to: the narrative date if on and known, else the anchor."""
        if self.use_narrative and self.narrative is not None:
            return self.narrative
        return self.anchor

    def towards(self, direction: Direction) -> Reference:
        return replace(self, direction=direction)
