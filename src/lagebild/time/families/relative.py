"""Expressions counted from the reference: "gestern", "vor drei Tagen", "in zwei Wochen",
"nächste Woche", "im vergangenen Jahr", "letzten September", "Ende der Woche", "am Tag darauf".
Not "nach drei Tagen": it counts from an event the text has just told ("Nach 77 Tagen fiel
die Festung"), not from the publication date, so it is left to the durations family (P3D), as
TIMEX2/3 annotate it.

Why: news dates most of its events relative to the publication date. Values keep the
precision of the text: days give "2023-07-25", weeks an ISO week "2023-W31", months
"2023-06", years "2022". Without an anchor the value is TIMEX3's "PAST_REF",
"PRESENT_REF" or "FUTURE_REF". Cost: a few regex scans.
"""

from __future__ import annotations

import re
from datetime import timedelta

from lagebild.time.calendar_math import add_months, iso_week, month_value
from lagebild.time.candidate import DEICTIC, Candidate, Resolver, compile_de, constant
from lagebild.time.reference import Anchor, Reference
from lagebild.time.vocabulary import (
    MODIFIERS,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    PARTS_OF_DAY,
    RELATIVE_STEP_RE,
    RELATIVE_STEPS,
    UNITS,
    number_value,
)

_UNIT_RE = "|".join(f"(?:{pattern})" for pattern in UNITS)
_DAY_WORDS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
_DAY_WORD = compile_de(
    r"(?<![\w])(vorgestern|gestern|heute|übermorgen|morgen)"
    r"(?:\s+(früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?(?![\wäöüß])"
)
_MORNING_NOUN_BEFORE = compile_de(
    r"(?:\b(?:am|den|jeden|guten|einen|dem|der|des|vom|zum|bis|für|ab|diesen)\s+)$"
)
_COUNTED = compile_de(
    rf"(?<!\w)(vor|in|binnen)\s+(?:(?:etwa|rund|knapp|gut|fast|über)\s+)?({NUMBER_RE}|einigen|mehreren|wenigen)\s+({_UNIT_RE})(?!\w)"
)
_COUNTED_AFTER = compile_de(
    rf"(?<!\w)(?:(?:etwa|rund|knapp|gut|fast)\s+)?({NUMBER_RE})\s+({_UNIT_RE})\s+(später|danach|darauf|zuvor|davor|früher|vorher)(?!\w)"
)
_PERIOD = compile_de(
    rf"(?<!\w)({RELATIVE_STEP_RE})\s+(woche|wochenende|monats?|jahres|jahr|quartals?|jahrzehnts?)(?!\w)"
)
_STEP_MONTH = compile_de(rf"(?<!\w)({RELATIVE_STEP_RE})\s+({MONTH_RE})(?!\w)")
_EDGE_OF_PERIOD = compile_de(
    rf"(?<!\w)(anfang|mitte|ende|beginn)\s+(der|des|dieser|dieses|{RELATIVE_STEP_RE})\s+(woche|monats|jahres)(?!\w)"
)
_PREVIOUS_WORD = compile_de(
    r"(?<!\w)(vorjahr(?:es|s)?|vormonat(?:s)?|vorwoche|folgejahr(?:es|s)?|vortag(?:es|s)?|folgetag(?:es|s)?)(?!\w)"
)
_SAME_DAY = compile_de(
    r"(?<!\w)(?:am\s+(selben|gleichen|nächsten|folgenden|darauffolgenden)\s+tag|an\s+diesem\s+tag|am\s+tag\s+(darauf|danach|zuvor)|tags\s+(darauf|zuvor))(?!\w)"
)
_VAGUE = {"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
          "heutzutage": "PRESENT_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF", "bald": "FUTURE_REF",
          "demnächst": "FUTURE_REF"}  # fmt: skip
_VAGUE_WORD = compile_de(r"(?<!\w)(" + "|".join(_VAGUE) + r")(?!\w)")


def _unit_code(word: str) -> str:
    for pattern, (code, is_clock) in UNITS.items():
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return f"T{code}" if is_clock else code
    raise KeyError(word)


def _undetermined(sign: int) -> str:
    return "PAST_REF" if sign < 0 else "FUTURE_REF" if sign > 0 else "PRESENT_REF"


def shifted_value(base: Anchor, unit: str, amount: int) -> str:
    """The period `amount` units away from `base`, at the unit's precision."""
    day = base.day
    if unit in ("D", "TH", "TM", "TS"):
        return (day + timedelta(days=amount if unit == "D" else 0)).isoformat()
    if unit == "W":
        return iso_week(day + timedelta(weeks=amount))
    if unit == "M":
        moved = add_months(day, amount)
        return month_value(moved.year, moved.month)
    if unit == "DE":
        return f"{(day.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(day.year + 100 * amount) // 100:02d}"
    return f"{day.year + amount:04d}"


def _needs_day(unit: str) -> bool:
    return unit in ("D", "W", "TH", "TM", "TS")


