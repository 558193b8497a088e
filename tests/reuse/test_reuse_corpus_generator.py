"""The benchmark's gold-corpus generator (benchmarks/reuse_corpus.py) on a tiny corpus of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def _generator() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "reuse_corpus.py"
    spec = importlib.util.spec_from_file_location("reuse_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reuse_corpus"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


TOPICS = ["Hafen", "Rathaus", "Bahnhof", "Museum", "Stadion", "Klinikum", "Flughafen", "Theater"]
BODIES = [
    " ".join(
        f"Im {topic} von Neustadt gab es am {day}. Tag des Monats eine Versammlung mit {n + day} Gästen. "
        f'Der Sprecher sagte, man sei "sehr zufrieden" mit dem Verlauf der Sitzung Nummer {day}.'
        for day in range(1, 9)
    )
    for n, topic in enumerate(TOPICS * 3)
]


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    reuse_corpus = _generator()
    first, again = reuse_corpus.build_corpus(BODIES, seed=3), reuse_corpus.build_corpus(BODIES, seed=3)
    assert first == again
    assert first.gold
    assert reuse_corpus.build_corpus(BODIES, seed=4) != first


def test_gold_offsets_point_at_the_copy_in_both_bodies() -> None:
    reuse_corpus = _generator()
    corpus = reuse_corpus.build_corpus(BODIES, seed=5)
    bodies = dict(corpus.articles)
    assert sorted(bodies) == sorted(f"gnad{i:04d}" for i in range(len(BODIES)))
    for span in corpus.gold:
        original = BODIES[int(span.source[4:])][span.source_start : span.source_end]
        copy = bodies[span.target][span.target_start : span.target_end]
        assert reuse_corpus.MIN_CHARS <= len(original) <= reuse_corpus.MAX_CHARS
        assert span.chars == len(copy)
        assert original == bodies[span.source][span.source_start : span.source_end]  # sources untouched
        if not span.edits:
            assert copy == original
        else:
            assert copy != original or span.edits == ["quote marks"]
