"""Who did it, to whom, and where: an event's actors, targets and place from the named mentions.

Without a parser, German grammar still says a lot through the word just before a name:
- no preposition: a core argument. In a main clause the first group of core names (joined by
  "und") is the actor, later ones are targets ("Kim empfing Schoigu"); in the passive
  ("Schoigu wird begrüßt") the core name is the target and "von X" the actor;
- "mit X" is a partner (target) of a meeting, talk or agreement; "gegen X" the target of an
  attack, sanction, accusation or vote; "an X" the recipient of a delivery;
- "in/im/nach/bei X" for a place (LOC) is where it happened (for travel: where to);
- a genitive next to an event noun is its actor ("Putins Reise", "der Besuch Schoigus");
- "er" as the actor points back to the last person named; a relative clause
  ("..., der ihm einen Brief überreicht habe") to the last name before the comma.
For receiving verbs ("Russland erhielt Raketen aus Nordkorea") the roles swap.

Cost: O(mentions x 4) per event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.events.clauses import Token
from lagebild.events.triggers import Trigger, noun_head
from lagebild.model import Mention, Span

_PREPOSITIONS = frozenset({
    "in", "im", "ins", "nach", "bei", "beim", "mit", "gegen", "an", "am", "von", "vom", "durch", "aus", "auf",
    "für", "über", "zu", "zum", "zur", "vor", "seit", "unter", "zwischen", "laut", "um", "gegenüber", "ohne",
})  # fmt: skip
_SKIPPABLE = frozenset({
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
    "seinem", "seinen", "seiner", "ihrem", "ihren", "ihrer", "dessen", "deren",
})  # fmt: skip
_QUANTIFIERS = frozenset({"etwa", "rund", "über", "mehr", "als", "knapp", "fast", "beide", "beiden", "mehrere",
                          "zahlreiche", "einige", "viele", "alle", "tausende", "hunderte"})
_PLACE_PREPOSITIONS = frozenset({"in", "im", "nach", "bei", "beim", "auf", "ins"})
#: Preposition -> event types whose target it introduces ("mit Putin" for a meeting).
_TARGET_PREPOSITIONS: dict[str, frozenset[str]] = {
    "mit": frozenset({"meet", "consult", "agree"}),
    "gegen": frozenset({"attack", "sanction", "accuse", "protest", "decide", "threaten"}),
    "an": frozenset({"supply"}),
}
_RECEIVING_VERBS = frozenset({"erhalten", "kaufen"})
_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "wurden", "werden", "worden", "wirde"})
_PERSONAL_PRONOUNS = frozenset({"er"})  # "sie" is as often a plural or a country as a woman
_RELATIVE_PRONOUNS = frozenset({"der", "die", "welcher", "welche"})
_OBJECT_PRONOUNS = frozenset({"ihm", "ihn", "ihr"})
_PRONOUN_LOOKBACK = 400  # characters: "er" points to a person named this close before


@dataclass(slots=True)
class Roles:
    actors: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    place: Span | None = None


def event_roles(body: str, trigger: Trigger, tokens: list[Token], mentions: list[Mention],
                earlier: list[Mention]) -> Roles:
    """Actors, targets and place of `trigger` in its sentence of `body`.

    `mentions` are the sentence's named mentions; `earlier` the article's mentions before
    the sentence (for "er" and relative pronouns). Without a named actor, the subject noun
    phrase ("Die Behörden") or an event noun's genitive ("der EU-Kommission") is the actor,
    with kind "".
    """
    roles = Roles()
    clause = trigger.head.clause
    in_clause = [m for m in mentions if _clause_at(tokens, m.start) == clause] or (
        [] if trigger.verbal else mentions)
    passive = trigger.verbal and any(t.lower in _PASSIVE_AUXILIARIES for t in tokens if t.clause == clause)
    core: list[Mention] = []
    for mention in in_clause:
        if trigger.head.start <= mention.start < trigger.head.end:  # "Nordkorea-Reise": the place of the event
            if mention.kind == "LOC":
                roles.place = _span(mention)
            continue
        preposition = _preposition_before(tokens, mention.start)
        if not trigger.verbal and _genitive_next_to(tokens, trigger, mention):
            roles.actors.append(_span(mention))
        elif preposition is None:
            core.append(mention)
        elif _is_agent(preposition, trigger, passive):
            roles.actors.append(_span(mention))
        elif trigger.event_type in _TARGET_PREPOSITIONS.get(preposition, ()):
            roles.targets.append(_span(mention))
        elif preposition in _PLACE_PREPOSITIONS and mention.kind == "LOC" and roles.place is None:
            roles.place = _span(mention)
    _assign_core(roles, core, tokens, trigger, passive)
    _resolve_pronouns(roles, tokens, trigger, mentions, earlier)
    if not roles.actors and not passive:
        phrase = (_subject_phrase(body, tokens, trigger) if trigger.verbal
                  else _genitive_phrase(body, tokens, trigger))
        if phrase is not None:
            roles.actors.append(phrase)
    return roles


def _subject_phrase(body: str, tokens: list[Token], trigger: Trigger) -> Span | None:
    """Without a named actor, the noun phrase before the verb that no preposition governs:
    "Etwa 1.500 Gegendemonstranten demonstrierten", "Die Behörden wollen ... ausweisen".
    Conservative, since a wrong actor is worse than none: never the sentence's first word
    ("Demnach", "Am"), never an event noun ("eine Partnerschaft vereinbaren"), never for a
    zu-infinitive ("..., seine U-Boote an Peking zu liefern" has no subject)."""
    head_index = trigger.head.index
    if head_index and tokens[head_index - 1].lower == "zu":
        return None
    clause = [t for t in tokens if t.clause == trigger.head.clause and t.index < head_index]
    first_word = next((t for t in tokens if t.is_word), None)
    for position, token in enumerate(clause):
        if (token.is_word and token.is_capitalised and token is not first_word and token.lower not in _SKIPPABLE
                and noun_head(token) is None and _preposition_before(tokens, token.start) is None):
            return _phrase_span(body, clause[:position + 1])
    return None


def _genitive_phrase(body: str, tokens: list[Token], trigger: Trigger) -> Span | None:
    """The genitive after an event noun: "Gespräche der OPEC-Staaten", "Beschluss der EU-Kommission"."""
    following = tokens[trigger.head.index + 1:trigger.head.index + 5]
    if len(following) >= 2 and following[0].lower in ("der", "des") and following[1].is_word:
        words = [following[0]]
        for token in following[1:]:
            if not token.is_word:
                break
            words.append(token)
            if token.is_capitalised:
                return _phrase_span(body, words)
    return None


def _phrase_span(body: str, upto: list[Token]) -> Span:
    """The noun phrase ending at `upto[-1]`, with the articles, numbers, quantifiers and
    adjectives right before it ("Etwa 1.500 Gegendemonstranten", "die russische Regierung")."""
    head = start = upto[-1]
    for token in reversed(upto[:-1]):
        word = token.lower
        if not (word in _SKIPPABLE or word in _QUANTIFIERS or word[:1].isdigit()
                or (word[:1].islower() and word.endswith(("e", "en", "er", "es", "em")) and token.is_word)):
            break
        start = token
    return Span(start.start, head.end, body[start.start:head.end], "")


def _is_agent(preposition: str, trigger: Trigger, passive: bool) -> bool:
    """"von X" in the passive; "von/aus X" with a receiving verb ("Raketen aus Nordkorea erhalten")."""
    if passive and preposition in ("von", "vom", "durch"):
        return True
    return trigger.lemma in _RECEIVING_VERBS and preposition in ("von", "vom", "aus")


def _assign_core(roles: Roles, core: list[Mention], tokens: list[Token], trigger: Trigger, passive: bool) -> None:
    if not core:
        return
    first_group = [core[0]]
    for previous, mention in zip(core, core[1:], strict=False):
        between = [t.lower for t in tokens if previous.end <= t.start < mention.start]
        if between and all(w in ("und", ",", "sowie") for w in between):
            first_group.append(mention)
        else:
            break
    rest = core[len(first_group):]
    spans_first, spans_rest = [_span(m) for m in first_group], [_span(m) for m in rest]
    if passive or trigger.lemma in _RECEIVING_VERBS:
        roles.targets.extend(spans_first)
        roles.actors.extend(spans_rest if trigger.lemma in _RECEIVING_VERBS else [])
    else:
        roles.actors.extend(spans_first)
        roles.targets.extend(spans_rest)


def _resolve_pronouns(roles: Roles, tokens: list[Token], trigger: Trigger, mentions: list[Mention],
                      earlier: list[Mention]) -> None:
    """Fill a missing actor from "er"/"sie" or a relative pronoun, a missing target from "ihm"."""
    clause_tokens = [t for t in tokens if t.clause == trigger.head.clause and t.is_word]
    if not roles.actors and clause_tokens:
        first = clause_tokens[0]
        if first.lower in _RELATIVE_PRONOUNS and first.clause > 0:
            before = [m for m in mentions if m.end <= first.start]
            if before:
                roles.actors.append(_span(before[-1]))
        pronoun = next((t for t in clause_tokens if t.lower in _PERSONAL_PRONOUNS), None)
        if pronoun is not None and first.lower not in _RELATIVE_PRONOUNS:
            person = [m for m in earlier + mentions if m.kind == "PER" and m.end <= pronoun.start
                      and pronoun.start - m.end <= _PRONOUN_LOOKBACK]
            if person:
                roles.actors.append(_span(person[-1]))
    if not roles.targets and any(t.lower in _OBJECT_PRONOUNS for t in clause_tokens):
        taken = {(a.start, a.end) for a in roles.actors}
        others = [m for m in mentions if m.kind == "PER" and (m.start, m.end) not in taken
                  and m.end <= trigger.head.start]
        if others:
            roles.targets.append(_span(others[0]))


def _clause_at(tokens: list[Token], offset: int) -> int:
    for token in tokens:
        if token.end > offset:
            return token.clause
    return tokens[-1].clause if tokens else 0


def _preposition_before(tokens: list[Token], offset: int) -> str | None:
    """The preposition governing the name at `offset`, skipping articles, adjectives and an
    apposition noun right before the name ("in der Hauptstadt Pjöngjang", "mit Präsident Putin")."""
    index = next((t.index for t in tokens if t.start >= offset), len(tokens))
    for step, back in enumerate(range(index - 1, max(-1, index - 6), -1)):
        word = tokens[back]
        if word.lower in _PREPOSITIONS:
            return word.lower
        if not word.is_word or (word.is_capitalised and word.lower not in _SKIPPABLE and step > 0):
            return None
    return None


def _genitive_next_to(tokens: list[Token], trigger: Trigger, mention: Mention) -> bool:
    """"Putins Reise" (genitive just before) or "der Besuch Schoigus" (just after)."""
    if not mention.text.endswith("s"):
        return False
    head = trigger.head
    before = [t for t in tokens if mention.end <= t.start < head.start]
    after = [t for t in tokens if head.end <= t.start < mention.start]
    return (not before and mention.end <= head.start) or (not after and mention.start >= head.end)


def _span(mention: Mention) -> Span:
    return Span(mention.start, mention.end, mention.text, mention.kind)