def shift_resolver(unit: str, amount: int, use_base: bool = False) -> Resolver:
    def resolve(ref: Reference) -> str:
        origin = ref.base if use_base or ref.use_narrative else ref.anchor
        if (
            origin is None
            or (_needs_day(unit) and not origin.knows_day)
            or (unit == "M" and origin.precision == "year")
        ):
            return _undetermined(amount)
        return shifted_value(origin, unit, amount)

    return resolve


def _day_word_resolver(offset: int, pod: str | None) -> Resolver:
    suffix = f"T{pod}" if pod else ""

    def resolve(ref: Reference) -> str:
        if ref.anchor is None or not ref.anchor.knows_day:
            return _undetermined(offset)
        return (ref.anchor.day + timedelta(days=offset)).isoformat() + suffix

    return resolve


def _step_month_resolver(step: int, month: int) -> Resolver:
    """ "letzten September": the latest September strictly before the anchor's month; "nächsten": strictly after."""

    def resolve(ref: Reference) -> str:
        if ref.anchor is None or ref.anchor.precision == "year":
            return _undetermined(step) if step else f"XXXX-{month:02d}"
        year, current = ref.anchor.day.year, ref.anchor.day.month
        if step < 0:
            year = year if month < current else year - 1
        elif step > 0:
            year = year if month > current else year + 1
        return month_value(year, month)

    return resolve


def find(text: str) -> list[Candidate]:
    found = []
    for m in _DAY_WORD.finditer(text):
        word, pod_word = m.group(1).lower(), m.group(2)
        if word == "morgen" and _MORNING_NOUN_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue
        pod = PARTS_OF_DAY[pod_word.lower()] if pod_word else None
        found.append(Candidate(m.start(), m.end(), "TIME" if pod else "DATE", "date",
                               _day_word_resolver(_DAY_WORDS[word], pod), pod=pod,
                               extra={DEICTIC: True}))  # fmt: skip
    for m in _COUNTED.finditer(text):
        direction, raw_number, unit_word = m.groups()
        number = number_value(raw_number)
        sign = -1 if direction.lower() == "vor" else 1
        unit = _unit_code(unit_word)
        if number is None:
            found.append(Candidate(m.start(), m.end(), "DATE", "relative", constant(_undetermined(sign))))
            continue
        found.append(Candidate(m.start(), m.end(), "DATE", "relative", shift_resolver(unit, sign * number)))
    for m in _COUNTED_AFTER.finditer(text):
        raw_number, unit_word, direction = m.groups()
        number = number_value(raw_number)
        if number is None:
            continue
        sign = 1 if direction.lower() in ("später", "danach", "darauf") else -1
        found.append(Candidate(m.start(), m.end(), "DATE", "relative",
                               shift_resolver(_unit_code(unit_word), sign * number, use_base=True)))  # fmt: skip
    for m in _PERIOD.finditer(text):
        step = RELATIVE_STEPS[m.group(1).lower()]
        word = m.group(2).lower()
        unit = (
            "W"
            if word.startswith("woche")
            else "M"
            if word.startswith("monat")
            else "DE"
            if word.startswith("jahrz")
            else "Y"
        )
        if word.startswith("quartal"):
            continue
        extra: dict[str, object] = {"week_step": step} if unit == "W" and word == "woche" else {}
        found.append(
            Candidate(m.start(), m.end(), "DATE", "relative", shift_resolver(unit, step), extra=extra)
        )
    for m in _STEP_MONTH.finditer(text):
        month = MONTHS[m.group(2).lower().rstrip(".")]
        found.append(Candidate(m.start(), m.end(), "DATE", "relative",
                               _step_month_resolver(RELATIVE_STEPS[m.group(1).lower()], month), priority=1))  # fmt: skip
    for m in _EDGE_OF_PERIOD.finditer(text):
        mod_word, determiner, word = (g.lower() for g in m.groups())
        step = RELATIVE_STEPS.get(determiner, 0)
        unit = "W" if word == "woche" else "M" if word == "monats" else "Y"
        found.append(Candidate(m.start(), m.end(), "DATE", "relative", shift_resolver(unit, step, use_base=True),
                               mod=MODIFIERS[mod_word]))  # fmt: skip
    for m in _PREVIOUS_WORD.finditer(text):
        word = m.group(1).lower()
        sign = 1 if word.startswith("folge") else -1
        unit = "Y" if "jahr" in word else "M" if "monat" in word else "W" if "woche" in word else "D"
        found.append(
            Candidate(m.start(), m.end(), "DATE", "relative", shift_resolver(unit, sign, use_base=True))
        )
    for m in _SAME_DAY.finditer(text):
        phrase = m.group(0).lower()
        offset = (
            1
            if any(w in phrase for w in ("nächsten", "folgenden", "darauf", "danach"))
            else -1
            if "zuvor" in phrase
            else 0
        )
        found.append(
            Candidate(m.start(), m.end(), "DATE", "date", shift_resolver("D", offset, use_base=True))
        )
    for m in _VAGUE_WORD.finditer(text):
        found.append(Candidate(m.start(), m.end(), "DATE", "vague", constant(_VAGUE[m.group(1).lower()])))
    return found
