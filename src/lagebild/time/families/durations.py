"""Durations: "drei Tage" -> P3D, "seit vier Jahren" -> P4Y, "20 Stunden" -> PT20H, "jahrelang" -> PXY.

Why: news states how long things lasted ("seit vier Jahren in Haft"). "seit" is a signal
word and stays outside the span, as in TIMEX2/3 annotation; approximators ("etwa", "rund")
stay inside. Vague counts ("einige Tage") get "X" for the number. Cost: two regex scans.
"""

from __future__ import annotations

import re

from lagebild.time.candidate import Candidate, compile_de, constant
from lagebild.time.vocabulary import NUMBER_RE, UNITS, number_value

_UNIT_RE = "|".join(f"(?:{pattern})" for pattern in UNITS)
_FRACTIONS = {
    "halbes": 0.5,
    "halben": 0.5,
    "halbe": 0.5,
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "zweieinhalb": 2.5,
}
_DURATION = compile_de(
    rf"(?<![\w.,])(?:(?:etwa|rund|knapp|fast|über|gut|mindestens|ca\.|mehr\s+als|weniger\s+als)\s+)?"
    rf"(?:ein(?:e[nmrs]?)?\s+)?({NUMBER_RE}|halbes|halben|halbe|anderthalb|eineinhalb|zweieinhalb|einigen?|mehreren?|wenigen?|vielen?)"
    rf"\s+({_UNIT_RE})(?![\wäöüß])"
)
_NOT_A_SPAN = compile_de(r"\s+(?:der|des|voller|mit|für|ohne|wie)\b")
_LONG = compile_de(r"(?<!\w)(tage|wochen|monate|jahre|jahrzehnte|stunden)lang(?:e[nmrs]?)?(?!\w)")
_LONG_UNITS = {"tage": "D", "wochen": "W", "monate": "M", "jahre": "Y", "jahrzehnte": "DE", "stunden": "TH"}
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "DE": ("Y", 10)}


def _unit(word: str) -> tuple[str, bool]:
    for pattern, unit in UNITS.items():
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return unit
    raise KeyError(word)


def duration_value(amount: float | None, unit: str, is_clock: bool) -> str:
    """TIMEX3 duration: (3, 'D') -> 'P3D', (20, 'H', clock) -> 'PT20H', (0.5, 'Y') -> 'P6M', None -> 'PXD'."""
    prefix = "PT" if is_clock else "P"
    if amount is None:
        return f"{prefix}X{unit}"
    if amount != int(amount):
        smaller, factor = _SMALLER.get(unit, (unit, 1))
        clock = is_clock or (unit == "D")
        return f"{'PT' if clock else 'P'}{int(amount * factor)}{smaller}"
    return f"{prefix}{int(amount)}{unit}"


def find(text: str) -> list[Candidate]:
    found = []
    for m in _DURATION.finditer(text):
        raw, unit_word = m.groups()
        unit, is_clock = _unit(unit_word)
        amount: float | None = _FRACTIONS.get(raw.lower()) or number_value(raw)
        if raw.isdigit() and len(raw) == 4 and not is_clock and unit == "Y" and 1000 <= int(raw) <= 2099:
            continue  # "1945 Jahre" is rare; a year followed by "Jahre" is more often a list
        if raw.lower().startswith("ein") and _NOT_A_SPAN.match(text, m.end()):
            continue  # "ein Tag der Paraden", "eine Woche voller Streit": a named period, not a length
        found.append(
            Candidate(
                m.start(), m.end(), "DURATION", "duration", constant(duration_value(amount, unit, is_clock))
            )
        )
    for m in _LONG.finditer(text):
        unit = _LONG_UNITS[m.group(1).lower()]
        value = f"PTX{unit[1:]}" if unit.startswith("T") else f"PX{unit}"
        found.append(Candidate(m.start(), m.end(), "DURATION", "duration", constant(value)))
    return found
