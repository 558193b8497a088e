"""The event types lagebild recognises: a compact set in the spirit of PLOVER.

PLOVER (the open successor of CAMEO, used by POLECAT) has 16 root types; lagebild keeps the
ones German news about politics and conflict reports most, split where an analyst asks
different questions (a visit vs. talks, a denial vs. an accusation), and adds `travel`
because arrivals and departures date a story. Statements themselves are not events here:
who says what is a `Claim` (`lagebild.events.claims`); what a statement reports can be one.

Each type: what counts, with the German words that typically name it (the full lexicon,
verbs and nouns, is `lagebild.events.lexicon`).
"""

from __future__ import annotations

EVENT_TYPES: dict[str, str] = {
    "meet": "a meeting or visit between parties (treffen, besuchen, empfangen; Treffen, Besuch, Gipfel)",
    "agree": "an agreement, signature, treaty or deal (vereinbaren, unterzeichnen, sich einigen; Abkommen)",
    "consult": "talks, negotiations, consultations, calls (verhandeln, beraten, sich austauschen; Gespräch)",
    "supply": "delivery of weapons, food, energy, money or aid, handing over (liefern, schicken; Lieferung)",
    "sanction": "sanctions, bans, restrictions, expulsions, closures (verhängen, verbieten; Sanktionen)",
    "support": "support, praise, thanks, endorsement (unterstützen, loben, danken; Unterstützung)",
    "accuse": "accusation, criticism, condemnation (vorwerfen, kritisieren, verurteilen; Vorwurf)",
    "deny": "denial of an allegation (dementieren, bestreiten, zurückweisen; Dementi)",
    "threaten": "threats and warnings of consequences (drohen, warnen; Drohung, Ultimatum)",
    "attack": "attack, fighting, firing, killing, war (angreifen, beschießen, töten; Angriff, Krieg)",
    "mobilise": "military mobilisation, deployment, exercise, parade, missile test (Manöver, stationieren)",
    "protest": "protest, demonstration, strike, riot (protestieren, demonstrieren; Kundgebung)",
    "decide": "vote, decision, law passed, election, appointment, ruling (abstimmen, beschließen; Urteil)",
    "travel": "arrival, departure, travel, flight (reisen, eintreffen, abreisen; Reise, Ankunft)",
}

#: Types that describe the same happening when they share participants and date: a visit
#: during which two leaders talked is one timeline entry, not two.
COMPATIBLE_TYPES: tuple[frozenset[str], ...] = (frozenset({"meet", "consult"}),)


def compatible(type_a: str, type_b: str) -> bool:
    """Whether events of these two types may be merged into one timeline entry."""
    return type_a == type_b or any(type_a in group and type_b in group for group in COMPATIBLE_TYPES)
