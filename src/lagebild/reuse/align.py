"""Align two bodies' word k-gram hashes into maximal shared spans, allowing small gaps.

Matching k-grams on the same diagonal (i+1, j+1) form runs of identical words; runs that
follow each other within `max_gap` words in both texts are chained into one span, so a
quote with an inserted phrase ("… hätten sich am Mittwoch in Pjöngjang über …") or a
changed word stays one passage. An editor who cut a sentence out of agency copy leaves a
gap in one text only: a run may follow after up to `max_skip` words in one text when the
other text's gap is small and the chain already holds `min_words` matched words, so the
span in the fuller text keeps the cut sentence and the passage stays whole.
Cost: O((len(a) + len(b)) log len(b) + matches) in numpy to find the runs, then
O(runs * open chains) in Python to chain them, with at most `max_repeats` positions kept per
hash so repeated boilerplate stays linear. Two texts without a shared k-gram cost a few numpy
calls (~20 µs): most candidates of a large corpus share fingerprints but no passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Hashes = Sequence[int] | npt.NDArray[np.integer]

#: Chains tried per run; chains are made in A order, so a continuation is almost always recent.
_RECENT_CHAINS = 64


@dataclass(frozen=True, slots=True)
class SpanPair:
    """A shared span in word indices: words a_start:a_end of A match b_start:b_end of B.

    `matched` counts A's words covered by identical k-grams (the rest are gaps).
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int


@dataclass(slots=True)
class _Chain:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int


def kgram_bytes(hashes: Sequence[int]) -> bytes:
    """K-gram hashes cut to their low 32 bits, as little-endian bytes (4 per word) for storing.
    Alignment only compares hashes for equality; a chance 32-bit collision makes at most a
    one-k-gram run, far below a passage."""
    return (np.asarray(hashes, dtype=np.int64) & 0xFFFF_FFFF).astype("<u4").tobytes()


def kgrams_from_bytes(data: bytes) -> npt.NDArray[np.uint32]:
    """The inverse of `kgram_bytes`."""
    return np.frombuffer(data, dtype="<u4")


def aligned_spans(
    hashes_a: Hashes,
    hashes_b: Hashes,
    k: int,
    max_gap: int = 10,
    min_words: int = 8,
    max_skip: int = 60,
    min_matched_share: float = 0.6,
    max_repeats: int = 8,
) -> list[SpanPair]:
    """Shared spans between texts A and B given their k-gram hashes (item i covers words i..i+k-1).

    Output: spans of at least `min_words` words on both sides whose identical words cover at
    least `min_matched_share` of the shorter side (so two stray k-grams with a gap between
    them are not a passage, while a sentence cut from one side does not count against it),
    ordered by position in A.
    """
    chains: list[_Chain] = []
    for a_start, b_start, length in sorted(diagonal_runs(hashes_a, hashes_b, max_repeats), key=lambda r: (r[0], -r[2], r[1])):
        a_end, b_end = a_start + length + k - 1, b_start + length + k - 1
        chain = _open_chain(chains, a_start, b_start, a_end, b_end, k, max_gap, max_skip, min_words)
        if chain is None:
            chains.append(_Chain(a_start, a_end, b_start, b_end, a_end - a_start))
            continue
        chain.matched += max(0, a_end - max(a_start, chain.a_end))
        chain.a_end, chain.b_end = max(chain.a_end, a_end), max(chain.b_end, b_end)

    spans = []
    for c in chains:
        shorter = min(c.a_end - c.a_start, c.b_end - c.b_start)
        if shorter >= min_words and c.matched >= min_matched_share * shorter:
            spans.append(SpanPair(c.a_start, c.a_end, c.b_start, c.b_end, c.matched))
    return spans


def diagonal_runs(hashes_a: Hashes, hashes_b: Hashes, max_repeats: int = 8) -> list[tuple[int, int, int]]:
    """Maximal runs of equal k-grams on one diagonal: (a_start, b_start, number of k-grams).

    A pair (i, j) matches when a[i] == b[j] and j is among the first `max_repeats` positions of
    that hash in B. A run is a maximal sequence of matching pairs (i, j), (i+1, j+1), ...
    Vectorised: B sorted by hash (stable, so each hash's positions stay in text order), A's
    hashes looked up by binary search, pairs sorted by diagonal then position.
    """
    a = np.asarray(hashes_a)
    b = np.asarray(hashes_b)
    if not len(a) or not len(b):
        return []
    by_hash = np.argsort(b, kind="stable")
    sorted_b = b[by_hash]
    group_starts = np.flatnonzero(np.concatenate(([True], sorted_b[1:] != sorted_b[:-1])))
    group_sizes = np.diff(np.append(group_starts, len(sorted_b)))
    rank = np.arange(len(sorted_b)) - np.repeat(group_starts, group_sizes)
    kept = rank < max_repeats
    sorted_b, by_hash = sorted_b[kept], by_hash[kept]
    low = np.searchsorted(sorted_b, a, side="left")
    counts = np.searchsorted(sorted_b, a, side="right") - low
    total = int(counts.sum())
    if not total:
        return []
    i = np.repeat(np.arange(len(a)), counts)
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    j = by_hash[np.repeat(low, counts) + within]
    diagonal = i - j
    order = np.lexsort((i, diagonal))
    i, diagonal = i[order], diagonal[order]
    starts = np.flatnonzero(np.concatenate(([True], (diagonal[1:] != diagonal[:-1]) | (i[1:] != i[:-1] + 1))))
    lengths = np.diff(np.append(starts, len(i)))
    a_starts = i[starts]
    return list(zip(a_starts.tolist(), (a_starts - diagonal[starts]).tolist(), lengths.tolist(), strict=True))


def _open_chain(
    chains: list[_Chain],
    a_start: int,
    b_start: int,
    a_end: int,
    b_end: int,
    k: int,
    max_gap: int,
    max_skip: int,
    min_words: int,
) -> _Chain | None:
    """The latest chain this run continues: it starts at most `max_gap` words after the chain's
    end in both texts (overlap up to k words allowed), or after up to `max_skip` words in one
    text when the chain is already a passage of its own (a cut sentence), and moves both ends
    forward. Only the last `_RECENT_CHAINS` chains are tried, which bounds the cost on highly
    repetitive text."""
    for chain in reversed(chains[-_RECENT_CHAINS:]):
        gap_a, gap_b = a_start - chain.a_end, b_start - chain.b_end
        small, large = sorted((gap_a, gap_b))
        if small < -k or a_end <= chain.a_end or b_end <= chain.b_end:
            continue
        if large <= max_gap or (small <= max_gap and large <= max_skip and chain.matched >= min_words):
            return chain
    return None
