"""The JSON Lines export contract: exact keys in exact order, valid UTF-8 lines.

If one of these tests fails, the export contract changed: update the module docstring of
`lagebild.export` and the README, and only ever append keys.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from lagebild.export import article_record, entity_record, passage_record, story_record, write_jsonl
from lagebild.model import Article, Entity, EntityMention, Occurrence, Passage, Story, Timex
from lagebild.reuse import Provenance

ARTICLE_KEYS = [
    "type", "id", "source", "format", "language", "outlet", "title", "teaser", "published",
    "authors", "credits", "tags", "links", "body", "story", "duplicate_of",
    "url", "captions", "related", "timexes", "own_share",
]  # fmt: skip
TIMEX_KEYS = ["start", "end", "text", "type", "value"]
ENTITY_KEYS = ["type", "id", "name", "kind", "aliases", "mentions"]
MENTION_KEYS = ["article", "start", "end", "text"]
STORY_KEYS = ["type", "id", "title", "articles", "first_published", "last_published"]
PASSAGE_KEYS = ["type", "text", "occurrences", "source_guess", "earliest"]
OCCURRENCE_KEYS = ["article", "start", "end"]

ARTICLE = Article(
    id="1a2b3c4d5e6f7081",
    source="dumps/straßenfest.txt",
    format="txt",
    body="Das Straßenfest in Großenhain zog am Samstag Tausende an. Die Polizei meldete keine Zwischenfälle.",
    title="Straßenfest lockt Tausende",
    published="2024-06-15",
    language="de",
    authors=["Änne Öztürk"],
    credits=["dpa"],
    tags=["Großenhain"],
    url="https://example.org/strassenfest",
    captions=["Foto: Besucher am Marktplatz"],
    story="st-0001",
    timexes=[Timex(start=34, end=44, text="am Samstag", type="DATE", value="2024-06-15")],
)


def test_article_record_has_exactly_the_contract_keys_in_order() -> None:
    record = article_record(ARTICLE)
    assert list(record) == ARTICLE_KEYS
    assert record["type"] == "article"
    assert record["authors"] == ["Änne Öztürk"] and record["related"] == []
    assert record["body"] == ARTICLE.body and record["duplicate_of"] is None


def test_story_record_has_exactly_the_contract_keys_in_order() -> None:
    story = Story(id="st-0001", title="Straßenfest", articles=[ARTICLE.id], first_published="2024-06-15")
    record = story_record(story)
    assert list(record) == STORY_KEYS
    assert record["articles"] == [ARTICLE.id] and record["last_published"] is None


def test_passage_record_has_exactly_the_contract_keys_and_offsets_into_the_body() -> None:
    start = ARTICLE.body.index("Die Polizei")
    passage = Passage(
        text=ARTICLE.body[start:], occurrences=[Occurrence(ARTICLE.id, start, len(ARTICLE.body))]
    )
    record = passage_record(passage)
    assert list(record) == PASSAGE_KEYS
    assert [list(o) for o in record["occurrences"]] == [OCCURRENCE_KEYS]
    occurrence = record["occurrences"][0]
    assert ARTICLE.body[occurrence["start"] : occurrence["end"]] == record["text"]


def test_write_jsonl_writes_one_valid_object_per_line_keeping_non_ascii() -> None:
    out = io.StringIO()
    records = [article_record(ARTICLE), story_record(Story("st-0001", "Fest", [ARTICLE.id]))]
    assert write_jsonl(iter(records), out) == 2
    text = out.getvalue()
    assert "Straßenfest" in text and "\\u00df" not in text  # ß written as is
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 3
    parsed = [json.loads(line) for line in lines[:-1]]
    assert parsed == records
    assert list(parsed[0]) == ARTICLE_KEYS  # order survives serialisation


def test_write_jsonl_escapes_records_utf8_cannot_carry(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    broken = Article(id="x", source="s", format="txt", body="kaputt \udcfc", title="Übel")
    with path.open("w", encoding="utf-8") as out:
        assert write_jsonl([article_record(ARTICLE), article_record(broken)], out) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[1])["body"] == "kaputt \udcfc"
    assert json.loads(lines[0])["title"] == "Straßenfest lockt Tausende"


def test_timexes_on_article_records_index_the_body() -> None:
    record = article_record(ARTICLE)
    assert [list(t) for t in record["timexes"]] == [TIMEX_KEYS]
    t = record["timexes"][0]
    assert record["body"][t["start"] : t["end"]] == t["text"]


def test_entity_record_has_exactly_the_contract_keys_in_order() -> None:
    entity = Entity(id="e-1", name="Änne Öztürk", kind="PER", aliases=["Öztürk", "Änne Öztürk"],
                    mentions=[EntityMention(article=ARTICLE.id, start=0, end=3, text="Das")])
    record = entity_record(entity)
    assert list(record) == ENTITY_KEYS
    assert [list(m) for m in record["mentions"]] == [MENTION_KEYS]


def test_provenance_and_own_share_are_appended_and_null_when_not_computed() -> None:
    passage = Passage(
        text=ARTICLE.body[:20], occurrences=[Occurrence(ARTICLE.id, 0, 20), Occurrence("b", 5, 25)]
    )
    bare = passage_record(passage)
    assert bare["source_guess"] is None and bare["earliest"] is None
    record = passage_record(passage, Provenance(earliest=ARTICLE.id, reusers=["b"], source_guess="dpa"))
    assert list(record) == PASSAGE_KEYS
    assert (record["source_guess"], record["earliest"]) == ("dpa", ARTICLE.id)
    assert article_record(ARTICLE)["own_share"] is None
    assert article_record(ARTICLE, own_share=2 / 3)["own_share"] == 0.6667
