"""Candidates are a greedy cover of the shared fingerprints, not the top of a ranking: many
copies of one passage must not crowd out an article that shares a different passage."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.reuse import detect_reuse
from lagebild.reuse.candidates import covering_candidates
from lagebild.reuse.detect import ReuseOptions
from lagebild.reuse.index import MemoryReuseIndex


def test_copies_of_one_passage_do_not_crowd_out_another() -> None:
    copies = {fp: [f"copy{i}" for i in range(40)] for fp in range(10)}  # 40 holders of 10 fingerprints
    other = {fp: ["other"] for fp in range(100, 104)}  # one holder of 4 other fingerprints
    order = {f"copy{i}": i for i in range(40)} | {"other": 40}
    assert covering_candidates(copies | other, 2, order.__getitem__, cover=1) == ["copy0", "other"]
    # by default each fingerprint gets two holders: a second copy may hold more of the text
    assert covering_candidates(copies | other, 3, order.__getitem__) == ["copy0", "copy1", "other"]
    assert covering_candidates(copies | other, 30, order.__getitem__) == ["copy0", "copy1", "other"]


def test_a_holder_that_adds_fingerprints_is_chosen_too() -> None:
    postings = {1: ["a", "b"], 2: ["a", "b"], 3: ["a", "b"], 4: ["b"], 5: ["c"]}
    order = {"a": 0, "b": 1, "c": 2}.__getitem__
    assert covering_candidates(postings, 30, order, cover=1) == ["b", "c"]
    assert covering_candidates(postings, 30, order, cover=2) == ["b", "a", "c"]
    # ties go to the earliest added; a later holder that adds nothing is skipped
    postings = {1: ["late", "early"], 2: ["late", "early"], 3: ["late", "early", "last"]}
    order = {"early": 0, "late": 1, "last": 2}.__getitem__
    assert covering_candidates(postings, 30, order, cover=1) == ["early"]
    assert covering_candidates(postings, 30, order, cover=2) == ["early", "late"]
    assert covering_candidates({}, 30, order) == []
    assert covering_candidates(postings, 0, order) == []


AGENCY = (
    "Die Regierung in Pjöngjang hat am Mittwoch nach Angaben der staatlichen Nachrichtenagentur "
    "eine neue Rakete getestet, die nach Einschätzung von Fachleuten eine größere Reichweite hat als alle bisherigen. "
)
OTHER = (
    "Der Verteidigungsminister reiste anschließend zu Gesprächen über die Lieferung von Munition "
    "in die Hauptstadt, wo er nach einem Treffen mit Vertretern der Armee eine Erklärung abgab. "
)


def _article(article_id: str, body: str) -> Article:
    return Article(id=article_id, source=article_id, format="txt", body=body)


def test_a_passage_with_one_holder_is_found_beside_a_widely_copied_one() -> None:
    index = MemoryReuseIndex()
    options = ReuseOptions(max_candidates=3)
    for i in range(12):  # twelve outlets print the agency text, each with its own lines around it
        detect_reuse(_article(f"copy{i}", f"Eigener Vorspann Nummer {i} aus der Redaktion. " + AGENCY), index, options)
    detect_reuse(_article("single", "Ein ganz anderer Bericht beginnt hier. " + OTHER), index, options)
    found = detect_reuse(_article("new", AGENCY + "Dazu heißt es weiter: " + OTHER), index, options)
    shared_with = {frozenset(o.article for o in p.occurrences) for p in found.passages}
    assert any("single" in group for group in shared_with)  # the one-holder passage
    assert any({"copy0", "copy11"} <= group for group in shared_with)  # the copies, one group
