"""Pipe-table dumps: every line framed as `| text |` (or `| text | |`), e.g. taz's text feed."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import DumpFormat

PIPE_TABLE = DumpFormat(
    name="pipe_table",
    detect=re.compile(r"^\|.*\|\s*$"),
    detect_share=0.8,
    unwrap=re.compile(r"^\| ?(.*?)\s*\|(?:\s*\|)?\s*$"),
    # taz's feed numbers its links like lynx: `[1][Pjöngjang]` in text, `[1] /path` under LINKS.
    link_marker=re.compile(r"\[(\d{1,4})\](?=\S)"),
    reference_line=re.compile(r"^\s*\[\d{1,4}\]\s+((?:https?://|/)\S*)\s*$"),
    then=("lynx", "w3m", "inscriptis"),
)
