"""Gazetteer patterns for an entity_ruler that runs after the statistical NER.

Why after, without overwriting: the ruler only adds a country or a head of state/government
where the model saw nothing, so a confident model span is never cut up by a list entry.

Sources (both redistributable; named in MODEL_CARD.md):
- German country names, short and long forms: gazetteers_legal_ler_de/laendernamen.list
  (Auswärtiges Amt's list of state names, an official work, free under section 5 UrhG).
- Heads of state and government since ~1900: world_leaders_wikidata/leaders_history.csv
  (Wikidata, CC0). Labels there are Portuguese/English, so only names that look like plain
  "Given Family" names are kept ("Olaf Scholz", not "Carlos III do Reino Unido").
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

COUNTRIES = Path("gazetteers/gazetteers_legal_ler_de/laendernamen.list")
LEADERS = Path("gazetteers/world_leaders_wikidata/leaders_history.csv")

# 2-4 capitalised words, Latin letters, optional hyphen/apostrophe/period; no "da", "do", "of".
_PLAIN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}")


def country_names(data_dir: Path) -> list[str]:
    """German country names (one per line in the list), stripped and de-duplicated."""
    lines = (data_dir / COUNTRIES).read_text(encoding="utf-8").splitlines()
    return sorted({line.strip() for line in lines if line.strip()})


def leader_names(data_dir: Path) -> list[str]:
    """Plain-looking full names of heads of state/government (Wikidata labels)."""
    with (data_dir / LEADERS).open(encoding="utf-8", newline="") as f:
        names = {row["person"].strip() for row in csv.DictReader(f)}
    return sorted(n for n in names if _PLAIN_NAME.fullmatch(n) and not n.startswith("Q"))


def ruler_patterns(data_dir: Path) -> list[dict[str, Any]]:
    """entity_ruler phrase patterns: countries as LOC, leaders as PER. Cost: reads two small files."""
    patterns: list[dict[str, Any]] = [{"label": "LOC", "pattern": name} for name in country_names(data_dir)]
    patterns += [{"label": "PER", "pattern": name} for name in leader_names(data_dir)]
    return patterns
