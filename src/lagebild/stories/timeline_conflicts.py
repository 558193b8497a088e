"""Where the sources of one timeline entry disagree: dates and numbers.

Numbers are compared by what they count: the scale word ("Millionen") or else the noun after
the number ("Container"). "bis zu vier Millionen Toten" (up to 4M) and "zwischen zwei und vier
Millionen Koreaner" (2M-4M) count in millions and differ, so the entry shows a conflict with
both readings and who gave which. Years, ordinals ("70. Jahrestag") and clock times are not
quantities. Cost: one regex pass over each source sentence of the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "hundert": 100, "tausend": 1000, "dutzende": 24,
}  # fmt: skip
_SCALES = {"tausend": 1e3, "millionen": 1e6, "million": 1e6, "milliarden": 1e9, "milliarde": 1e9}
_SCALE_NAMES = {"tausend": "Tausend", "million": "Millionen", "millionen": "Millionen", "milliarde": "Milliarden",
                "milliarden": "Milliarden"}
_NUM = r"(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|(?i:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
_QUANTITY = re.compile(
    rf"\b(?P<prefix>(?i:bis zu|rund|etwa|mehr als|über|knapp|fast|mindestens|höchstens|zwischen))?\s*"
    rf"(?P<low>{_NUM})(?:\s*(?:und|bis|–|-)\s*(?P<high>{_NUM}))?(?!\.\w|\d|:)\s+"
    rf"(?P<scale>Tausend|Millionen?|Milliarden?)?\s*(?P<noun>[A-ZÄÖÜ][\w-]+)?"
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the text gives it: what it counts, its range, the words."""

    counts: str
    low: float | None  # None: open below ("bis zu vier Millionen")
    high: float | None  # None: open above ("mehr als 20")
    text: str


def quantities(text: str) -> list[Quantity]:
    """The counted numbers in `text` (not years, ordinals or clock times)."""
    found: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        low, high = _value(m.group("low")), _value(m.group("high")) if m.group("high") else None
        scale_word = (m.group("scale") or "").lower()
        noun = m.group("noun")
        if low is None or (not scale_word and not noun) or (not scale_word and 1800 <= low <= 2100 and not high):
            continue
        factor = _SCALES.get(scale_word, 1.0)
        counts = _SCALE_NAMES[scale_word] if scale_word else (noun or "")
        prefix = (m.group("prefix") or "").lower()
        lo, hi = low * factor, (high if high is not None else low) * factor
        if prefix in ("bis zu", "höchstens"):
            lo_out: float | None = None
            hi_out: float | None = hi
        elif prefix in ("mehr als", "über", "mindestens"):
            lo_out, hi_out = lo, None
        else:
            lo_out, hi_out = lo, hi
        found.append(Quantity(counts, lo_out, hi_out, m.group().strip()))
    return found


def _value(word: str | None) -> float | None:
    if word is None:
        return None
    lower = word.lower()
    if lower in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[lower])
    try:
        return float(lower.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def number_conflicts(sentences: dict[str, str]) -> list[str]:
    """Conflicts between sources (article id -> the sentence it reports the event in)."""
    readings: dict[str, dict[tuple[float | None, float | None], tuple[str, list[str]]]] = {}
    for article, sentence in sentences.items():
        for q in quantities(sentence):
            seen = readings.setdefault(q.counts, {})
            text, sources = seen.setdefault((q.low, q.high), (q.text, []))
            if article not in sources:
                sources.append(article)
    conflicts = []
    for counts, variants in sorted(readings.items()):
        if len(variants) > 1 and len({a for _, srcs in variants.values() for a in srcs}) > 1:
            described = " vs ".join(f'"{text}" ({", ".join(srcs)})' for text, srcs in variants.values())
            conflicts.append(f"number ({counts}): {described}")
    return conflicts


def date_conflicts(dates: dict[str, set[str]]) -> list[str]:
    """Conflicts between sources' day-precise dates (article id -> dates it gives)."""
    by_date: dict[str, list[str]] = {}
    for article, values in dates.items():
        for value in values:
            if len(value) >= 10 and value[:4].isdigit():
                by_date.setdefault(value[:10], []).append(article)
    if len(by_date) < 2 or len({a for srcs in by_date.values() for a in srcs}) < 2:
        return []
    return ["date: " + " vs ".join(f"{d} ({', '.join(sorted(set(s)))})" for d, s in sorted(by_date.items()))]
