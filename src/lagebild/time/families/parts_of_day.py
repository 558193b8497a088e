"""Bare parts of day: "abends", "früh", "am Nachmittag" — kept only when glued to a date or weekday.

Why: "25.10.2017 abends" is one expression (value "2017-10-25TEV"), but "abends" alone in a
news sentence is usually habitual or vague, so the tagger drops unmerged ones.
Cost: one regex scan.
"""

from __future__ import annotations

from lagebild.time.candidate import Candidate, compile_de, constant
from lagebild.time.vocabulary import PARTS_OF_DAY

_POD = compile_de(
    r"(?<!\w)(?:(?:spät|früh)\s+am\s+|am\s+(?:frühen\s+|späten\s+)?)?"
    r"(frühmorgens|früh|morgens|vormittags?|mittags?|nachmittags?|abends?|nachts?|morgen)(?:\s+(?:vormittag|morgens))?(?!\w)"
)


_POD_OF_DATE = compile_de(
    r"(?<!\w)(?:(?:am|gegen|in\s+der)\s+)?(?:(?:frühen|späten)\s+)?(morgen|morgenstunden|vormittag|mittag|nachmittag|abend|nacht)"
    r"(?=\s+(?:des|vom)\s+\d)"
)
_POD_NOUNS = {"morgenstunden": "MO"}


def find(text: str) -> list[Candidate]:
    """Parts of day before or after a date: "25.10.2017 abends", "am Morgen des 22. Juni"."""
    found = []
    for m in _POD_OF_DATE.finditer(text):
        code = _POD_NOUNS.get(m.group(1).lower()) or PARTS_OF_DAY[m.group(1).lower()]
        found.append(Candidate(m.start(), m.end(), "TIME", "pod", constant(f"XXXX-XX-XXT{code}"), pod=code,
                               standalone=False, priority=1))  # fmt: skip
    for m in _POD.finditer(text):
        word = m.group(1).lower()
        if word == "morgen" and not m.group(0).lower().startswith("am"):
            continue  # bare "morgen" is tomorrow (relative family), not the morning
        code = PARTS_OF_DAY[word]
        found.append(Candidate(m.start(), m.end(), "TIME", "pod", constant(f"XXXX-XX-XXT{code}"), pod=code,
                               standalone=False))  # fmt: skip
    return found
