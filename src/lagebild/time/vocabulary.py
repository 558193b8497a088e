"""German words for time, as declarative tables.

Why: every expression family matches against the same vocabulary, so adding a spelling
("Jänner", "Sept.") is a one-line change here, not a regex hunt across modules.
Cost: import-time only (a few hundred dict entries and compiled alternations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Month names and common abbreviations -> month number (keys lower-case).
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

#: Weekday names -> ISO weekday (Monday = 1). Abbreviations are separate: "So"/"Mi" are common words.
WEEKDAYS: dict[str, int] = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4,
    "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {"mo": 1, "di": 2, "mi": 3, "do": 4, "fr": 5, "sa": 6, "so": 7}

#: Parts of day -> TIMEX3 part-of-day code (morning, midday, afternoon, evening, night).
PARTS_OF_DAY: dict[str, str] = {
    "früh": "MO", "frühmorgens": "MO", "morgen": "MO", "morgens": "MO", "vormittag": "MO",
    "vormittags": "MO", "mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF",
    "abend": "EV", "abends": "EV", "nacht": "NI", "nachts": "NI",
}  # fmt: skip

#: Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
    "spätsommer": "SU", "frühsommer": "SU", "spätherbst": "FA", "hochsommer": "SU",
}  # fmt: skip

#: Number words -> value; "ein/eine/einen..." count as one.
NUMBER_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "einhundert": 100,
}  # fmt: skip

#: Decade words ("zwanziger Jahre") -> decade digit within a century.
DECADE_WORDS: dict[str, int] = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}  # fmt: skip

#: Ordinal words for halves/quarters ("im zweiten Quartal").
ORDINAL_WORDS: dict[str, int] = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3,
                                 "dritte": 3, "vierten": 4, "vierte": 4, "letzten": 4}  # fmt: skip

#: Calendar units: regex for the German word (all inflections) -> (TIMEX3 unit, is clock unit).
UNITS: dict[str, tuple[str, bool]] = {
    r"sekunden?": ("S", True),
    r"minuten?": ("M", True),
    r"stunden?": ("H", True),
    r"tage?n?|tages": ("D", False),
    r"wochen?": ("W", False),
    r"monate?n?|monats": ("M", False),
    r"jahre?n?|jahres": ("Y", False),
    r"jahrzehnte?n?": ("DE", False),
    r"jahrhunderte?n?": ("CE", False),
}

#: Modifiers for "Anfang/Mitte/Ende ..." -> TIMEX3 mod.
MODIFIERS: dict[str, str] = {
    "anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
    "frühjahr": "START", "spätsommer": "END",
}  # fmt: skip

#: "letzten/vergangenen..." (-1), "diesen" (0), "nächsten/kommenden" (+1) in all inflections.
RELATIVE_STEPS: dict[str, int] = {
    **{
        f"{stem}{end}": -1
        for stem in ("letzt", "vergangen", "vorig")
        for end in ("e", "en", "er", "es", "em")
    },
    **{f"{stem}{end}": 0 for stem in ("dies", "laufend", "aktuell") for end in ("e", "en", "er", "es", "em")},
    **{
        f"{stem}{end}": 1
        for stem in ("nächst", "kommend", "folgend")
        for end in ("e", "en", "er", "es", "em")
    },
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so "Juni" never shadows "Junis"."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


def number_value(token: str) -> int | None:
    """'3' or 'drei' -> 3; None when the token is no number we know."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "febr",
    "mär",
    "mrz",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "okt",
    "nov",
    "dez",
}
#: Full month names, or abbreviations with an optional dot (so "im Juli." leaves the full stop alone).
MONTH_RE = rf"(?:{alternation(set(MONTHS) - MONTH_ABBREVIATIONS)}|(?:{alternation(MONTH_ABBREVIATIONS)})\.?)"
WEEKDAY_RE = alternation(WEEKDAYS)
NUMBER_RE = rf"(?:\d{{1,4}}|{alternation(NUMBER_WORDS)})"
RELATIVE_STEP_RE = alternation(RELATIVE_STEPS)
