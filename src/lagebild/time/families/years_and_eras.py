"""Years, seasons, halves, decades and centuries: "2023", "Sommer 1971", "1950er Jahre", "20. Jahrhundert".

Why: histories and news backgrounders date by year far more than by day. Values follow
TIMEX3/HeidelTime: decade "195" (not "195X"), century "19" for the 20th century, seasons
"1971-SU", halves "1863-H2", quarters "2023-Q2", "BC0490" before Christ.
A bare number is a year only in 1000-2099 and not followed by a counted noun ("1500 Soldaten").
Cost: linear regex scans.
"""

from __future__ import annotations

import re

from lagebild.time.calendar_math import year_value
from lagebild.time.candidate import Candidate, DateParts, Resolver, compile_de, constant
from lagebild.time.reference import Reference
from lagebild.time.vocabulary import DECADE_WORDS, MODIFIERS, ORDINAL_WORDS, SEASONS, alternation

_BC = r"(\s*v\.\s*Chr\.?)?"
_YEAR = compile_de(
    r"(?:(anfang|mitte|ende|beginn)\s+(?:des\s+jahres\s+)?)?((?:jahre?s?|wahljahr)\s+)?(?<![\d.,/])(\d{3,4})(?![\d]|[.,]\d)"
    + _BC
)
_COUNTED = re.compile(
    r"\s*(?:[-–]\s*)?(?:euro|dollar|franken|pfund|mark|menschen|soldaten|mann|toten?|personen|einwohner|kilometer|km|meter|m\b|"
    r"tonnen|prozent|%|stück|fahrzeuge|flugzeuge|panzer|schiffe|gefangene[n]?|opfer|stimmen|mitglieder|teilnehmer|"
    r"besucher|häuser|wohnungen|jahre|jahren|tage|tagen|kanonen|geschütze|infanteristen|reiter|kämpfer|männer|frauen|"
    r"kinder|zivilisten|verwundete|bomben|einheiten|divisionen|truppen|krieger|seeleute|matrosen|arbeiter|dörfer|fuß|"
    r"meilen|quadratkilometer|km²|hektar|liter|barrel|schuss)\b",
    re.IGNORECASE,
)
_QUANTITY_BEFORE = re.compile(r"(?:rund|etwa|über|knapp|fast|insgesamt|zu|als|nur|noch|ca\.|weitere|nr\.|§|seite|artikel)\s+$",
                              re.IGNORECASE)  # fmt: skip
_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]{2,}(?![.:])\b")
_YEAR_CUE_BEFORE = re.compile(r"(?:\b(?:im|seit|bis|von|vom|ab|um|vor|nach|zwischen|jahr|jahre|jahres|sommer|herbst|winter|frühjahr)|[–/(-])\s*$",
                              re.IGNORECASE)  # fmt: skip
_SEASON = compile_de(
    rf"(?<!\w)({alternation(SEASONS)})(?:\s+(?:des\s+jahres\s+)?(\d{{4}})(?!\d){_BC})?(?!\w)"
)
_DECADE = compile_de(
    rf"(?:(anfang|mitte|ende)\s+)?(?:(?:der|den|die)\s+)?(?:(\d{{2}})(\d)0er|({alternation(DECADE_WORDS)}))(?:\s*-?\s*jahren?|\b)"
)
_CENTURY = compile_de(
    r"(?:(anfang|mitte|ende|beginn)\s+(?:des\s+)?)?(\d{1,2})\.\s*(?:jahrhunderts?|jh\.)" + _BC
)
_PART_OF_YEAR = compile_de(
    rf"({alternation(ORDINAL_WORDS)})\s+(jahreshälfte|hälfte|halbjahr|quartal)(?:\s+(?:des\s+jahres\s+)?(\d{{4}})(?!\d))?"
)
_YEAR_PART_WORD = compile_de(r"(jahres(?:beginn|anfang|mitte|ende|wechsel))(?:\s+(\d{4})(?!\d))?")


