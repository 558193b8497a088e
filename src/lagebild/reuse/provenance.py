"""Provenance of a shared passage: who published it first, who reused it, which wire it came from.

Pure: the caller hands in the passage and a way to look up each article's facts (an
`Article` from `store.get_article`, or anything with `published`, `credits`, `outlet` and
`body`). Cost per passage: one lookup per occurrence plus a marker scan of each occurrence
and `NEAR_CHARS` either side, O(passage length * occurrences).

Earliest publisher:
- Articles with a `published` date come before articles without one (an undated copy is
  usually a reprint whose metadata was lost). Dates compare at the precision both give:
  "2023-07" and "2023-07-28" tie; "2023-07-27" is before "2023-07-28T08:00"; times with a
  UTC offset are compared in UTC.
- Ties and undated articles fall back to insertion order: occurrences are kept in the order
  their articles were added to the reuse index, and the first one wins.
- `earliest_by` says which rule decided: "published" when a date was strictly earlier than
  every other candidate's, else "insertion order".

Source guess (the wire the copy most likely came from), per article holding the passage:
agencies marked in or next to its occurrence ("(dpa)", "berichtete die Nachrichtenagentur
dpa", "Quelle: dpa, AFP") and the agencies it credits. The guess is the named agency that
most of these articles name; ties go to more in-passage markers, then to articles naming fewer
agencies (crediting only dpa says more than crediting dpa, AFP and Reuters), then to the
earliest publisher's agencies, then alphabetical order. "Agenturen" (unnamed agencies) is the
guess only when no agency is named; None when no article names any.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

from lagebild.meta.credits import UNNAMED_AGENCIES
from lagebild.model import Occurrence, Passage
from lagebild.reuse.agency_markers import agencies_near


class ArticleFacts(Protocol):
    """What provenance needs to know of an article; `lagebild.model.Article` has it all."""

    @property
    def published(self) -> str | None: ...

    @property
    def credits(self) -> Sequence[str]: ...

    @property
    def outlet(self) -> str | None: ...

    @property
    def body(self) -> str: ...


#: Which rule picked the earliest publisher.
EarliestRule = Literal["published", "insertion order"]

#: Article id -> facts, as a mapping or a callable such as `store.get_article`.
FactsLookup = Mapping[str, ArticleFacts] | Callable[[str], ArticleFacts | None]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one shared passage came from.

    `earliest`: the article id that published it first (None for a passage without
    occurrences); `earliest_by`: "published" or "insertion order" (see module docstring);
    `earliest_outlet`: that article's outlet, if known. `reusers`: the other articles holding
    it, in insertion order. `source_guess`: the likely wire ("dpa", "AFP", …), or None.
    """

    earliest: str | None
    reusers: list[str] = field(default_factory=list)
    source_guess: str | None = None
    earliest_by: EarliestRule = "insertion order"
    earliest_outlet: str | None = None


def passage_provenance(passage: Passage, articles_meta: FactsLookup) -> Provenance:
    """Earliest publisher, reusers and source guess of one passage.

    Input: a passage (occurrences in insertion order, as the reuse index keeps them) and the
    facts per article id; an id the lookup does not know counts as undated and uncredited.
    Output: a `Provenance`.
    """
    articles: list[str] = []
    first_occurrence: dict[str, Occurrence] = {}
    for occurrence in passage.occurrences:
        if occurrence.article not in first_occurrence:
            articles.append(occurrence.article)
            first_occurrence[occurrence.article] = occurrence
    if not articles:
        return Provenance(None)
    facts = {aid: _facts(articles_meta, aid) for aid in articles}
    earliest, by = _earliest(articles, {aid: f.published if f else None for aid, f in facts.items()})
    named = {
        aid: _agencies(facts[aid], [o for o in passage.occurrences if o.article == aid]) for aid in articles
    }
    earliest_facts = facts[earliest]
    return Provenance(
        earliest=earliest,
        reusers=[aid for aid in articles if aid != earliest],
        source_guess=_source_guess(articles, named, earliest),
        earliest_by=by,
        earliest_outlet=earliest_facts.outlet if earliest_facts else None,
    )


def _facts(lookup: FactsLookup, article_id: str) -> ArticleFacts | None:
    if isinstance(lookup, Mapping):
        return lookup.get(article_id)
    return lookup(article_id)


def _earliest(articles: list[str], published: dict[str, str | None]) -> tuple[str, EarliestRule]:
    """The first article by date (undated last, ties in insertion order) and which rule decided."""
    dated = [(aid, key) for aid in articles if (key := _date_key(published[aid])) is not None]
    if not dated:
        return articles[0], "insertion order"
    best, best_key = dated[0]
    for aid, key in dated[1:]:
        if _before(key, best_key):
            best, best_key = aid, key
    strictly_first = all(_before(best_key, key) for aid, key in dated if aid != best)
    if strictly_first and (len(dated) > 1 or len(articles) > 1):
        return best, "published"
    return best, "insertion order"


def _date_key(published: str | None) -> str | None:
    """ISO date or date-time as a comparable string; offsets converted to UTC; None if unusable."""
    if not published or not published[:4].isdigit():
        return None
    text = published.strip()
    if "T" in text:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text[:10]
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.isoformat()
    return text


def _before(a: str, b: str) -> bool:
    """Whether date key `a` is strictly earlier than `b` at the precision both give."""
    common = min(len(a), len(b))
    return a[:common] < b[:common]


def _agencies(facts: ArticleFacts | None, occurrences: list[Occurrence]) -> tuple[set[str], set[str]]:
    """(agencies marked in or next to the article's occurrences, agencies it credits)."""
    if facts is None:
        return set(), set()
    marked = {name for o in occurrences for name in agencies_near(facts.body, o.start, o.end)}
    return marked, set(facts.credits)


def _source_guess(
    articles: list[str], named: dict[str, tuple[set[str], set[str]]], earliest: str
) -> str | None:
    scores: dict[str, tuple[int, int, float]] = {}
    for aid in articles:
        marked, credited = named[aid]
        agencies = (marked | credited) - {UNNAMED_AGENCIES}
        for agency in agencies:
            count, markers, weight = scores.get(agency, (0, 0, 0.0))
            scores[agency] = (count + 1, markers + (agency in marked), weight + 1 / len(agencies))
    if not scores:
        unnamed = any(UNNAMED_AGENCIES in marked | credited for marked, credited in named.values())
        return UNNAMED_AGENCIES if unnamed else None
    from_earliest = named[earliest][0] | named[earliest][1]
    return min(scores, key=lambda a: (*(-s for s in scores[a]), a not in from_earliest, a))
