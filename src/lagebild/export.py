"""The JSON Lines export: lagebild's stable output contract.

One JSON object per line, UTF-8, non-ASCII written as is. Every object has a `"type"`:

    {"type": "article", "id", "source", "format", "language", "outlet", "title", "teaser",
     "published", "authors": [], "credits": [], "tags": [], "links": [], "body", "story",
     "duplicate_of", "url", "captions": [], "related": [],
     "timexes": [{"start", "end", "text", "type", "value"}], "own_share"}
    {"type": "story", "id", "title", "articles": [article ids], "first_published",
     "last_published"}
    {"type": "passage", "text", "occurrences": [{"article", "start", "end"}], "source_guess",
     "earliest"}
    {"type": "entity", "id", "name", "kind", "aliases": [],
     "mentions": [{"article", "start", "end", "text"}]}
    {"type": "event", "id", "event_type", "actors": [entity ids], "targets": [entity ids],
     "place", "date", "article", "start", "end", "modality", "confidence", "trigger",
     "actor_names": [], "target_names": [], "place_name"}
    {"type": "claim", "id", "source", "cue", "content", "stance", "article", "start", "end",
     "form", "source_text", "content_start", "content_end"}
    {"type": "timeline", "story", "entries": [{"date", "event_type", "summary", "events": [ids],
     "sources": [article ids], "conflicts": [], "claims": [ids], "actors": [names], "place",
     "background"}]}

Keys come in exactly this order. Missing values are `null`, missing lists `[]`. Dates
are ISO 8601 and may be partial ("2023", "2023-07"). An occurrence's `start`/`end` index
into its article's `body` (Python string offsets, i.e. Unicode code points):
`body[start:end]` is the passage as it appears there; the same holds for timexes and
entity mentions. A timex `value` is ISO/TIMEX3 at the precision the text gives. `story` is a story id,
`duplicate_of` an article id. `own_share` is the share (0.0–1.0) of the article's body that
is not shared copy; a passage's `earliest` is the article that published it first and
`source_guess` the agency it likely came from ("dpa", "AFP", …), see
`lagebild.reuse.provenance`.

Events and claims: `start`/`end` span the sentence (event) or the whole attribution (claim)
in the article's body. An event's `actors`/`targets` are entity ids (names the entity linker
did not resolve appear only in `actor_names`/`target_names`, as written); `place` is the
place's entity id or null, `place_name` as written. `event_type` is one of
`lagebild.events.EVENT_TYPES`; `modality` one of asserted, negated, possible, planned,
reported, denied. A claim's `source` is the source's entity id, else its words as written,
else null ("hieß es"); `stance` is asserts, denies or speculates; `form` direct, indirect or
reported. A timeline entry's `date` may be partial, an interval ("1950/1953") or year-less
("XXXX-07-27", recurring); `background` marks restated history.

Stability: keys are never renamed or removed; new keys are only appended at the end of an
object, and new record types may appear. Consumers must ignore keys and types they do not
know.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from lagebild.model import Article, Claim, Entity, Event, Passage, Story, Timeline
from lagebild.reuse.provenance import Provenance


def article_record(a: Article, own_share: float | None = None) -> dict[str, Any]:
    """One article as its export object (contract order). Cost: copies the lists.

    `own_share`: from `lagebild.reuse.own_share`, rounded to 4 places; None when not computed.
    """
    return {
        "type": "article",
        "id": a.id,
        "source": a.source,
        "format": a.format,
        "language": a.language,
        "outlet": a.outlet,
        "title": a.title,
        "teaser": a.teaser,
        "published": a.published,
        "authors": list(a.authors),
        "credits": list(a.credits),
        "tags": list(a.tags),
        "links": list(a.links),
        "body": a.body,
        "story": a.story,
        "duplicate_of": a.duplicate_of,
        # appended after the first contract version; later keys go below
        "url": a.url,
        "captions": list(a.captions),
        "related": list(a.related),
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in a.timexes
        ],
        "own_share": None if own_share is None else round(own_share, 4),
    }


def entity_record(e: Entity) -> dict[str, Any]:
    """One canonical entity with its aliases and every mention (offsets into that article's body)."""
    return {
        "type": "entity",
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "mentions": [
            {"article": m.article, "start": m.start, "end": m.end, "text": m.text} for m in e.mentions
        ],
    }


def story_record(s: Story) -> dict[str, Any]:
    """One story as its export object: its article ids and its first/last publication date."""
    return {
        "type": "story",
        "id": s.id,
        "title": s.title,
        "articles": list(s.articles),
        "first_published": s.first_published,
        "last_published": s.last_published,
    }


def passage_record(p: Passage, provenance: Provenance | None = None) -> dict[str, Any]:
    """One shared passage as its export object, with where it occurs in each article's body
    and, given its `passage_provenance`, its likely wire source and earliest publisher."""
    return {
        "type": "passage",
        "text": p.text,
        "occurrences": [{"article": o.article, "start": o.start, "end": o.end} for o in p.occurrences],
        "source_guess": provenance.source_guess if provenance else None,
        "earliest": provenance.earliest if provenance else None,
    }


def event_record(e: Event, entity_roles: list[tuple[str, str]]) -> dict[str, Any]:
    """One event; `entity_roles` are its (entity id, role) pairs from the store."""
    ids = {role: [entity for entity, r in entity_roles if r == role] for role in ("actor", "target", "place")}
    return {
        "type": "event",
        "id": e.id,
        "event_type": e.event_type,
        "actors": ids["actor"],
        "targets": ids["target"],
        "place": ids["place"][0] if ids["place"] else None,
        "date": e.date,
        "article": e.article,
        "start": e.start,
        "end": e.end,
        "modality": e.modality,
        "confidence": e.confidence,
        "trigger": e.trigger,
        "actor_names": [s.text for s in e.actors],
        "target_names": [s.text for s in e.targets],
        "place_name": e.place.text if e.place else None,
    }


def claim_record(c: Claim, source_entity: str | None) -> dict[str, Any]:
    """One claim; `source_entity` is the entity id of its source when the linker resolved it."""
    return {
        "type": "claim",
        "id": c.id,
        "source": source_entity or (c.source.text if c.source else None),
        "cue": c.cue.text if c.cue else None,
        "content": c.content.text,
        "stance": c.stance,
        "article": c.article,
        "start": c.start,
        "end": c.end,
        "form": c.form,
        "source_text": c.source.text if c.source else None,
        "content_start": c.content.start,
        "content_end": c.content.end,
    }


def timeline_record(t: Timeline) -> dict[str, Any]:
    """One story's timeline, entries ordered by event date."""
    return {
        "type": "timeline",
        "story": t.story,
        "entries": [
            {"date": e.date, "event_type": e.event_type, "summary": e.summary, "events": list(e.events),
             "sources": list(e.sources), "conflicts": list(e.conflicts), "claims": list(e.claims),
             "actors": list(e.actors), "place": e.place, "background": e.background}
            for e in t.entries
        ],
    }


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write each record as one JSON line to `out`; returns how many were written.

    Streams: one record in memory at a time. Text is written unescaped (`ensure_ascii=False`)
    for a UTF-8 `out`; a record holding lone surrogates (undecodable input), which UTF-8
    cannot carry, is written with \\u escapes instead of failing the export.
    """
    count = 0
    for record in records:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        try:
            out.write(line)
        except UnicodeEncodeError:
            out.write(json.dumps(record) + "\n")
        count += 1
    return count
