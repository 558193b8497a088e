"""The JSONL batch front door: good lines tagged, bad lines reported and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

from lagebild.time import tag_jsonl


def test_tag_jsonl_writes_timexes_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Das Feuer brach vor drei Tagen aus.", "anchor": "2023-07-28"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "anchor": "2023-07-28"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    target = tmp_path / "out.jsonl"
    errors = io.StringIO()
    assert tag_jsonl(source, target, errors=errors) == 1
    line = json.loads(target.read_text(encoding="utf-8").splitlines()[0])
    assert line == {
        "id": "a",
        "timexes": [
            {"start": 16, "end": 30, "text": "vor drei Tagen", "type": "DATE", "value": "2023-07-25"}
        ],
    }
    reported = errors.getvalue().splitlines()
    assert len(reported) == 2 and ":2:" in reported[0] and ":3:" in reported[1]
