"""Gazetteer patterns for an entity_ruler that runs after the statistical NER.

Why after, without overwriting: the country ruler only adds a country where the model saw
nothing, so a confident model span is never cut up by a list entry. Heads of state/government
are full names (2-4 words), surer than the model's span boundaries: their ruler
("lagebild_leaders") overwrites overlapping model spans.

Sources (both redistributable; named in MODEL_CARD.md):
- German country names, short and long forms: gazetteers_legal_ler_de/laendernamen.list
  (Auswärtiges Amt's list of state names, an official work, free under section 5 UrhG).
- Capitals and large cities under their German names where these differ from the local
  ones (`GERMAN_CITY_NAMES`, compiled by hand for lagebild: place names are facts). The model
  knows German towns from its lists but not "Pjöngjang" or "Peking".
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
    """Plain-looking full names of heads of state/government (Wikidata labels).

    Korean-style hyphenated given names also get the spellings German news use: "Kim Jong-un"
    adds "Kim Jong Un" and "Kim Jong-Un".
    """
    with (data_dir / LEADERS).open(encoding="utf-8", newline="") as f:
        names = {row["person"].strip() for row in csv.DictReader(f)}
    plain = {n for n in names if _PLAIN_NAME.fullmatch(n) and not n.startswith("Q")}
    for name in list(plain):
        if _HYPHEN_LOWER.search(name):
            plain.add(_HYPHEN_LOWER.sub(lambda m: " " + m.group(1).upper(), name))
            plain.add(_HYPHEN_LOWER.sub(lambda m: "-" + m.group(1).upper(), name))
    return sorted(plain)


_HYPHEN_LOWER = re.compile(r"-([a-z])")


#: Foreign capitals and cities in the German spelling news use (exonyms and German transliterations).
GERMAN_CITY_NAMES: tuple[str, ...] = (
    "Pjöngjang", "Peking", "Moskau", "Seoul", "Tokio", "Kiew", "Charkiw", "Odessa", "Minsk", "Warschau", "Prag",
    "Wien", "Bern", "Rom", "Mailand", "Neapel", "Venedig", "Florenz", "Turin", "Athen", "Brüssel", "Den Haag",
    "Kopenhagen", "Stockholm", "Helsinki", "Oslo", "Reykjavík", "Lissabon", "Madrid", "Paris", "London",
    "Dublin", "Budapest", "Bukarest", "Belgrad", "Sofia", "Zagreb", "Ljubljana", "Sarajevo", "Skopje", "Tirana",
    "Pressburg", "Vilnius", "Riga", "Tallinn", "Ankara", "Istanbul", "Teheran", "Bagdad", "Damaskus",
    "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Kairo", "Tripolis", "Tunis", "Algier", "Rabat", "Riad",
    "Doha", "Abu Dhabi", "Kabul", "Islamabad", "Neu-Delhi", "Delhi", "Peking", "Schanghai", "Hongkong",
    "Taipeh", "Hanoi", "Bangkok", "Manila", "Jakarta", "Canberra", "Washington", "New York", "Ottawa",
    "Mexiko-Stadt", "Havanna", "Caracas", "Bogotá", "Lima", "Santiago de Chile", "Buenos Aires", "Brasília",
    "Pretoria", "Nairobi", "Addis Abeba", "Kinshasa", "Wladiwostok", "Sankt Petersburg", "Jekaterinburg",
    "Nowosibirsk", "Tiflis", "Eriwan", "Baku", "Taschkent", "Astana", "Chabarowsk", "Kaliningrad",
)


def ruler_patterns(data_dir: Path) -> list[dict[str, Any]]:
    """entity_ruler phrase patterns: countries and German city names as LOC. Cost: reads one small file."""
    names = country_names(data_dir) + [n for n in dict.fromkeys(GERMAN_CITY_NAMES)]
    return [{"label": "LOC", "pattern": name} for name in names]


def leader_patterns(data_dir: Path) -> list[dict[str, Any]]:
    """entity_ruler phrase patterns: heads of state/government as PER. Cost: reads one small file.

    Used by a ruler that overwrites the model's spans: a listed full name is surer than the
    model's boundary ("Kim Jong" + "Un").
    """
    return [{"label": "PER", "pattern": name} for name in leader_names(data_dir)]
