"""Author names from bylines and author lists."""

from __future__ import annotations

import pytest

from lagebild.meta.authors import choose_authors, names_from_byline, names_from_list
from lagebild.model import Cleaned


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von: Bona Hyun", ["Bona Hyun"]),
        ("Von Heike Buchter", ["Heike Buchter"]),
        ("Von Heike Buchter und Max Muster", ["Heike Buchter", "Max Muster"]),
        ("Ein Kommentar von Anna Beispiel", ["Anna Beispiel"]),
        ("Eine Analyse von Jan Probe", ["Jan Probe"]),
        ("Text: Anna Beispiel", ["Anna Beispiel"]),
        ("Von Anna Beispiel, Berlin", ["Anna Beispiel"]),
        ("Von Anna Beispiel (Berlin)", ["Anna Beispiel"]),
        ("Von Anna Beispiel aus Wien", ["Anna Beispiel"]),
        ("Von Anna Beispiel, Korrespondentin in Moskau", ["Anna Beispiel"]),
        ("Von Anna Beispiel | 19.10.2019", ["Anna Beispiel"]),
        ("Von Anna Beispiel, 19. Oktober 2019, 19:08 Uhr", ["Anna Beispiel"]),
        (
            "Von Anna Beispiel, Max Muster & Erika Mustermann",
            ["Anna Beispiel", "Max Muster", "Erika Mustermann"],
        ),
        ("Von Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"]),
        ("Anna Beispiel mit dpa", ["Anna Beispiel"]),
        ("Von Anna Beispiel/dpa", ["Anna Beispiel"]),
        ("Lars Probe und Alina Test", ["Lars Probe", "Alina Test"]),
    ],
)
def test_names_from_byline(line: str, names: list[str]) -> None:
    assert names_from_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Moskau/Berlin taz |",
        "Moskau/Peking taz |",
        "dpa/lno",
        "(dpa)",
        "Berlin",
        "mit Agenturen",
        "19.10.2019",
    ],
)
def test_non_author_lines(line: str) -> None:
    assert names_from_byline(line) == []


def test_names_from_list_drops_agencies_and_keeps_single_names() -> None:
    assert names_from_list(["Anna Beispiel", "dsw / DPA", "Tobi", "Agenturen"]) == ["Anna Beispiel", "Tobi"]


def test_hint_beats_author_list_and_bylines() -> None:
    cleaned = Cleaned(title="T", body="x", authors=["Max Muster"], bylines=["Von Jan Probe"])
    assert choose_authors(["Erika Mustermann"], cleaned) == ["Erika Mustermann"]
    assert choose_authors(None, cleaned) == ["Max Muster"]


def test_bylines_used_without_list_and_deduplicated() -> None:
    cleaned = Cleaned(
        title="T", body="x", bylines=["Von: Anna Beispiel", "Moskau/Berlin taz |", "von anna beispiel"]
    )
    assert choose_authors(None, cleaned) == ["Anna Beispiel"]


def test_body_byline_fallback_needs_a_full_name() -> None:
    assert choose_authors(None, Cleaned(title="T", body="Von: Anna Beispiel\n\nText.")) == ["Anna Beispiel"]
    assert choose_authors(None, Cleaned(title="T", body="Von Berlin aus\n\nText.")) == []


def test_dateline_only_gives_no_author() -> None:
    cleaned = Cleaned(
        title="T", body="Moskau/Berlin taz | Die Straßen sind leer.", bylines=["Moskau/Berlin taz |"]
    )
    assert choose_authors(None, cleaned) == []


def test_dateline_without_bar_is_not_an_author() -> None:
    assert names_from_byline("Moskau/Peking taz") == []
    assert choose_authors(None, Cleaned(title="T", body="x", bylines=["Moskau/Peking taz"])) == []


def test_site_names_and_organisations_are_not_authors() -> None:
    cleaned = Cleaned(
        title="T", body="x", authors=["Finanztreff De", "Beispiel Verlag GmbH", "Redaktion", "Datum"]
    )
    assert choose_authors(None, cleaned, outlet="finanztreff.de", host="finanztreff.de") == []
    cleaned = Cleaned(title="T", body="x", authors=["FOCUS Online", "FOCUS-Online-Experte Anna Beispiel"])
    assert choose_authors(None, cleaned, outlet="Focus", host="focus.de") == ["Anna Beispiel"]


def test_leading_role_word_is_dropped() -> None:
    assert names_from_byline("Von Korrespondentin Anna Beispiel") == ["Anna Beispiel"]
