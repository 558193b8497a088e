"""Plain-text exports whose first line is ` date 2023-07 <Title>` (a scraper's metadata prefix)."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import OutletLayout

SCRAPER_PREFIX = OutletLayout(
    name="scraper_prefix",
    detect=re.compile(r"\A\s*date \d{4}(?:-\d{2}){0,2} \S"),
    title=re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2} (.+?)\s*$"),
    date_in_title_line=re.compile(r"^\s*date (\d{4}(?:-\d{2}){0,2}) "),
)
