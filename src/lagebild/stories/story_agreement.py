"""How much two clusterings of the same articles agree: adjusted Rand index and BCubed F1.

Why: clustering incrementally may depend on arrival order; the benchmark clusters shuffled
inputs and compares. ARI is 1.0 for identical partitions and ~0 for chance; BCubed F1 averages
per article the precision/recall of its cluster against the other clustering's.
Cost: `adjusted_rand` O(n + clusters^2) via a contingency table; `bcubed_f1` O(n * cluster size).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from math import comb


def adjusted_rand(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labelings of the same items (in the same order)."""
    n = len(a)
    pairs = sum(comb(c, 2) for c in Counter(zip(a, b, strict=True)).values())
    rows = sum(comb(c, 2) for c in Counter(a).values())
    cols = sum(comb(c, 2) for c in Counter(b).values())
    expected = rows * cols / comb(n, 2) if n > 1 else 0.0
    top = (rows + cols) / 2 - expected
    return 1.0 if top == 0 else (pairs - expected) / top


def bcubed_f1(a: Mapping[str, Hashable], b: Mapping[str, Hashable]) -> float:
    """BCubed F1 of clustering `a` against `b` (item -> cluster label, same items)."""
    members_a: dict[Hashable, set[str]] = {}
    members_b: dict[Hashable, set[str]] = {}
    for item in a:
        members_a.setdefault(a[item], set()).add(item)
        members_b.setdefault(b[item], set()).add(item)
    precision = recall = 0.0
    for item in a:
        ca, cb = members_a[a[item]], members_b[b[item]]
        shared = len(ca & cb)
        precision += shared / len(ca)
        recall += shared / len(cb)
    precision, recall = precision / len(a), recall / len(a)
    return 2 * precision * recall / (precision + recall)
