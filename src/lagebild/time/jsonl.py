"""Batch tagging of JSONL files: one `{"id", "text", "anchor"}` per line in, `{"id", "timexes"}` out.

Why: the CLI's `lagebild time --jsonl IN --out OUT`. A bad line (not JSON, no text) is
reported on stderr with its line number and skipped; the run goes on.
Cost: streaming, one line in memory at a time; linear in the input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from lagebild.time.tagger import TimeOptions, find_timexes


def tag_jsonl(
    in_path: Path, out_path: Path, options: TimeOptions | None = None, errors: TextIO | None = None
) -> int:
    """Tag every line of `in_path` into `out_path`; returns the number of lines written.

    Problems go to `errors` (default stderr) as "IN:LINE: reason; line skipped".
    """
    errors = errors or sys.stderr
    written = 0
    with open(in_path, encoding="utf-8") as source, open(out_path, "w", encoding="utf-8") as sink:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                anchor = record.get("anchor")
                if not isinstance(text, str) or (anchor is not None and not isinstance(anchor, str)):
                    raise TypeError("'text' must be a string and 'anchor' a string or null")
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
                print(f"{in_path}:{number}: {error.__class__.__name__}: {error}; line skipped", file=errors)
                continue
            timexes = [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                for t in find_timexes(text, anchor, options)
            ]
            sink.write(json.dumps({"id": record.get("id"), "timexes": timexes}, ensure_ascii=False) + "\n")
            written += 1
    return written
