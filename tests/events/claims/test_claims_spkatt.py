"""The SpkAtt-2023 adapter: our annotations written into the task's JSON, bad input skipped."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.events.claims.spkatt import quotes_command


def _document() -> dict[str, object]:
    return {
        "Annotations": [{"Addr": [], "Cue": ["0:9"], "Form": "Direct", "Frame": [], "HasNested": False,
                         "IsNested": False, "Message": ["0:0"], "STWR": "Speech", "Source": ["0:10"]}],
        "DocumentName": "1 - Test (2020-01-01)",
        "Sentences": [{"SentenceId": 0, "Tokens": ["„", "Wir", "kommen", "wieder", "“", ",", "sagte", "die", "Trainerin", "am", "Sonntag", "."]}],
    }


def test_writes_predictions_and_keeps_everything_else(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "doc.json").write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    assert quotes_command(source, out) == 1
    written = json.loads((out / "doc.json").read_text(encoding="utf-8"))
    assert list(written) == ["Annotations", "DocumentName", "Sentences"]
    assert written["Sentences"] == _document()["Sentences"]
    (annotation,) = written["Annotations"]
    assert annotation["Cue"] == ["0:6"]
    assert annotation["Source"] == ["0:7", "0:8"]
    assert annotation["Message"] == [f"0:{i}" for i in range(5)]
    assert annotation["Form"] == "Direct"


def test_bad_json_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(_document()), encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "c.json").write_text("[1, 2]", encoding="utf-8")
    messages: list[str] = []
    assert quotes_command(tmp_path, tmp_path / "out", report=messages.append) == 1
    assert len(messages) == 2 and all("skipped" in m for m in messages)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    messages: list[str] = []
    assert quotes_command(tmp_path / "nope", tmp_path / "out", report=messages.append) == 0
    assert "not a folder" in messages[0]


def test_cli_quotes_command(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from lagebild.cli import app

    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "doc.json").write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["quotes", "--spkatt", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "doc.json").read_text(encoding="utf-8"))["Annotations"][0]["Cue"] == ["0:6"]
    assert runner.invoke(app, ["quotes", "--spkatt", str(tmp_path / "nope"), "--out", str(out)]).exit_code == 2
