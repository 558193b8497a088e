"""describe(): the whole metadata stage on hand-built cleaner output (own fixture texts)."""

from __future__ import annotations

from lagebild.meta import describe
from lagebild.model import Cleaned, RawDocument

_BODY_DE = (
    "Der Verteidigungsminister ist zu einem dreitägigen Besuch in der Hauptstadt eingetroffen. "
    "Er wurde am Flughafen von einer Delegation begrüßt.\n\n"
    "Offizieller Anlass ist ein Jahrestag, der am 27. Juli 2023 gefeiert wurde."
)


def _doc(content: str = "raw", **kw: object) -> RawDocument:
    return RawDocument(source="t.txt", format="txt", content=content, **kw)  # type: ignore[arg-type]


def test_taz_style_dump() -> None:
    cleaned = Cleaned(
        title="taz.de -- Minister besucht die Hauptstadt: Ein Zeichen",
        body=_BODY_DE,
        teaser="Der Minister reist zum Jahrestag. Das ist mehr als eine Geste.",
        dates=["28 Jul 2023"],
        authors=["Anna Beispiel"],
        tags=["Schwerpunkt Krieg", "Nordkorea", "Schwerpunkt Krieg"],
        links=["/Nordkorea-droht/!5948783"],
        related=["Andere Geschichte: Ein Titel"],
    )
    art = describe(_doc(), cleaned)
    assert art.id == _doc().id and art.source == "t.txt" and art.format == "txt"
    assert art.body == _BODY_DE
    assert art.title == "Minister besucht die Hauptstadt: Ein Zeichen"
    assert art.outlet == "taz"
    assert art.published == "2023-07-28"
    assert art.authors == ["Anna Beispiel"]
    assert art.tags == ["Schwerpunkt Krieg", "Nordkorea"]
    assert art.links == ["https://taz.de/Nordkorea-droht/!5948783"]
    assert art.related == ["Andere Geschichte: Ein Titel"]
    assert art.language == "de"
    assert art.credits == []


def test_ippen_style_text() -> None:
    body = (
        "Der Minister reist zu einem Besuch. © Uncredited/dpa\n\n"
        + _BODY_DE
        + "\n\nDas Land ist weitgehend isoliert. (abcd mit Agenturen)"
    )
    cleaned = Cleaned(
        title="Minister besucht Kim", body=body, bylines=["Von: Anna Beispiel"], dates=[" date 2023-07"]
    )
    art = describe(_doc(), cleaned)
    assert art.published == "2023-07"
    assert art.authors == ["Anna Beispiel"]
    assert art.credits == ["dpa", "Agenturen"]


def test_zdf_style_text_has_no_publication_date() -> None:
    body = (
        _BODY_DE
        + ", berichtete die staatliche Nachrichtenagentur KCNA.\n\n"
        + "Wie schafft es das Land, im Gespräch zu bleiben?01.06.2023 | 43:26 min\n\n"
        + "Quelle: dpa, AFP, Reuters"
    )
    art = describe(_doc(), Cleaned(title="Kim trifft den Minister", body=body))
    assert art.outlet == "ZDF"
    assert art.credits == ["dpa", "AFP", "Reuters"]
    assert art.published is None
    assert art.authors == []


def test_taz_dateline_is_outlet_not_author() -> None:
    body = "Moskau/Berlin taz | Die Straßen sind blank geputzt.\n\n" + _BODY_DE
    cleaned = Cleaned(
        title="Putin reist ab",
        body=body,
        bylines=["Moskau/Berlin taz |"],
        captions=["Der Platz wird vorbereitet Foto: Ein Fotograf/Itar-Tass/dpa/picture alliance"],
    )
    art = describe(_doc(), cleaned)
    assert art.outlet == "taz"
    assert art.authors == []
    assert art.published is None
    assert art.credits == ["dpa"]


def test_hints_win_and_warc_date_is_ignored() -> None:
    doc = _doc(
        url="https://www.zeit.de/2019/43/beispiel",
        hints={
            "title": "Titel aus dem Feed",
            "published": "2019-10-16T06:00:00+02:00",
            "authors": ["Erika Mustermann"],
            "outlet": "ZEIT ONLINE",
            "warc_date": "2021-01-01T00:00:00Z",
        },
    )
    cleaned = Cleaned(
        title="Titel aus dem Layout", body=_BODY_DE, dates=["11.09.2023"], bylines=["Von Jan Probe"]
    )
    art = describe(doc, cleaned)
    assert (art.title, art.published, art.authors, art.outlet) == (
        "Titel aus dem Feed",
        "2019-10-16",
        ["Erika Mustermann"],
        "ZEIT ONLINE",
    )
    assert art.url == "https://www.zeit.de/2019/43/beispiel"
    crawl_only = describe(
        _doc(hints={"warc_date": "2021-01-01T00:00:00Z"}), Cleaned(title="T", body=_BODY_DE)
    )
    assert crawl_only.published is None


def test_url_gives_outlet_and_strips_its_title_suffix() -> None:
    doc = _doc(url="https://www.spiegel.de/ausland/beispiel")
    art = describe(doc, Cleaned(title="Die Lage im Osten - DER SPIEGEL", body=_BODY_DE, links=["/ausland/x"]))
    assert art.outlet == "Der Spiegel"
    assert art.title == "Die Lage im Osten"
    assert art.links == ["https://www.spiegel.de/ausland/x"]


def test_empty_document() -> None:
    art = describe(_doc(), Cleaned(title=None, body=""))
    assert (art.title, art.language, art.published, art.outlet) == (None, None, None, None)
    assert art.authors == [] and art.credits == []
