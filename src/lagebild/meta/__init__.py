"""Metadata: title, teaser, publication date, authors, agency credits, outlet, language.

Front door: `describe(doc, cleaned) -> Article`. Each field has its own small module with a
pure `choose_*` function; outlet knowledge is data in `outlet_table.py`.
"""

from lagebild.meta.describe import describe

__all__ = ["describe"]
