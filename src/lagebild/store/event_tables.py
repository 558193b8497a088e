"""Events and claims in SQLite: per-article rows plus lookups by type, entity and date.

Tables (created if missing, so older databases gain them on open):
- events(id, article_id, event_type, date, modality, confidence, start_char, end_char, record)
- event_entities(event_id, entity_id, role)         -- role: "actor", "target" or "place"
- claims(id, article_id, stance, form, start_char, end_char, source_entity, record)
`record` is the whole Event/Claim as JSON (spans included), so reading an article back gives
exactly what the pipeline found; the other columns exist to filter with indexes.
Writes happen inside the store's per-article transaction (never BEGIN/COMMIT here).
Every query is parameterised. Cost: O(log n) per row written; a filtered listing is one
indexed query plus the rows it returns (paged by `limit`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from typing import Any

from lagebild.model import Claim, Event, Span

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL, event_type TEXT NOT NULL, date TEXT,
        modality TEXT NOT NULL, confidence REAL NOT NULL, start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL, record TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_by_article ON events (article_id, start_char)",
    "CREATE INDEX IF NOT EXISTS events_by_type_date ON events (event_type, date)",
    "CREATE INDEX IF NOT EXISTS events_by_date ON events (date)",
    """CREATE TABLE IF NOT EXISTS event_entities (
        event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_id, role))""",
    "CREATE INDEX IF NOT EXISTS event_entities_by_entity ON event_entities (entity_id, event_id)",
    """CREATE TABLE IF NOT EXISTS claims (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL, stance TEXT NOT NULL, form TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, source_entity TEXT, record TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS claims_by_article ON claims (article_id, start_char)",
    "CREATE INDEX IF NOT EXISTS claims_by_source ON claims (source_entity)",
    "CREATE INDEX IF NOT EXISTS claims_by_stance ON claims (stance)",
)


class SqliteEventTables:
    """Events and claims of the stored articles, over an open connection (tables created if missing)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        for statement in _SCHEMA:
            conn.execute(statement)

    def save(self, events: list[Event], claims: list[Claim], entity_ids: Mapping[tuple[int, int], str]) -> None:
        """Store one article's events and claims; `entity_ids` maps a mention's (start, end) to its entity."""
        for event in events:
            self._conn.execute(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.id, event.article, event.event_type, event.date, event.modality, event.confidence,
                 event.start, event.end, json.dumps(asdict(event), ensure_ascii=False)),
            )
            roles = [("actor", s) for s in event.actors] + [("target", s) for s in event.targets]
            roles += [("place", event.place)] if event.place else []
            for role, span in roles:
                entity = entity_ids.get((span.start, span.end))
                if entity:
                    self._conn.execute("INSERT OR IGNORE INTO event_entities VALUES (?, ?, ?)",
                                       (event.id, entity, role))
        for claim in claims:
            source = entity_ids.get((claim.source.start, claim.source.end)) if claim.source else None
            self._conn.execute(
                "INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (claim.id, claim.article, claim.stance, claim.form, claim.start, claim.end, source,
                 json.dumps(asdict(claim), ensure_ascii=False)),
            )

    def events_of(self, article_id: str) -> list[Event]:
        rows = self._conn.execute("SELECT record FROM events WHERE article_id = ? ORDER BY start_char",
                                  (article_id,))
        return [event_from_json(r[0]) for r in rows]

    def claims_of(self, article_id: str) -> list[Claim]:
        rows = self._conn.execute("SELECT record FROM claims WHERE article_id = ? ORDER BY start_char",
                                  (article_id,))
        return [claim_from_json(r[0]) for r in rows]

    def iter_events(self) -> Iterator[Event]:
        """Every stored event, by article and position (streamed)."""
        for row in self._conn.execute("SELECT record FROM events ORDER BY article_id, start_char"):
            yield event_from_json(row[0])

    def iter_claims(self) -> Iterator[tuple[Claim, str | None]]:
        """Every stored claim with its source's entity id, by article and position (streamed)."""
        for row in self._conn.execute("SELECT record, source_entity FROM claims ORDER BY article_id, start_char"):
            yield claim_from_json(row[0]), row[1]

    def entities_of_event(self, event_id: str) -> list[tuple[str, str]]:
        """(entity id, role) pairs of one event."""
        rows = self._conn.execute("SELECT entity_id, role FROM event_entities WHERE event_id = ?", (event_id,))
        return [(r[0], r[1]) for r in rows]

    def find_events(self, *, event_type: str | None = None, entity: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    limit: int = 100) -> Iterator[Event]:
        """Events by type, entity id (any role) and date range (ISO prefixes compare as text:
        "2023-07" <= "2023-07-26" < "2023-08"); events without a date never match a range."""
        where, params = _event_filters(event_type, entity, date_from, date_to)
        sql = f"SELECT e.record FROM events e {where} ORDER BY e.date IS NULL, e.date, e.id LIMIT ?"
        for row in self._conn.execute(sql, (*params, limit)):
            yield event_from_json(row[0])

    def find_claims(self, *, stance: str | None = None, source_entity: str | None = None,
                    limit: int = 100) -> Iterator[Claim]:
        """Claims by stance and by the entity id of their source."""
        clauses, params = [], []
        if stance:
            clauses.append("stance = ?")
            params.append(stance)
        if source_entity:
            clauses.append("source_entity = ?")
            params.append(source_entity)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        for row in self._conn.execute(f"SELECT record FROM claims {where} ORDER BY article_id, start_char LIMIT ?",
                                      (*params, limit)):
            yield claim_from_json(row[0])


def _event_filters(event_type: str | None, entity: str | None, date_from: str | None,
                   date_to: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if event_type:
        clauses.append("e.event_type = ?")
        params.append(event_type)
    if entity:
        clauses.append("e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)")
        params.append(entity)
    if date_from or date_to:
        clauses.append("e.date NOT LIKE 'X%'")  # year-less and unresolved dates lie in no range
    if date_from:
        clauses.append("e.date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("e.date < ?")
        params.append(date_to + "\uffff")  # "2023-07" includes every day of July
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span(**data) if data else None


def event_from_json(text: str) -> Event:
    data = json.loads(text)
    data["actors"] = [Span(**s) for s in data["actors"]]
    data["targets"] = [Span(**s) for s in data["targets"]]
    data["place"] = _span(data["place"])
    return Event(**data)


def claim_from_json(text: str) -> Claim:
    data = json.loads(text)
    data["content"] = Span(**data["content"])
    data["cue"], data["source"] = _span(data["cue"]), _span(data["source"])
    return Claim(**data)
