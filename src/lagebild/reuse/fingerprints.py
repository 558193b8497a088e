"""Word k-gram fingerprints and winnowing (Schleimer, Wilkerson, Aiken 2003).

A shared passage of n words shares the n-k+1 k-gram hashes of its words. Winnowing keeps
the minimum hash of every window of `window` consecutive hashes, which guarantees that
any match of at least `window + k - 1` words keeps at least one common fingerprint while
storing only about 2 / (window + 1) of the hashes.

Hashes are stored across runs, so they are built from BLAKE2b (Python's `hash` is salted
per process): one per distinct word (cached), combined per k-gram in numpy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

# Odd 64-bit multiplier (from splitmix64) for the polynomial combination of word hashes.
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def stable_hash(text: str) -> int:
    """Signed 64-bit hash of `text`, identical across processes, storable in SQLite's INTEGER.
    Cost: one BLAKE2b call, ~1 µs."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    return stable_hash(word) & 0xFFFF_FFFF_FFFF_FFFF


def shingle_hashes(words: Sequence[str], k: int) -> list[int]:
    """Signed 64-bit hash of every run of `k` consecutive words: item i covers words[i:i+k].

    Input: normalised words. Output: len(words) - k + 1 hashes (none if fewer than k words).
    Cost: one cached dictionary lookup per word plus O(len(words) * k) vectorised.
    """
    count = len(words) - k + 1
    if count <= 0:
        return []
    per_word = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(k):
        # uint64 arithmetic wraps around: a polynomial hash modulo 2^64.
        combined = combined * _MULTIPLIER + per_word[offset : offset + count]
    result: list[int] = combined.view(np.int64).tolist()
    return result


def winnow(hashes: Sequence[int], window: int) -> list[tuple[int, int]]:
    """Robust winnowing: (hash, position) of the minimum in each window, rightmost on ties,
    each selected position reported once. A text shorter than one window yields its minimum.

    Input: shingle hashes in text order. Output: fingerprints in position order, about
    2 / (window + 1) of the input. Cost: O(len(hashes) * window), vectorised.
    """
    if not hashes:
        return []
    values = np.asarray(hashes, dtype=np.int64)
    window = min(window, len(values))
    windows = sliding_window_view(values, window)
    # argmin finds the leftmost minimum; on the reversed window that is the rightmost one.
    chosen = np.arange(len(windows)) + (window - 1 - np.argmin(windows[:, ::-1], axis=1))
    keep = np.concatenate(([True], chosen[1:] != chosen[:-1]))
    positions = chosen[keep]
    return list(zip(values[positions].tolist(), positions.tolist(), strict=True))
