"""Claims of one article: the token-level rules run over its sentences, mapped back to `body` offsets.

Source spans: the speaker phrase found by the rules ("die staatliche Nachrichtenagentur KCNA"),
narrowed to a named-entity mention inside it when there is one, so that stories can group
claims by who makes them: a PER mention wins, then ORG, LOC, MISC; among equals the last (the
head of a German noun phrase stands at its end: "Nachrichtenagentur KCNA" -> "KCNA"). A
compound such as "US-Erkenntnissen" without a mention is narrowed to its name part "US" when
that part is an acronym or capitalised name before a source noun. The span's `kind` is the
mention's NER kind, else "".

Cost: O(len(body)) for the rules (1-2 ms per 3,000 characters, `benchmarks/quote_eval.py`) plus
sentence splitting (SoMaJo, ~30 ms per 3,000 characters): pass `sentence_spans` when the caller
already has them.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.events.claims.attribution import Attribution, AttributionOptions, find_attributions
from lagebild.events.claims.lexicon import SOURCE_NOUN_ENDINGS
from lagebild.events.claims.phrases import TokenId
from lagebild.events.claims.tokens import token_spans
from lagebild.model import Article, Claim, Mention, Span
from lagebild.nlp.sentences import split_sentences

_KIND_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
_PREPOSITIONS = frozenset({"aus", "von", "vom", "in", "im", "bei", "beim", "seitens"})


def find_claims(
    article: Article,
    sentence_spans: Sequence[tuple[int, int]] | None = None,
    options: AttributionOptions | None = None,
) -> list[Claim]:
    """The claims of `article`, in text order, with ids f"{article.id}:c{n}" and offsets into
    `article.body`. `sentence_spans` (from `lagebild.nlp.sentences.split_sentences`) saves the
    splitting when the caller has them. Pure: reads `article`, changes nothing."""
    body = article.body
    spans = split_sentences(body) if sentence_spans is None else sentence_spans
    sentences = [token_spans(body, start, end) for start, end in spans]
    atts = find_attributions([[t for t, _, _ in sent] for sent in sentences], options)
    mentions = sorted(article.mentions, key=lambda m: m.start)
    claims: list[Claim] = []
    for att in atts:
        claim = _to_claim(article, att, sentences, mentions, len(claims))
        if claim is not None:
            claims.append(claim)
    return claims


def _char_span(body: str, ids: list[TokenId], sentences: list[list[tuple[str, int, int]]]) -> Span | None:
    """The body text from the first to the last token of `ids` (gaps included), or None."""
    if not ids:
        return None
    first, last = min(ids), max(ids)
    start, end = sentences[first[0]][first[1]][1], sentences[last[0]][last[1]][2]
    return Span(start, end, body[start:end])


def _cue_span(body: str, att: Attribution, sentences: list[list[tuple[str, int, int]]]) -> Span | None:
    """The cue words when they stand together ("hieß es", "Spekuliert wurde"); for a split cue
    ("teilte ... mit", "hatte ... gesagt") only its main word, so the span holds no other role."""
    ids = sorted(att.cue)
    if not ids:
        return None
    contiguous = all(b == (a[0], a[1] + 1) for a, b in zip(ids, ids[1:], strict=False))
    return _char_span(body, ids if contiguous else [att.head or ids[0]], sentences)


def source_span(body: str, phrase: Span, mentions: Sequence[Mention]) -> Span:
    """Narrow a speaker phrase to the best named-entity mention inside it (see the module doc)."""
    inside = [m for m in mentions if phrase.start <= m.start and m.end <= phrase.end]
    if inside:
        best = min(inside, key=lambda m: (_KIND_RANK.get(m.kind, 4), -m.start))
        return Span(best.start, best.end, best.text, best.kind)
    head, sep, rest = phrase.text.partition("-")
    if sep and rest.lower().endswith(SOURCE_NOUN_ENDINGS) and (head.isupper() or head[:1].isupper()) and " " not in head:
        return Span(phrase.start, phrase.start + len(head), head)
    return phrase


def _to_claim(
    article: Article,
    att: Attribution,
    sentences: list[list[tuple[str, int, int]]],
    mentions: Sequence[Mention],
    n: int,
) -> Claim | None:
    body = article.body
    content = _char_span(body, att.message, sentences)
    if content is None:
        return None
    cue = _cue_span(body, att, sentences)
    speaker = att.source
    if speaker == att.cue:  # "Demnach ...": the report named before, if any
        speaker = att.referent or []
    if speaker and sentences[speaker[0][0]][speaker[0][1]][0].lower() in _PREPOSITIONS:
        speaker = speaker[1:]  # "aus Moskau" -> "Moskau"
    phrase = _char_span(body, speaker, sentences)
    source = source_span(body, phrase, mentions) if phrase is not None else None
    parts = [s for s in (content, cue, phrase) if s is not None]
    start, end = min(s.start for s in parts), max(s.end for s in parts)
    return Claim(
        id=f"{article.id}:c{n}",
        article=article.id,
        start=start,
        end=end,
        content=content,
        cue=cue,
        source=source,
        stance=att.stance,
        form=att.form,
    )
