"""A story's timeline: its articles' events merged into entries, ordered by when they happened.

Merging: two events are one happening when their types are compatible (`events.types`),
they share participants (the same canonical entities as actor or target; see `_mergeable`) or,
with no named participants, the same exact date, and their dates do not contradict each other
(one missing, or equal at the precision both give). So "Kim und Schoigu hätten sich verständigt" (one outlet,
no date) and "... hätten sich am Mittwoch in Pjöngjang verständigt" (another) become one entry
with both sources and the date the second gives. Day dates from different sources within
three days of each other merge too, with a visible date conflict; numbers are compared across
sources (`timeline_conflicts`).

Undated articles (a scraped page without its date) are read as published on the latest
day-precise date among the story's other articles: their "am Mittwoch" is resolved against it,
which is why a story-mate's date matters. Entries long before the story (more than
`BACKGROUND_DAYS` before its first article) or recurring dates ("der 27. Juli ist
traditionell ...") are marked background, so restated history stands apart from the news.

Events that are bare nouns with no participant, place or date ("Da hilft ein Besuch") are left
out. Cost: O(events x candidate entries sharing a participant, a date or a sentence), computed
on demand for one story; the store is never scanned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from lagebild.events import find_events
from lagebild.events.types import compatible
from lagebild.model import Article, Event, Span, Story, Timeline, TimelineEntry
from lagebild.nlp.tokens import lemma
from lagebild.stories.timeline_conflicts import date_conflicts, number_conflicts
from lagebild.time import find_timexes

#: (article id, span) -> (entity id, canonical name), or None for a span no entity holds.
EntityLookup = Callable[[str, Span], tuple[str, str] | None]
BACKGROUND_DAYS = 60
CONFLICT_WINDOW_DAYS = 3
_SUMMARY_CHARS = 240


@dataclass
class _Entry:
    events: list[Event] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    place: str | None = None


def build_timeline(story: Story, articles: list[Article], entity_of: EntityLookup) -> Timeline:
    """The timeline of `story` from its `articles` (with their events, claims and timexes)."""
    articles = _anchor_undated(articles)
    by_id = {a.id: a for a in articles}
    entries: list[_Entry] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        for event in article.events:
            if _is_reportable(event):
                _add(entries, index, event, entity_of)
    first = min((a.published for a in articles if a.published), default=None)
    timeline_entries = [_finish(e, by_id, first) for e in entries]
    timeline_entries.sort(key=lambda e: (e.date is None or e.date.startswith("X"), e.date or "", e.sources[0]))
    return Timeline(story.id, timeline_entries)


def _anchor_undated(articles: list[Article]) -> list[Article]:
    """Undated articles re-read against the story's latest day-precise publication date."""
    days = sorted(a.published[:10] for a in articles if a.published and len(a.published) >= 10)
    if not days:
        return articles
    out = []
    for article in articles:
        if article.published:
            out.append(article)
            continue
        anchored = replace(article, published=days[-1], events=[])
        anchored.timexes = find_timexes(article.body, days[-1])
        events = find_events(anchored, article.claims)
        anchored.events = [replace(e, confidence=round(e.confidence - 0.1, 2)) for e in events]
        anchored.published = None  # the anchor reads the text; the article stays undated
        out.append(anchored)
    return out


def _is_reportable(event: Event) -> bool:
    return bool(event.actors or event.targets or event.place or event.date) and event.confidence >= 0.45


def _add(entries: list[_Entry], index: dict[tuple[str, ...], list[int]], event: Event,
         entity_of: EntityLookup) -> None:
    """Merge `event` into the best mergeable entry or start one. Candidates come from `index`
    (entries by participant, by date and by sentence: every way `_mergeable` can say yes), so
    the cost is the entries sharing one of those, not all entries of the story."""
    participants: dict[str, str] = {}
    for span in event.actors + event.targets:
        found = entity_of(event.article, span)
        key, name = found if found else ("text:" + span.text.lower(), span.text)
        participants[key] = name
    place = entity_of(event.article, event.place) if event.place else None
    place_name = place[1] if place else (event.place.text if event.place else None)
    keys = _index_keys(event, participants)
    candidates = sorted({i for index_key in keys for i in index.get(index_key, ())})
    best_index = max((i for i in candidates if _mergeable(entries[i], event, set(participants))),
                     key=lambda i: len(entries[i].participants & set(participants)), default=None)
    if best_index is None:
        best_index = len(entries)
        entries.append(_Entry())
    best = entries[best_index]
    for index_key in keys:
        if best_index not in index.setdefault(index_key, []):
            index[index_key].append(best_index)
    best.events.append(event)
    best.participants |= set(participants)
    best.names.update(participants)
    best.place = best.place or place_name