def _season_resolver(code: str) -> Resolver:
    def resolve(ref: Reference) -> str:
        base = ref.base
        return f"{base.day.year:04d}-{code}" if base else f"XXXX-{code}"

    return resolve


def _years(text: str) -> list[Candidate]:
    found = []
    for m in _YEAR.finditer(text):
        modifier, prefix, digits, bc = m.groups()
        year = int(digits)
        if bc:
            year = -year
        elif len(digits) == 3 and not prefix or not prefix and not 1000 <= year <= 2099:
            continue
        counted = _COUNTED.match(text, m.end()) or _QUANTITY_BEFORE.search(
            text[max(0, m.start() - 12) : m.start()]
        )
        if counted and not (bc or prefix or modifier):
            continue
        if (
            not (prefix or modifier or bc)
            and _NOUN_AFTER.match(text, m.end())
            and not _YEAR_CUE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        ):
            continue  # "und 1370 Landungsboote": a count before a noun, unless a cue says year ("im 1939 ...")
        if prefix and prefix.lower().startswith("wahljahr"):
            continue
        mod = MODIFIERS.get(modifier.lower()) if modifier else None
        found.append(Candidate(m.start(), m.end(), "DATE", "year", constant(year_value(year)),
                               parts=DateParts(year), mod=mod))  # fmt: skip
    return found


def find(text: str) -> list[Candidate]:
    """Years, seasons, halves/quarters, decades and centuries in `text`."""
    found = _years(text)
    for m in _SEASON.finditer(text):
        word, raw_year, bc = m.groups()
        code = SEASONS[word.lower()]
        mod = (
            "END"
            if word.lower().startswith("spät")
            else "START"
            if word.lower().startswith("früh") and word.lower() != "frühjahr" and word.lower() != "frühling"
            else None
        )
        if raw_year:
            value = f"{year_value(-int(raw_year) if bc else int(raw_year))}-{code}"
            found.append(Candidate(m.start(), m.end(), "DATE", "season", constant(value), mod=mod))
        else:
            found.append(Candidate(m.start(), m.end(), "DATE", "season", _season_resolver(code), mod=mod))
    for m in _DECADE.finditer(text):
        modifier, century, decade, word = m.groups()
        value = f"{century}{decade}" if century else f"19{DECADE_WORDS[word.lower()]}"
        mod = MODIFIERS.get(modifier.lower()) if modifier else None
        found.append(Candidate(m.start(), m.end(), "DATE", "decade", constant(value), mod=mod))
    for m in _CENTURY.finditer(text):
        modifier, number, bc = m.groups()
        value = f"{'BC' if bc else ''}{int(number) - 1:02d}"
        mod = MODIFIERS.get(modifier.lower()) if modifier else None
        found.append(Candidate(m.start(), m.end(), "DATE", "century", constant(value), mod=mod))
    for m in _PART_OF_YEAR.finditer(text):
        ordinal, unit, raw_year = m.groups()
        number = ORDINAL_WORDS[ordinal.lower()]
        code = f"Q{number}" if unit.lower() == "quartal" else f"H{min(number, 2)}"
        if raw_year:
            found.append(
                Candidate(m.start(), m.end(), "DATE", "part_of_year", constant(f"{raw_year}-{code}"))
            )
        else:
            found.append(Candidate(m.start(), m.end(), "DATE", "part_of_year", _season_resolver(code)))
    for m in _YEAR_PART_WORD.finditer(text):
        word, raw_year = m.groups()
        mod = {"beginn": "START", "anfang": "START", "mitte": "MID", "ende": "END"}.get(word.lower()[6:])
        resolve = constant(raw_year) if raw_year else _year_of_base
        found.append(Candidate(m.start(), m.end(), "DATE", "year", resolve, mod=mod))
    return found


def _year_of_base(ref: Reference) -> str:
    base = ref.base
    return f"{base.day.year:04d}" if base else "XXXX"
