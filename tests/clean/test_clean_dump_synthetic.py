"""Adapters and the general algorithm on small dumps written for these tests."""

from __future__ import annotations

from lagebild.clean import clean
from lagebild.clean.dump import clean_dump_text
from lagebild.clean.lines import undo_format
from lagebild.model import RawDocument

PROSE = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte beschlossen, dass die neue Brücke über den "
    "Fluss im kommenden Jahr gebaut werden soll, obwohl die Kosten deutlich gestiegen sind.",
    "Die Opposition kritisierte den Beschluss scharf und verwies darauf, dass die Finanzierung noch "
    "nicht gesichert sei und andere Projekte in der Stadt dafür zurückgestellt werden müssten.",
    "Nach Angaben der Verwaltung sollen die Arbeiten im Frühjahr beginnen und etwa zwei Jahre dauern, "
    "wobei der Verkehr in dieser Zeit über eine Umleitung im Norden der Stadt geführt wird.",
]


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(indent) + len(current) + 1 + len(word) > width:
            lines.append(indent + current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, indent + current]


def _lynx_dump() -> str:
    nav = ["   Zum Inhalt springen", "     * Politik", "     * Wirtschaft", "     * Sport",
           "   suchen ____________________ (BUTTON) Suche", "   IFRAME: https://tracker.example/ns.html", ""]
    body = ["Brückenbau: Stadtrat stimmt zu", ""]
    for p in PROSE:
        body += [*_wrap(p, 76, "   "), ""]
    foot = ["     * Impressum", "     * Datenschutz", "     * Kontakt", "     * Cookie-Einstellungen"]
    return "\n".join(nav + body + foot)


def test_lynx_widgets_bullets_and_wrapping() -> None:
    c = clean_dump_text(_lynx_dump())
    assert c.title == "Brückenbau: Stadtrat stimmt zu"
    assert c.body.split("\n\n") == PROSE
    assert "BUTTON" not in c.body and "Impressum" not in c.body and "Politik" not in c.body


def test_pipe_table_unwraps_to_lynx() -> None:
    dump = "\n".join(f"| {line} |" for line in _lynx_dump().split("\n"))
    assert undo_format(dump).formats == ["pipe_table", "lynx"]
    c = clean_dump_text(dump)
    assert c.body.split("\n\n") == PROSE


def test_w3m_bullets_and_input_fields() -> None:
    nav = ["Zum Inhalt springen", "", "  • Politik", "  • Wirtschaft", "      □ Börse", "  • Sport",
           "suchen [                    ]", ""]
    body = []
    for p in PROSE:
        body += [*_wrap(p, 80), ""]
    foot = ["  • Impressum", "  • Datenschutz", "  • Newsletter abonnieren"]
    dump = "\n".join(nav + body + foot)
    assert undo_format(dump).formats == ["w3m"]
    c = clean_dump_text(dump)
    assert c.body.split("\n\n") == PROSE
    assert "[" not in c.body and "Börse" not in c.body


def test_inscriptis_one_line_per_block() -> None:
    dump = "\n".join(["Zum Inhalt springen", "      Ressorts", "        * Politik", "        * Kultur",
                      "            + Film", "", *("      " + p for p in PROSE), "", "        * Impressum",
                      "        * Datenschutz"])
    c = clean_dump_text(dump)
    assert c.body.split("\n\n") == PROSE


def test_unknown_dump_style_general_algorithm() -> None:
    """A style no adapter knows: `>>` menus, `~~~` rules, consent and comments."""
    dump = "\n".join([
        ">> Startseite >> Lokales >> Verkehr", "~~~~~~~~~~", "Anmelden | Registrieren | Newsletter", "",
        "Brücke kommt trotz Kosten", "", "Von: Erika Beispiel", "",
        *[p + "\n" for p in PROSE],
        "Wir verwenden Cookies. Mit Ihrer Einwilligung akzeptieren Sie unsere Datenschutzerklärung.", "",
        "Mehr zum Thema", "", "Brücke: Die Pläne im Überblick", "", "3 Kommentare", "",
        "Endlich passiert mal was, das hat die Stadt schon lange gebraucht, finde ich gut so.",
    ])
    c = clean_dump_text(dump)
    assert undo_format(dump).formats == []
    assert c.body.split("\n\n") == PROSE
    assert c.title == "Brücke kommt trotz Kosten"
    assert c.bylines == ["Von: Erika Beispiel"]


def test_link_markers_keep_linked_words_and_collect_references() -> None:
    lines = _wrap("Die Verwaltung verweist auf den [1][Bericht des Rechnungshofs] und auf die " + PROSE[0], 74)
    dump = "\n".join(f"| {ln} | |" for ln in [*lines, "", "## LINKS", "[1] /bericht-rechnungshof/!123"])
    c = clean_dump_text(dump)
    assert "auf den Bericht des Rechnungshofs und" in c.body
    assert c.links == ["/bericht-rechnungshof/!123"]


def test_taz_layout_sections_and_roles() -> None:
    lines = ["# taz.de -- Brückenbau: Stadtrat stimmt zu", "> Die Brücke kommt, die Kosten steigen.",
             "Bild: Die alte Brücke im Nebel", *_wrap(PROSE[0], 74), "3 Mar 2024", "## AUTOREN", "Erika Beispiel",
             "## TAGS", "Verkehr", "Stadtrat", "Verkehr", "## ARTIKEL ZUM THEMA", "Verkehr: Die Umleitung",
             "Der Norden der Stadt ist verstopft. Anwohner klagen."]
    c = clean_dump_text("\n".join(f"| {ln} | |" for ln in lines))
    assert c.title == "Brückenbau: Stadtrat stimmt zu"
    assert c.teaser == "Die Brücke kommt, die Kosten steigen."
    assert c.body == PROSE[0]
    assert (c.authors, c.tags, c.related) == (["Erika Beispiel"], ["Verkehr", "Stadtrat"], ["Verkehr: Die Umleitung"])
    assert c.captions == ["Die alte Brücke im Nebel"] and c.dates == ["3 Mar 2024"]


def test_odd_input_never_raises() -> None:
    for text in ["", "\n\n", "|", "| |\n| |", "x" * 5000, "[1][", "• \n□"]:
        assert isinstance(clean(RawDocument(source="t", format="txt", content=text)).body, str)


def test_html_dispatch_and_malformed_html() -> None:
    page = ("<html><head><title>Brückenbau</title></head><body><nav><a href='/'>Startseite</a></nav><article>"
            "<h1>Brückenbau: Stadtrat stimmt zu</h1>" + "".join(f"<p>{p}</p>" for p in PROSE)
            + "</article><footer>Impressum</footer></body></html>")
    c = clean(RawDocument(source="t.html", format="html", content=page, is_html=True))
    assert PROSE[1] in c.body and "\n\n" in c.body and "Impressum" not in c.body
    for bad in ["", "<html><body", "<<<>>>", "\x00\x01"]:
        assert clean(RawDocument(source="b", format="html", content=bad, is_html=True)).body == ""
