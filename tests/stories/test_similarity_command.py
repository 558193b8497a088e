"""`similarity_command` through a tiny Typer app: scores in [0, 1], bad lines reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from lagebild.stories.commands import similarity_command

FLOOD = {"title": "Hochwasser in Passau", "text": "Die Donau hat in Passau einen Rekordpegel erreicht. "
         "Oberbürgermeister Dupper rief den Katastrophenfall aus.", "published": "2024-06-03"}
FLOOD_2 = {"title": "Passau: Donau sinkt", "text": "In Passau sinkt der Pegel der Donau wieder. "
           "Oberbürgermeister Dupper dankte der Feuerwehr.", "published": "2024-06-04"}
BUDGET = {"title": "Haushalt", "text": "Finanzminister Lindner verteidigte im Bundestag den Haushalt."}


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("similarity")(similarity_command)
    app.command("noop")(lambda: None)  # two commands, so "similarity" is addressed by name
    return app


def test_scores_good_lines_and_skips_bad_ones(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    lines = [
        json.dumps({"id": "same", "a": FLOOD, "b": FLOOD_2}),
        "{not json",
        json.dumps({"id": "other", "a": FLOOD, "b": BUDGET}),
        json.dumps({"id": "no-b", "a": FLOOD}),
        "",
    ]
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(_app(), ["similarity", "--pairs", str(pairs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    scores = {r["id"]: r["score"] for r in records}
    assert set(scores) == {"same", "other"}
    assert all(0.0 <= r["event_score"] <= r["score"] <= 1.0 for r in records)
    assert scores["same"] > scores["other"]
    assert "pairs.jsonl:2: skipped" in result.output and "pairs.jsonl:4: skipped" in result.output


def test_missing_input_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["similarity", "--pairs", str(tmp_path / "nope.jsonl"),
                                         "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_the_encoder_is_the_default_and_fast_leaves_it_out(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "same", "a": FLOOD, "b": FLOOD_2}) + "\n", encoding="utf-8")
    scores = {}
    for flags in ([], ["--encoder"], ["--fast"]):
        out = tmp_path / f"scores{len(scores)}.jsonl"
        result = CliRunner().invoke(_app(), ["similarity", "--pairs", str(pairs), "--out", str(out), *flags])
        assert result.exit_code == 0, result.output
        scores[" ".join(flags)] = json.loads(out.read_text(encoding="utf-8"))["score"]
    assert scores[""] == scores["--encoder"]
    assert scores["--fast"] != scores["--encoder"]  # the two models weigh different parts
