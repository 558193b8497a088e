"""Apply outlet layouts (`adapters/*.py`, `OutletLayout`) to undone dump lines.

Why: an outlet's title line, teaser marks, captions and trailing lists (links, authors,
tags, related articles) are known exactly, so they are taken out before the general
classifier runs and handed to the metadata stage. Input: the raw dump text (for
detection) and `DumpLines`. Output: the remaining lines, filling `Cleaned` in place.
Cost: one regex per line per layout.
"""

from __future__ import annotations

import re

from lagebild.clean.adapters import OUTLET_LAYOUTS, OutletLayout, Role
from lagebild.clean.lines import DumpLines, Line
from lagebild.model import Cleaned

_REFERENCE_NUMBER = re.compile(r"^\[\d{1,4}\]\s*")
_ENTRY_END = re.compile(r"[.!?…\"“”]\s*$")


def _add(cleaned: Cleaned, role: Role, text: str) -> None:
    text = text.strip()
    if not text:
        return
    if role == "drop":
        cleaned.dropped.append(("layout", text))
        return
    target: list[str] = getattr(cleaned, role)
    if role == "tags" and text in target:
        return
    target.append(text)


def _section_entries(role: Role, lines: list[str]) -> list[str]:
    """Entries of one trailing section: one per line, except related articles, where a
    headline line is followed by teaser lines up to the first sentence end."""
    if role == "links":
        return [_REFERENCE_NUMBER.sub("", s) for s in lines]
    if role != "related":
        return lines
    headlines: list[str] = []
    in_teaser = False
    for s in lines:
        if not in_teaser:
            headlines.append(s)
            in_teaser = not _ENTRY_END.search(s)
        elif _ENTRY_END.search(s):
            in_teaser = False
    return headlines


def apply_layouts(text: str, dump: DumpLines, cleaned: Cleaned) -> list[str]:
    """Remove every line a matching layout recognises; return the names of the layouts used."""
    used = []
    for layout in OUTLET_LAYOUTS:
        if layout.detect.search(text) or any(layout.detect.search(ln.text) for ln in dump.lines[:3]):
            dump.lines = _apply(layout, dump.lines, cleaned)
            used.append(layout.name)
    return used


def _apply(layout: OutletLayout, lines: list[Line], cleaned: Cleaned) -> list[Line]:
    kept: list[Line] = []
    teaser: list[str] = []
    section: Role | None = None
    section_lines: list[str] = []

    def close_section() -> None:
        if section is not None:
            for entry in _section_entries(section, section_lines):
                _add(cleaned, section, entry)
        section_lines.clear()

    for line in lines:
        s = line.text
        role = next((r for pat, r in layout.sections if pat.match(s)), None)
        if role is not None:
            close_section()
            section = role
            continue
        if section is not None:
            if s:
                section_lines.append(s)
            continue
        if layout.title is not None and cleaned.title is None and (m := layout.title.match(s)):
            cleaned.title = m.group(1)
            if layout.date_in_title_line is not None and (d := layout.date_in_title_line.match(s)):
                cleaned.dates.append(d.group(1))
            continue
        if layout.teaser is not None and (m := layout.teaser.match(s)):
            teaser.append(m.group(1).strip())
            continue
        hit = next(((m, r) for pat, r in layout.line_roles if (m := pat.match(s))), None)
        if hit is not None:
            _add(cleaned, hit[1], hit[0].group(1))
            continue
        kept.append(line)
    close_section()
    if teaser and cleaned.teaser is None:
        cleaned.teaser = " ".join(t for t in teaser if t)
    return kept
