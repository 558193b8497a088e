"""detect_reuse on small hand-written articles, against both index implementations."""

from __future__ import annotations

from reuse_texts import (
    AGENCY_PARAGRAPH,
    HARBOUR,
    INSERTED_PHRASE,
    ORCHESTRA,
    QUOTE_A,
    QUOTE_B,
    ROADS_A,
    ROADS_B,
    ROADS_C,
)

from lagebild.model import Article, Passage
from lagebild.reuse import ReuseIndex, detect_reuse, iter_passages, passages_for
from lagebild.reuse.normalise import normalised_words


def art(article_id: str, body: str) -> Article:
    return Article(id=article_id, source=f"test/{article_id}", format="txt", body=body)


def norm(text: str) -> list[str]:
    return [w.norm for w in normalised_words(text)]


def test_exact_duplicate_ignores_whitespace_quotes_and_case(index: ReuseIndex) -> None:
    detect_reuse(art("a", HARBOUR), index)
    copy = HARBOUR.replace(". ", ".\n\n").upper()
    result = detect_reuse(art("b", copy), index)
    assert result.duplicate_of == "a"
    assert result.passages == []
    assert list(iter_passages(index)) == []


def test_empty_bodies_are_not_duplicates_of_each_other(index: ReuseIndex) -> None:
    assert detect_reuse(art("a", ""), index).duplicate_of is None
    assert detect_reuse(art("b", " – "), index) == detect_reuse(art("b", " – "), index)
    assert detect_reuse(art("c", "\n"), index).duplicate_of is None


def test_near_duplicate_with_a_few_words_changed(index: ReuseIndex) -> None:
    detect_reuse(art("a", HARBOUR), index)
    edited = HARBOUR.replace("am Montag", "am Dienstag").replace("mehrere hundert", "rund dreihundert")
    result = detect_reuse(art("b", edited), index)
    assert result.duplicate_of == "a"
    # A near duplicate of a near duplicate points at the original.
    edited_again = edited.replace("in Lübeck", "in Rostock")
    assert detect_reuse(art("c", edited_again), index).duplicate_of == "a"


def test_unrelated_article_is_neither_duplicate_nor_sharing(index: ReuseIndex) -> None:
    detect_reuse(art("a", HARBOUR), index)
    result = detect_reuse(art("b", ORCHESTRA), index)
    assert result.duplicate_of is None
    assert result.passages == []


def test_shared_agency_paragraph_offsets_point_at_it_in_each_body(index: ReuseIndex) -> None:
    bodies = {"a": ROADS_A, "b": ROADS_B}
    detect_reuse(art("a", ROADS_A), index)
    result = detect_reuse(art("b", ROADS_B), index)
    assert result.duplicate_of is None
    assert len(result.passages) == 1
    passage = result.passages[0]
    assert [o.article for o in passage.occurrences] == ["a", "b"]
    for o in passage.occurrences:
        assert norm(bodies[o.article][o.start : o.end]) == norm(AGENCY_PARAGRAPH)
    assert passage.text == ROADS_A[passage.occurrences[0].start : passage.occurrences[0].end]


def test_quote_marks_and_inserted_phrase_still_one_passage(index: ReuseIndex) -> None:
    detect_reuse(art("a", QUOTE_A), index)
    result = detect_reuse(art("b", QUOTE_B), index)
    assert len(result.passages) == 1
    first, second = result.passages[0].occurrences
    in_a, in_b = QUOTE_A[first.start : first.end], QUOTE_B[second.start : second.end]
    assert "Die beiden Außenminister hätten sich über „Fragen der regionalen Sicherheit" in in_a
    assert "Bahnverbindungen“ ausgetauscht, teilte das Ministerium mit" in in_a
    assert INSERTED_PHRASE in in_b
    assert '"Fragen der regionalen Sicherheit' in in_b and "teilte das Ministerium mit" in in_b
    assert result.passages[0].text == in_a


def test_passage_shared_by_three_articles_is_one_group(index: ReuseIndex) -> None:
    bodies = {"a": ROADS_A, "b": ROADS_B, "c": ROADS_C}
    for article_id, body in bodies.items():
        detect_reuse(art(article_id, body), index)
    passages = list(iter_passages(index))
    assert len(passages) == 1
    assert sorted(o.article for o in passages[0].occurrences) == ["a", "b", "c"]
    for o in passages[0].occurrences:
        assert norm(bodies[o.article][o.start : o.end]) == norm(AGENCY_PARAGRAPH)
    assert [len(passages_for(a, index)) for a in bodies] == [1, 1, 1]


def test_detect_is_idempotent(index: ReuseIndex) -> None:
    detect_reuse(art("a", ROADS_A), index)
    first = detect_reuse(art("b", ROADS_B), index)
    size = index.size()
    again = detect_reuse(art("b", ROADS_B), index)
    assert index.size() == size
    assert again.duplicate_of == first.duplicate_of
    assert again.passages == first.passages
    assert detect_reuse(art("a", ROADS_A), index).passages == first.passages


def test_tiny_common_phrases_are_not_passages(index: ReuseIndex) -> None:
    detect_reuse(art("a", HARBOUR), index)
    body = ORCHESTRA + " Reisende mussten teils mehrere Stunden warten."
    assert detect_reuse(art("b", body), index).passages == []


def test_export_shape_matches_bodies(index: ReuseIndex) -> None:
    bodies = {"a": QUOTE_A, "b": QUOTE_B}
    for article_id, body in bodies.items():
        detect_reuse(art(article_id, body), index)
    exported = [_export(p) for p in iter_passages(index)]
    assert len(exported) == 1
    occurrences = exported[0]["occurrences"]
    assert isinstance(occurrences, list)
    assert all(bodies[o["article"]][o["start"] : o["end"]] for o in occurrences)


def _export(passage: Passage) -> dict[str, object]:
    return {
        "type": "passage",
        "text": passage.text,
        "occurrences": [{"article": o.article, "start": o.start, "end": o.end} for o in passage.occurrences],
    }
