"""Learn the block classifier's weights and region thresholds from silver labels; report page-grouped CV.

Why: hand-tuned weights over-fit the pages one looks at. Silver labels come from
trafilatura (favor_recall) run on each page's original HTML: a dump block is "body" when its
text occurs in trafilatura's output. Weights are a length-weighted logistic regression on the
silver labels, L2-pulled towards the shipped weights (`PRIOR_L2`); the
region thresholds are the grid point with the best silver-label F1 on the training
pages. The gold snippets are never used for fitting or choosing, only for scoring
held-out folds with the benchmark's score.py.

    python -m lagebild.clean.train_blocks ../shared/data/dumpbench [--folds 5] [--write]

Prints the CV table (each page scored by a model and thresholds that never saw it) and
the thresholds each fold chose. Cost: one trafilatura pass per page (cached in
~/.cache/lagebild), then per fold a Newton fit (seconds) and a threshold grid (~5 s).
Needs numpy and trafilatura (training only; the shipped classifier is pure Python).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import math
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from lagebild.clean.blocks import Block
from lagebild.clean.classify import BlockModel, default_model, main_text_mask
from lagebild.clean.dump import candidate_blocks, clean_dump_text
from lagebild.clean.features import NAMES, block_features
from lagebild.nlp.tokens import words

_WS = re.compile(r"\s+")
STYLES = ("lynx", "w3m", "inscriptis", "taz")
WEIGHTS_PATH = Path(__file__).with_name("block_weights.json")
CACHE = Path.home() / ".cache" / "lagebild"
REGION_GRID = (0.15, 0.2, 0.25, 0.3, 0.4, 0.5)  # learned scores are calibrated, so lower than the hand ones
KEEP_GRID = (0.02, 0.05, 0.1, 0.2, 0.3)
PRIOR_L2 = 30.0  # pull towards the shipped weights (page-grouped CV: 30 > 300 > none)
_SHORT_WORDS = 5  # blocks this short are body only when they equal a whole silver paragraph
OUTSIDE_GRID = (0.95, 1.01)  # 1.01: nothing outside the region comes back


@dataclass
class DumpData:
    """One dump's candidate blocks with feature rows and silver labels."""

    page: str
    blocks: list[Block]
    rows: list[list[float]]
    labels: list[float]


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def silver_texts(bench: Path, pages: list[str]) -> dict[str, str]:
    """trafilatura's recall-oriented text of each page's HTML (one line per paragraph, spaces
    normalised), cached by the HTML's digest."""
    import trafilatura

    CACHE.mkdir(parents=True, exist_ok=True)
    cache_path = CACHE / "dumpbench_silver_recall_lines.json"
    cache: dict[str, str] = json.loads(cache_path.read_text("utf-8")) if cache_path.exists() else {}
    out = {}
    for page in pages:
        with gzip.open(bench / "html" / f"{page}.html.gz") as f:
            raw = f.read()
        key = hashlib.sha1(raw).hexdigest()
        if key not in cache:
            text = trafilatura.extract(raw, include_comments=False, favor_recall=True) or ""
            cache[key] = "\n".join(line for line in map(_norm, text.split("\n")) if line)
        out[page] = cache[key]
    cache_path.write_text(json.dumps(cache), "utf-8")
    return out


@dataclass
class Silver:
    """Word trigrams and paragraphs (space-joined words) of trafilatura's text of one page."""

    trigrams: set[tuple[str, ...]]
    paragraphs: set[str]

    @classmethod
    def of(cls, text: str) -> Silver:
        ws = words(text)
        paragraphs = {" ".join(words(line)) for line in text.split("\n")}
        return cls(set(zip(ws, ws[1:], ws[2:], strict=False)), paragraphs)


def _label(block_text: str, silver: Silver) -> float:
    """1.0 when most of the block's word trigrams occur in the silver text (robust to the
    dumps' whitespace, markers and punctuation); a short block must equal a whole silver
    paragraph (else menu words such as "Politik" that also occur in the prose count as body)."""
    ws = words(block_text)
    if len(ws) <= _SHORT_WORDS:
        return 1.0 if ws and " ".join(ws) in silver.paragraphs else 0.0
    grams = list(zip(ws, ws[1:], ws[2:], strict=False))
    return 1.0 if sum(g in silver.trigrams for g in grams) >= 0.5 * len(grams) else 0.0


def load_dumps(bench: Path, pages: list[str], silver: dict[str, str]) -> list[DumpData]:
    data = []
    for page in pages:
        silver_page = Silver.of(silver[page])
        for style in STYLES:
            path = bench / "dumps" / "dev" / f"{page}.{style}.txt"
            if path.exists():
                *_, cand = candidate_blocks(path.read_text(encoding="utf-8"))
                labels = [_label(b.text, silver_page) for b in cand]
                data.append(DumpData(page, cand, block_features(cand), labels))
    return data


