"""Entity spans from BIO tags, and strict span precision/recall/F1.

Strict means a predicted span counts only if its start, end and kind all equal a gold span
(the conlleval / GermEval 2014 "outer level" convention).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

Span = tuple[int, int, str]  # (first token, one past the last token, kind)

HEADLINE_KINDS = ("PER", "LOC", "ORG")


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Spans of one sentence's BIO tags. An orphan I- opens a span (conlleval). Cost: O(n)."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this_kind = tag.partition("-")
        continues = prefix == "I" and this_kind == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and this_kind and not continues:
            start, kind = i, this_kind
    return spans


def strict_scores(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], kinds: Sequence[str] = HEADLINE_KINDS
) -> dict[str, dict[str, float]]:
    """Strict span P/R/F1 per kind and over `kinds` ("overall"), from parallel BIO sentences.

    Input: gold and predicted tag sequences, sentence by sentence. Output: {kind: {precision,
    recall, f1, gold, pred, correct}} with "overall" micro-averaged over `kinds` only (MISC and
    other kinds are scored per kind but left out of the overall figure). Cost: O(tokens).
    """
    counts: dict[str, Counter[str]] = {}
    for gold_tags, pred_tags in zip(gold, pred, strict=True):
        gold_spans, pred_spans = set(bio_spans(gold_tags)), set(bio_spans(pred_tags))
        for name, spans in (("gold", gold_spans), ("pred", pred_spans), ("correct", gold_spans & pred_spans)):
            for _, _, kind in spans:
                counts.setdefault(kind, Counter())[name] += 1
                if kind in kinds:
                    counts.setdefault("overall", Counter())[name] += 1
    ordered = [k for k in kinds if k in counts] + sorted(set(counts) - set(kinds) - {"overall"})
    return {kind: _prf(counts[kind]) for kind in [*ordered, "overall"] if kind in counts}


def _prf(c: Counter[str]) -> dict[str, float]:
    p = c["correct"] / c["pred"] if c["pred"] else 0.0
    r = c["correct"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": c["gold"], "pred": c["pred"], "correct": c["correct"]}


def scores_table(scores: dict[str, dict[str, float]]) -> str:
    """A plain-text table of `strict_scores` output, one row per kind, figures in percent."""
    lines = [f"{'kind':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for kind, s in scores.items():
        lines.append(
            f"{kind:<8}{100 * s['precision']:7.2f}{100 * s['recall']:7.2f}{100 * s['f1']:7.2f}"
            f"{int(s['gold']):7d}{int(s['pred']):7d}"
        )
    return "\n".join(lines)
