"""Quality of `lagebild.time` on two German gold sets; prints every figure it claims.

Run from the repo root: `python benchmarks/time_eval.py` (reads ../shared/data).

1. ctparse (../shared/data/ctparse_de/timeparse_de.json, 1,082 short booking expressions)
   Tagged with prefer="future" (bookings look ahead) and anchor = ref_time.
   Split: records with even index are "dev" (looked at while writing rules), odd are "held-out".
   Comparison: the gold `Time[]{YYYY-MM-DD HH:MM (dow/tod)}` is compared with our first
   DATE/TIME timex; an `Interval[]{A - B}` with our first (A) and last (B) timex, B only when
   it is not None (an open start "None - B" checks only B). A point matches when the date part is equal (gold "X-X-X" = any date) and
   the clock is equal (gold "X:X" requires that we give no clock). Parts of day are not in the
   main figure (ctparse's "earlymorning/lateafternoon" are finer than TIMEX3's MO/AF/EV/NI);
   a second figure also requires our part-of-day code to equal the coarse mapping of the
   gold tod. Durations (3 records, "eine Übernachtung") count as misses.
2. WikiWarsDE (../shared/data/wikiwarsde/keyinline, 11 documents, TIMEX2 inline)
   Tagged with prefer="past", narrative=True (histories: year-less dates take the year last
   mentioned), join_clock=False (TIMEX2 marks "1. September 1939" and "4:45 Uhr" apart),
   anchor = the document's DATETIME. Split: documents in sorted order, even
   positions dev (01,05,09,13,17,21), odd held-out (03,07,11,15,19).
   Spans: strict = identical offsets; relaxed = overlap (one-to-one, greedy). Value accuracy
   over relaxed matches whose gold has a val: equal after upper-casing and dropping trailing
   "X" (our "195X"-style vs TIMEX2 "195"); mod/anchor attributes are ignored.
"""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from lagebild.model import Timex
from lagebild.time import TimeOptions, find_timexes

DATA = Path("../shared/data")
_POINT = re.compile(r"(X|\d{4})-(X|\d{1,2})-(X|\d{1,2}) (X|\d{1,2}):(X|\d{2}) \((\w+)/(\w+)\)")
_TOD = {"morning": "MO", "earlymorning": "MO", "latemorning": "MO", "forenoon": "MO", "earlyforenoon": "MO",
        "lateforenoon": "MO", "noon": "MI", "earlynoon": "MI", "latenoon": "MI", "afternoon": "AF",
        "earlyafternoon": "AF", "lateafternoon": "AF", "evening": "EV", "earlyevening": "EV",
        "lateevening": "EV", "night": "NI", "earlynight": "NI", "latenight": "NI", "first": "MO"}  # fmt: skip


@dataclass
class Point:
    date: str | None  # "2017-10-05" or None when gold leaves it open
    clock: str | None
    pod: str | None


def gold_point(raw: str) -> Point:
    m = _POINT.search(raw)
    if not m:
        raise ValueError(raw)
    y, mo, d, h, mi, _dow, tod = m.groups()
    date = None if "X" in (y, mo, d) else f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    clock = None if h == "X" else f"{int(h):02d}:{int(mi if mi != 'X' else 0):02d}"
    return Point(date, clock, _TOD.get(tod) if tod != "X" else None)


def our_point(value: str) -> Point:
    day, _, rest = value.partition("T")
    clock = rest[:5] if re.match(r"\d{2}:\d{2}", rest) else None
    pod = rest if rest and not clock else None
    return Point(day, clock, pod)


def point_matches(gold: Point, ours: Point, with_pod: bool) -> bool:
    if gold.date is not None and gold.date != ours.date:
        return False
    if gold.clock != ours.clock:
        return False
    return not (with_pod and gold.pod is not None and gold.pod != ours.pod)


