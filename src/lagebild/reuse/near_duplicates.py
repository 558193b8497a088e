"""Near-duplicate signatures: MinHash over word shingles, cut into LSH bands.

Two bodies whose shingle sets have Jaccard similarity s share at least one of `bands`
band hashes with probability 1 - (1 - s^rows)^bands; with 16 bands of 8 rows that is
~0.99 at s = 0.8 and ~0.4 at s = 0.6, so candidates are then verified exactly. Band
hashes are plain integers so the buckets can live in SQLite (`band hash -> article`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from lagebild.reuse.fingerprints import shingle_hashes, stable_hash

#: Band hashes are stored across runs, so the MinHash scheme is fixed rather than left to
#: datasketch's default (2.0 introduced schemes; older versions only had this one's ancestor).
_SCHEME = "affine32"


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    # Building the permutations costs more than hashing a short article: do it once.
    return MinHash(num_perm=num_perm, seed=1, scheme=_SCHEME)


def _low32(shingle: int) -> int:
    # Shingles are already stable 64-bit hashes; MinHash's 32-bit scheme takes their low bits.
    return shingle & 0xFFFF_FFFF


def signature_bands(shingles: Iterable[int], bands: int, rows: int) -> list[int]:
    """LSH band hashes of the MinHash signature of `shingles` (one per band, band number mixed in).

    Input: the shingle hashes of one body. Output: `bands` signed 64-bit ints, or [] for
    an empty set. Cost: O(len(shingles) * bands * rows) vectorised in numpy, plus `bands`
    hashes of `rows` values.
    """
    items = list(shingles)
    if not items:
        return []
    template = _template(bands * rows)
    minhash = MinHash(
        num_perm=bands * rows, seed=1, hashfunc=_low32, permutations=template.permutations, scheme=_SCHEME
    )
    minhash.update_batch(items)
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    return [
        stable_hash(f"{band}:{values[band * rows : (band + 1) * rows].tobytes().hex()}")
        for band in range(bands)
    ]


def word_shingles(words: Sequence[str], k: int) -> set[int]:
    """The set of k-word shingle hashes of `words` (the whole text as one if shorter than k)."""
    return set(shingle_hashes(words, min(k, len(words)))) if words else set()


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b|, 0.0 for two empty sets. Cost: O(len(a) + len(b))."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0
