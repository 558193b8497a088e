"""Align two bodies' word k-gram hashes into maximal shared spans, allowing small gaps.

Matching k-grams on the same diagonal (i+1, j+1) form runs of identical words; runs that
follow each other within `max_gap` words in both texts are chained into one span, so a
quote with an inserted phrase ("… hätten sich am Mittwoch in Pjöngjang über …") or a
changed word stays one passage. An editor who cut a sentence out of agency copy leaves a
gap in one text only: a run may follow after up to `max_skip` words in one text when the
other text's gap is small and the chain already holds `min_words` matched words, so the
span in the fuller text keeps the cut sentence and the passage stays whole.
Cost: O(len(a) + len(b) + matches + runs * open chains), with at most `max_repeats`
positions kept per hash so repeated boilerplate stays linear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


def aligned_spans(
    hashes_a: Sequence[int],
    hashes_b: Sequence[int],
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
    positions_b: dict[int, list[int]] = {}
    for j, h in enumerate(hashes_b):
        slots = positions_b.setdefault(h, [])
        if len(slots) < max_repeats:
            slots.append(j)

    # Diagonal runs: [a_start, b_start, number of k-grams].
    runs: list[list[int]] = []
    run_ending_at: dict[tuple[int, int], int] = {}
    for i, h in enumerate(hashes_a):
        for j in positions_b.get(h, ()):
            index = run_ending_at.pop((i - 1, j - 1), None)
            if index is None:
                index = len(runs)
                runs.append([i, j, 0])
            runs[index][2] += 1
            run_ending_at[(i, j)] = index

    chains: list[_Chain] = []
    for a_start, b_start, length in sorted(runs, key=lambda r: (r[0], -r[2])):
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
