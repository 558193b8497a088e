"""The event extractor on short hand-written German sentences (mentions given, no NER model)."""

from __future__ import annotations

import re

import pytest

from lagebild.events import EVENT_TYPES, find_events
from lagebild.model import Article, Claim, Event, Mention, Span
from lagebild.time import find_timexes


def _article(body: str, names: dict[str, str], published: str | None = "2023-07-28") -> Article:
    """An article whose mentions are every occurrence of the given names (name -> kind)."""
    mentions = [Mention(m.start(), m.end(), m.group(), kind)
                for name, kind in names.items() for m in re.finditer(re.escape(name), body)]
    article = Article(id="a1", source="test", format="txt", body=body, language="de", published=published,
                      mentions=sorted(mentions, key=lambda m: m.start))
    article.timexes = find_timexes(body, published)
    return article


def _only(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


def test_separable_verb_joins_its_particle() -> None:
    body = "Der Minister reist am Montag nach Moskau an."
    event = _only(find_events(_article(body, {"Moskau": "LOC"}), []), "travel")
    assert event.trigger == "reist ... an"
    assert event.place is not None and event.place.text == "Moskau"
    assert event.date == "2023-07-24"


def test_particle_before_a_conjunction() -> None:
    body = "Schoigu nahm an einer Militärparade teil und sprach mit Kim."
    events = find_events(_article(body, {"Schoigu": "PER", "Kim": "PER"}), [])
    assert [e.event_type for e in events][:1] == ["mobilise"]  # attending a parade is the parade
    assert events[0].trigger == "nahm ... teil"


def test_actor_target_and_place() -> None:
    body = "Kim empfing Schoigu am Mittwoch in Pjöngjang."
    event = _only(find_events(_article(body, {"Kim": "PER", "Schoigu": "PER", "Pjöngjang": "LOC"}), []), "meet")
    assert [a.text for a in event.actors] == ["Kim"]
    assert [t.text for t in event.targets] == ["Schoigu"]
    assert event.place is not None and event.place.text == "Pjöngjang"
    assert event.date == "2023-07-26"


def test_nominal_event_with_genitive_actor_and_destination() -> None:
    body = "Die Waffenlieferungen Nordkoreas nach Russland gehen weiter."
    event = _only(find_events(_article(body, {"Nordkoreas": "LOC", "Russland": "LOC"}), []), "supply")
    assert [a.text for a in event.actors] == ["Nordkoreas"]
    assert event.place is not None and event.place.text == "Russland"


def test_noun_in_a_time_phrase_is_still_an_event() -> None:
    body = "Vor Putins Besuch begann die Marine ein Manöver."
    events = find_events(_article(body, {"Putins": "PER"}), [])
    assert [e.event_type for e in events] == ["meet", "mobilise"]  # the visit happened too
    assert [a.text for a in events[0].actors] == ["Putins"]


def test_participles_used_as_adjectives_are_no_triggers() -> None:
    body = "Die unterstützend eingesetzten Kräfte und die verhängten Sanktionen blieben. Sie spenden Geld."
    assert [e.trigger for e in find_events(_article(body, {}), [])] == ["Sanktionen", "spenden"]


@pytest.mark.parametrize(("body", "event_type"), [
    ("Er wurde zu zehn Jahren Haft verurteilt.", "decide"),
    ("Die Regierung verurteilte den Angriff scharf.", "accuse"),
    ("Das Amt warnt vor Böen.", None),
    ("Moskau drohte mit Gegenmaßnahmen.", "threaten"),
    ("Ihm droht die Todesstrafe.", None),
])
def test_verbs_whose_sense_depends_on_a_companion_word(body: str, event_type: str | None) -> None:
    types = [e.event_type for e in find_events(_article(body, {}), []) if e.event_type != "attack"]
    assert types == ([event_type] if event_type else [])


def test_compound_look_alikes_are_no_events() -> None:
    assert find_events(_article("Die Preise für Strom im Kreis steigen stark an.", {}), []) == []


@pytest.mark.parametrize(("body", "modality"), [
    ("Russland könnte von Nordkorea Raketen kaufen.", "possible"),
    ("Putin soll Munition aus Nordkorea gekauft haben.", "possible"),
    ("Putin will am Mittwoch nach Vietnam weiterreisen.", "planned"),
    ("Kim und Schoigu hätten sich über Sicherheitsfragen verständigt, hieß es.", "reported"),
    ("Kim traf Putin nicht.", "negated"),
    ("Kim traf Putin in Moskau.", "asserted"),
])
def test_modality(body: str, modality: str) -> None:
    names = {"Russland": "LOC", "Nordkorea": "LOC", "Putin": "PER", "Kim": "PER", "Schoigu": "PER",
             "Vietnam": "LOC", "Moskau": "LOC"}
    events = [e for e in find_events(_article(body, names), []) if e.event_type != "deny"]
    assert events and events[0].modality == modality


def test_denied_event_inside_a_relative_clause_denial() -> None:
    body = "Die Waffenlieferungen, die beide Staaten bestreiten, verstoßen gegen Sanktionen."
    events = find_events(_article(body, {}), [])
    assert _only(events, "supply").modality == "denied"
    assert _only(events, "deny").trigger == "bestreiten"


def test_event_inside_a_denial_claim_is_denied() -> None:
    body = "Nordkorea bestreitet, dass es Waffen nach Russland liefert."
    content = Span(body.index("dass"), len(body) - 1, body[body.index("dass"):-1])
    claim = Claim("a1:c0", "a1", 0, len(body), content, None, None, stance="denies", form="indirect")
    events = find_events(_article(body, {"Nordkorea": "LOC", "Russland": "LOC"}), [claim])
    assert _only(events, "supply").modality == "denied"


def test_pronoun_actor_points_back_to_the_last_person() -> None:
    body = "Putin lobte die Gastgeber. Dann reiste er nach Vietnam weiter."
    event = _only(find_events(_article(body, {"Putin": "PER", "Vietnam": "LOC"}), []), "travel")
    assert [a.text for a in event.actors] == ["Putin"]


def test_interval_and_continued_date() -> None:
    body = ("Der Krieg dauerte von 1950 bis 1953 und kostete Millionen das Leben. "
            "Am Mittwoch kam es an der Grenze zu Spannungen. "
            "Demnach seien Soldaten auf südliches Territorium gelangt.")
    events = find_events(_article(body, {}), [])
    assert _only(events, "attack").date == "1950/1953"
    assert _only(events, "travel").date == "2023-07-26"  # carried over from the sentence before


def test_every_type_is_documented_and_offsets_hold() -> None:
    body = "Kim traf Putin. Russland verhängte Sanktionen gegen Nordkorea."
    for event in find_events(_article(body, {"Kim": "PER", "Putin": "PER", "Russland": "LOC",
                                             "Nordkorea": "LOC"}), []):
        assert event.event_type in EVENT_TYPES
        assert body[event.start:event.end].endswith(".")
        for span in event.actors + event.targets:
            assert body[span.start:span.end] == span.text


def test_determiner_and_names_are_no_triggers() -> None:
    body = "Vor einigen Monaten wollte Bündnis 90/Die Grünen mehr Geld für Schulen."
    assert find_events(_article(body, {"Bündnis 90/Die Grünen": "ORG"}), []) == []
    body = "Die Parteien einigten sich auf einen Vertrag."
    assert [e.event_type for e in find_events(_article(body, {}), [])] == ["agree"]


def test_idioms_with_treffen_are_no_meetings() -> None:
    body = "Die Regierung traf eine Entscheidung. Die Pläne trafen auf Ablehnung."
    assert [e.event_type for e in find_events(_article(body, {}), [])] == ["decide"]  # the decision, no meeting


def test_a_table_flattened_into_one_sentence_is_skipped() -> None:
    body = " ".join(["Putin traf Kim"] * 100) + "."
    assert find_events(_article(body, {"Putin": "PER", "Kim": "PER"}), []) == []


def test_attributive_participle_with_a_phrase_in_between_and_finite_verb_after_subject() -> None:
    body = "Der Minister besuchte die in Afghanistan stationierten Truppen. Die USA verhängten Sanktionen."
    events = find_events(_article(body, {"Afghanistan": "LOC", "USA": "LOC"}), [])
    assert [(e.event_type, e.trigger) for e in events] == [("meet", "besuchte"), ("sanction", "verhängten")]


def test_sentence_initial_verb_form() -> None:
    body = "Kritisiert wird vor allem, dass die Regeln nicht gelten."
    assert [e.event_type for e in find_events(_article(body, {}), [])] == ["accuse"]


def test_common_noun_subject_and_genitive_become_actors_when_no_name_acts() -> None:
    body = "Die Behörden verhängten eine Ausgangssperre. Der Beschluss der EU-Kommission fiel am Montag."
    events = find_events(_article(body, {}), [])
    assert [(e.event_type, [a.text for a in e.actors]) for e in events] == [
        ("sanction", ["Die Behörden"]), ("decide", ["der EU-Kommission"])]
    assert all(body[a.start:a.end] == a.text and a.kind == "" for e in events for a in e.actors)
