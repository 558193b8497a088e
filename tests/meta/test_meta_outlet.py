"""Outlet from URL host and from text cues."""

from __future__ import annotations

import pytest

from lagebild.meta.outlet import (
    choose_outlet,
    home_url,
    is_site_name,
    outlet_from_text,
    outlet_from_url,
    registrable_host,
    url_host,
)
from lagebild.model import Cleaned


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://taz.de/Nordkorea/!5948783/", "taz"),
        ("https://www.zdf.de/nachrichten/politik/x.html", "ZDF"),
        ("https://www.fr.de/politik/x-92425134.html", "Frankfurter Rundschau"),
        ("https://www.merkur.de/politik/x.html", "Merkur"),
        ("https://www.spiegel.de/ausland/x", "Der Spiegel"),
        ("https://www.zeit.de/2019/43/x", "Die Zeit"),
        ("https://www.sueddeutsche.de/politik/x", "Süddeutsche Zeitung"),
        ("https://www.faz.net/aktuell/x.html", "FAZ"),
        ("https://www.derstandard.at/story/1/x", "Der Standard"),
        ("https://wien.orf.at/stories/3017954/", "ORF"),
        ("https://de.wikinews.org/wiki/X", "Wikinews"),
        ("https://web.archive.org/web/20160401095740/http://www.taz.de/x", "taz"),
        ("https://www.beispielblatt.de/x", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_hosts() -> None:
    assert url_host("https://www.Example.DE/a") == "example.de"
    assert registrable_host("news.beispiel.de") == "beispiel.de"
    assert registrable_host("www.bbc.co.uk") == "bbc.co.uk"
    assert home_url("taz") == "https://taz.de/"
    assert home_url("Unbekannt") is None


def _outlet(title: str | None, body: str, **kw: list[str]) -> str | None:
    return outlet_from_text(Cleaned(title=title, body=body, **kw))  # type: ignore[arg-type]


def test_taz_cues() -> None:
    assert _outlet("taz.de -- Minister besucht das Land: Ein Zeichen", "Text.") == "taz"
    assert _outlet("Titel", "Hamburg/Berlin taz | Die Straßen sind leer.") == "taz"
    assert _outlet("Titel", "Text.\n\nJetzt bei taz zahl ich mitmachen.") == "taz"


def test_zdf_video_line_cue() -> None:
    assert _outlet("Titel", "Text.\n\nWas bedeutet das?12.03.2024 | 28:41 min") == "ZDF"


def test_ippen_cue_needs_both_marks() -> None:
    body = "Von: Anna Beispiel\n\nText über den Besuch.\n\nLetzter Satz. (abc mit Agenturen)"
    assert _outlet("Titel", body) == "Ippen Media"
    assert _outlet("Titel", "Von: Anna Beispiel\n\nText.") is None


def test_narrative_mention_is_no_cue() -> None:
    assert _outlet("Titel", "Die taz berichtete am Montag darüber, und der Sender ZDF auch.") is None


def test_choose_outlet_precedence() -> None:
    cleaned = Cleaned(title="taz.de -- Titel", body="Text.")
    assert choose_outlet("Hint-Zeitung", "https://www.zdf.de/x", cleaned) == "Hint-Zeitung"
    assert choose_outlet(None, "https://www.zdf.de/x", cleaned) == "ZDF"
    assert choose_outlet(None, "https://www.beispiel.de/x", cleaned) == "taz"
    assert choose_outlet(None, "https://news.beispiel.de/x", Cleaned(title="T", body="x")) == "beispiel.de"
    assert choose_outlet(None, None, Cleaned(title="T", body="x")) is None


def test_taz_dateline_without_bar_and_taz_links() -> None:
    assert _outlet("Titel", "Text.", bylines=["Moskau/Peking taz"]) == "taz"
    assert _outlet("Titel", "Text.", links=["/Nordkorea-droht-mit-Atomwaffen/!5948783"]) == "taz"
    assert _outlet("Titel", "Das sagte er der taz\nam Montag.") is None
    assert _outlet("Titel", "Text.", links=["/politik/artikel-5948783.html"]) is None


@pytest.mark.parametrize(
    ("text", "outlet", "host", "same"),
    [
        ("Übermedien", None, "uebermedien.de", True),
        ("Handball Schweiz", None, "handball.ch", True),
        ("Finanztreff De", None, "finanztreff.de", True),
        ("ZEIT ONLINE", "Die Zeit", "zeit.de", True),
        ("Anna Beispiel", "Die Zeit", "zeit.de", False),
        ("Jäger", None, "jaegermagazin.de", True),
        ("AB", None, "ab.de", False),
    ],
)
def test_is_site_name(text: str, outlet: str | None, host: str | None, same: bool) -> None:
    assert is_site_name(text, outlet, host) is same
