"""`w3m -dump` output: no indentation for text, `•`/`□`/`☆`/`○` bullets, `[    ]` input fields
and `[img]`-style placeholders for images."""

from __future__ import annotations

import re

from lagebild.clean.adapters.base import DumpFormat

W3M = DumpFormat(
    name="w3m",
    detect=re.compile(r"^\s*[•□☆○■◦]\s"),
    detect_share=0.03,
    widgets=(
        re.compile(r"\[\s*\]|\[(?:svg|png|gif|jpe?g|webp|img|image|logo|blank|i|\*|INS::INS|lazyload\w*|t-[0-9a-f]+)\]"),
        re.compile(r"\[https?://[^\]\s]*\]"),
    ),
    bullet=re.compile(r"^\s*[•□☆○■◦▪]\s+"),
    wrapped=True,
)