def ctparse_scores() -> None:
    records = json.loads((DATA / "ctparse_de/timeparse_de.json").read_text(encoding="utf-8"))
    halves: dict[str, list[tuple[bool, bool]]] = {"dev": [], "held-out": []}
    started = time.perf_counter()
    for index, record in enumerate(records):
        timexes = [t for t in find_timexes(record["text"], record["ref_time"], TimeOptions(prefer="future"))
                   if t.type in ("DATE", "TIME")]  # fmt: skip
        gold = record["gold_parse"]
        scores = []
        for with_pod in (False, True):
            ok = False
            if timexes and gold.startswith("Time"):
                ok = point_matches(gold_point(gold), our_point(timexes[0].value), with_pod)
            elif timexes and gold.startswith("Interval"):
                start_raw, _, end_raw = gold[gold.index("{") + 1 : -1].partition(" - ")
                open_start = start_raw.strip() == "None"
                ok = open_start or point_matches(gold_point(start_raw), our_point(timexes[0].value), with_pod)
                if ok and end_raw.strip() != "None":
                    ok = (open_start or len(timexes) > 1) and point_matches(
                        gold_point(end_raw), our_point(timexes[-1].value), with_pod
                    )
            scores.append(ok)
        halves["dev" if index % 2 == 0 else "held-out"].append((scores[0], scores[1]))
    elapsed = time.perf_counter() - started
    print(
        f"ctparse_de ({len(records)} records, prefer=future, {1000 * elapsed / len(records):.2f} ms/record)"
    )
    for name, rows in halves.items():
        n = len(rows)
        print(f"  {name:9s} n={n:4d}  value accuracy (date+clock) {sum(r[0] for r in rows) / n:.3f}"
              f"   (+part of day) {sum(r[1] for r in rows) / n:.3f}")  # fmt: skip
    all_rows = halves["dev"] + halves["held-out"]
    print(
        f"  {'all':9s} n={len(all_rows):4d}  value accuracy (date+clock) {sum(r[0] for r in all_rows) / len(all_rows):.3f}"
    )


_TIMEX2 = re.compile(r"<TIMEX2([^>]*)>(.*?)</TIMEX2>", re.DOTALL)
_VAL = re.compile(r'\bval="([^"]*)"')


def read_wikiwars(path: Path) -> tuple[str, str, list[tuple[int, int, str]]]:
    """(plain text, DCT, gold spans with val) from one keyinline document."""
    raw = path.read_text(encoding="utf-8")
    dct = _VAL.search(raw.split("<DATETIME>", 1)[1]).group(1)  # type: ignore[union-attr]
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text, gold, cursor = [], [], 0
    length = 0
    for m in _TIMEX2.finditer(body):
        before = html.unescape(body[cursor : m.start()])
        text.append(before)
        length += len(before)
        inner = html.unescape(m.group(2))
        val = _VAL.search(m.group(1))
        gold.append((length, length + len(inner), val.group(1) if val else ""))
        text.append(inner)
        length += len(inner)
        cursor = m.end()
    text.append(html.unescape(body[cursor:]))
    return "".join(text), dct, gold


def _norm(value: str) -> str:
    return value.upper().rstrip("X") or value.upper()


def wikiwars_scores() -> None:
    files = sorted((DATA / "wikiwarsde/keyinline").glob("*.key.xml"))
    print(f"WikiWarsDE ({len(files)} documents, prefer=past, narrative=True, join_clock=False, anchor=DCT)")
    for name, subset in (("dev", files[0::2]), ("held-out", files[1::2])):
        n_gold = n_pred = strict = relaxed = value_total = value_ok = 0
        for path in subset:
            text, dct, gold = read_wikiwars(path)
            predicted: list[Timex] = find_timexes(
                text, dct, TimeOptions(prefer="past", narrative=True, join_clock=False)
            )
            n_gold += len(gold)
            n_pred += len(predicted)
            spans = {(t.start, t.end) for t in predicted}
            strict += sum((s, e) in spans for s, e, _ in gold)
            used: set[int] = set()
            for s, e, val in gold:
                match = next(
                    (i for i, t in enumerate(predicted) if i not in used and t.start < e and s < t.end), None
                )
                if match is None:
                    continue
                used.add(match)
                relaxed += 1
                if val:
                    value_total += 1
                    value_ok += _norm(val) == _norm(predicted[match].value)
        for label, hits in (("strict", strict), ("relaxed", relaxed)):
            p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"  {name:9s} {label:7s} P {p:.3f} R {r:.3f} F1 {f1:.3f}  (gold {n_gold}, predicted {n_pred})"
            )
        print(
            f"  {name:9s} value accuracy on relaxed matches {value_ok / max(value_total, 1):.3f} (n={value_total})"
        )


if __name__ == "__main__":
    ctparse_scores()
    wikiwars_scores()
