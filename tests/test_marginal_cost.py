"""benchmarks/marginal_cost.py: adds articles to a copy of a store and times the main-process stages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from lagebild import pipeline
from lagebild.store import open_store

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TEXT = ("Der Stadtrat von Neustadt hat am Dienstag den neuen Haushalt beschlossen. Bürgermeisterin Rotraud "
        "Quastenberg sagte, die Mehrheit habe für höhere Ausgaben bei Schulen und Radwegen gestimmt. ")


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("marginal_cost", BENCHMARKS / "marginal_cost.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_adds_to_a_copy_and_times_each_stage(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(6):
            out.write(json.dumps({"url": f"https://example.org/{i}", "title": f"Haushalt {i}",
                                  "text": TEXT * (i + 1) + f"Ausgabe {i}."}, ensure_ascii=False) + "\n")
    db = tmp_path / "scaling.db"
    first = tmp_path / "first.jsonl"
    first.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    with open_store(str(db)) as store:
        pipeline.run([first], store)
    before = db.read_bytes()

    marginal = _module()
    articles, worker_ms = marginal.prepared(corpus, 3, 3)  # line 3 is stored already, 4 and 5 are new
    assert len(articles) == 3 and worker_ms > 0
    row = marginal.measure(db, articles)
    assert row["held"] == 4 and row["added"] == 2
    assert row["add"] >= row["detect_reuse"] + row["assign_story"] + row["link_entities"] > 0
    assert db.read_bytes() == before  # the store itself is untouched
    assert pipeline.detect_reuse.__name__ == "detect_reuse"  # the stage functions are restored
