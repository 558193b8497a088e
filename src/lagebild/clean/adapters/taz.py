"""taz.de text feed (pipe-table lynx): `# taz.de -- Title`, `> ` teaser lines, `Bild:` captions,
a `28 Jul 2023` date line, then `## LINKS`, `## AUTOREN`, `## TAGS`, `## ARTIKEL ZUM THEMA`."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import OutletLayout

TAZ = OutletLayout(
    name="taz",
    detect=re.compile(r"^\s*# taz\.de -- |^\s*## (?:AUTOREN|ARTIKEL ZUM THEMA)\s*$", re.M),
    title=re.compile(r"^\s*# taz\.de -- (.+?)\s*$"),
    teaser=re.compile(r"^\s*> ?(.*)$"),
    sections=(
        (re.compile(r"^\s*## LINKS\s*$"), "links"),
        (re.compile(r"^\s*## AUTOR(?:EN|IN)?\s*$"), "authors"),
        (re.compile(r"^\s*## TAGS\s*$"), "tags"),
        (re.compile(r"^\s*## ARTIKEL ZUM THEMA\s*$"), "related"),
    ),
    line_roles=(
        (re.compile(r"^\s*Bild: (.+)$"), "captions"),
        (re.compile(r"^\s*(\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})\s*$"), "dates"),
    ),
)
