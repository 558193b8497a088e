"""The wiring in `lagebild.pipeline`: other languages, parallel cleaning, one bad article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild import pipeline
from lagebild.export import article_record
from lagebild.model import RawDocument
from lagebild.store import open_store

TEXTS = {
    "de": "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Mehrheit stimmte für höhere "
          "Ausgaben bei Schulen und Radwegen, die Opposition kritisierte die steigenden Schulden deutlich.",
    "en": "The city council approved the new budget on Tuesday. A majority voted for higher spending on "
          "schools and cycle lanes, while the opposition criticised the rising debt sharply.",
    "fr": "Le conseil municipal a adopté mardi le nouveau budget. La majorité a voté pour davantage de "
          "dépenses pour les écoles et les pistes cyclables, tandis que l'opposition a critiqué la dette.",
}


def _corpus(folder: Path, n: int = 12) -> Path:
    path = folder / "mixed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            lang = list(TEXTS)[i % 3]
            out.write(json.dumps({"url": f"https://example.org/{i}", "title": f"{lang} {i}",
                                  "text": TEXTS[lang] + f" ({i})" * (i + 1)}, ensure_ascii=False) + "\n")
    return path


def _export(db: Path) -> list[dict[str, object]]:
    store = open_store(str(db))
    try:
        return [article_record(a) for a in store.iter_articles()]
    finally:
        store.close()


def test_other_languages_go_through_every_stage(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    store = open_store(str(db))
    counts = pipeline.run([_corpus(tmp_path, 3)], store)
    store.close()
    assert counts.added == 3 and counts.errors == 0
    records = _export(db)
    assert sorted(str(r["language"]) for r in records) == ["de", "en", "fr"]
    assert all(r["story"] for r in records)


@pytest.mark.slow
def test_parallel_cleaning_gives_the_same_corpus(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    results = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        store = open_store(str(db))
        pipeline.run([corpus], store, workers=workers)
        store.close()
        results.append(_export(db))
    assert results[0] == results[1]


def test_one_failing_article_is_reported_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.process_document

    def fragile(doc: RawDocument):  # type: ignore[no-untyped-def]
        if "(4)" in doc.content:
            raise ValueError("parser exploded")
        return real(doc)

    monkeypatch.setattr(pipeline, "process_document", fragile)
    store = open_store(str(tmp_path / "x.db"))
    errors: list[str] = []
    counts = pipeline.run([_corpus(tmp_path, 6)], store, on_error=lambda e: errors.append(e.reason))
    assert counts.added == 5 and counts.errors == 1
    assert "parser exploded" in errors[0]
    assert [e.reason for e in store.iter_errors()] == errors
    store.close()


def test_clean_file_is_the_fast_path_without_ner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_ner(text: str) -> list[object]:
        raise AssertionError("lagebild clean must not run NER")

    monkeypatch.setattr(pipeline, "find_mentions", no_ner)
    results = pipeline.clean_file(_corpus(tmp_path, 3))
    assert len(results) == 3 and all(not isinstance(r, pipeline.ReadError) for r in results)
    assert all(r.body and not r.mentions for r in results)  # type: ignore[union-attr]
