"""Undo a dump format line by line: remove framing, widgets and link markers, flag bullets.

Input: the dump text. Output: `DumpLines` (the cleaned lines, their bullet flags, link-marker
counts and the reference targets found), plus the names of the formats that applied.
Cost: a few regex passes per line, O(len(text)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.clean.adapters import DUMP_FORMATS, DumpFormat

_BY_NAME = {f.name: f for f in DUMP_FORMATS}
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


@dataclass(slots=True)
class Line:
    """One dump line after format undoing. `indent` counts leading spaces of the original."""

    text: str
    indent: int
    bullet: bool = False
    markers: int = 0  # link markers removed from this line


@dataclass(slots=True)
class DumpLines:
    lines: list[Line]
    links: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    wrap_width: int | None = None  # None: lines are not hard-wrapped


def wrap_width(raw_lines: list[str]) -> int | None:
    """Estimate the hard-wrap column, or None when lines are not hard-wrapped.

    Among lines of 40+ characters, take the 90th-percentile length w; the dump is wrapped
    when w <= 120 and at least 40% of those lines end within 15 columns of w (wrapped prose
    piles up just under the wrap column; unwrapped paragraphs spread far beyond it).
    """
    lengths = sorted(n for s in raw_lines if (n := len(s.rstrip())) >= 40)
    if len(lengths) < 3:
        return None
    width = lengths[int(0.90 * (len(lengths) - 1))]
    if width > 120:
        return None
    near = sum(1 for n in lengths if n >= width - 15)
    return width if near >= 0.4 * len(lengths) else None


def _applies(fmt: DumpFormat, lines: list[str], wrapped: bool) -> bool:
    if fmt.wrapped is not None and fmt.wrapped != wrapped:
        return False
    nonblank = [s for s in lines if s.strip()]
    if not nonblank:
        return False
    hits = sum(1 for s in nonblank if fmt.detect.search(s))
    return hits >= fmt.detect_share * len(nonblank)


def _choose(candidates: tuple[DumpFormat, ...], lines: list[str], wrapped: bool) -> DumpFormat | None:
    return next((f for f in candidates if _applies(f, lines, wrapped)), None)


def undo_format(text: str) -> DumpLines:
    """Detect the dump format(s) and undo them; unknown formats pass through as plain lines."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    applied: list[DumpFormat] = []
    fmt = _choose(DUMP_FORMATS, raw, wrap_width(raw) is not None)
    while fmt is not None:
        applied.append(fmt)
        if fmt.unwrap is not None:
            raw = [m.group(1) if (m := fmt.unwrap.match(s)) else s for s in raw]
        nxt = tuple(_BY_NAME[n] for n in fmt.then)
        fmt = _choose(nxt, raw, wrap_width(raw) is not None) if nxt else None
    width = wrap_width(raw)
    out = DumpLines(lines=[], formats=[f.name for f in applied], wrap_width=width)
    for s in raw:
        line = _undo_line(s, applied, out.links)
        if line is not None:
            out.lines.append(line)
    return out


def _undo_line(s: str, formats: list[DumpFormat], links: list[str]) -> Line | None:
    indent = len(s) - len(s.lstrip(" \t"))
    bullet = False
    markers = 0
    for fmt in formats:
        if any(p.search(s) for p in fmt.drop_lines):
            return None
        if fmt.reference_line is not None and (m := fmt.reference_line.match(s)):
            links.append(m.group(1))
            return None
        for w in fmt.widgets:
            s = w.sub(" ", s)
        if fmt.link_marker is not None:
            s, n = fmt.link_marker.subn("", s)
            markers += n
        if fmt.bullet is not None and (m := fmt.bullet.match(s)):
            bullet = True
            s = s[m.end():]
    text = _SPACES.sub(" ", s.strip())
    return Line(text=text, indent=indent, bullet=bullet, markers=markers)
