"""Recurring times (TIMEX3 SET): "jedes Jahr am 27. Juli", "jeden Montag", "täglich", "sonntags".

Why: a recurring date must not be pinned to a year ("XXXX-07-27"); frequency words get
their period ("P1D"). Generic one-off mentions of a calendar day ("der 27. Juli ist
traditionell ...") are handled in the tagger by a sentence cue, since they are DATEs.
Cost: three regex scans.
"""

from __future__ import annotations

from lagebild.time.candidate import Candidate, compile_de, constant
from lagebild.time.vocabulary import MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS

_EVERY_YEAR_ON = compile_de(
    rf"(?<!\w)(?:jedes\s+jahr|alljährlich|jährlich)\s+(?:am|zum)\s+(\d{{1,2}})\.\s*({MONTH_RE})(?!\w)"
)
_EVERY = compile_de(
    rf"(?<!\w)(?:jede[nrs]?|alle)\s+({WEEKDAY_RE}|tag|woche|monat|jahr|stunde|wochenende)(?!\w)"
)
_FREQUENCY = compile_de(
    r"(?<!\w)(täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|werktags|"
    r"montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags)(?!\w)"
)
_PERIODS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H", "wochenende": "XXXX-WXX-WE",
            "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "alljährlich": "P1Y",
            "stündlich": "PT1H", "werktags": "XXXX-WXX-WD"}  # fmt: skip


def find(text: str) -> list[Candidate]:
    found = []
    for m in _EVERY_YEAR_ON.finditer(text):
        day, month = int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")]
        found.append(
            Candidate(m.start(), m.end(), "SET", "set", constant(f"XXXX-{month:02d}-{day:02d}"), priority=2)
        )
    for m in _EVERY.finditer(text):
        word = m.group(1).lower()
        value = _PERIODS.get(word) or f"XXXX-WXX-{WEEKDAYS[word]}"
        found.append(Candidate(m.start(), m.end(), "SET", "set", constant(value)))
    for m in _FREQUENCY.finditer(text):
        word = m.group(1).lower()
        value = _PERIODS.get(word) or f"XXXX-WXX-{WEEKDAYS[word[:-1]]}"
        found.append(Candidate(m.start(), m.end(), "SET", "set", constant(value)))
    return found
