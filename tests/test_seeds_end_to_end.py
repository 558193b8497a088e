"""The core acceptance test: `lagebild run ../shared/seeds` then `lagebild export`.

Five real articles on one story from three outlets in four raw formats. Checks titles,
dates, authors, outlets, that every article paragraph survives and no boilerplate does,
the shared passages 001/002 and 000/002, and the story grouping.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def exported(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("seeds")
    db = str(tmp / "seeds.db")
    result = runner.invoke(app, ["run", str(seeds_dir), "--db", db])
    assert result.exit_code == 0, result.output
    out = tmp / "export.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    articles = {Path(r["source"]).name[:3]: r for r in records if r["type"] == "article"}
    return {"db": db, "records": records, "articles": articles,
            "stories": [r for r in records if r["type"] == "story"],
            "passages": [r for r in records if r["type"] == "passage"]}


def article(exported: dict[str, object], seed: str) -> dict[str, object]:
    return exported["articles"][seed]  # type: ignore[index, no-any-return]


def test_five_articles(exported: dict[str, object]) -> None:
    assert sorted(exported["articles"]) == ["000", "001", "002", "003", "004"]  # type: ignore[arg-type]


@pytest.mark.parametrize(("seed", "title"), [
    ("000", "Russischer Minister besucht Nordkorea: Um die Allianz zu erhalten"),
    ("001", "Russlands Bollwerk mit Nordkorea? Schoigu besucht Kim: „Stärkung der Militärbeziehungen“"),
    ("003", "Putin in Nordkorea: Plötzlich ziemlich beste Freunde"),
])
def test_titles(exported: dict[str, object], seed: str, title: str) -> None:
    assert article(exported, seed)["title"] == title


def test_titles_of_zdf_and_truncated_taz(exported: dict[str, object]) -> None:
    assert "Schoigu" in str(article(exported, "002")["title"])
    # The dump cut 004's title ("… in Russland a…"); 000's related-articles list has it whole.
    assert article(exported, "004")["title"] == "Russisch-nordkoreanische Beziehungen: Kim Jong Un ist in Russland am Zug"


@pytest.mark.parametrize(("seed", "published"), [
    ("000", "2023-07-28"), ("001", "2023-07"), ("002", None), ("003", None), ("004", "2023-09-11"),
])
def test_dates_as_precise_as_the_text_allows(exported: dict[str, object], seed: str, published: str | None) -> None:
    assert article(exported, seed)["published"] == published


@pytest.mark.parametrize(("seed", "authors"), [
    ("000", ["David Bieber"]), ("001", ["Bona Hyun"]), ("002", []), ("003", []),
    ("004", ["Inna Hartwich", "Fabian Kretschmer"]),
])
def test_authors(exported: dict[str, object], seed: str, authors: list[str]) -> None:
    assert article(exported, seed)["authors"] == authors


def test_outlets(exported: dict[str, object]) -> None:
    for seed in ("000", "003", "004"):
        assert article(exported, seed)["outlet"] == "taz"
    assert article(exported, "002")["outlet"] == "ZDF"
    assert article(exported, "001")["outlet"] == "Ippen Media"  # the network's byline + sign-off


@pytest.mark.parametrize(("seed", "start"), [
    ("000", "Zum nordkoreanischen „Tag des Sieges“ reist"), ("001", "Der Versuch einer militärischen Annäherung?"),
    ("002", "Es wird vermutet, dass Nordkorea"), ("003", "Putins Nordkorea-Reise zeigt"),
    ("004", "Der nordkoreanische Diktator trifft den Kreml-Chef."),
])
def test_teasers(exported: dict[str, object], seed: str, start: str) -> None:
    assert str(article(exported, seed)["teaser"]).startswith(start)


def test_agency_credits(exported: dict[str, object]) -> None:
    assert {"dpa", "AFP", "Reuters"} <= set(article(exported, "002")["credits"])  # type: ignore[arg-type]


KEEP = {
    "000": ["Russland steht weiter uneingeschränkt an der Seite Nordkoreas.",
            "groß gefeiert worden war", "Da hilft ein symbolischer Besuch.",
            "Eine chinesische Delegation überreichte ebenso wie Schoigu Machthaber Kim einen Brief vom Staatspräsidenten."],
    "001": ["Pjöngjang – Russland bleiben im Ukraine-Krieg nur noch wenige Verbündete.",
            "Bis heute dementiert Nordkorea jegliche Vorwürfe.",
            "zwischen zwei und vier Millionen Koreaner getötet worden sein."],
    "002": ["Der nordkoreanische Machthaber Kim Jong Un hat sich mit dem russischen Verteidigungsminister",
            "Laut Berichten nahm Kim Schoigu auch zu einer Waffenausstellung mit.",
            "zwischen zwei und vier Millionen Koreaner getötet worden sein."],
    "003": ["Die Straßen Pjöngjangs sind blank geputzt.", "Nach US-Erkenntnissen lieferte Pjöngjang Moskau",
            "Demnach hat Russland Dutzende ballistische Raketen", "Am Mittwoch will Putin nach Vietnam weiterreisen."],
    "004": ["Am Dienstagmorgen überquerte der olivgrüne Sonderzug", "Peking diktierte russische Nordkorea-Politik",
            "Russland und Nordkorea teilen sich eine 17 Kilometer lange Grenze.",
            "Chinesen könnten diese nachbauen."],
}

DROP = {
    "000": ["## LINKS", "/Nordkorea-droht-mit-Atomwaffen", "Schwerpunkt Krieg in der Ukraine", "ARTIKEL ZUM THEMA",
            "Historisches Gipfeltreffen in Camp David", "David Bieber", "[1]", "| "],
    "001": ["Von: Bona Hyun", "© Uncredited/dpa"],
    "002": ["43:26 min", "Quelle: dpa, AFP, Reuters"],
    "003": ["piwik", "Empfohlener externer Inhalt", "Datenschutzerklärung", "Links lesen, Rechts bekämpfen",
            "Jetzt unterstützen", "9 Kommentare", "Gleich und gleich gesellt sich gern", "@O.F.", "Wagenknecht",
            "Mehr zum Thema"],
    "004": ["## LINKS", "## TAGS", "Sergej Lawrow in Nordkorea", "Heuchlerisches Doppelspiel", "Inna Hartwich", "| "],
}


@pytest.mark.parametrize("seed", sorted(KEEP))
def test_body_keeps_every_paragraph(exported: dict[str, object], seed: str) -> None:
    body = " ".join(str(article(exported, seed)["body"]).split())
    for sentence in KEEP[seed]:
        assert sentence in body, sentence


@pytest.mark.parametrize("seed", sorted(DROP))
def test_body_drops_boilerplate(exported: dict[str, object], seed: str) -> None:
    body = str(article(exported, seed)["body"])
    for junk in DROP[seed]:
        assert junk not in body, junk


def _shared(exported: dict[str, object], a: str, b: str) -> list[str]:
    ids = {article(exported, a)["id"], article(exported, b)["id"]}
    found = []
    for passage in exported["passages"]:  # type: ignore[attr-defined]
        if ids <= {o["article"] for o in passage["occurrences"]}:
            found.append(passage["text"])
    return found


def test_shared_passages(exported: dict[str, object]) -> None:
    assert any("Tag des Sieges begangen" in t for t in _shared(exported, "001", "002"))
    assert any("gegenseitigem Interesse" in t for t in _shared(exported, "000", "002"))
    assert not [t for t in _shared(exported, "000", "003") if len(t) >= 150]


def test_passage_offsets_index_the_body(exported: dict[str, object]) -> None:
    by_id = {a["id"]: a for a in exported["articles"].values()}  # type: ignore[attr-defined]
    assert exported["passages"]
    for passage in exported["passages"]:  # type: ignore[attr-defined]
        for occ in passage["occurrences"]:
            body = by_id[occ["article"]]["body"]
            assert 0 <= occ["start"] < occ["end"] <= len(body)


def test_story_grouping(exported: dict[str, object]) -> None:
    story = {seed: article(exported, seed)["story"] for seed in KEEP}
    assert story["000"] == story["001"] == story["002"]
    assert len({story["000"], story["003"], story["004"]}) == 3
    stories = {s["id"]: s for s in exported["stories"]}  # type: ignore[attr-defined]
    assert set(stories) == set(story.values())
    assert str(stories[story["000"]]["first_published"]).startswith("2023-07")
    assert stories[story["004"]]["first_published"] == "2023-09-11"


def test_rerun_adds_nothing(exported: dict[str, object], seeds_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(seeds_dir), "--db", str(exported["db"])])
    assert result.exit_code == 0, result.output
    assert "0 new, 5 already known" in " ".join(result.output.split())
    out = tmp_path / "again.jsonl"
    runner.invoke(app, ["export", "--db", str(exported["db"]), "--out", str(out)])
    again = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert again == exported["records"]


def _timex_values(exported: dict[str, object], seed: str) -> dict[str, str]:
    a = article(exported, seed)
    for t in a["timexes"]:  # type: ignore[attr-defined]
        assert a["body"][t["start"] : t["end"]] == t["text"]  # type: ignore[index]
    return {t["text"]: t["value"] for t in a["timexes"]}  # type: ignore[attr-defined]


def test_time_expressions_resolved_against_the_publication_date(exported: dict[str, object]) -> None:
    assert _timex_values(exported, "001")["Dienstagabend (25. Juli)"].startswith("2023-07-25")
    assert _timex_values(exported, "000")["Mittwoch"] == "2023-07-26"
    assert _timex_values(exported, "004")["April 2019"] == "2019-04"


def test_agency_copy_provenance(exported: dict[str, object]) -> None:
    ids = {article(exported, "001")["id"], article(exported, "002")["id"]}
    dpa_paragraph = [p for p in exported["passages"]  # type: ignore[attr-defined]
                     if "Tag des Sieges begangen" in p["text"] and ids <= {o["article"] for o in p["occurrences"]}]
    assert dpa_paragraph and dpa_paragraph[0]["source_guess"] == "dpa"
    assert dpa_paragraph[0]["earliest"] == article(exported, "001")["id"]  # "2023-07" vs unknown date
    assert article(exported, "003")["own_share"] == 1.0
    assert 0.3 < float(article(exported, "002")["own_share"]) < 0.9  # type: ignore[arg-type]


def _entities(exported: dict[str, object]) -> list[dict[str, object]]:
    return [r for r in exported["records"] if r["type"] == "entity"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "spellings"), [
    ("Sergej Schoigu", {"Sergei Schoigu", "Sergej Schoigu", "Schoigu", "Shoigu"}),
    ("Kim Jong Un", {"Kim Jong Un", "Kim Jong-Un", "Kim"}),
    ("Wladimir Putin", {"Wladimir Putin", "Putin"}),
    ("Li Hongzhong", {"Li Hongzhong"}),
    ("Pjöngjang", {"Pjöngjang"}),
    ("KCNA", {"KCNA"}),
])
def test_entities_unified_across_spellings(exported: dict[str, object], name: str, spellings: set[str]) -> None:
    holding = [e for e in _entities(exported) if spellings & set(e["aliases"])]  # type: ignore[arg-type]
    assert [e["name"] for e in holding] == [name]
    assert spellings <= set(holding[0]["aliases"])  # type: ignore[arg-type]
    bodies = {a["id"]: a["body"] for a in exported["articles"].values()}  # type: ignore[attr-defined]
    for m in holding[0]["mentions"]:  # type: ignore[attr-defined]
        assert bodies[m["article"]][m["start"] : m["end"]] == m["text"]
