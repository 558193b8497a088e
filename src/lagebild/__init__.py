"""lagebild: German-first news intelligence.

Raw articles (text dumps, HTML, WARC, JSON Lines, RSS/Atom) in; clean articles with
metadata, duplicates, shared passages and stories out.
"""

__version__ = "0.1.0"
