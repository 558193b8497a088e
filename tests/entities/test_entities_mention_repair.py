"""Mention repair on sentences written for these tests: each rule, its non-matches, exact offsets, idempotence."""

from __future__ import annotations

import pytest

from lagebild.entities.mention_repair import repair_mentions
from lagebild.model import Mention


def tag(body: str, *spans: tuple[str, str, int]) -> list[Mention]:
    """Mentions of (text, kind, nth occurrence) in body, as a tagger would return them."""
    out = []
    for text, kind, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = body.index(text, start + 1)
        out.append(Mention(start, start + len(text), text, kind))
    return out


def texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in mentions]


def check(body: str, mentions: list[Mention]) -> list[Mention]:
    repaired = repair_mentions(body, mentions)
    assert all(body[m.start:m.end] == m.text for m in repaired)
    assert all(a.end <= b.start for a, b in zip(repaired, repaired[1:], strict=False))
    assert repair_mentions(body, repaired) == repaired  # idempotent
    return repaired


def test_glued_persons_are_split_into_the_known_names() -> None:
    body = ("Ministerin Anna Berglund traf Ole Varnholt in Kiel. Später empfing Ole Berglund im Rathaus. "
            "Ole lachte.")
    mentions = tag(body, ("Anna Berglund", "PER", 0), ("Ole Varnholt", "PER", 0), ("Kiel", "LOC", 0),
                   ("Ole Berglund", "PER", 0), ("Ole", "PER", 2))
    assert texts(check(body, mentions)) == [
        ("Anna Berglund", "PER"), ("Ole Varnholt", "PER"), ("Kiel", "LOC"), ("Ole", "PER"),
        ("Berglund", "PER"), ("Ole", "PER")]


def test_glued_places_and_trailing_common_noun() -> None:
    body = "In Tirana regnet es. Laut Bericht lieferte Tirana Skopje Strom. Skopje schweigt. Varnholts Reise endet."
    mentions = tag(body, ("Tirana", "LOC", 0), ("Tirana Skopje", "LOC", 0), ("Skopje", "LOC", 1),
                   ("Varnholts Reise", "ORG", 0))
    body2_mentions = [*mentions]
    repaired = check(body, body2_mentions)
    assert ("Tirana", "LOC") in texts(repaired) and ("Skopje", "LOC") in texts(repaired)
    assert ("Varnholts Reise", "ORG") in texts(repaired)  # no full name "X Varnholt" here: left alone


def test_inflected_short_form_loses_trailing_noun() -> None:
    body = "Ole Varnholt regiert. Gegen Varnholts Regime protestieren viele."
    repaired = check(body, tag(body, ("Ole Varnholt", "PER", 0), ("Varnholts Regime", "PER", 0)))
    assert texts(repaired) == [("Ole Varnholt", "PER"), ("Varnholts", "PER")]


def test_unknown_span_is_left_whole() -> None:
    body = "Die Söldnertruppe Brandholm kämpft. Hans Peter Müller sprach mit Müller."
    mentions = tag(body, ("Söldnertruppe Brandholm", "PER", 0), ("Hans Peter Müller", "PER", 0), ("Müller", "PER", 1))
    assert texts(check(body, mentions))[:2] == [("Söldnertruppe Brandholm", "PER"), ("Hans Peter Müller", "PER")]


def test_full_name_with_glued_place_seen_elsewhere() -> None:
    body = ("Tirana wartet. Im Juli hatte Minister Ole Lars Varnholt Tirana besucht. "
            "Varnholt nahm an einer Parade teil.")
    repaired = check(body, tag(body, ("Ole Lars Varnholt Tirana", "PER", 0)))
    assert ("Ole Lars Varnholt", "PER") in texts(repaired)
    assert ("Varnholt", "PER") in texts(repaired)
    assert not any("Tirana" in m.text for m in repaired)  # never tagged here: its kind is not guessed


def test_surname_variants_and_genitive_are_propagated() -> None:
    body = "Minister Sergej Wolkow reiste an. Wolkow lächelte. Wolkows Besuch endet, sagt Volkov."
    repaired = check(body, tag(body, ("Sergej Wolkow", "PER", 0)))
    assert texts(repaired) == [("Sergej Wolkow", "PER"), ("Wolkow", "PER"), ("Wolkows", "PER"), ("Volkov", "PER")]


