"""Stored k-gram hashes and the vectorised run finder: same passages as before, fewer reads."""

from __future__ import annotations

import random
import sqlite3

from reuse_texts import AGENCY_PARAGRAPH, HARBOUR, ORCHESTRA

from lagebild.model import Article
from lagebild.reuse import MemoryReuseIndex, detect_reuse, iter_passages
from lagebild.reuse.align import diagonal_runs, kgram_bytes, kgrams_from_bytes
from lagebild.reuse.detect import DEFAULT_OPTIONS, _hashes
from lagebild.reuse.fingerprints import winnow
from lagebild.reuse.index import IndexedArticle
from lagebild.reuse.normalise import BodyWords, word_table
from lagebild.store.reuse_tables import SqliteReuseIndex


def _reference_runs(a: list[int], b: list[int], max_repeats: int) -> list[tuple[int, int, int]]:
    """The straightforward dictionary walk the vectorised version replaced."""
    positions: dict[int, list[int]] = {}
    for j, h in enumerate(b):
        if len(positions.setdefault(h, [])) < max_repeats:
            positions[h].append(j)
    runs: list[list[int]] = []
    ending: dict[tuple[int, int], int] = {}
    for i, h in enumerate(a):
        for j in positions.get(h, ()):
            index = ending.pop((i - 1, j - 1), None)
            if index is None:
                index = len(runs)
                runs.append([i, j, 0])
            runs[index][2] += 1
            ending[(i, j)] = index
    return sorted((r[0], r[1], r[2]) for r in runs)


def test_diagonal_runs_match_the_reference_on_repetitive_random_texts() -> None:
    rng = random.Random(7)
    for _ in range(300):
        alphabet = rng.randint(1, 12)  # small alphabets: many repeats and crossing diagonals
        a = [rng.randrange(alphabet) for _ in range(rng.randint(0, 40))]
        b = [rng.randrange(alphabet) for _ in range(rng.randint(0, 40))]
        repeats = rng.choice([1, 2, 8])
        assert sorted(diagonal_runs(a, b, repeats)) == _reference_runs(a, b, repeats)


def test_kgram_bytes_keep_equality_in_four_bytes_per_hash() -> None:
    hashes = [-1, 0, 1, 2**63 - 1, -(2**63), 123456789012345]
    stored = kgram_bytes(hashes)
    assert len(stored) == 4 * len(hashes)
    back = kgrams_from_bytes(stored).tolist()
    assert back == [h & 0xFFFF_FFFF for h in hashes]


class _CountingIndex(MemoryReuseIndex):
    def __init__(self) -> None:
        super().__init__()
        self.body_reads = 0

    def body(self, article_id: str) -> str | None:
        self.body_reads += 1
        return super().body(article_id)


def test_a_candidate_without_a_shared_passage_costs_no_body_read() -> None:
    index = _CountingIndex()
    # Two unrelated texts sharing a 7-word phrase: a fingerprint hit, but shorter than a passage.
    phrase = "nach Angaben der örtlichen Behörden vom Dienstag"
    detect_reuse(Article(id="a", source="t", format="text", body=f"{HARBOUR} Das {phrase}."), index)
    index.body_reads = 0
    later = f"{ORCHESTRA} Dies {phrase}!"
    fingerprints = winnow(_hashes(later, DEFAULT_OPTIONS.passage_k), DEFAULT_OPTIONS.winnow_window)
    assert index.top_candidates([h for h, _ in fingerprints], 30) == ["a"]  # it is aligned
    detect_reuse(Article(id="b", source="t", format="text", body=later), index)
    assert not list(iter_passages(index))
    assert index.body_reads == 0


def _sqlite_index() -> SqliteReuseIndex:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    return SqliteReuseIndex(conn)


def test_kgrams_are_stored_and_articles_from_before_them_still_align() -> None:
    first = f"{HARBOUR} {AGENCY_PARAGRAPH}"
    second = f"{ORCHESTRA} {AGENCY_PARAGRAPH}"
    index = _sqlite_index()
    detect_reuse(Article(id="new", source="t", format="text", body=first), index)
    stored = index.kgrams("new")
    assert stored is not None and stored[0] == kgram_bytes(_hashes(first, DEFAULT_OPTIONS.passage_k))
    assert kgrams_from_bytes(stored[1]).tolist() == word_table(first).starts
    detect_reuse(Article(id="later", source="t", format="text", body=second), index)
    # An article indexed by an older version: body and fingerprints, no k-grams.
    old = _sqlite_index()
    fingerprints = winnow(_hashes(first, DEFAULT_OPTIONS.passage_k), DEFAULT_OPTIONS.winnow_window)
    old.add_article(IndexedArticle("old", first, "x", None, (), fingerprints))
    assert old.kgrams("old") is None
    detect_reuse(Article(id="later", source="t", format="text", body=second), old)
    for found in (index, old):
        texts = [p.text for p in iter_passages(found)]
        assert len(texts) == 1 and "Ladesäulen" in texts[0] and "Kiel" not in texts[0], texts


def test_body_words_read_lazily_are_the_word_table() -> None:
    text = "„Die US-Erkenntnisse“ – Kim’s STRASSE, Straße 12a; " + AGENCY_PARAGRAPH
    table = word_table(text)
    lazy = BodyWords(text, table.starts)
    assert len(lazy) == len(table.norms)
    assert [lazy[i] for i in range(len(lazy))] == table.norms
    assert [lazy.end(i) for i in range(len(lazy))] == table.ends