def fit(dumps: list[DumpData], prior: dict[str, float], l2: float = PRIOR_L2, steps: int = 50) -> dict[str, float]:
    """Logistic regression by damped Newton's method, L2-pulled towards `prior` (the shipped
    weights), each block weighted by sqrt(length + 20) as in the region search, so long
    prose blocks count more than one-word menu items. Convex: converges from any start."""
    x = np.array([r for d in dumps for r in d.rows], dtype=float).reshape(-1, len(NAMES))
    y = np.array([v for d in dumps for v in d.labels], dtype=float)
    sw = np.sqrt(np.array([len(b.text) + 20.0 for d in dumps for b in d.blocks]))
    sw /= sw.mean()
    w0 = np.array([prior.get(name, 0.0) for name in NAMES])
    penalty = np.full(x.shape[1], l2)

    def loss(w: np.ndarray) -> float:
        z = x @ w
        return float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(penalty * (w - w0) ** 2))

    w = w0.copy()
    current = loss(w)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) + penalty * (w - w0)
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while loss(w - t * step) > current and t > 1e-4:  # halve until the loss goes down
            t /= 2
        w = w - t * step
        new = loss(w)
        if current - new < 1e-7 * max(1.0, abs(current)):
            break
        current = new
    return {name: round(float(v), 4) for name, v in zip(NAMES, w, strict=True)}


def silver_f1(dumps: list[DumpData], model: BlockModel) -> float:
    """F1 of kept blocks against silver labels, each block weighted by sqrt(length)."""
    tp = fp = fn = 0.0
    for d in dumps:
        scores = [model.score(r) for r in d.rows]
        for b, y, keep in zip(d.blocks, d.labels, main_text_mask(d.blocks, d.rows, scores, model), strict=True):
            weight = math.sqrt(len(b.text))
            tp += weight * (keep and y)
            fp += weight * (keep and not y)
            fn += weight * (not keep and y)
    return 2 * tp / max(2 * tp + fp + fn, 1e-9)


def train(dumps: list[DumpData]) -> BlockModel:
    """Weights, then the threshold grid point with the best silver F1, on the given dumps only."""
    base = BlockModel(weights=fit(dumps, prior=default_model().weights))
    grid = itertools.product(REGION_GRID, KEEP_GRID, OUTSIDE_GRID)
    candidates = [replace(base, region_threshold=r, keep_threshold=k, outside_threshold=o) for r, k, o in grid]
    return max(candidates, key=lambda m: silver_f1(dumps, m))


def score_outputs(bench: Path, pages_by_model: list[tuple[BlockModel, list[str]]]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        for model, pages in pages_by_model:
            for page in pages:
                for style in STYLES:
                    src = bench / "dumps" / "dev" / f"{page}.{style}.txt"
                    c = clean_dump_text(src.read_text(encoding="utf-8"), model)
                    Path(tmp, src.name).write_text(f"{c.title or ''}\n\n{c.body}\n", encoding="utf-8")
        out = subprocess.run([sys.executable, str(bench / "score.py"), tmp, "dev"],
                             capture_output=True, text=True, check=True)
    return out.stdout


def _thresholds(model: BlockModel) -> str:
    return f"region {model.region_threshold} keep {model.keep_threshold} outside {model.outside_threshold}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help=f"write the model trained on all pages to {WEIGHTS_PATH}")
    args = ap.parse_args()
    gold = json.loads((args.bench / "gold" / "dev.json").read_text(encoding="utf-8"))
    pages = sorted(p.name[: -len(".html.gz")] for p in (args.bench / "html").glob("*.html.gz"))
    pages = [p for p in pages if p in gold]
    dumps = load_dumps(args.bench, pages, silver_texts(args.bench, pages))
    per_fold = []
    for k in range(args.folds):
        held = set(pages[k:: args.folds])
        model = train([d for d in dumps if d.page not in held])
        print(f"fold {k}: {_thresholds(model)}; held-out silver F1 "
              f"{silver_f1([d for d in dumps if d.page in held], model):.3f}")
        per_fold.append((model, sorted(held)))
    print(f"page-grouped {args.folds}-fold CV (each page scored by weights and thresholds that never saw it):")
    print(score_outputs(args.bench, per_fold))
    print(f"shipped model, in-sample silver F1 {silver_f1(dumps, default_model()):.3f}")
    if args.write:
        model = train(dumps)
        raw = {"weights": model.weights,
               "thresholds": {"region_threshold": model.region_threshold, "keep_threshold": model.keep_threshold,
                              "outside_threshold": model.outside_threshold}}
        WEIGHTS_PATH.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH} ({_thresholds(model)})")


if __name__ == "__main__":
    main()
