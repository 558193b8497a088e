"""Claims and quotes: who says, reports or denies what in German news text.

Front door: `find_claims(article)` -> `Claim`s with source, cue, content, stance and form.
The rules work on tokens (`attribution.find_attributions`), shared by the article wrapper
(`article.py`) and the SpkAtt-2023 adapter (`spkatt.py`); word lists live in `lexicon.py`.
"""

from lagebild.events.claims.article import find_claims
from lagebild.events.claims.attribution import Attribution, AttributionOptions, find_attributions

__all__ = ["Attribution", "AttributionOptions", "find_attributions", "find_claims"]
