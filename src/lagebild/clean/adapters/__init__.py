"""Registry of the declarative dump adapters: add a module, then list its adapter here."""

from __future__ import annotations

from lagebild.clean.adapters.base import DumpFormat, OutletLayout, Role
from lagebild.clean.adapters.inscriptis import INSCRIPTIS
from lagebild.clean.adapters.lynx import LYNX
from lagebild.clean.adapters.pipe_table import PIPE_TABLE
from lagebild.clean.adapters.scraper_prefix import SCRAPER_PREFIX
from lagebild.clean.adapters.taz import TAZ
from lagebild.clean.adapters.w3m import W3M

#: Tried in this order; the first whose detection passes wins (then its `then` list is tried).
DUMP_FORMATS: tuple[DumpFormat, ...] = (PIPE_TABLE, W3M, LYNX, INSCRIPTIS)
#: Every layout whose `detect` matches is applied.
OUTLET_LAYOUTS: tuple[OutletLayout, ...] = (TAZ, SCRAPER_PREFIX)

__all__ = ["DUMP_FORMATS", "OUTLET_LAYOUTS", "DumpFormat", "OutletLayout", "Role"]
