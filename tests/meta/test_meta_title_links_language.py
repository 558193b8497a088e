"""Title/teaser tidying, tags and links, and language ID."""

from __future__ import annotations

import pytest

from lagebild.meta.language import detect_language
from lagebild.meta.links import absolute_links, dedupe_texts
from lagebild.meta.title import choose_teaser, choose_title, clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("taz.de -- Minister besucht das Land: Ein Zeichen", "Minister besucht das Land: Ein Zeichen"),
        ("Bohren, bis es brennt | ZEIT ONLINE", "Bohren, bis es brennt"),
        ("Die Lage im Osten - DER SPIEGEL", "Die Lage im Osten"),
        ("Neue Regeln | tagesschau.de", "Neue Regeln"),
        ("  Zu   viel  Platz  ", "Zu viel Platz"),
        ("Krieg und Frieden - eine Bilanz", "Krieg und Frieden - eine Bilanz"),
    ],
)
def test_clean_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_own_outlet_suffix_is_removed() -> None:
    assert clean_title("Ein Titel | Beispielblatt", outlet="Beispielblatt") == "Ein Titel"
    assert clean_title("Ein Titel - beispielblatt.de", host="beispielblatt.de") == "Ein Titel"
    assert clean_title("Ein Titel - Anderes Blatt", outlet="Beispielblatt") == "Ein Titel - Anderes Blatt"


def test_title_precedence() -> None:
    assert choose_title("Aus dem Layout", "Aus dem Feed", "Body.") == "Aus dem Feed"
    assert choose_title("Aus dem Layout", None, "Body.") == "Aus dem Layout"
    assert choose_title(None, None, "Kurze Überschrift\nDer erste Satz folgt.") == "Kurze Überschrift"
    assert choose_title(None, None, "Ein ganzer Satz, der mit einem Punkt endet.") is None


def test_teaser() -> None:
    assert choose_teaser(" Ein  Vorspann ", "Beschreibung") == "Ein Vorspann"
    assert choose_teaser(None, "Beschreibung") == "Beschreibung"
    assert choose_teaser(None, None) is None


def test_dedupe_tags_keeps_order() -> None:
    tags = ["Schwerpunkt Krieg", "Nordkorea", "Kim", "Schwerpunkt Krieg", "nordkorea", " ", "USA"]
    assert dedupe_texts(tags) == ["Schwerpunkt Krieg", "Nordkorea", "Kim", "USA"]


def test_relative_links_made_absolute() -> None:
    links = ["/Nordkorea-droht/!5948783", "https://example.org/a", "#top", "/Nordkorea-droht/!5948783"]
    assert absolute_links(links, "https://taz.de/Artikel/!1/") == [
        "https://taz.de/Nordkorea-droht/!5948783",
        "https://example.org/a",
        "#top",
    ]
    assert absolute_links(["/x"], None) == ["/x"]
    assert absolute_links(["//cdn.example.org/x"], "https://taz.de/") == ["https://cdn.example.org/x"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Verteidigungsminister reiste am Dienstag zu einem Besuch in die Hauptstadt.", "de"),
        ("The defence minister travelled to the capital on Tuesday for a three-day visit.", "en"),
        ("Le ministre de la Défense s'est rendu mardi dans la capitale pour une visite.", "fr"),
    ],
)
def test_language(text: str, code: str) -> None:
    assert detect_language(None, text) == code


def test_language_none_for_empty_text() -> None:
    assert detect_language(None, "") is None
    assert detect_language("", "  \n ") is None
    assert detect_language(None, "12 345") is None


@pytest.mark.parametrize(
    ("raw", "host", "title"),
    [
        ("Ein Titel | Beispielmagazin", "beispielmagazin.de", "Ein Titel"),
        (
            "BEISPIELMAGAZIN | Ein Titel - mit Gedankenstrich",
            "beispielmagazin.at",
            "Ein Titel - mit Gedankenstrich",
        ),
        ("Die Miete steigt (neues deutschland)", "neues-deutschland.de", "Die Miete steigt"),
        (
            "So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr",
            "beispiel.de",
            "So viel Regen gab es lange nicht",
        ),
        ("08.11.2021 | Online-Fachtag zum Thema", "beispiel.de", "Online-Fachtag zum Thema"),
        ("Klimaschutz: Bohren, bis es brennt", "zeit.de", "Klimaschutz: Bohren, bis es brennt"),
    ],
)
def test_site_and_date_affixes_peeled(raw: str, host: str, title: str) -> None:
    assert clean_title(raw, host=host) == title


def test_lead_paragraph_is_the_teaser_when_no_layout_marks_one() -> None:
    from lagebild.meta.title import choose_teaser, lead_paragraph

    body = "\n\n".join([
        "Der Stadtrat streitet über den Haushalt. Nun hat die Mehrheit entschieden.",
        "Nordstadt – Nach langer Debatte hat der Stadtrat am Dienstag den Haushalt beschlossen.",
        "Die Opposition kritisierte die Schulden.",
        "Die Kommunalaufsicht muss noch zustimmen.",
    ])
    assert lead_paragraph(body) == "Der Stadtrat streitet über den Haushalt. Nun hat die Mehrheit entschieden."
    assert choose_teaser("Vom Layout markiert.", None, body) == "Vom Layout markiert."
    # A dateline opens the article proper, not a lead; too few paragraphs: no lead either.
    assert lead_paragraph(body.split("\n\n", 1)[1] + "\n\nNoch ein Absatz.") is None
    assert lead_paragraph("Ein kurzer Text.\n\nZweiter Absatz.") is None
    assert lead_paragraph("Ohne Satzende am Schluss\n\nA.\n\nB.\n\nC.") is None
