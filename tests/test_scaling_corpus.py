"""The scaling benchmark's corpus generator (benchmarks/scaling_corpus.py) on a tiny text list of our own."""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _generator() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))  # it imports its sibling reuse_corpus
    spec = importlib.util.spec_from_file_location("scaling_corpus", BENCHMARKS / "scaling_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["scaling_corpus"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


PLACES = ["Hafen", "Rathaus", "Bahnhof", "Museum", "Stadion", "Klinikum", "Flughafen", "Theater"]
TEXTS = [
    f"Neues aus dem {place} von Neustadt. "
    + " ".join(
        f"Am {day}. Tag sprach Bürgermeisterin Rotraud Quastenberg{'abcdefgh'[n]} im {place} vor {10 * day + n} Gästen. "
        f'Der Sprecher sagte, man sei "sehr zufrieden" mit dem Verlauf der Versammlung.'
        for day in range(1, 2 + 3 * n)
    )
    for n, place in enumerate(PLACES)
]


def test_same_seed_same_corpus_and_other_seed_another() -> None:
    generate = _generator().generate
    first = list(generate(TEXTS, 60, seed=3))
    assert first == list(generate(TEXTS, 60, seed=3))
    assert first != list(generate(TEXTS, 60, seed=4))


def test_records_have_the_jsonl_fields_and_realistic_values() -> None:
    records = list(_generator().generate(TEXTS, 200, seed=1))
    assert len(records) == 200
    for record in records:
        assert list(record) == ["url", "title", "text", "published", "outlet"]
        assert all(isinstance(value, str) and value.strip() for value in record.values())
        assert date(2022, 1, 1) <= date.fromisoformat(record["published"]) <= date(2023, 12, 31)
        assert len(record["title"]) <= 102 and record["url"].startswith("https://")
    assert len({r["url"] for r in records}) == 200
    source_lengths = [len(t) for t in TEXTS]
    lengths = [len(r["text"]) for r in records]
    assert 0.7 < statistics.median(lengths) / statistics.median(source_lengths) < 1.4
    assert max(lengths) < 2 * max(source_lengths)
    assert len({r["text"] for r in records}) > 150  # variants, not copies
    assert len({r["published"] for r in records}) > 100  # spread over the two years


def test_names_are_swapped_from_the_pool() -> None:
    texts = "\n".join(r["text"] for r in _generator().generate(TEXTS, 50, seed=2))
    assert "Quastenberg" not in texts  # in one source text each: taken for a name


def test_written_line_by_line_as_json(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    _generator().write_corpus(TEXTS, 25, 1, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 25 and all(json.loads(line)["text"] for line in lines)
