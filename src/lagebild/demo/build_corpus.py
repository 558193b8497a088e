"""Rebuild the bundled demo corpus from German Wikinews articles (CC BY 2.5, credit "Wikinews").

    python -m lagebild.demo.build_corpus ../shared/data/spkatt2023_news

Reads the SpkAtt-2023 task-2 JSON files (tokenised Wikinews articles, publication date in the
file name), keeps the articles published in September and October 2005 (the German federal
election and its aftermath, so the demo has stories with several articles), detokenises them
and writes one JSON Lines record per article in the format `lagebild run` reads. Only the
article texts are used, never the NC-licensed annotations.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

OUT = Path(__file__).with_name("corpus") / "wikinews_2005.jsonl"
_NAME = re.compile(r"^(?P<id>\d+) - (?P<title>.+) \((?P<date>\d{4}-\d{2}-\d{2})\)\.json$")
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“%])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def detokenise(tokens: list[str]) -> str:
    """Join tokens into running text: no space before closing punctuation or after opening."""
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def build(spkatt_news: Path, months: tuple[str, ...] = ("2005-09", "2005-10")) -> list[dict[str, object]]:
    """The demo records, sorted by publication date then id."""
    records: list[dict[str, object]] = []
    for split in ("train", "test_blind"):
        for path in sorted((spkatt_news / split / "task2").glob("*.json")):
            m = _NAME.match(path.name)
            if not m or not m["date"].startswith(months):
                continue
            doc = json.loads(path.read_text(encoding="utf-8"))
            sentences = [detokenise(s["Tokens"]) for s in doc["Sentences"]]
            title = m["title"]
            # The first sentence of a Wikinews task file repeats the title: drop it from the body.
            if sentences and sentences[0].rstrip(" .") == title.rstrip(" ."):
                sentences = sentences[1:]
            records.append({
                "url": "https://de.wikinews.org/wiki/" + quote(title.replace(" ", "_")),
                "title": title,
                "text": " ".join(sentences),
                "published": m["date"],
                "outlet": "Wikinews",
                "authors": [],
                "licence": "CC BY 2.5, Wikinews",
            })
    records.sort(key=lambda r: (str(r["published"]), str(r["url"])))
    return records + constructed_reuse(records)


#: Follow-up reports the demo constructs from Wikinews articles (title fragment, our own
#: opening, our own closing), so that `lagebild demo` shows shared copy, a near duplicate and
#: multi-article stories. They are marked as constructed and keep the Wikinews credit.
_FOLLOW_UPS = (
    ("Bundestagswahl", "Am Tag nach der Wahl ordnen die Parteien ihre Lage neu.",
     "Die Gespräche über eine Regierungsbildung sollen in den kommenden Tagen beginnen."),
    ("Hurrikan", "Die Diskussion über die Hilfe für die Opfer des Sturms geht weiter.",
     "Hilfsorganisationen riefen erneut zu Spenden für die betroffenen Regionen auf."),
)


def constructed_reuse(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Two follow-ups that reuse the first three sentences of a Wikinews article, and one copy
    of a Wikinews article with a changed last sentence (a near duplicate)."""
    out: list[dict[str, object]] = []
    for fragment, opening, closing in _FOLLOW_UPS:
        source = next((r for r in records if fragment in str(r["title"])), None)
        if source is None:
            continue
        sentences = re.split(r"(?<=[.!?])\s+", str(source["text"]))
        out.append({
            "url": f"{source['url']}#follow-up", "title": f"Nach dem Bericht: {source['title']}",
            "text": "\n\n".join([opening, " ".join(sentences[:3]), closing]),
            "published": source["published"], "outlet": "Demo-Folgebericht (constructed)", "authors": [],
            "licence": "CC BY 2.5, derived from Wikinews",
        })
    if records:
        original = records[len(records) // 2]
        sentences = re.split(r"(?<=[.!?])\s+", str(original["text"]))
        out.append({**original, "url": f"{original['url']}#copy", "outlet": "Demo-Spiegelseite (constructed)",
                    "text": " ".join(sentences[:-1] + ["Weitere Einzelheiten wurden zunächst nicht bekannt."]),
                    "licence": "CC BY 2.5, derived from Wikinews"})
    return out


def main(argv: list[str]) -> None:
    source = Path(argv[1] if len(argv) > 1 else "../shared/data/spkatt2023_news")
    records = build(source)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {OUT}")


if __name__ == "__main__":
    main(sys.argv)
