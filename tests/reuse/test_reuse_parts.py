"""The building blocks: winnowing, alignment, the boilerplate cap."""

from __future__ import annotations

import sqlite3

import pytest
from reuse_texts import AGENCY_PARAGRAPH, HARBOUR, ORCHESTRA

from lagebild.model import Article
from lagebild.reuse import MemoryReuseIndex, ReuseIndex, detect_reuse
from lagebild.reuse.align import aligned_spans
from lagebild.reuse.fingerprints import shingle_hashes, stable_hash, winnow
from lagebild.store.reuse_tables import SqliteReuseIndex


def test_stable_hash_is_fixed_across_processes() -> None:
    # A stored fingerprint must mean the same k-gram in the next run.
    assert stable_hash("die\x1flandesregierung") == stable_hash("die\x1flandesregierung")
    assert stable_hash("a") == 4681665781835383343


def test_winnowing_keeps_a_fingerprint_of_every_long_match() -> None:
    words = HARBOUR.lower().split()
    hashes = shingle_hashes(words, 5)
    chosen = winnow(hashes, 4)
    positions = [p for _, p in chosen]
    assert positions == sorted(set(positions))
    # Every window of 4 hashes contains a chosen position.
    assert all(any(left <= p < left + 4 for p in positions) for left in range(len(hashes) - 3))
    assert len(chosen) < len(hashes) * 0.6


def test_alignment_bridges_an_insertion_and_a_changed_word() -> None:
    a = [
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
    ]
    b = [
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "X",
        "Y",
        "Z",
        "sieben",
        "acht",
        "neun",
        "ZEHN",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
    ]
    spans = aligned_spans(shingle_hashes(a, 3), shingle_hashes(b, 3), 3, max_gap=5, min_words=8)
    assert [(s.a_start, s.a_end, s.b_start, s.b_end) for s in spans] == [(0, len(a), 0, len(b))]


def test_alignment_rejects_short_matches() -> None:
    a = ["das", "ist", "ein", "kurzer", "satz", "ohne", "weitere", "bedeutung"]
    b = ["ganz", "anders", "ist", "ein", "kurzer", "satz", "hier", "und", "dort"]
    assert aligned_spans(shingle_hashes(a, 3), shingle_hashes(b, 3), 3, min_words=8) == []


@pytest.mark.parametrize("index_type", ["memory", "sqlite"])
def test_boilerplate_beyond_the_posting_cap_links_nothing(index_type: str) -> None:
    index = _capped_index(index_type, max_postings=2)
    fillers = [HARBOUR, ORCHESTRA, "Ein ganz anderer Bericht über das Wetter im Harz und seine Folgen.", ""]
    results = [
        detect_reuse(Article(id=str(i), source="t", format="txt", body=f"{filler} {AGENCY_PARAGRAPH}"), index)
        for i, filler in enumerate(fillers)
    ]
    # Once two articles hold the paragraph its fingerprints are boilerplate: later ones link nothing.
    assert [len(r.passages) for r in results] == [0, 1, 0, 0]
    assert [o.article for o in results[1].passages[0].occurrences] == ["0", "1"]


def _capped_index(index_type: str, max_postings: int) -> ReuseIndex:
    if index_type == "memory":
        return MemoryReuseIndex(max_postings=max_postings)
    return SqliteReuseIndex(sqlite3.connect(":memory:", isolation_level=None), max_postings=max_postings)
