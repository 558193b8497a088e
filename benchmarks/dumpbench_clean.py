"""Dumpbench: lagebild's dump cleaner vs keep-everything and jusText, plus speed vs trafilatura.

Run from the repo root:  python benchmarks/dumpbench_clean.py [--split dev] [--skip-baselines] [--cv]
Reads ../shared/data/dumpbench (dumps/<split>/<page>.<style>.txt, html/<page>.html.gz),
writes each cleaner's outputs (title, blank line, body) to a temp folder in the
<page>.<style>.txt layout, scores each folder with the benchmark's own score.py and
prints its P/R/F1 table, then files/s of lagebild's dump cleaner and of trafilatura on
the same pages' original HTML. The shipped weights were set while looking at dev pages,
so the in-sample table is optimistic: `--cv` also prints the page-grouped 5-fold CV table
(weights and thresholds learned on silver labels, each page scored by a model that never
saw it), i.e. `python -m lagebild.clean.train_blocks ../shared/data/dumpbench --folds 5`.
"""

from __future__ import annotations

import argparse
import gzip
import html
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lagebild.clean.dump import clean_dump_text

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "dumpbench"


def lagebild_output(text: str) -> str:
    cleaned = clean_dump_text(text)
    return f"{cleaned.title or ''}\n\n{cleaned.body}\n"


def keep_everything(text: str) -> str:
    return text


def justext_output(text: str) -> str:
    """jusText on the dump, each blank-line-separated block given to it as one <p>."""
    import justext

    blocks = [b for b in text.split("\n\n") if b.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("German"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_cleaner(name: str, cleaner: Callable[[str], str], dumps: list[Path], out_dir: Path) -> float:
    """Clean every dump into out_dir; return files per second (reading excluded)."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in dumps]
    start = time.perf_counter()
    outputs = [(n, cleaner(t)) for n, t in texts]
    elapsed = time.perf_counter() - start
    for n, out in outputs:
        (out_dir / n).write_text(out, encoding="utf-8")
    return len(texts) / elapsed


def score(out_dir: Path, split: str) -> str:
    result = subprocess.run([sys.executable, str(BENCH / "score.py"), str(out_dir), split],
                            capture_output=True, text=True, check=True)
    return result.stdout


def trafilatura_speed(pages: list[str]) -> float:
    import trafilatura

    htmls = []
    for page in pages:
        with gzip.open(BENCH / "html" / f"{page}.html.gz") as f:
            htmls.append(f.read())
    start = time.perf_counter()
    for h in htmls:
        trafilatura.extract(h, favor_precision=True)
    return len(htmls) / (time.perf_counter() - start)


def cli_clean_speed(folder: Path, workers: int) -> float:
    """Files/s of the real `lagebild clean` command on a folder, run in this process."""
    from typer.testing import CliRunner

    from lagebild.cli import app

    n = len(list(folder.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = CliRunner().invoke(app, ["clean", str(folder), "--out", tmp, "--workers", str(workers)])
        elapsed = time.perf_counter() - start
    if result.exit_code != 0:
        sys.exit(f"lagebild clean failed: {result.output}")
    return n / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--skip-baselines", action="store_true")
    ap.add_argument("--cv", action="store_true", help="also print page-grouped CV figures (~1 min)")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"dumpbench not found at {BENCH}: run from a checkout beside ../shared")
    dumps = sorted((BENCH / "dumps" / args.split).glob("*.txt"))
    cleaners: list[tuple[str, Callable[[str], str]]] = [("lagebild", lagebild_output)]
    if not args.skip_baselines:
        cleaners += [("keep-everything", keep_everything), ("jusText", justext_output)]
    speeds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, cleaner in cleaners:
            out_dir = Path(tmp) / name
            out_dir.mkdir()
            speeds[name] = run_cleaner(name, cleaner, dumps, out_dir)
            print(f"== {name}" + (" (shipped weights, in-sample on dev)" if name == "lagebild" else ""))
            print(score(out_dir, args.split))
    pages = sorted({p.name.rsplit(".", 2)[0] for p in dumps})
    traf = trafilatura_speed(pages)
    print(f"speed: lagebild dump cleaner {speeds['lagebild']:.0f} files/s on {len(dumps)} dumps; "
          f"trafilatura (favor_precision) on the {len(pages)} pages' HTML {traf:.0f} files/s "
          f"(ratio {speeds['lagebild'] / traf:.1f}x)")
    for workers in (1, 2):
        rate = cli_clean_speed(BENCH / "dumps" / args.split, workers)
        print(f"speed: `lagebild clean --workers {workers}` (read, decode, clean, metadata, write) "
              f"{rate:.0f} files/s ({rate / traf:.1f}x trafilatura)")
    cv_command = [sys.executable, "-m", "lagebild.clean.train_blocks", str(BENCH), "--folds", "5"]
    if args.cv:
        print("== lagebild, learned model, page-grouped CV")
        print(subprocess.run(cv_command, capture_output=True, text=True, check=True).stdout)
    else:
        print("held-out estimate (page-grouped CV): rerun with --cv or run " + " ".join(cv_command[1:]))


if __name__ == "__main__":
    main()
