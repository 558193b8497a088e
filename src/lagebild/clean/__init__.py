"""Cleaning: body vs boilerplate for HTML pages (trafilatura) and flattened text dumps.

`clean(doc)` is the front door; it dispatches on `doc.is_html`. Format and outlet
knowledge lives in `adapters/`, the general dump algorithm in `dump.py`.
"""

from __future__ import annotations

from lagebild.clean.dump import clean_dump
from lagebild.clean.html import clean_html
from lagebild.model import Cleaned, RawDocument


def clean(doc: RawDocument) -> Cleaned:
    """Title, body and recognised pieces of one document (HTML or text); never raises on bad input."""
    return clean_html(doc) if doc.is_html else clean_dump(doc)


__all__ = ["clean", "clean_dump", "clean_html"]
