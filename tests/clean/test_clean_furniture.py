"""German web furniture after and around the article: end-of-article cues, teaser runs,
reader appeals, and the features that describe them (synthetic dumps written for these tests)."""

from __future__ import annotations

from lagebild.clean.blocks import Block
from lagebild.clean.dump import clean_dump_text
from lagebild.clean.features import NAMES, block_features

PROSE = [
    "Der Gemeinderat hat am Montagabend nach einer langen Sitzung entschieden, dass das alte Hallenbad "
    "im Zentrum saniert und nicht abgerissen wird, obwohl die Kosten höher liegen als geplant.",
    "Die Verwaltung hatte zunächst einen Neubau am Stadtrand empfohlen, weil dort mehr Platz für "
    "Parkplätze und ein größeres Becken sei, doch die Mehrheit der Fraktionen lehnte das ab.",
    "Die Arbeiten sollen im Herbst beginnen und etwa achtzehn Monate dauern, in dieser Zeit weichen "
    "die Schulen und Vereine auf das Bad in der Nachbargemeinde aus, das dafür länger öffnet.",
]
TEASERS = [
    "Radwege: Warum die neue Brücke erst im Frühjahr fertig wird und was die Anwohner davon halten.",
    "Haushalt: Die Stadt muss in diesem Jahr deutlich mehr Geld für Energie ausgeben als im Vorjahr.",
]


def _dump(cue: str) -> str:
    parts = ["Startseite | Lokales | Sport", "", "Hallenbad bleibt im Zentrum", ""]
    parts += [p + "\n" for p in PROSE]
    parts += [cue, ""]
    parts += [t + "\n" for t in TEASERS]
    parts += ["Über den Autor", "", "Max Muster schreibt seit vielen Jahren über die Lokalpolitik in der Region.", ""]
    return "\n".join(parts)


def test_end_of_article_cue_with_punctuation_ends_the_text() -> None:
    for cue in ["Das könnte Sie auch interessieren!", "Die meistgelesenen Artikel bei Beispiel.de",
                "Schon gelesen?", "Zum Weiterlesen", "Mehr zum Thema:"]:
        c = clean_dump_text(_dump(cue))
        assert c.body.split("\n\n")[-3:] == PROSE, cue
        assert all(t not in c.body for t in TEASERS) and "Max Muster" not in c.body, cue


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(text=t, indent=0, bullet=False, markers=0, n_lines=1) for t in texts]


def test_features_describe_appeals_teaser_tails_and_runs() -> None:
    texts = [*PROSE, "Schon gelesen?", "Radwege im Test", "Neue Brücke", "Haushalt im Minus",
             "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns mit einem Abo.",
             "Die Stadt spart bei der Energie mehr..."]
    rows = block_features(_blocks(texts))
    col = {name: i for i, name in enumerate(NAMES)}
    assert len(rows) == len(texts) and all(len(r) == len(NAMES) for r in rows)
    assert rows[3][col["end_of_article"]] == 1.0 and rows[0][col["end_of_article"]] == 0.0
    assert rows[4][col["after_end"]] == 1.0 and rows[2][col["after_end"]] == 0.0
    assert rows[5][col["short_run"]] > rows[0][col["short_run"]]  # run of four short headings
    assert rows[7][col["reader_address"]] > 0.0 and rows[0][col["reader_address"]] == 0.0
    assert rows[8][col["teaser_tail"]] == 1.0 and rows[0][col["teaser_tail"]] == 0.0
    assert rows[0][col["long_prose"]] == 1.0 and rows[8][col["prose_distance"]] > rows[1][col["prose_distance"]]


def test_features_of_no_blocks() -> None:
    assert block_features([]) == []