def _index_keys(event: Event, participants: dict[str, str]) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("participant", p) for p in participants]
    keys.append(("sentence", event.article, str(event.start)))
    if event.date:
        keys.append(("date", event.date))
    return keys


def _mergeable(entry: _Entry, event: Event, participants: set[str]) -> bool:
    """Same happening? Compatible types and dates, and shared participants: when both sides
    are dated one shared participant is enough; when one side is undated it takes two, or one
    and the same trigger word ("eingetroffen" twice), so that an undated "Nordkorea riegelte
    seine Grenzen ab" does not join "Sanktionen gegen Nordkorea seit 2006"."""
    if not compatible(entry.events[0].event_type, event.event_type):
        return False
    if any(e.article == event.article and e.start == event.start for e in entry.events):
        return True  # the same sentence names it twice ("..., sagte, dass ein Flugzeug ... geflogen sei")
    dates = {e.date for e in entry.events if e.date}
    if event.date and dates and not any(_same_time(event.date, d) for d in dates):
        return False
    shared = participants & entry.participants
    if not (participants and entry.participants):
        return bool(event.date) and event.date in dates
    if event.date and dates:
        return bool(shared)
    return len(shared) >= 2 or (len(shared) == 1 and _trigger_lemma(event) in {_trigger_lemma(e) for e in entry.events})


def _trigger_lemma(event: Event) -> str:
    return lemma(event.trigger.split(" ... ")[0])


def _same_time(a: str, b: str) -> bool:
    """Equal at the precision both give ("2023-07" and "2023-07-26TEV"), or day dates within the
    conflict window (kept as one entry, reported as a conflict)."""
    a_day, b_day = a[:10], b[:10]
    if a_day.startswith(b_day) or b_day.startswith(a_day):
        return True
    da, db = _day(a_day), _day(b_day)
    return da is not None and db is not None and abs((da - db).days) <= CONFLICT_WINDOW_DAYS


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _finish(entry: _Entry, articles: dict[str, Article], first_published: str | None) -> TimelineEntry:
    events = entry.events
    best = max(events, key=lambda e: (e.confidence, -len(events) + events.index(e)))
    sources = list(dict.fromkeys(e.article for e in events))
    entry_date = _best_date(events)
    sentences = {e.article: articles[e.article].body[e.start:e.end] for e in reversed(events)}
    dates: dict[str, set[str]] = {}
    for e in events:
        if e.date:
            dates.setdefault(e.article, set()).add(e.date)
    claims = [c.id for e in events for c in articles[e.article].claims
              if c.content.start < e.end and e.start < c.content.end]
    return TimelineEntry(
        date=entry_date,
        event_type=best.event_type,
        summary=_summary(articles[best.article].body[best.start:best.end]),
        events=[e.id for e in events],
        sources=sources,
        conflicts=date_conflicts(dates) + number_conflicts(sentences),
        claims=list(dict.fromkeys(claims)),
        actors=list(dict.fromkeys(entry.names.values())),
        place=entry.place,
        background=_is_background(entry_date, first_published, all(articles[e.article].published for e in events)),
    )


def _best_date(events: list[Event]) -> str | None:
    """The most precise resolved date the sources give; ties: the one most sources give."""
    dated = [e.date for e in events if e.date]
    if not dated:
        return None
    resolved = [d for d in dated if not d.startswith("X")] or dated
    return max(resolved, key=lambda d: (len(d.split("/")[0][:10]), resolved.count(d)))


def _is_background(value: str | None, first_published: str | None, dated_sources: bool) -> bool:
    """Long before the story, or recurring. A year-less date is recurring only in a dated
    article: there the time layer left the year out on purpose ("der 27. Juli ist traditionell");
    in an undated one it simply had nothing to resolve against."""
    if value is None:
        return False
    if value.startswith("XXXX-") and value[5:7].isdigit():
        return dated_sources
    start = value.split("/")[0]
    if not first_published or not start[:4].isdigit():
        return False
    start_day = _day((start + "-01-01")[:10] if len(start) < 10 else start)
    first_day = _day((first_published + "-01-01")[:10] if len(first_published) < 10 else first_published)
    if start_day is None or first_day is None:
        return False
    if len(value.split("/")) > 1:  # an interval is background if it ended before the story
        end = value.split("/")[1]
        end_day = _day((end + "-12-31")[:10] if len(end) == 4 else end)
        return end_day is not None and end_day < first_day - timedelta(days=BACKGROUND_DAYS)
    return start_day < first_day - timedelta(days=BACKGROUND_DAYS)


def _summary(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _SUMMARY_CHARS else sentence[: _SUMMARY_CHARS - 1].rstrip() + "…"
