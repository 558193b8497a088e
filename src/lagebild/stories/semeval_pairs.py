"""SemEval-2022 Task 8 German pairs as similarity parts, for fitting and measuring story similarity.

Input: a directory with pairs.csv (gold Overall 1 = same story ... 4 = unrelated) and
articles.jsonl (read from ../shared at fit/benchmark time; never shipped). Output: one
`GoldPair` per pair with its `similarity_parts` and event-time gate. Cost: ~1 ms of features
per article, plus ~0.1 s per article with the encoder (173 articles).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lagebild.stories.features import StoryFeatures, text_features
from lagebild.stories.similarity import similarity_parts, time_factor

SAME_EVENT_MAX_OVERALL = 1.5
#: SemEval's looser "same story" (Overall <= 2).
SAME_STORY_MAX_OVERALL = 2.0


@dataclass(frozen=True, slots=True)
class GoldPair:
    """One gold pair: its id, its articles' ids, gold Overall, the similarity parts of its two
    articles and their event-time gate (`similarity.time_factor`)."""

    pair_id: str
    overall: float
    parts: dict[str, float]
    ids: tuple[str, str] = ("", "")
    time: float = 1.0

    @property
    def target(self) -> float:
        """Gold similarity on the score's scale: (4 - Overall) / 3, 1 = same story."""
        return (4.0 - self.overall) / 3.0

    @property
    def same_event(self) -> bool:
        return self.overall <= SAME_EVENT_MAX_OVERALL

    @property
    def same_story(self) -> bool:
        return self.overall <= SAME_STORY_MAX_OVERALL


def iso_date(publish_date: str | None) -> str | None:
    """newspaper3k's "Sat Jan  4 00:00:00 2020" -> "2020-01-04"."""
    if not publish_date:
        return None
    try:
        return datetime.strptime(" ".join(publish_date.split()), "%a %b %d %H:%M:%S %Y").date().isoformat()
    except ValueError:
        return publish_date[:10]


def load_articles(data: Path) -> list[dict[str, str | None]]:
    """The articles as dicts with id, title, text, published (ISO)."""
    out = []
    with (data / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            out.append({"id": a["id"], "title": a.get("title"), "text": a["text"],
                        "published": iso_date(a.get("publish_date"))})
    return out


def load_gold_pairs(data: Path, encoder: bool = False) -> list[GoldPair]:
    """All gold pairs with the similarity parts of their articles."""
    feats: dict[str, StoryFeatures] = {
        str(a["id"]): text_features(a["title"], None, a["text"] or "", a["published"], encoder=encoder)
        for a in load_articles(data)
    }
    with (data / "pairs.csv").open(encoding="utf-8") as fh:
        return [
            GoldPair(
                row["pair_id"],
                float(row["Overall"]),
                similarity_parts(feats[row["id1"]], feats[row["id2"]]),
                (row["id1"], row["id2"]),
                time_factor(feats[row["id1"]], feats[row["id2"]]),
            )
            for row in csv.DictReader(fh)
        ]
