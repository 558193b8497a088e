"""Agency credits: only credit positions count."""

from __future__ import annotations

import pytest

from lagebild.meta.credits import agencies_in_credit, agency_name, choose_credits
from lagebild.model import Cleaned


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("Quelle: dpa, AFP, Reuters", ["dpa", "AFP", "Reuters"]),
        ("(bohy mit Agenturen)", ["Agenturen"]),
        ("© Uncredited/dpa", ["dpa"]),
        ("Foto: Ein Fotograf/Itar-Tass/dpa/picture alliance", ["dpa"]),
        ("mit Material von dpa und AFP", ["dpa", "AFP"]),
        ("dpa/lno", ["dpa"]),
        ("© Keystone/SDA", ["Keystone-SDA"]),
        ("Quellen: KNA, epd", ["KNA", "epd"]),
        ("APA/Reuters", ["APA", "Reuters"]),
        ("Foto: Max Muster/photothek.net", []),
    ],
)
def test_agencies_in_credit(credit: str, agencies: list[str]) -> None:
    assert agencies_in_credit(credit) == agencies


def test_agency_name_normalises_spellings() -> None:
    assert agency_name("DPA") == "dpa"
    assert agency_name("Associated Press") == "AP"
    assert agency_name("Nordkorea") is None


def _credits(body: str, **kw: list[str]) -> list[str]:
    return choose_credits(None, Cleaned(title="T", body=body, **kw))  # type: ignore[arg-type]


def test_paragraph_start_and_end_markers() -> None:
    assert _credits("Berlin (dpa) - Die Regierung tagt.\n\nZweiter Absatz.") == ["dpa"]
    assert _credits("(AFP) Die Regierung tagt.") == ["AFP"]
    assert _credits("Die Regierung tagt.\n\nLetzter Satz. (dpa/AFP)") == ["dpa", "AFP"]
    assert _credits("Die Regierung tagt. (bohy mit Agenturen)") == ["Agenturen"]


def test_quoted_agency_in_narrative_is_not_a_credit() -> None:
    body = "Das meldete die staatliche Nachrichtenagentur KCNA.\n\nWie Reuters berichtete, sagte der Minister nichts."
    assert _credits(body) == []


def test_agency_in_parentheses_mid_sentence_is_not_a_credit() -> None:
    assert _credits("Die Agentur (AP) meldete am Abend einen Besuch.") == []


def test_photo_credit_in_caption_counts() -> None:
    assert _credits("Text.", captions=["Der Minister am Flughafen. © Uncredited/dpa"]) == ["dpa"]


def test_credit_lines_come_first_and_are_deduplicated() -> None:
    got = _credits("Text.\n\nQuelle: dpa, AFP, Reuters", credits=["Quelle: dpa, AFP, Reuters"])
    assert got == ["dpa", "AFP", "Reuters"]


def test_marker_ending_any_paragraph_counts() -> None:
    paragraphs = ["Absatz eins.", "Absatz zwei.", "Absatz drei.", "Mitte. (Reuters)", "Vier.", "Fünf."]
    assert _credits("\n\n".join(paragraphs)) == ["Reuters"]