def test_propagation_skips_compounds_determiners_neighbours_and_covered() -> None:
    body = ("Machthaber Jin Ha Dol sprach. Die Jin-Dynastie regiert. Jin Yo Sun ist seine Schwester. "
            "Der Bäcker Anton Wagner backt, ein Wagner repariert das Rad. Jin lacht.")
    mentions = tag(body, ("Jin Ha Dol", "PER", 0), ("Jin", "PER", 3), ("Anton Wagner", "PER", 0))
    repaired = check(body, mentions)
    assert texts(repaired) == [("Jin Ha Dol", "PER"), ("Anton Wagner", "PER"), ("Jin", "PER")]


def test_plain_german_words_are_not_propagated() -> None:
    body = "Trainer Jonas Lange bleibt. Lange hat er gewartet."
    repaired = check(body, tag(body, ("Jonas Lange", "PER", 0)))
    assert texts(repaired) == [("Jonas Lange", "PER")]


def test_places_propagate_but_not_in_conflict() -> None:
    body = "Tirana feiert. Die Straßen Tiranas sind voll. Borgund sagte, Borgund liege im Norden."
    mentions = tag(body, ("Tirana", "LOC", 0), ("Borgund", "PER", 0), ("Borgund", "LOC", 1))
    repaired = check(body, mentions)
    assert texts(repaired) == [("Tirana", "LOC"), ("Tiranas", "LOC"), ("Borgund", "PER"), ("Borgund", "LOC")]


@pytest.mark.parametrize(("body", "agency"), [
    ("Das meldete die staatliche Nachrichtenagentur KCNA am Morgen.", "KCNA"),
    ("Laut Interfax fiel der Strom aus.", "Interfax"),
    ("Wie Reuters berichtet, stieg der Kurs.", "Reuters"),
    ("Nach Angaben der Associated Press sank er.", "Associated Press"),
    ("Die Agentur Itar-Tass schwieg.", "Itar-Tass"),
])
def test_news_agencies_become_organisations(body: str, agency: str) -> None:
    assert texts(check(body, [])) == [(agency, "ORG")]


def test_agency_not_inside_compound_or_lower_case_and_relabelled_when_tagged() -> None:
    assert check("Ein dpa-Korrespondent und ap sowie eine Kcna-Meldung.", []) == []
    body = "Laut Interfax fiel der Strom aus."
    assert texts(check(body, tag(body, ("Interfax", "LOC", 0)))) == [("Interfax", "ORG")]


def test_person_short_form_tagged_as_place_is_relabelled_and_edges_trimmed() -> None:
    body = "Machthaber Jin Ha Dol reist. Jin\u00a0lacht. Es ist Jins erster Besuch, sagt Jin."
    mentions = tag(body, ("Jin Ha Dol", "PER", 0), ("Jin\u00a0", "PER", 0), ("Jins", "LOC", 0))
    repaired = check(body, mentions)
    assert texts(repaired) == [("Jin Ha Dol", "PER"), ("Jin", "PER"), ("Jins", "PER"), ("Jin", "PER")]


def test_genitive_of_a_place_tagged_as_person_is_relabelled() -> None:
    body = "Qarvestadt ist Hauptstadt. In Qarvestadt regnet es. Qarvestadts Bürgermeister sprach in Qarvestadt."
    mentions = tag(body, ("Qarvestadt", "LOC", 0), ("Qarvestadt", "LOC", 1), ("Qarvestadts", "PER", 0),
                   ("Qarvestadt", "LOC", 3))
    assert ("Qarvestadts", "LOC") in texts(check(body, mentions))


def test_a_person_named_like_a_place_here_stays_a_person() -> None:
    # "Ostrowin" is tagged a place once, but the article names the person in full twice.
    body = "Minister Karl Ostrowin reiste ab. Ostrowin sprach. Ostrowins Plan und Karl Ostrowin lachten."
    mentions = tag(body, ("Karl Ostrowin", "PER", 0), ("Ostrowin", "LOC", 1), ("Ostrowins", "PER", 0),
                   ("Karl Ostrowin", "PER", 1))
    assert ("Ostrowins", "PER") in texts(check(body, mentions))
