"""`lynx -dump` output: text indented 3 spaces, headings at column 0, `* + o #` bullets,
form widgets such as `(BUTTON)` and `____`, `IFRAME:` lines and `[12]` link markers."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import DumpFormat

LYNX = DumpFormat(
    name="lynx",
    detect=re.compile(r"^   \S|^\s+[*+o#@] \S|\(BUTTON\)|^\s*IFRAME:"),
    detect_share=0.5,
    widgets=(
        re.compile(r"\(BUTTON\)|\(RADIO\)|\(CHECKBOX\)|\[INS:.*?:INS\]|\[[\w.-]+\.(?:png|jpe?g|gif|svg|webp)\]"),
        re.compile(r"_{4,}|\[[xX ]\]"),
    ),
    drop_lines=(re.compile(r"^\s*(?:IFRAME:|#\S)"), re.compile(r"^\s*(?:Visible|Hidden) links:?\s*$")),
    bullet=re.compile(r"^\s*[*+o#@]\s+"),
    link_marker=re.compile(r"\[(\d{1,4})\](?=\S)"),
    reference_line=re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}\.)\s+((?:https?://|/)\S*)\s*$"),
    wrapped=True,
)
