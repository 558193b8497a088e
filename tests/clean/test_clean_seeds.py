"""Acceptance: the five seed articles keep every article paragraph and none of the boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.clean import clean
from lagebild.model import Cleaned, RawDocument


def _clean(seeds_dir: Path, prefix: str) -> Cleaned:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    return clean(RawDocument(source=str(path), format="txt", content=path.read_text(encoding="utf-8")))


def test_taz_feed_000(seeds_dir: Path) -> None:
    c = _clean(seeds_dir, "000")
    assert c.title == "Russischer Minister besucht Nordkorea: Um die Allianz zu erhalten"
    assert c.teaser is not None and c.teaser.startswith("Zum nordkoreanischen „Tag des Sieges“")
    assert c.body.startswith("Russland steht weiter uneingeschränkt an der Seite Nordkoreas. So lässt sich")
    assert "Mittwoch in Pjöngjang groß gefeiert" in c.body  # [1][Pjöngjang] -> Pjöngjang
    assert "[1]" not in c.body and "|" not in c.body
    assert "\n\nAuch Nordkoreas zweiter Verbündeter ließ sich zum „Tag des Sieges“ blicke…\n\n" in c.body
    assert c.body.endswith("einen Brief vom Staatspräsidenten.")
    for junk in ("28 Jul 2023", "LINKS", "David Bieber", "Raketen\n", "Camp David", "Bild:"):
        assert junk not in c.body
    assert c.authors == ["David Bieber"]
    assert c.tags == ["Schwerpunkt Krieg in der Ukraine", "Nordkorea", "Kim Jong Un", "Pjöngjang",
                      "Russland", "USA", "Raketen"]
    assert c.links[0] == "/Nordkorea-droht-mit-Atomwaffen/!5948783" and len(c.links) == 3
    assert c.related[0] == "Russisch-nordkoreanische Beziehungen: Kim Jong Un ist in Russland am Zug"
    assert len(c.related) == 5
    assert c.captions == ["Der russische Kriegsminister Schoigu zu Besuch bei Diktator Kim Jong Un a…"]
    assert c.dates == ["28 Jul 2023"]


def test_taz_feed_004_keeps_subheading_and_truncated_title(seeds_dir: Path) -> None:
    c = _clean(seeds_dir, "004")
    assert c.title == "Russisch-nordkoreanische Beziehungen: Kim Jong Un ist in Russland a…"
    assert "\n\nPeking diktierte russische Nordkorea-Politik\n\n" in c.body
    assert "Im Juli besuchte schließlich der russische Verteidigungsminister Sergei Schoigu Pjöngjang, just" in c.body
    assert c.authors == ["Inna Hartwich", "Fabian Kretschmer"]
    assert "Moskau/Peking taz" in c.bylines
    assert c.body.startswith("Am Dienstagmorgen überquerte der olivgrüne Sonderzug")
    assert c.body.endswith("die Chinesen könnten diese nachbauen.")


def test_scraper_prefixed_text_001(seeds_dir: Path) -> None:
    c = _clean(seeds_dir, "001")
    assert c.title == "Russlands Bollwerk mit Nordkorea? Schoigu besucht Kim: „Stärkung der Militärbeziehungen“"
    assert c.dates == ["2023-07"]
    assert c.bylines == ["Von: Bona Hyun"]
    assert any(cap.endswith("© Uncredited/dpa") for cap in c.captions)
    assert "Uncredited/dpa" in c.credits and "(bohy mit Agenturen)" in c.credits
    assert c.body.startswith("Der Versuch einer militärischen Annäherung?")
    assert "\n\nBollwerk mit Kim? Shoigu in Nordkorea eingetroffen – offiziell zur Siegesfeier\n\n" in c.body
    assert c.body.endswith("zwischen zwei und vier Millionen Koreaner getötet worden sein.")
    assert "Von: Bona Hyun" not in c.body and "©" not in c.body and "bohy" not in c.body


def test_zdf_text_002(seeds_dir: Path) -> None:
    c = _clean(seeds_dir, "002")
    assert c.title is not None and "Kim Jong Un" in c.title
    assert c.body.startswith("Es wird vermutet, dass Nordkorea Russland beim Krieg gegen die Ukraine hilft.")
    assert "\n\nEin \"freundliches Gespräch\" und ein Schreiben von Putin\n\n" in c.body
    assert c.body.endswith("zwischen zwei und vier Millionen Koreaner getötet worden sein.")
    for junk in ("Montage:", "43:26 min", "Quelle:", "geographisch ein Zwerg", "\n\n|"):
        assert junk not in c.body
    assert "Quelle: dpa, AFP, Reuters" in c.credits
    assert not any("2023" in d for d in c.dates)


def test_taz_web_text_003(seeds_dir: Path) -> None:
    c = _clean(seeds_dir, "003")
    assert c.title == "Putin in Nordkorea: Plötzlich ziemlich beste Freunde"
    assert "Moskau/Berlin taz" in c.bylines
    assert "Die Straßen Pjöngjangs sind blank geputzt." in c.body
    assert "\n\nPutin: „Demokratie in den internationalen Beziehungen“\n\n" in c.body
    assert "\n\nMoskau weicht Sanktionen gegen Kims Regime auf\n\n" in c.body
    assert "Demnach hat Russland Dutzende ballistische Raketen" in c.body
    assert c.body.endswith("Am Mittwoch will Putin nach Vietnam weiterreisen.")
    for junk in ("piwik", "Empfohlener externer Inhalt", "Datenschutzerklärung", "Jetzt unterstützen",
                 "Links lesen, Rechts bekämpfen", "Mehr zum Thema", "Kommentare", "@O.F.", "Foto:"):
        assert junk not in c.body
    assert any("picture alliance" in cap for cap in c.captions)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_paragraphs_are_unwrapped(seeds_dir: Path, prefix: str) -> None:
    body = _clean(seeds_dir, prefix).body
    assert body and "\n\n\n" not in body
    assert all("\n" not in p for p in body.split("\n\n"))
