"""A matched time expression before it is chosen, merged and resolved.

Why: families find spans; the tagger decides which spans win and only then resolves them
in text order (so a history text's "17. September" can take the year mentioned just
before). A candidate therefore carries a resolver, not a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.time.reference import Reference

Resolver = Callable[[Reference], str]


@dataclass(frozen=True, slots=True)
class DateParts:
    """What the text spelled out for a date; None where the text was silent."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


#: `Candidate.extra` key: the expression points at the writer's present ("heute", "gestern"),
#: whatever the text is narrating, so it never becomes the narrative date.
DEICTIC = "deictic"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One matched expression: `text[start:end]`, its TIMEX3 type and how to get its value.

    `kind` lets the tagger merge neighbours: "date" (day-precise or coarser), "weekday",
    "clock" (carries `clock`), "pod" (a bare part of day, carries `pod`), or any other
    family name (never merged). `parts` is set when the date was written out, so a range's
    first half can borrow the second half's month and year. `mod` is TIMEX3's START/MID/END.
    """

    start: int
    end: int
    type: str
    kind: str
    resolve: Resolver
    parts: DateParts | None = None
    clock: str | None = None
    pod: str | None = None
    mod: str | None = None
    standalone: bool = True  # False: only kept when merged into a neighbour ("abends" alone)
    priority: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def constant(value: str) -> Resolver:
    """A resolver that ignores the reference (absolute dates, durations)."""
    return lambda _ref: value


def compile_de(pattern: str) -> re.Pattern[str]:
    """Compile a family pattern: case-insensitive: headlines and booking notes mix case."""
    return re.compile(pattern, re.IGNORECASE)
