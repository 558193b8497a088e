"""Events of one article: trigger, type, actors, targets, place, date, modality, confidence.

Sentence by sentence: find the triggers (`triggers`), read the roles from the named mentions
around them (`arguments`), take the date from the time layer (`dating`) and decide whether
the text states the event as fact (`modality`, using the article's claims: an event inside a
denial is "denied", inside an attributed report "reported").

Confidence is a plain evidence count, not a probability: a verb is stronger evidence than a
noun, named participants and a date add to it, a borrowed date and a missing participant
take away. The timeline uses it to leave out bare nouns nobody acts in.

Cost: O(len(body)) for sentences and tokens, plus O(mentions) per trigger.
"""

from __future__ import annotations

from bisect import bisect_left

from lagebild.events.arguments import event_roles
from lagebild.events.clauses import Token, sentence_tokens
from lagebild.events.dating import continues_previous, event_date, sentence_date
from lagebild.events.modality import event_modality
from lagebild.events.triggers import Trigger, find_triggers
from lagebild.model import Article, Claim, Event, Mention
from lagebild.nlp.sentences import split_sentences

_ROLE_KINDS = frozenset({"PER", "LOC", "ORG"})
#: Longer "sentences" are tables, lists or junk, not prose: skipped, which also bounds the
#: per-sentence work (roles are O(tokens x mentions)) on attacker-controlled input.
MAX_SENTENCE_TOKENS = 150
#: "wie Schoigu an einem Flughafen begrüßt wird": being welcomed at an airport is arriving.
_ARRIVAL_PLACES = frozenset({"flughafen", "bahnhof", "airport", "flugplatz"})
_WELCOME_VERBS = frozenset({"begrüßen", "empfangen"})
#: "Russische Staatsmedien": a capitalised adjective the tagger took for a name.
_ADJECTIVE_SUFFIXES = ("isch", "ische", "ischen", "ischer", "isches", "ischem")
#: Cues whose source only informs ("laut Interfax", "nach Angaben der Agentur X"): never an actor.
_ATTRIBUTING_CUES = ("laut", "nach", "zufolge")


def find_events(article: Article, claims: list[Claim] | None = None) -> list[Event]:
    """The events `article.body` reports, in text order (see the module docstring)."""
    body = article.body
    claims = article.claims if claims is None else claims
    sources = [(c.source.start, c.source.end) for c in claims if c.source and c.cue
               and c.cue.text.lower().startswith(_ATTRIBUTING_CUES)]
    mentions = sorted((m for m in article.mentions if _is_participant(m, sources)), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    named = sorted(article.mentions, key=lambda m: m.start)
    all_starts = [m.start for m in named]
    events: list[Event] = []
    previous_date: str | None = None
    for start, end in split_sentences(body):
        tokens = sentence_tokens(body, start, end)
        if len(tokens) > MAX_SENTENCE_TOKENS:  # a table or list flattened into one "sentence"
            previous_date = None
            continue
        first, last = bisect_left(all_starts, start), bisect_left(all_starts, end)
        triggers = find_triggers(tokens, [(m.start, m.end) for m in named[first:last]])
        sentence_dates: list[str] = []
        if triggers:
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            in_sentence, earlier = mentions[lo:hi], mentions[max(0, lo - 20):lo]
            inherited = previous_date if continues_previous(tokens) else None
            for trigger in triggers:
                event = _event(article, trigger, tokens, in_sentence, earlier, claims, triggers, inherited,
                               len(events))
                events.append(event)
                if event.date:
                    sentence_dates.append(event.date)
        previous_date = sentence_dates[0] if sentence_dates else sentence_date(article.timexes, start, end)
    return events


def _is_participant(mention: Mention, claim_sources: list[tuple[int, int]]) -> bool:
    """A name that can act in an event: PER/LOC/ORG, capitalised and not an adjective (never
    "russischen" or "Russische" the tagger sometimes marks), and not the informant of a
    report ("laut Interfax")."""
    return (mention.kind in _ROLE_KINDS and mention.text[:1].isupper()
            and not (" " not in mention.text and mention.text.lower().endswith(_ADJECTIVE_SUFFIXES))
            and not any(s <= mention.start < e for s, e in claim_sources))


def _event(article: Article, trigger: Trigger, tokens: list[Token], mentions: list[Mention],
           earlier: list[Mention], claims: list[Claim], all_triggers: list[Trigger], inherited: str | None,
           number: int) -> Event:
    event_type, roles = trigger.event_type, event_roles(article.body, trigger, tokens, mentions, earlier)
    if trigger.lemma in _WELCOME_VERBS and _ARRIVAL_PLACES & {t.lower for t in tokens}:
        event_type = "travel"  # the welcomed one arrived: they are the actor
        roles.actors, roles.targets = roles.targets or roles.actors, []
    own_date = event_date(article.body, article.timexes, tokens, trigger.head.clause, trigger.head.start,
                          own_clause_only=not trigger.verbal)
    date = own_date or inherited
    claim = next((c for c in claims if c.content.start <= trigger.head.start < c.content.end), None)
    has_denial = any(t.event_type == "deny" and t.verbal and t.head.clause != trigger.head.clause
                     for t in all_triggers) and event_type != "deny"
    confidence = (0.6 if trigger.verbal else 0.4) + 0.15 * bool(roles.actors) + 0.1 * bool(roles.targets or roles.place)
    confidence += 0.1 * bool(own_date) - 0.05 * bool(date and not own_date)
    return Event(
        id=f"{article.id}:e{number}",
        article=article.id,
        event_type=event_type,
        start=tokens[0].start,
        end=tokens[-1].end,
        trigger=" ... ".join(t.text for t in trigger.tokens),
        actors=roles.actors,
        targets=roles.targets,
        place=roles.place,
        date=date,
        modality=event_modality(tokens, trigger.head, trigger.verbal, has_denial, claim),
        confidence=round(min(confidence, 0.95), 2),
    )
