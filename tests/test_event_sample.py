"""Schema of the hand-annotated event sample (benchmarks/data/events_sample_10kgnad.jsonl).

The sample annotates DER STANDARD sentences (10kGNAD, CC BY-NC-SA 4.0) but stores only ids,
labels and events: the sentence text is third-party news text and is never committed. The checks
that need the text get it through `benchmarks/event_sample.py`'s loader, which rebuilds it from
../shared/data/10kgnad/test.csv; they skip where that is absent, and the file tests skip where the
sample itself is absent. `check_records` and `stored_problems` are also run on broken records, so
the checkers are known to fail when they should.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "benchmarks" / "data" / "events_sample_10kgnad.jsonl"
GNAD_TEST = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"
SIZE = 100
TYPES = {"meet", "agree", "consult", "supply", "sanction", "support", "accuse", "deny",
         "threaten", "attack", "mobilise", "protest", "decide", "travel"}  # fmt: skip
MODALITIES = {"asserted", "negated", "possible", "planned", "reported", "denied"}
LABELS = {"International", "Inland", "Panorama", "Wirtschaft"}


def _event_sample() -> ModuleType:
    """benchmarks/event_sample.py (not a package), imported by path."""
    if "event_sample" in sys.modules:
        return sys.modules["event_sample"]
    spec = importlib.util.spec_from_file_location("event_sample", REPO / "benchmarks" / "event_sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["event_sample"] = module
    spec.loader.exec_module(module)
    return module


def _in_order(parts: list[str], text: str) -> bool:
    """Every part occurs in `text`, each after the previous one."""
    pos = 0
    for part in parts:
        found = text.find(part, pos)
        if not part or found < 0:
            return False
        pos = found + len(part)
    return True


def check_records(records: list[dict], size: int = SIZE) -> list[str]:
    """Every schema problem of the annotated sample, as readable strings (empty when valid)."""
    problems: list[str] = []
    if len(records) != size:
        problems.append(f"{len(records)} records, expected {size}")
    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r in records:
        rid = r.get("id")
        if not (isinstance(rid, str) and rid.startswith("gnad-test-")):
            problems.append(f"bad id {rid!r}")
        if r.get("label") not in LABELS:
            problems.append(f"{rid}: label {r.get('label')!r}")
        text = r.get("text")
        if not isinstance(text, str) or not 8 <= len(text.split()) <= 60:
            problems.append(f"{rid}: text missing or not 8-60 words")
            continue
        events = r.get("events")
        if not isinstance(events, list):
            problems.append(f"{rid}: no 'events' list (unannotated?)")
            continue
        for ev in events:
            if ev.get("type") not in TYPES:
                problems.append(f"{rid}: type {ev.get('type')!r}")
            if ev.get("modality") not in MODALITIES:
                problems.append(f"{rid}: modality {ev.get('modality')!r}")
            trigger = ev.get("trigger")
            if not isinstance(trigger, str) or not _in_order(trigger.split(" ... "), text):
                problems.append(f"{rid}: trigger {trigger!r} not in the sentence")
            for role in ("actors", "targets"):
                for surface in ev.get(role, []):
                    if not isinstance(surface, str) or surface not in text:
                        problems.append(f"{rid}: {role} {surface!r} not in the sentence")
            if set(ev) - {"type", "trigger", "modality", "actors", "targets"}:
                problems.append(f"{rid}: unknown keys {sorted(set(ev))}")
    return problems


def _stored_records() -> list[dict]:
    if not SAMPLE.is_file():
        pytest.skip(f"{SAMPLE.name} is not in this checkout")
    with SAMPLE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_sample_file_stores_no_text() -> None:
    """Only ids, labels and annotation are committed, never the 10kGNAD sentence text."""
    records = _stored_records()
    assert _event_sample().stored_problems(records) == []
    assert len(records) == SIZE


def test_sample_schema() -> None:
    _stored_records()
    if not GNAD_TEST.is_file():
        pytest.skip(
            "../shared/data/10kgnad/test.csv is not beside this checkout (needed for the sentence texts)"
        )
    records = _event_sample().load(SAMPLE, GNAD_TEST)
    assert check_records(records) == []


def test_loader_says_why_without_shared_data(tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text('{"id": "gnad-test-1-2", "label": "Inland", "events": []}\n', encoding="utf-8")
    module = _event_sample()
    assert module.load(sample, tmp_path / "missing.csv", with_text=False)[0]["id"] == "gnad-test-1-2"
    with pytest.raises(module.SourceDataMissing, match="shared/data"):
        module.load(sample, tmp_path / "missing.csv")


def test_stored_check_catches_text() -> None:
    stored_problems = _event_sample().stored_problems
    good = {"id": "gnad-test-1-2", "label": "Inland", "events": []}
    assert stored_problems([good]) == []
    assert stored_problems([{**good, "text": "Der Minister traf am Montag in Wien seinen Amtskollegen."}])


def test_checker_catches_broken_records() -> None:
    good = {
        "id": "gnad-test-1-2",
        "label": "Inland",
        "text": "Der Minister traf am Montag in Wien seinen Amtskollegen zu Gesprächen.",
        "events": [
            {"type": "meet", "trigger": "traf", "modality": "asserted", "actors": ["Der Minister"]},
            {"type": "consult", "trigger": "Gesprächen", "modality": "asserted"},
        ],
    }
    assert check_records([good], size=1) == []
    broken = [
        {**good, "events": [{"type": "greet", "trigger": "traf", "modality": "asserted"}]},
        {**good, "events": [{"type": "meet", "trigger": "besuchte", "modality": "asserted"}]},
        {**good, "events": [{"type": "meet", "trigger": "Wien ... traf", "modality": "asserted"}]},
        {**good, "events": [{"type": "meet", "trigger": "traf", "modality": "certain"}]},
        {
            **good,
            "events": [{"type": "meet", "trigger": "traf", "modality": "asserted", "targets": ["Paris"]}],
        },
        {k: v for k, v in good.items() if k != "events"},
    ]
    for record in broken:
        assert check_records([record], size=1), record
    assert check_records([good, good], size=2) == ["duplicate ids"]
    assert check_records([good], size=2) == ["1 records, expected 2"]
