"""Segment undone dump lines into blocks: paragraphs, list items and headings.

Why: a dumper hard-wraps paragraphs and often puts no blank line between them, so lines
are re-joined only when the previous line reached the wrap column (the next word did not
fit). Input: `DumpLines`. Output: `Block`s in reading order. Cost: O(number of lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.clean.lines import DumpLines, Line

_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_LINKED_WORDS = re.compile(r"\[([^\[\]]+)\]")
_TRUNCATED = ("…", "...")


@dataclass(slots=True)
class Block:
    """One paragraph-like unit. `indent` is that of its first line."""

    text: str
    indent: int
    bullet: bool
    markers: int
    n_lines: int
    marked_heading: bool = False  # `## Heading` in the dump


def _continues(prev: Line, line: Line, width: int | None) -> bool:
    if width is None or line.bullet or not prev.text or prev.text.endswith(_TRUNCATED):
        return False
    if _HEADING_MARK.match(line.text) or _HEADING_MARK.match(prev.text):
        return False
    if line.indent != prev.indent and not (prev.bullet and line.indent > prev.indent):
        return False
    first_word = line.text.split(" ", 1)[0]
    return prev.indent + len(prev.text) + 1 + len(first_word) > width


def segment(dump: DumpLines) -> list[Block]:
    """Split at blank lines, bullets and unwrapped line ends; join wrapped lines with spaces."""
    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = " ".join(ln.text for ln in current)
            if any(ln.markers for ln in current):
                # `[Pjöngjang]` left from `[1][Pjöngjang]` (possibly across lines): keep the words.
                text = _LINKED_WORDS.sub(r"\1", text)
            marked = bool(_HEADING_MARK.match(text))
            if marked:
                text = _HEADING_MARK.sub("", text)
            blocks.append(Block(text=text, indent=current[0].indent, bullet=current[0].bullet,
                                markers=sum(ln.markers for ln in current), n_lines=len(current),
                                marked_heading=marked))
            current.clear()

    for line in dump.lines:
        if not line.text:
            flush()
            continue
        if current and not _continues(current[-1], line, dump.wrap_width):
            flush()
        current.append(line)
    flush()
    return blocks
