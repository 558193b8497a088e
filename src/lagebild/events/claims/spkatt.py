"""Adapter for SpkAtt-2023 (GermEval speaker attribution) JSON: read its tokens, write our roles.

Format (task 2, news; task 1, Bundestag speeches, has the same two keys): one JSON object per
document with "Sentences": [{"SentenceId", "Tokens": [...]}] and "Annotations": [{"Cue",
"Source", "Message", "Addr", "Frame": ["sent:tok", ...], "Form", "STWR", "HasNested",
"IsNested"}]. `quotes_command` writes each file again with "Annotations" replaced by ours and
every other key unchanged, so the shared task's scorer (or `benchmarks/quote_eval.py`) can
compare them with the gold files. Hearsay ("soll ... haben") is left out here because the
SpkAtt guidelines do not annotate it.

Cost: O(tokens) per file for the rules; reading and writing JSON dominate.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lagebild.events.claims.attribution import Attribution, AttributionOptions, find_attributions
from lagebild.events.claims.phrases import TokenId

_FORMS = {"direct": "Direct", "indirect": "Indirect", "reported": "Reported"}
_SPKATT_OPTIONS = AttributionOptions(hearsay=False, nested_quotes=True)


def sentence_tokens(document: dict[str, Any]) -> list[list[str]]:
    """The token lists of a SpkAtt document, in "SentenceId" order (the ids index them)."""
    sentences = sorted(document["Sentences"], key=lambda s: int(s["SentenceId"]))
    return [[str(t) for t in s["Tokens"]] for s in sentences]


def _ids(tokens: list[TokenId]) -> list[str]:
    return [f"{s}:{i}" for s, i in sorted(set(tokens))]


def to_annotation(att: Attribution, sentences: list[list[str]]) -> dict[str, Any]:
    """One attribution as a SpkAtt annotation (keys in the files' order). A speech act reported
    with only its object ("dementierte die Vorwürfe") becomes, as in the SpkAtt guidelines, a
    "Reported" annotation whose message is the whole sentence and which has no cue. Frame: the
    sentences of cue and source without the message (not scored by the task)."""
    cue, message_ids = att.cue, att.message
    if att.object_message:  # SpkAtt marks a reported speech act as the whole sentence, no cue
        s = att.message[0][0]
        cue, message_ids = [], [(s, i) for i in range(len(sentences[s]))]
    message = set(message_ids)
    frame_sents = sorted({s for s, _ in cue + att.source})
    frame = [(s, i) for s in frame_sents for i in range(len(sentences[s])) if (s, i) not in message]
    form = "IndirectFreeIndirect" if att.continued else _FORMS["reported" if att.object_message else att.form]
    return {
        "Addr": _ids(att.addressee),
        "Cue": _ids(cue),
        "Form": form,
        "Frame": _ids(frame),
        "HasNested": False,
        "IsNested": False,
        "Message": _ids(message_ids),
        "STWR": "Speech",
        "Source": _ids(att.source),
    }


def predict_document(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with "Annotations" replaced by our predictions; other keys kept in place."""
    sentences = sentence_tokens(document)
    annotations = [to_annotation(a, sentences) for a in find_attributions(sentences, _SPKATT_OPTIONS)]
    out = dict(document)
    out["Annotations"] = annotations
    if "Annotations" not in document:  # blind test files: keep the files' key order otherwise
        out = {"Annotations": annotations, **document}
    return out


def _report_to_stderr(message: str) -> None:
    print(message, file=sys.stderr)


def quotes_command(
    spkatt_dir: Path, out_dir: Path, report: Callable[[str], None] = _report_to_stderr
) -> int:
    """Predict annotations for every `*.json` in `spkatt_dir` (recursively if it holds none at its
    top) and write them under the same file names to `out_dir`. Returns the number of files
    written. A missing folder or a file that is not SpkAtt JSON is reported and skipped."""
    spkatt_dir, out_dir = Path(spkatt_dir), Path(out_dir)
    if not spkatt_dir.is_dir():
        report(f"error: {spkatt_dir} is not a folder; pass the folder holding the SpkAtt *.json files")
        return 0
    files = sorted(spkatt_dir.glob("*.json")) or sorted(spkatt_dir.rglob("*.json"))
    if not files:
        report(f"error: no *.json files in {spkatt_dir}")
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in files:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(document, dict) or not isinstance(document.get("Sentences"), list):
                raise ValueError("no 'Sentences' list")
            predicted = predict_document(document)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
            report(f"skipped {path}: not a readable SpkAtt JSON file ({err})")
            continue
        target = out_dir / path.name
        target.write_text(json.dumps(predicted, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        written += 1
    return written
