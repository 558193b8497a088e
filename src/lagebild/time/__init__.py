"""Temporal expressions in German text -> TIMEX3-style values, anchored on the publication date.

Front door: `find_timexes(text, anchor)`; batch: `tag_jsonl(in_path, out_path)`; CLI shell:
`lagebild.time.cli.time_command`. Each expression family lives in `families/` (one module
per family); `merging`, `tense` and `reference` hold the rules that connect them.
"""

from lagebild.time.jsonl import tag_jsonl
from lagebild.time.tagger import ResolvedTimex, TimeOptions, find_timexes, resolve_timexes

__all__ = ["ResolvedTimex", "TimeOptions", "find_timexes", "resolve_timexes", "tag_jsonl"]
