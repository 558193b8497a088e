"""The two kinds of declarative adapter the dump cleaner reads: dump formats and outlet layouts.

Why: format knowledge (how a text browser flattened the page) and outlet knowledge (where
taz puts its author list) change independently of the general block classifier, so each
lives in a short data file instead of branches inside `dump.py`. Adapters hold patterns
only; the algorithm that applies them is in `lines.py` (formats) and `sections.py` (layouts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

#: Where a recognised piece of a dump goes in `Cleaned`.
Role = Literal["links", "authors", "tags", "related", "captions", "credits", "dates", "bylines", "drop"]


@dataclass(frozen=True)
class DumpFormat:
    """How one text dumper (lynx, w3m, a pipe table ...) renders HTML as text.

    `detect` is tried on every non-blank line; the format applies when at least
    `detect_share` of them match. `unwrap` (group 1 = content) removes per-line framing.
    `widgets` are removed wherever they occur; `bullet` marks list items; `link_marker`
    is a numbered reference (`[12]`) whose linked words are kept; `reference_line` is a
    `[1] /path` or `1. https://...` line whose target goes to `links`.
    `then` names formats to try after unwrapping (a pipe table wraps a lynx dump).
    `wrapped` keeps a wrapping dumper from claiming an unwrapped dump and vice versa.
    """

    name: str
    detect: re.Pattern[str]
    detect_share: float
    unwrap: re.Pattern[str] | None = None
    widgets: tuple[re.Pattern[str], ...] = ()
    drop_lines: tuple[re.Pattern[str], ...] = ()
    bullet: re.Pattern[str] | None = None
    link_marker: re.Pattern[str] | None = None
    reference_line: re.Pattern[str] | None = None
    then: tuple[str, ...] = ()
    wrapped: bool | None = None  # True: hard-wrapped dumper; False: one line per block; None: either


@dataclass(frozen=True)
class OutletLayout:
    """Where one outlet (or scraper) puts title, teaser, captions and trailing lists.

    `detect` must match somewhere in the (unwrapped) text. `sections` maps a heading
    pattern to the role of every line under it until the next heading; `line_roles`
    map single lines to a role wherever they occur; `title`/`teaser` give group 1 as
    the title or a teaser line; `strip_title_prefix` removes a site name from the title.
    """

    name: str
    detect: re.Pattern[str]
    title: re.Pattern[str] | None = None
    teaser: re.Pattern[str] | None = None
    sections: tuple[tuple[re.Pattern[str], Role], ...] = ()
    line_roles: tuple[tuple[re.Pattern[str], Role], ...] = field(default_factory=tuple)
    date_in_title_line: re.Pattern[str] | None = None
