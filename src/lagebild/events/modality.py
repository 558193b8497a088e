"""Is the event stated as fact? Negation, speculation, plans and reported speech in German.

lagebild never states speculation or a denial as fact, so every event carries one modality,
the strongest that applies (in this order):
- "denied": a party denies it ("Die Waffenlieferungen, die beide Staaten bestreiten"; an event
  inside a claim whose stance is "denies");
- "negated": "nicht", "kein", "nie" in its clause (for an event noun: right before it);
- "possible": könnte, dürfte, möglicherweise, vermutlich, angeblich, "soll ... haben",
  "Spekuliert wurde", "wird verdächtigt"; or inside a speculative claim;
- "planned": will/wollen/plant/soll + infinitive, werde + infinitive (for an event noun:
  "der geplante/bevorstehende Besuch");
- "reported": Konjunktiv I ("habe", "sei", "hätten ... verständigt"), "laut"/"zufolge"/"hieß
  es" in the sentence, or inside an attributed claim's content ("nach US-Erkenntnissen ...");
- "asserted" otherwise.
Cost: O(tokens of the clause).
"""

from __future__ import annotations

from lagebild.events.clauses import Token
from lagebild.model import Claim, Modality

_NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "weder"})
_SPECULATION = frozenset({
    "könnte", "könnten", "dürfte", "dürften", "möglicherweise", "vermutlich", "angeblich", "mutmaßlich",
    "spekuliert", "vermutet", "verdächtigt", "gerüchte", "anzeichen", "womöglich", "eventuell",
    "wahrscheinlich", "offenbar", "sollte", "würde", "würden", "wäre",
})  # fmt: skip
_RUMOUR_MODALS = frozenset({"soll", "sollen"})  # "soll ... gekauft haben": reportedly
_PERFECT_AUXILIARIES = frozenset({"haben", "sein", "worden"})
_PLANS = frozenset({
    "will", "wollen", "wollte", "wollten", "plant", "planen", "geplant", "geplante", "geplanten",
    "beabsichtigt", "bevorstehend", "bevorstehenden", "künftig", "morgen", "demnächst",
})  # fmt: skip
_FUTURE_AUXILIARIES = frozenset({"wird", "werden", "werde"})
_KONJUNKTIV = frozenset({
    "habe", "hätten", "hätte", "sei", "seien", "werde", "könne", "müsse", "solle", "wolle", "gebe",
    "liefere", "unterstütze",
})  # fmt: skip
_REPORTING = frozenset({"laut", "zufolge", "hieß", "heißt"})  # speech verbs count through the claim they cue
_PLANNED_NOUN = frozenset({"geplant", "geplante", "geplanten", "bevorstehende", "bevorstehenden", "anstehende",
                           "anstehenden", "künftige", "künftigen", "angekündigte", "angekündigten"})


def event_modality(tokens: list[Token], trigger: Token, verbal: bool, has_denial: bool,
                   claim: Claim | None) -> Modality:
    """The modality of the event named by `trigger` in the sentence `tokens`.

    `verbal`: the trigger is a verb (its clause's negation, modal and tense apply to it); for
    an event noun only the words right before it do ("keine Gespräche", "der geplante
    Besuch"): in "wollte sich nach dem Treffen nicht äußern" the meeting took place.
    `has_denial`: another clause of the sentence denies something (the event is its object);
    `claim`: the claim whose content contains the event, if any.
    """
    words = [t.lower for t in tokens if t.clause == trigger.clause and t.is_word]
    before = [t.lower for t in tokens[max(0, trigger.index - 3):trigger.index] if t.is_word]
    sentence = [t.lower for t in tokens if t.is_word]
    if has_denial or (claim is not None and claim.stance == "denies"):
        return "denied"
    if _NEGATIONS.intersection(words if verbal else before):
        return "negated"
    if _SPECULATION.intersection(sentence) or _is_rumour(sentence, words) or (claim is not None and claim.stance == "speculates"):
        return "possible"
    if (_PLANS.intersection(words) or _is_future(words)) if verbal else _PLANNED_NOUN.intersection(before):
        return "planned"
    if _KONJUNKTIV.intersection(words) or _REPORTING.intersection(sentence) or claim is not None:
        return "reported"
    return "asserted"


def _is_rumour(sentence: list[str], clause: list[str]) -> bool:
    """"Putin soll ..., und Munition gekauft haben": "soll" anywhere, a perfect at the clause end."""
    return bool(_RUMOUR_MODALS.intersection(sentence)) and bool(_PERFECT_AUXILIARIES.intersection(clause[-3:]))


def _is_future(words: list[str]) -> bool:
    """"wird ... teilnehmen", "soll ... empfangen" (future), not "wird begrüßt" (passive: a participle)."""
    if not (_FUTURE_AUXILIARIES | _RUMOUR_MODALS).intersection(words) or not words:
        return False
    last = words[-1]
    if last in _FUTURE_AUXILIARIES and len(words) > 1:  # subordinate clause: "..., dass sie teilnehmen werde"
        last = words[-2]
    return last.endswith(("en", "ern", "eln")) and not last.startswith("ge") and "worden" not in words
