"""Timeline merging, ordering, conflicts and background on constructed events."""

from __future__ import annotations

from lagebild.model import Article, Event, Span, Story
from lagebild.stories.timeline import build_timeline
from lagebild.stories.timeline_conflicts import number_conflicts, quantities

ENTITIES = {"Kim": ("e-kim", "Kim Jong Un"), "Schoigu": ("e-sch", "Sergej Schoigu"),
            "Shoigu": ("e-sch", "Sergej Schoigu"), "Putin": ("e-put", "Wladimir Putin")}


def _lookup(article: str, span: Span) -> tuple[str, str] | None:
    return ENTITIES.get(span.text)


def _event(article: Article, n: int, event_type: str, sentence: str, actors: list[str],
           date: str | None, trigger: str = "traf") -> Event:
    start = article.body.index(sentence)
    spans = [Span(start + sentence.index(a), start + sentence.index(a) + len(a), a, "PER") for a in actors]
    return Event(f"{article.id}:e{n}", article.id, event_type, start, start + len(sentence), trigger,
                 actors=spans, date=date, confidence=0.8)


def _article(article_id: str, body: str, published: str | None) -> Article:
    return Article(id=article_id, source=article_id, format="txt", body=body, published=published)


def test_same_meeting_from_two_outlets_is_one_entry_with_the_known_date() -> None:
    a = _article("a", "Kim und Schoigu trafen sich, hieß es.", "2023-07-28")
    b = _article("b", "Kim und Shoigu trafen sich am Mittwoch.", "2023-07-28")
    a.events = [_event(a, 0, "meet", a.body, ["Kim", "Schoigu"], None)]
    b.events = [_event(b, 0, "consult", b.body, ["Kim", "Shoigu"], "2023-07-26")]
    timeline = build_timeline(Story("s", "t", ["a", "b"]), [a, b], _lookup)
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert entry.date == "2023-07-26" and entry.sources == ["a", "b"]
    assert entry.actors == ["Kim Jong Un", "Sergej Schoigu"]


def test_different_dates_stay_apart_and_entries_are_ordered_by_event_date() -> None:
    a = _article("a", "Putin traf Kim im September. Putin traf Kim im Juni.", "2024-06-20")
    a.events = [_event(a, 0, "meet", "Putin traf Kim im September.", ["Putin", "Kim"], "2023-09"),
                _event(a, 1, "meet", "Putin traf Kim im Juni.", ["Putin", "Kim"], "2024-06")]
    timeline = build_timeline(Story("s", "t", ["a"]), [a], _lookup)
    assert [e.date for e in timeline.entries] == ["2023-09", "2024-06"]
    assert timeline.entries[0].background and not timeline.entries[1].background


def test_near_dates_from_two_sources_merge_with_a_date_conflict() -> None:
    a = _article("a", "Kim traf Putin am Dienstag.", "2024-06-20")
    b = _article("b", "Kim traf Putin am Mittwoch.", "2024-06-20")
    a.events = [_event(a, 0, "meet", a.body, ["Kim", "Putin"], "2024-06-18")]
    b.events = [_event(b, 0, "meet", b.body, ["Kim", "Putin"], "2024-06-19")]
    entry, = build_timeline(Story("s", "t", ["a", "b"]), [a, b], _lookup).entries
    assert entry.conflicts == ["date: 2024-06-18 (a) vs 2024-06-19 (b)"]


def test_undated_events_need_two_shared_participants_or_the_same_trigger() -> None:
    a = _article("a", "Kim traf Putin 2023. Kim verhängte Sanktionen.", "2023-07-28")
    a.events = [_event(a, 0, "meet", "Kim traf Putin 2023.", ["Kim", "Putin"], "2023"),
                _event(a, 1, "meet", "Kim verhängte Sanktionen.", ["Kim"], None, trigger="Gipfel")]
    assert len(build_timeline(Story("s", "t", ["a"]), [a], _lookup).entries) == 2


def test_undated_article_is_read_against_its_story_mates_date() -> None:
    dated = _article("a", "Ein Bericht.", "2023-07-28")
    undated = _article("b", "Kim traf Schoigu am Mittwoch in Pjöngjang.", None)
    from lagebild.model import Mention
    undated.mentions = [Mention(0, 3, "Kim", "PER"), Mention(9, 16, "Schoigu", "PER")]
    entries = build_timeline(Story("s", "t", ["a", "b"]), [dated, undated], _lookup).entries
    assert [e.date for e in entries] == ["2023-07-26"]


def test_number_conflict_between_sources() -> None:
    conflicts = number_conflicts({"a": "mit bis zu vier Millionen Toten", "b": "zwischen zwei und vier Millionen Koreaner"})
    assert len(conflicts) == 1 and "Millionen" in conflicts[0] and "(a)" in conflicts[0]
    assert number_conflicts({"a": "rund 10.000 Container", "b": "rund 10.000 Container"}) == []


def test_quantities_skip_years_and_ordinals() -> None:
    found = quantities("Am 70. Jahrestag 2023 kamen 17 von 54 Staatschefs und 20 bis 30 Soldaten.")
    assert [(q.counts, q.low, q.high) for q in found] == [("Staatschefs", 54.0, 54.0), ("Soldaten", 20.0, 30.0)]
