"""SmartData v1 (DFKI): Avro-JSON documents with character-offset concept mentions, no tokens.

Tokenised here with the same spaCy German tokenizer the model uses, then split into
sentences at line breaks and sentence-final punctuation, so that spans align with tokens.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..labels import DFKI_MOBILITY, MISSING, OUTSIDE, map_type
from . import TaggedSentence


def _documents(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    decoder, i = json.JSONDecoder(), 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        doc, i = decoder.raw_decode(text, i)
        yield doc


def _unwrap(value: Any) -> Any:
    """Avro unions arrive as {"string": ...} / {"array": ...}; return the payload."""
    if isinstance(value, dict) and len(value) == 1:
        return next(iter(value.values()))
    return value


def read_smartdata(path: Path) -> Iterator[TaggedSentence]:
    """Yield mapped sentences of one SmartData v1 file. Cost: spaCy tokenizer over every text."""
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    for doc_json in _documents(path):
        text = _unwrap(doc_json.get("text")) or ""
        mentions = _unwrap(doc_json.get("conceptMentions")) or []
        doc = tokenizer(text)
        tags = [OUTSIDE] * len(doc)
        for mention in mentions:
            kind = map_type(mention["type"], DFKI_MOBILITY)
            if kind == OUTSIDE:
                continue
            start, end = mention["span"]["start"], mention["span"]["end"]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if doc.char_span(start, end) is None:
                # Mention inside a token ("DLR" in "DLR-Forscher"): GermEval calls that ORGpart,
                # not ORG, so the token carries no signal rather than a wrong one.
                kind = MISSING
            if kind == MISSING:
                for i in range(span.start, span.end):
                    tags[i] = MISSING
                continue
            if any(t not in (OUTSIDE, MISSING) for t in tags[span.start : span.end]):
                continue  # overlapping mention: keep the first
            tags[span.start] = "B-" + kind
            for i in range(span.start + 1, span.end):
                tags[i] = "I-" + kind
        yield from _sentences(doc, tags)


def _sentences(doc: Any, tags: list[str]) -> Iterator[TaggedSentence]:
    words: list[str] = []
    sentence_tags: list[str] = []
    for token, tag in zip(doc, tags, strict=True):
        if token.is_space:
            if "\n" in token.text and words and not sentence_tags[-1].startswith(("B-", "I-")):
                yield TaggedSentence(words, sentence_tags)
                words, sentence_tags = [], []
            continue
        words.append(token.text)
        sentence_tags.append(tag)
        if token.text in (".", "!", "?") and tag == OUTSIDE and len(words) > 3:
            yield TaggedSentence(words, sentence_tags)
            words, sentence_tags = [], []
    if words:
        yield TaggedSentence(words, sentence_tags)
