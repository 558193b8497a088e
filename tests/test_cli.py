"""The command line as a user meets it: mixed inputs, bad files, re-runs, kills, untrusted text."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()

PARAGRAPHS = [
    "Der Stadtrat von Beispielstadt hat am Dienstag nach langer Debatte einen neuen Haushalt beschlossen. "
    "Die Mehrheit stimmte für höhere Ausgaben bei Schulen und Radwegen.",
    "Bürgermeisterin Erika Muster sagte, die Stadt investiere damit so viel wie seit zwanzig Jahren nicht mehr. "
    "Die Opposition kritisierte die steigenden Schulden und kündigte Widerstand an.",
    "Der Haushalt muss noch von der Kommunalaufsicht genehmigt werden, was in der Regel einige Wochen dauert.",
]


def _article_text(topic: str, n: int = 0) -> str:
    return "\n\n".join(p.replace("Beispielstadt", topic) + f" Meldung {n}." for p in PARAGRAPHS)


def _html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Startseite</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Impressum</footer></body></html>")


def _mixed_folder(root: Path) -> Path:
    folder = root / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Haushalt in Nordstadt beschlossen\n\n" + _article_text("Nordstadt"), encoding="utf-8")
    (folder / "b.html").write_text(_html("Haushalt in Südstadt", _article_text("Südstadt")), encoding="utf-8")
    lines = [json.dumps({"url": f"https://example.org/{i}", "title": f"Haushalt in Oststadt {i}",
                         "text": _article_text("Oststadt", i), "published": "2024-03-0" + str(i + 1)},
                        ensure_ascii=False) for i in range(3)]
    (folder / "c.jsonl").write_text("\n".join(lines + ["{not json"]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "junk.html").write_bytes(bytes(range(256)) * 20)
    with gzip.open(folder / "broken.warc.gz", "wb") as handle:
        handle.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n")
    return folder


def test_run_mixed_folder_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["run", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "5 new" in output
    for bad in ("empty.txt", "junk.html", "c.jsonl", "broken.warc.gz"):
        assert bad in output, bad
    again = runner.invoke(app, ["run", str(folder), "--db", db])
    assert "0 new, 5 already known" in " ".join(again.output.split())


def test_run_exits_nonzero_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["run", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                                 "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "missing.txt" in result.output


def test_commands_without_a_database_say_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "lagebild run" in result.output


def test_not_a_lagebild_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("shopping list\n" * 100)
    result = runner.invoke(app, ["stories", "--db", str(bogus)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_article_text_is_never_console_markup(tmp_path: Path) -> None:
    hostile = "[bold red]GEFÄLSCHT[/bold red] [link=https://evil.example]klick[/link] '); DROP TABLE articles;--"
    (tmp_path / "x.jsonl").write_text(json.dumps({"url": "https://example.org/x", "title": hostile,
                                                  "text": hostile + "\n\n" + _article_text("Weststadt")}) + "\n")
    db = str(tmp_path / "x.db")
    assert runner.invoke(app, ["run", str(tmp_path / "x.jsonl"), "--db", db]).exit_code == 0
    out = tmp_path / "e.jsonl"
    runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    record = json.loads(out.read_text().splitlines()[0])
    shown = runner.invoke(app, ["article", record["id"][:8], "--db", db])
    assert shown.exit_code == 0, shown.output
    shown_text = " ".join(shown.output.split())
    assert "[bold red]GEFÄLSCHT[/bold red]" in shown_text
    assert "'); DROP TABLE articles;--" in shown_text


def test_clean_writes_title_blank_line_body(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    out = tmp_path / "clean"
    result = runner.invoke(app, ["clean", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "a.txt").read_text(encoding="utf-8")
    title, blank, body = text.split("\n", 2)
    assert title == "Haushalt in Nordstadt beschlossen" and blank == ""
    assert "Kommunalaufsicht" in body
    assert (out / "b.html").exists()
    assert (out / "c.jsonl.1.txt").exists() and (out / "c.jsonl.3.txt").exists()


def test_export_rejects_unknown_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\n" + _article_text("Nordstadt"))
    db = str(tmp_path / "x.db")
    runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", db])
    assert runner.invoke(app, ["export", "--db", db, "--format", "xml"]).exit_code == 2


def test_demo_runs_on_the_bundled_corpus(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    summary = " ".join(result.output.split())
    assert "56 new" in summary and "1 duplicates" in summary and "0 shared passages" not in summary
    stories = runner.invoke(app, ["stories", "--db", str(db)])
    assert "stories" in stories.output


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(150):
        topic = f"Ort{i:03d}"
        (folder / f"{i:03d}.txt").write_text(f"Haushalt in {topic}\n\n" + _article_text(topic, i), encoding="utf-8")
    db = tmp_path / "kill.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "lagebild.cli", "run", str(folder), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    committed = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if committed >= 10:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 10, "the run never committed articles"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 150
        assert conn.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0] == 150
    out = tmp_path / "e.jsonl"
    runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    records = [json.loads(line) for line in out.read_text().splitlines()]
    story_members = [a for s in records if s["type"] == "story" for a in s["articles"]]
    assert len(story_members) == len(set(story_members)) == 150


def test_article_marks_each_shared_passage_where_it_ends(tmp_path: Path) -> None:
    shared = ("Die Nachrichtenagentur meldete am Abend, dass die Verhandlungen über den Haushalt der Stadt "
              "nach zwölf Stunden ohne Ergebnis abgebrochen worden seien und am Freitag fortgesetzt würden.")
    first = "Erster Bericht aus Nordstadt über den Streit im Rathaus und seine Folgen.\n\n" + shared + "\n\nSchluss mit Zahlen aus dem Rathaus."
    second = "Ganz anderer Einstieg in Südstadt mit eigenen Worten zur Lage.\n\n" + shared + "\n\nGanz anderes Ende B, länger."
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps({"url": f"https://e.org/{i}", "title": f"T{i}", "text": t})
                                                for i, t in enumerate([first, second])) + "\n")
    db = str(tmp_path / "x.db")
    runner.invoke(app, ["run", str(tmp_path / "x.jsonl"), "--db", db])
    out = tmp_path / "e.jsonl"
    runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    second_id = [json.loads(line) for line in out.read_text().splitlines()][1]["id"]
    shown = " ".join(runner.invoke(app, ["article", second_id, "--db", db]).output.split())
    assert "fortgesetzt würden. [1] Ganz anderes Ende B" in shown
    assert "Shared passages" in shown


def test_clean_in_parallel_writes_the_same_files(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"clean{workers}"
        result = runner.invoke(app, ["clean", str(folder), "--out", str(out), "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs.append({p.relative_to(out): p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 5


def test_time_command_resolves_against_each_anchor(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "Der Minister traf am Mittwoch in Berlin ein.", "anchor": "2023-07-28"}),
        "{kaputt",
        json.dumps({"id": "b", "text": "Das Treffen fand vor drei Tagen statt.", "anchor": "2023-07-28"}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["time", "--jsonl", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["timexes"][0]["value"] == "2023-07-26"
    assert lines[1]["timexes"][0]["value"] == "2023-07-25"
    assert set(lines[0]["timexes"][0]) == {"start", "end", "text", "type", "value"}


def test_ner_tsv_round_trip_and_eval(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("# eigener Satz\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n"
                    "4\tParis\tB-LOC\tO\n5\t.\tO\tO\n\n", encoding="utf-8")
    out = tmp_path / "pred.tsv"
    result = runner.invoke(app, ["ner", "--tsv", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    assert [r[1] for r in rows] == ["Angela", "Merkel", "besuchte", "Paris", "."]
    assert rows[0][2] == "B-PER" and rows[3][2] == "B-LOC"
    scored = runner.invoke(app, ["eval", "ner", str(gold)])
    assert scored.exit_code == 0 and "overall" in scored.output


def test_run_with_an_uninstalled_ner_model_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\n" + _article_text("Nordstadt"), encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"),
                                 "--ner-model", "de_core_news_nonexistent"])
    assert result.exit_code == 2
    assert "de_core_news_nonexistent" in result.output and "Traceback" not in result.output


def test_train_ner_fast_trains_without_the_word_class_tags(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import lagebild.nlp.ner as ner

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(ner, "train", lambda out, data, **kwargs: calls.append(kwargs))
    for flags in ([], ["--fast"]):
        result = CliRunner().invoke(app, ["train", "ner", "--out-dir", str(tmp_path / "m"), "--data-dir", str(tmp_path), *flags])
        assert result.exit_code == 0, result.output
    assert "pos_features" not in calls[0]  # the shipped recipe: train's defaults
    assert calls[1]["pos_features"] == "none" and calls[1]["drop_common_words"] is False


def test_train_ner_accurate_adds_the_encoder_features_and_writes_the_accurate_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import lagebild.nlp.ner as ner
    from lagebild.nlp.ner.loading import SHIPPED_ACCURATE

    calls: list[tuple[Path, dict[str, object]]] = []
    monkeypatch.setattr(ner, "train", lambda out, data, **kwargs: calls.append((out, kwargs)))
    result = CliRunner().invoke(app, ["train", "ner", "--accurate", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert calls == [(SHIPPED_ACCURATE, {"max_steps": 3000, "use_features": 64})]
    both = CliRunner().invoke(app, ["train", "ner", "--accurate", "--fast", "--data-dir", str(tmp_path)])
    assert both.exit_code != 0 and "two different models" in both.output and len(calls) == 1
