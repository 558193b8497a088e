"""The proportional-overlap scorer of benchmarks/quote_eval.py (loaded from its file)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "quote_eval.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quote_eval", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quote_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_partial_overlap_gets_proportional_credit() -> None:
    q = _scorer()
    gold = [q.Annotation({"Cue": frozenset({(0, 1)}), "Message": frozenset({(0, 2), (0, 3), (0, 4), (0, 5)})})]
    pred = [q.Annotation({"Cue": frozenset({(0, 1)}), "Message": frozenset({(0, 4), (0, 5), (0, 6)})})]
    counts = q.score([(gold, pred)])
    assert counts["Cue"].f1() == (1.0, 1.0, 1.0)
    p, r, _ = counts["Message"].f1()
    assert abs(p - 2 / 3) < 1e-9 and abs(r - 2 / 4) < 1e-9


def test_unpaired_annotations_count_as_misses_and_false_finds() -> None:
    q = _scorer()
    gold = [q.Annotation({"Cue": frozenset({(0, 1)}), "Source": frozenset({(0, 0)})})]
    pred = [q.Annotation({"Cue": frozenset({(1, 1)}), "Source": frozenset({(0, 0)})})]
    counts = q.score([(gold, pred)])
    assert counts["Source"].f1() == (0.0, 0.0, 0.0)
    assert (counts["Source"].predicted, counts["Source"].gold) == (1, 1)
