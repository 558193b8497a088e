"""inscriptis output: one unwrapped line per block, nesting shown by indentation, `*`/`+`
bullets. Nothing to strip; the block classifier does the rest."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import DumpFormat

INSCRIPTIS = DumpFormat(
    name="inscriptis",
    detect=re.compile(r"^\s*[*+-] \S|^\s{4,}\S"),
    detect_share=0.2,
    bullet=re.compile(r"^\s*[*+-]\s+"),
    wrapped=False,
)
