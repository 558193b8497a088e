"""Find the words that name an event in one sentence: verbs (with separated particles) and nouns.

A verb is a lower-case word whose lemma (or form) is in `lexicon.VERBS`; when the clause ends
in a particle ("reist ... an"), the particle + lemma is tried first ("anreisen"). A noun is a
capitalised word whose compound head is in `lexicon.NOUNS` ("Waffenlieferungen").

Nouns are weaker evidence than verbs: a noun that is the object of an event verb in the same
clause ("den Kampf gegen U-Boote trainieren", "Sanktionen verhängen", "dementiert die Vorwürfe")
is that verb's argument, not a second event, and is dropped. A participle used as an
adjective ("die verhängten Sanktionen") is not a verb trigger. Cost: O(tokens) per sentence with O(1) lookups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.events.clauses import Token, words_by_clause
from lagebild.events.lexicon import (
    EXCLUDES,
    NOT_NOUNS,
    NOUNS,
    PARTICLES,
    REQUIRES,
    RETYPES,
    VERBS,
)

#: Event types that are said rather than done: a noun next to them is what is said about.
_SPEECH_LIKE = frozenset({"deny", "accuse", "support", "threaten"})
#: Articles and possessives: a verb form right after one, before a noun, is an adjective.
_DETERMINERS = frozenset({"der", "die", "das", "dem", "den", "des", "dessen", "deren", "ein", "eine", "einem",
                          "einen", "eines", "seinem", "seines", "seiner", "ihrem", "ihres", "ihrer"})  # fmt: skip
_ATTENDING = frozenset({"teilnehmen"})
_ADJECTIVE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
_PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "vor", "zu", "zum",
                           "zur", "für", "gegen", "über", "unter", "seit", "durch"})  # fmt: skip
_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sowie"})
_MIN_COMPOUND_PREFIX = 3  # "Preise" is not a "Reise": a compound's first part has >= 3 letters


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that name one event: `tokens` are the verb (and its particle) or the noun."""

    event_type: str
    tokens: tuple[Token, ...]
    verbal: bool
    lemma: str

    @property
    def head(self) -> Token:
        return self.tokens[0]


