"""The reuse stage: is a new article a duplicate, and which passages does it share?

`detect_reuse(article, index)` runs once per arriving article and adds it to the index, so
the corpus can grow across runs without ever comparing all pairs.

Cost per article of n words, with F ≈ 2n/(window+1) fingerprints and C candidates:
- index size: the body, 1 hash, `bands` band rows, F fingerprint rows (≤ `max_postings`
  articles per fingerprint), its k-gram hashes and word starts (8 bytes per word), plus its
  passage occurrences;
- lookup: 1 hash lookup + `bands` bucket lookups + F posting-list lookups (each ≤
  `max_postings` rows, O(log N) in SQLite), then an alignment against each of at most
  `max_candidates` candidates of m words from their stored hashes (one blob read, numpy);
  a candidate that shares a span has its body read and cut at its stored word starts, never
  tokenised. Independent of the corpus size N except through the B-tree depth and the
  capped posting lists, and the number of candidates, at most `max_candidates`, chosen as a
  greedy cover of the shared fingerprints (`candidates.py`): many copies of one text cost one
  or two alignments, not one each. On the scaling corpus (up to ~100 reworded copies of each
  text) 300 new articles took 6.8 candidates and ~8 ms CPU per article against a 10k-article
  store, 11.6 and ~14 ms against 36k (the top-30 ranking before: 10.5/9 ms and 27/25 ms;
  `benchmarks/marginal_cost.py` on the stores `benchmarks/scaling.py --keep` leaves).
Measured by benchmarks/reuse_speed.py (~150 fingerprint rows per article of ~400 words).
Passage groups: recording a shared span reads and writes only the two articles' own
occurrences, and a span that bridges groups moves the smaller ones into the largest
(`passages.py`), and the pipeline asks for the count of groups, not the groups,
so a group that grows with every agency copy does not make later articles slower.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from lagebild.model import Article, Occurrence, Passage
from lagebild.reuse.align import SpanPair, aligned_spans, kgram_bytes, kgrams_from_bytes
from lagebild.reuse.fingerprints import shingle_hashes, winnow
from lagebild.reuse.index import IndexedArticle, ReuseIndex
from lagebild.reuse.near_duplicates import jaccard, signature_bands, word_shingles
from lagebild.reuse.normalise import BodyWords, WordTable, body_hash, normalised_norms, word_table
from lagebild.reuse.passages import record_shared_span


@dataclass(frozen=True, slots=True)
class ReuseOptions:
    """Knobs of reuse detection; the defaults suit German news articles of 100–2000 words."""

    passage_k: int = 5  # words per fingerprint k-gram
    winnow_window: int = 4  # guarantees that matches of ≥ passage_k + window - 1 = 8 words are seen
    min_passage_words: int = 8
    min_passage_chars: int = 60
    max_gap_words: int = 10  # an inserted phrase or changed words inside one passage
    max_skip_words: int = 60  # a sentence cut from the copy: a gap in one of the two texts only
    max_candidates: int = 30  # articles aligned per new article, most shared fingerprints first
    duplicate_k: int = 3  # words per shingle for near-duplicate Jaccard
    duplicate_threshold: float = 0.8
    bands: int = 16
    rows: int = 8


DEFAULT_OPTIONS = ReuseOptions()


@dataclass(slots=True)
class ReuseResult:
    """What reuse detection found for one article.

    `duplicate_of`: the earliest-added article it duplicates exactly or nearly (followed to
    that article's own original), else None. `passages`: every passage group with an
    occurrence in this article, in its current (possibly extended) state, unless the caller
    asked for the count only (`detect_reuse(..., passages=False)`: empty).
    """

    duplicate_of: str | None
    passages: list[Passage] = field(default_factory=list)
    #: How many passage groups the article takes part in (`len(passages)` when they are read).
    passage_count: int = 0


def detect_reuse(
    article: Article, index: ReuseIndex, options: ReuseOptions = DEFAULT_OPTIONS, *, passages: bool = True
) -> ReuseResult:
    """Find duplicates of and passages shared by `article`, then add it to `index`.

    Input: an article (its `id` and `body` are used) and the index of earlier articles.
    Output: a `ReuseResult`. Idempotent: for an id already in the index nothing is written
    and the stored result is returned (its `duplicate_of` and the passages touching it).
    An exact duplicate (same normalised body) gets no passages of its own.
    `passages=False` returns the number of passage groups instead of the groups: reading a
    group costs O(its occurrences), which grows with every copy of an agency text, while the
    count costs O(the article's own occurrences) (what `lagebild run` needs).
    """
    if index.has(article.id):
        return _stored_result(article.id, index, passages)

    words = word_table(article.body)
    digest = body_hash(words.norms)
    # Bodies without words (a failed extraction) are not copies of each other.
    same_text = index.first_with_hash(digest) if words.norms else None
    if same_text is not None:
        original = index.duplicate_of(same_text) or same_text
        index.add_article(IndexedArticle(article.id, article.body, digest, original))
        return ReuseResult(original, [])

    norms = words.norms
    hashes = shingle_hashes(norms, options.passage_k)
    bands = signature_bands(word_shingles(norms, options.duplicate_k), options.bands, options.rows)
    near = _near_duplicate(norms, bands, index, options)
    fingerprints = winnow(hashes, options.winnow_window)
    candidates = index.top_candidates([h for h, _ in fingerprints], options.max_candidates)

    stored = kgram_bytes(hashes)
    starts = np.asarray(words.starts, dtype="<u4").tobytes()
    index.add_article(IndexedArticle(article.id, article.body, digest, near, bands, fingerprints, stored, starts))
    ours = kgrams_from_bytes(stored)
    for candidate in candidates:
        _record_shared_passages(article.id, words, ours, candidate, index, options, article.body)
    return _stored_result(article.id, index, passages)


def passages_for(article_id: str, index: ReuseIndex) -> list[Passage]:
    """Passage groups with an occurrence in the article, ordered by where they start in it
    (for display: mark `body[start:end]` of this article's occurrences). Cost: one lookup."""

    def start_in_article(passage: Passage) -> int:
        return min(o.start for o in passage.occurrences if o.article == article_id)

    return sorted((p for _, p in index.passages_touching(article_id)), key=start_in_article)


@lru_cache(maxsize=512)
def _words(body: str) -> WordTable:
    """Normalised words of a candidate indexed before word starts were stored, cached: such
    an article is cut again each time a later one shares text with it. Keyed by the body text
    itself, so it is correct across indexes. Memory: ~100 bytes per word for 512 bodies."""
    return word_table(body)


@lru_cache(maxsize=512)
def _hashes(body: str, k: int) -> list[int]:
    """The k-gram hashes of a candidate indexed before hashes were stored (others are aligned
    from their stored ones), computed from the norms alone, ~3x cheaper than the words with
    their offsets. Cost: O(len(body)); memory ~40 bytes per word for 512 bodies."""
    return shingle_hashes(normalised_norms(body), k)


def _stored_result(article_id: str, index: ReuseIndex, passages: bool = True) -> ReuseResult:
    if not passages:
        return ReuseResult(index.duplicate_of(article_id), [], index.passage_count(article_id))
    found = passages_for(article_id, index)
    return ReuseResult(index.duplicate_of(article_id), found, len(found))


def _near_duplicate(
    norms: list[str], bands: list[int], index: ReuseIndex, options: ReuseOptions
) -> str | None:
    """Earliest LSH candidate whose exact shingle Jaccard reaches the threshold, followed to
    its own original. Cost: O(n + m) per band candidate (usually zero or one)."""
    if not bands:
        return None
    shingles = word_shingles(norms, options.duplicate_k)
    for candidate in index.band_candidates(bands):
        body = index.body(candidate)
        if body is None:
            continue
        theirs = word_shingles(normalised_norms(body), options.duplicate_k)
        if jaccard(shingles, theirs) >= options.duplicate_threshold:
            return index.duplicate_of(candidate) or candidate
    return None


def _record_shared_passages(
    article_id: str,
    words: WordTable,
    hashes: npt.NDArray[np.uint32],
    candidate: str,
    index: ReuseIndex,
    options: ReuseOptions,
    our_body: str,
) -> None:
    """Align the new article with one candidate and record each long enough shared span.

    The candidate's stored k-gram hashes are enough to align; its body is read only when a
    span is found, and cut with its stored word starts, so a candidate that shares no passage
    costs one blob read and one that does is never tokenised whole. Articles indexed before
    these were stored are tokenised as before."""
    if candidate == article_id:
        return
    stored = index.kgrams(candidate)
    body = None if stored is not None else index.body(candidate)
    if stored is not None:
        their_hashes = kgrams_from_bytes(stored[0])
    elif body is not None:
        their_hashes = kgrams_from_bytes(kgram_bytes(_hashes(body, options.passage_k)))
    else:
        return
    spans = aligned_spans(
        their_hashes,
        hashes,
        options.passage_k,
        max_gap=options.max_gap_words,
        min_words=options.min_passage_words,
        max_skip=options.max_skip_words,
    )
    if not spans:  # a chance fingerprint hit: no passage
        return
    body = body if body is not None else index.body(candidate)
    if body is None:
        return
    starts = np.frombuffer(stored[1], dtype="<u4").tolist() if stored is not None else _words(body).starts
    their_words = BodyWords(body, starts)
    for span in spans:
        a_start, b_start, a_end, b_end = _extended(span, their_words, words.norms)
        t_start, o_start = _widen_back(body, their_words.start(a_start), our_body, words.starts[b_start])
        t_end, o_end = _widen_forward(body, their_words.end(a_end - 1), our_body, words.ends[b_end - 1])
        theirs = Occurrence(candidate, t_start, t_end)
        ours = Occurrence(article_id, o_start, o_end)
        if min(theirs.end - theirs.start, ours.end - ours.start) >= options.min_passage_chars:
            record_shared_span(index, theirs, ours)


def _extended(span: SpanPair, a: BodyWords | list[str], b: BodyWords | list[str]) -> tuple[int, int, int, int]:
    """Word bounds (a_start, b_start, a_end, b_end) of `span` pushed outwards over equal words.

    K-gram runs miss the last words before a changed word near a passage edge ("… von etwa
    elf Millionen Euro." keeps only "… von"); this walks on word by word and hops over one
    changed word when the three words beyond it match again (two could be a chance "in der"). Cost: O(words added).
    """
    a_start, b_start, a_end, b_end = span.a_start, span.b_start, span.a_end, span.b_end
    while True:
        if a_start > 0 and b_start > 0 and a[a_start - 1] == b[b_start - 1]:
            a_start, b_start = a_start - 1, b_start - 1
        elif (
            a_start > 3 and b_start > 3 and all(a[a_start - i] == b[b_start - i] for i in (2, 3, 4))
        ):
            a_start, b_start = a_start - 4, b_start - 4
        else:
            break
    while True:
        if a_end < len(a) and b_end < len(b) and a[a_end] == b[b_end]:
            a_end, b_end = a_end + 1, b_end + 1
        elif (
            a_end + 3 < len(a)
            and b_end + 3 < len(b)
            and all(a[a_end + i] == b[b_end + i] for i in (1, 2, 3))
        ):
            a_end, b_end = a_end + 4, b_end + 4
        else:
            break
    return a_start, b_start, a_end, b_end


#: Punctuation a shared span may take along at its edges when both texts have it there
#: (quote marks count as equal: „ " » and “ " « are the same mark in different house styles).
_CLOSING = {c: '"' for c in "\"“”»«’'"} | {c: c for c in ".,;:!?)…"}
_OPENING = {c: '"' for c in "\"„“«»‚'"} | {"(": "("}


def _widen_forward(a: str, a_end: int, b: str, b_end: int) -> tuple[int, int]:
    """Extend both span ends over the same closing punctuation, so a sentence ends with its period."""
    while (
        a_end < len(a)
        and b_end < len(b)
        and _CLOSING.get(a[a_end])
        and _CLOSING.get(a[a_end]) == _CLOSING.get(b[b_end])
    ):
        a_end, b_end = a_end + 1, b_end + 1
    return a_end, b_end


def _widen_back(a: str, a_start: int, b: str, b_start: int) -> tuple[int, int]:
    """Extend both span starts back over the same opening quote or parenthesis."""
    while (
        a_start > 0
        and b_start > 0
        and _OPENING.get(a[a_start - 1])
        and _OPENING.get(a[a_start - 1]) == _OPENING.get(b[b_start - 1])
    ):
        a_start, b_start = a_start - 1, b_start - 1
    return a_start, b_start
