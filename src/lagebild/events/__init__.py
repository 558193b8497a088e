"""Events and claims: who did what to whom, where and when, and who says so.

Front doors: `find_events(article)` (event types in `types.EVENT_TYPES`) and
`lagebild.events.claims.find_claims(article)` (quotes, reported speech, attributed claims).
Both are pure per-article stages; the story timeline that merges events across articles is
`lagebild.stories.timeline`.
"""

from lagebild.events.extract import find_events
from lagebild.events.types import EVENT_TYPES

__all__ = ["EVENT_TYPES", "find_events"]
