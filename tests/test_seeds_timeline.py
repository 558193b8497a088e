"""Acceptance for events, claims and timelines on the five seed articles (issue 5).

Runs `lagebild run ../shared/seeds` and `lagebild export`, then checks the timeline of the
000–002 story (Shoigu's arrival on 25 July 2023, the meeting with Kim on 26 July reported by
000 and 002 as one entry, Putin's letter, the Chinese delegation), 003's timeline (Putin's
arrival, the planned partnership, the naval exercise until 28 June, the border incident), the
US-intelligence claim and North Korea's denial, and the CLI listings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("timeline")
    db = str(tmp / "seeds.db")
    assert runner.invoke(app, ["run", str(seeds_dir), "--db", db]).exit_code == 0
    out = tmp / "export.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {Path(r["source"]).name[:3]: r["id"] for r in records if r["type"] == "article"}
    return {"db": db, "records": records, "ids": ids}


def _timeline_of(seeds: dict[str, object], seed: str) -> list[dict[str, object]]:
    ids: dict[str, str] = seeds["ids"]  # type: ignore[assignment]
    records: list[dict[str, object]] = seeds["records"]  # type: ignore[assignment]
    story = next(r["story"] for r in records if r["type"] == "article" and r["id"] == ids[seed])
    timeline = next(r for r in records if r["type"] == "timeline" and r["story"] == story)
    return timeline["entries"]  # type: ignore[return-value]


def _entries(entries: list[dict[str, object]], event_type: str, words: str) -> list[dict[str, object]]:
    return [e for e in entries if e["event_type"] == event_type and words in str(e["summary"]) + str(e["actors"])]


def test_shoigu_arrives_in_pyongyang_on_25_july(seeds: dict[str, object]) -> None:
    arrivals = [e for e in _timeline_of(seeds, "001") if e["event_type"] == "travel"
                and any("Schoigu" in a for a in e["actors"]) and str(e["date"]).startswith("2023-07-25")]  # type: ignore[attr-defined]
    assert arrivals, "no dated arrival of Shoigu"
    assert arrivals[0]["place"] == "Pjöngjang"


def test_meeting_with_kim_is_one_entry_with_both_sources(seeds: dict[str, object]) -> None:
    ids: dict[str, str] = seeds["ids"]  # type: ignore[assignment]
    meetings = [e for e in _timeline_of(seeds, "000") if e["event_type"] in ("meet", "consult")
                and str(e["date"]).startswith("2023-07-26")]
    assert meetings, "no meeting dated 26 July 2023"
    names = " ".join(meetings[0]["actors"])  # type: ignore[arg-type]
    assert "Kim" in names and "Schoigu" in names
    assert {ids["000"], ids["002"]} <= set(meetings[0]["sources"])  # type: ignore[arg-type]


def test_putins_letter_and_the_chinese_delegation(seeds: dict[str, object]) -> None:
    entries = _timeline_of(seeds, "000")
    letter = [e for e in entries if "Brief" in str(e["summary"])]
    assert letter and letter[0]["event_type"] == "supply"
    assert any("chinesische Delegation" in str(e["summary"]) or "China" in e["actors"] for e in entries)  # type: ignore[operator]


def test_korean_war_toll_is_a_visible_conflict_in_the_background(seeds: dict[str, object]) -> None:
    war = [e for e in _timeline_of(seeds, "000") if e["date"] == "1950/1953"]
    assert war and war[0]["background"] is True
    assert any("Millionen" in c for c in war[0]["conflicts"])  # type: ignore[attr-defined]


def test_putin_visit_timeline(seeds: dict[str, object]) -> None:
    entries = _timeline_of(seeds, "003")
    assert _entries(entries, "travel", "eintreffen"), "Putin's arrival"
    agreement = _entries(entries, "agree", "Partnerschaft")
    assert agreement, "the planned partnership agreement"
    exercise = [e for e in entries if e["event_type"] == "mobilise" and "06-28" in str(e["date"])]
    assert exercise, "the naval exercise until 28 June"
    assert any("Territorium" in str(e["summary"]) or "Zwischenfall" in str(e["summary"]) for e in entries)


def test_us_intelligence_claim_and_north_korean_denial(seeds: dict[str, object]) -> None:
    records: list[dict[str, object]] = seeds["records"]  # type: ignore[assignment]
    claims = [r for r in records if r["type"] == "claim"]
    containers = [c for c in claims if "10.000 Container" in str(c["content"])]
    assert containers and "US" in str(containers[0]["source_text"])
    denials = [c for c in claims if c["stance"] == "denies"]
    assert any("Nordkorea" in str(c["source_text"]) for c in denials)
    assert any("beide" in str(c["source_text"]).lower() for c in denials)


def test_events_are_exported_with_entity_ids(seeds: dict[str, object]) -> None:
    records: list[dict[str, object]] = seeds["records"]  # type: ignore[assignment]
    entities = {r["id"]: r["name"] for r in records if r["type"] == "entity"}
    events = [r for r in records if r["type"] == "event"]
    consult = [e for e in events if e["trigger"] == "verständigt"]
    assert consult and all(a in entities for a in consult[0]["actors"])  # type: ignore[attr-defined]
    assert {entities[a] for a in consult[0]["actors"]} >= {"Kim Jong Un", "Sergej Schoigu"}  # type: ignore[attr-defined]
    assert all(e["modality"] in ("asserted", "negated", "possible", "planned", "reported", "denied") for e in events)


def test_cli_lists_filter(seeds: dict[str, object]) -> None:
    db = str(seeds["db"])
    wide = {"COLUMNS": "250"}
    result = runner.invoke(app, ["events", "--db", db, "--type", "travel", "--entity", "Schoigu"], env=wide)
    assert result.exit_code == 0, result.output
    assert "Pjöngjang" in result.output and "Vietnam" not in result.output
    result = runner.invoke(app, ["events", "--db", db, "--from", "2023-07-25", "--to", "2023-07-26"], env=wide)
    assert result.exit_code == 0 and "2023-07-25" in result.output and "1950" not in result.output
    result = runner.invoke(app, ["claims", "--db", db, "--stance", "denies"], env=wide)
    assert result.exit_code == 0 and "Nordkorea" in result.output


def test_cli_timeline_prints_the_story(seeds: dict[str, object]) -> None:
    records: list[dict[str, object]] = seeds["records"]  # type: ignore[assignment]
    story = next(r["story"] for r in records if r["type"] == "timeline")
    result = runner.invoke(app, ["timeline", str(story), "--db", str(seeds["db"])], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "date" in result.output and "sources" in result.output
    assert runner.invoke(app, ["timeline", "s-nope", "--db", str(seeds["db"])]).exit_code == 1


def test_export_key_order_of_the_new_record_types(seeds: dict[str, object]) -> None:
    records: list[dict[str, object]] = seeds["records"]  # type: ignore[assignment]
    first = {t: next(r for r in records if r["type"] == t) for t in ("event", "claim", "timeline")}
    assert list(first["event"])[:14] == ["type", "id", "event_type", "actors", "targets", "place", "date", "article",
                                         "start", "end", "modality", "confidence", "trigger", "actor_names"]
    assert list(first["claim"])[:9] == ["type", "id", "source", "cue", "content", "stance", "article", "start", "end"]
    assert list(first["timeline"]) == ["type", "story", "entries"]
    entry = first["timeline"]["entries"][0]  # type: ignore[index]
    assert list(entry)[:6] == ["date", "event_type", "summary", "events", "sources", "conflicts"]
