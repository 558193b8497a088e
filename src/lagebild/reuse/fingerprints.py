"""Word k-gram fingerprints and winnowing (Schleimer, Wilkerson, Aiken 2003).

A shared passage of n words shares the n-k+1 k-gram hashes of its words. Winnowing keeps
the minimum hash of every window of `window` consecutive hashes, which guarantees that
any match of at least `window + k - 1` words keeps at least one common fingerprint while
storing only about 2 / (window + 1) of the hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def stable_hash(text: str) -> int:
    """Signed 64-bit hash of `text`, identical across processes (Python's `hash` is salted),
    so it can be stored in SQLite's INTEGER. Cost: one BLAKE2b call, ~1 µs."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def shingle_hashes(words: Sequence[str], k: int) -> list[int]:
    """Hash of every run of `k` consecutive words: item i covers words[i:i+k].

    Input: normalised words. Output: len(words) - k + 1 hashes (none if fewer than k words).
    Cost: O(len(words) * k).
    """
    return [stable_hash("\x1f".join(words[i : i + k])) for i in range(len(words) - k + 1)]


def winnow(hashes: Sequence[int], window: int) -> list[tuple[int, int]]:
    """Robust winnowing: (hash, position) of the minimum in each window, rightmost on ties,
    each selected position reported once. A text shorter than one window yields its minimum.

    Input: shingle hashes in text order. Output: fingerprints in position order, about
    2 / (window + 1) of the input. Cost: O(len(hashes) * window).
    """
    if not hashes:
        return []
    chosen: list[tuple[int, int]] = []
    last = -1
    for left in range(max(1, len(hashes) - window + 1)):
        right = min(left + window, len(hashes))
        best = left
        for pos in range(left + 1, right):
            if hashes[pos] <= hashes[best]:
                best = pos
        if best != last:
            chosen.append((hashes[best], best))
            last = best
    return chosen