def find_triggers(tokens: list[Token], names: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """The event triggers of one sentence, at most one per type and clause (verbs win).

    `names`: (start, end) of the named mentions; a noun inside a name ("Bündnis 90/Die Grünen",
    "Vertrag von Lissabon") is part of that name, not an event.
    """
    clauses = words_by_clause(tokens)
    verbal = [t for t in (_verb_trigger(tokens, tok, clauses[tok.clause]) for tok in tokens) if t]
    nominal = [t for t in (_noun_trigger(tokens, tok) for tok in tokens) if t
               and not any(s <= t.head.start and t.head.end <= e for s, e in names)]
    verbal = [_attended(v, nominal) for v in verbal]
    acting = {t.head.clause for t in verbal if t.event_type not in _SPEECH_LIKE}
    speaking = {t.head.clause for t in verbal}
    nominal = [n for n in nominal if n.head.clause not in acting
               and not (n.event_type in _SPEECH_LIKE and n.head.clause in speaking)]
    chosen: dict[tuple[int, str], Trigger] = {}
    for trigger in verbal + nominal:
        chosen.setdefault((trigger.head.clause, trigger.event_type), trigger)
    return sorted(chosen.values(), key=lambda t: t.head.index)


def _verb_trigger(tokens: list[Token], token: Token, clause: list[Token]) -> Trigger | None:
    if not token.is_word or token.lower in PARTICLES or _is_attributive(tokens, token):
        return None
    if token.is_capitalised and not _sentence_initial_verb(tokens, token):
        return None
    particle = _separated_particle(tokens, clause, token)
    lemma = token.lemma
    candidates = ([particle.lower + lemma, particle.lower + token.lower] if particle else []) + [lemma, token.lower]
    for candidate in candidates:
        event_type = VERBS.get(candidate)
        if event_type is None:
            continue
        words = {t.lower for t in clause}
        required, excluded = REQUIRES.get(candidate), EXCLUDES.get(candidate)
        if (required and not required & words) or (excluded and excluded & {t.lower for t in tokens}):
            continue
        retype = RETYPES.get(candidate)
        if retype and retype[0] & words:
            event_type = retype[1]
        with_particle = particle is not None and candidate.startswith(particle.lower)
        parts = (token, particle) if with_particle and particle else (token,)
        return Trigger(event_type, parts, verbal=True, lemma=candidate)
    return None


def _sentence_initial_verb(tokens: list[Token], token: Token) -> bool:
    """"Kritisiert wird, dass ...": a capitalised first word that is a verb form, not a noun."""
    first = next((t for t in tokens if t.is_word), None)
    return token is first and noun_head(token) is None and token.lemma.lower() in VERBS and token.lemma != token.lower


def _is_attributive(tokens: list[Token], token: Token) -> bool:
    """A participle used as an adjective names no event of its own: "unterstützend",
    "die kämpfende Truppe", "die verhängten Sanktionen", "den in Afghanistan stationierten
    Truppen" (the noun is the referent). Recognised by its adjective ending, a noun or adjective
    after it, and an article before it with only lower-case words or prepositional phrases in
    between ("Die USA verhängten Sanktionen" has a subject there: a finite verb)."""
    if token.lower.endswith(("end", "ende", "enden", "ender", "endes", "endem")) and token.lemma != token.lower:
        return True  # a present participle; an infinitive ("spenden", "entsenden") is its own lemma
    following = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    if following is None or not following.is_word or not token.lower.endswith(_ADJECTIVE_ENDINGS):
        return False
    for back in range(token.index - 1, max(-1, token.index - 5), -1):
        word = tokens[back]
        if word.lower in _DETERMINERS:
            return True
        before = tokens[back - 1].lower if back else ""
        if not word.is_word or (word.is_capitalised and before not in _PREPOSITIONS):
            return False
    return False


def _attended(verb: Trigger, nominal: list[Trigger]) -> Trigger:
    """"nahm an einer Militärparade teil": attending an event is an event of that event's type."""
    if verb.lemma not in _ATTENDING:
        return verb
    attended = next((n for n in nominal if n.head.clause == verb.head.clause), None)
    return Trigger(attended.event_type, verb.tokens, True, verb.lemma) if attended else verb


def _separated_particle(tokens: list[Token], clause: list[Token], verb: Token) -> Token | None:
    """The particle the verb left behind: after it in the clause, at the clause's end or before a
    conjunction ("nahm an einer Parade teil und ..."); a particle followed by a word is a preposition."""
    for word in clause:
        if word.index <= verb.index or word.lower not in PARTICLES:
            continue
        following = tokens[word.index + 1] if word.index + 1 < len(tokens) else None
        if following is None or not following.is_word or following.lower in _CONJUNCTIONS:
            return word
    return None


def _noun_trigger(tokens: list[Token], token: Token) -> Trigger | None:
    if not token.is_word or not token.is_capitalised or len(token.text) < 4:
        return None
    head = noun_head(token)
    if head is None:
        return None
    return Trigger(NOUNS[head], (token,), verbal=False, lemma=head)


def noun_head(token: Token) -> str | None:
    """The event noun `token` ends in, if any ("Nordkorea-Reise" -> "reise")."""
    for word in _noun_forms(token):
        if any(word.endswith(bad) for bad in NOT_NOUNS):
            return None
        if word in NOUNS:
            return word
        for cut in range(_MIN_COMPOUND_PREFIX, len(word) - 2):
            if word[cut:] in NOUNS:
                return word[cut:]
    return None


def _noun_forms(token: Token) -> list[str]:
    """Lemma, then the last part of a hyphenated compound, then genitive-stripped forms."""
    lemma = token.lemma.lower()
    forms = [lemma, lemma.rsplit("-", 1)[-1]]
    lower = token.lower.rsplit("-", 1)[-1]
    forms += [lower, lower[:-2] if lower.endswith("es") else lower[:-1] if lower.endswith("s") else lower]
    return list(dict.fromkeys(f for f in forms if f))
