"""One article's mentions grouped: short forms, inflections, transliterations; ambiguity and kinds respected."""

from __future__ import annotations

import re

from lagebild.entities import unify_mentions
from lagebild.model import Mention


def mentions_of(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    """Hand-made NER: every whole-word occurrence of each (surface, kind), longest surfaces first."""
    taken: set[int] = set()
    found: list[Mention] = []
    for surface, kind in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not taken & set(range(m.start(), m.end())):
                taken |= set(range(m.start(), m.end()))
                found.append(Mention(m.start(), m.end(), m.group(), kind))
    return sorted(found, key=lambda m: m.start)


def groups(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(e.kind, e.name, [m.text for m in e.mentions]) for e in unify_mentions(mentions_of(text, names))]


def test_short_forms_and_genitives_join_the_full_name() -> None:
    text = ("Wladimir Putin empfing Sergej Schoigu. Putins Minister Schoigu berichtete; "
            "Schoigus Reise dauerte drei Tage, sagte Putin.")
    names = [("Wladimir Putin", "PER"), ("Putins", "PER"), ("Putin", "PER"), ("Sergej Schoigu", "PER"),
             ("Schoigu", "PER"), ("Schoigus", "PER")]
    assert groups(text, names) == [
        ("PER", "Wladimir Putin", ["Wladimir Putin", "Putins", "Putin"]),
        ("PER", "Sergej Schoigu", ["Sergej Schoigu", "Schoigu", "Schoigus"]),
    ]


def test_transliterations_join() -> None:
    text = ("Sergei Shoigu traf in Pyongyang ein. Später nannte ihn die Agentur Schojgu. "
            "In Pjöngjang und Pjöngjangs Vororten war es ruhig. Kim Jong-un und Kim Jong Un sind einer.")
    names = [("Sergei Shoigu", "PER"), ("Schojgu", "PER"), ("Pyongyang", "LOC"), ("Pjöngjang", "LOC"),
             ("Pjöngjangs", "LOC"), ("Kim Jong-un", "PER"), ("Kim Jong Un", "PER")]
    assert [(k, n, len(ms)) for k, n, ms in groups(text, names)] == [
        ("PER", "Sergei Shoigu", 2),
        ("LOC", "Pjöngjang", 3),
        ("PER", "Kim Jong Un", 2),
    ]


def test_demonyms_and_adjectives_stay_apart_from_places() -> None:
    text = "Russland schickt Soldaten. Die Russen und die russische Armee. Nordkorea und die Nordkoreaner."
    names = [("Russland", "LOC"), ("Russen", "LOC"), ("russische", "LOC"), ("Nordkorea", "LOC"),
             ("Nordkoreaner", "LOC")]
    assert len(groups(text, names)) == 5


def test_bare_kim_stays_apart_when_two_kims_are_named() -> None:
    text = "Kim Jong Un und seine Schwester Kim Yo Jong kamen an. Kim sprach zuerst."
    names = [("Kim Jong Un", "PER"), ("Kim Yo Jong", "PER"), ("Kim", "PER")]
    entities = unify_mentions(mentions_of(text, names))
    assert [e.name for e in entities] == ["Kim Jong Un", "Kim Yo Jong", "Kim"]
    assert entities[2].ambiguous


def test_bare_kim_joins_the_only_kim() -> None:
    text = "Kim Jong Un kam an. Kim sprach zuerst, Kims Delegation danach."
    names = [("Kim Jong Un", "PER"), ("Kim", "PER"), ("Kims", "PER")]
    assert groups(text, names) == [("PER", "Kim Jong Un", ["Kim Jong Un", "Kim", "Kims"])]


def test_kinds_must_agree() -> None:
    text = "George Washington wurde geehrt. In Washington regnete es."
    names = [("George Washington", "PER"), ("Washington", "LOC")]
    assert groups(text, names) == [
        ("PER", "George Washington", ["George Washington"]),
        ("LOC", "Washington", ["Washington"]),
    ]


def test_acronym_joins_organisation() -> None:
    text = "Die Korean Central News Agency meldete es. KCNA zitierte Kim."
    names = [("Korean Central News Agency", "ORG"), ("KCNA", "ORG")]
    assert groups(text, names) == [("ORG", "Korean Central News Agency", ["Korean Central News Agency", "KCNA"])]
