"""Learn the block classifier's logistic weights from silver labels; report page-grouped CV.

Why: hand-tuned weights over-fit the pages one looks at. Silver labels come from
trafilatura run on each page's original HTML: a dump block is "body" when its text occurs
in trafilatura's output. The gold snippets are never used for fitting, only for scoring
held-out folds with the benchmark's score.py.

    python -m lagebild.clean.train_blocks ../shared/data/dumpbench [--folds 5] [--write]

Cost: one trafilatura pass per page (~3 s for 151 pages), then numpy gradient descent.
Needs numpy and trafilatura (training only; the shipped classifier is pure Python).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

from lagebild.clean.classify import BlockModel, default_model
from lagebild.clean.dump import candidate_blocks, clean_dump_text
from lagebild.clean.features import NAMES, block_features

_WS = re.compile(r"\s+")
STYLES = ("lynx", "w3m", "inscriptis", "taz")
WEIGHTS_PATH = Path(__file__).with_name("block_weights.json")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def silver_text(html_path: Path) -> str:
    import trafilatura

    with gzip.open(html_path) as f:
        raw = f.read()
    return _norm(trafilatura.extract(raw) or "")


def _label(block_text: str, silver: str) -> float:
    text = _norm(block_text)
    if not text:
        return 0.0
    if text in silver:
        return 1.0
    pieces = [p for p in re.split(r"(?<=[.!?])\s+", text) if len(p) >= 25]
    return 1.0 if pieces and sum(p in silver for p in pieces) >= 0.5 * len(pieces) else 0.0


def page_rows(bench: Path, page: str, silver: str) -> tuple[np.ndarray, np.ndarray]:
    xs: list[list[float]] = []
    ys: list[float] = []
    for style in STYLES:
        path = bench / "dumps" / "dev" / f"{page}.{style}.txt"
        if not path.exists():
            continue
        *_, cand = candidate_blocks(path.read_text(encoding="utf-8"))
        xs.extend(block_features(cand))
        ys.extend(_label(b.text, silver) for b in cand)
    return np.array(xs, dtype=float).reshape(-1, len(NAMES)), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000, lr: float = 0.5) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent (features are O(1) scaled)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / len(y) + l2 * w
        w -= lr * grad
    return {name: round(float(v), 4) for name, v in zip(NAMES, w, strict=True)}


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--region-threshold", type=float, default=None)
    ap.add_argument("--keep-threshold", type=float, default=None)
    ap.add_argument("--write", action="store_true", help=f"write weights fitted on all pages to {WEIGHTS_PATH}")
    args = ap.parse_args()
    pages = sorted(p.name[: -len(".html.gz")] for p in (args.bench / "html").glob("*.html.gz"))
    gold = json.loads((args.bench / "gold" / "dev.json").read_text(encoding="utf-8"))
    pages = [p for p in pages if p in gold]
    data = {p: page_rows(args.bench, p, silver_text(args.bench / "html" / f"{p}.html.gz")) for p in pages}
    base = default_model()
    if args.region_threshold is not None:
        base = replace(base, region_threshold=args.region_threshold)
    if args.keep_threshold is not None:
        base = replace(base, keep_threshold=args.keep_threshold)
    folds = [pages[i:: args.folds] for i in range(args.folds)]
    per_fold = []
    for held in folds:
        train = [p for p in pages if p not in held]
        x = np.vstack([data[p][0] for p in train])
        y = np.concatenate([data[p][1] for p in train])
        per_fold.append((replace(base, weights=fit(x, y)), held))
    print(f"page-grouped {args.folds}-fold CV (each page scored by a model that never saw it):")
    print(score_outputs(args.bench, per_fold))
    if args.write:
        x = np.vstack([data[p][0] for p in pages])
        y = np.concatenate([data[p][1] for p in pages])
        raw = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
        raw["weights"] = fit(x, y)
        WEIGHTS_PATH.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
