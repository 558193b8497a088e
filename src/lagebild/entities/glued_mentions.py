"""Split mentions the tagger glued together: "Kim Schoigu", "Pjöngjang Moskau", "Kims Regime".

German puts names next to each other without punctuation ("nahm Kim Schoigu mit", "lieferte
Pjöngjang Moskau Granaten") and the tagger then returns one span. A span is cut only on the
article's own evidence (`DocumentNames`, built from the *other* mentions), left to right, each
piece the longest run of words that is:
- a name the article tags elsewhere (a full name whole, a place or organisation word), or a
  word that is the first/last word of *another* full person name ("Kim" of "Kim Jong Un",
  "Schoigu" of "Sergej Schoigu"), also inflected ("Schoigus", "Kims"); the piece takes that kind;
- or, as the last word only, a dictionary word that is no name here ("Regime", "Reise",
  "Diktator"): it is dropped.
Every word must be accounted for, else the span stays as it is ("Söldnertruppe Wagner",
"Hans Müller" even when "Müller" alone is tagged too: a short form of the span is no evidence).

One more pattern without tags to lean on: a person span of three or more words whose last two
words each occur elsewhere in the article but never again side by side ("Sergei Schoigu
Pjöngjang" with "Schoigu ..." and "... Pjöngjang ..." elsewhere) is a full name plus a glued word; the name keeps its words,
the glued word becomes a mention only if the article tags it somewhere (its kind is not guessed).

Cost: O(k·m) for k multi-word mentions and m mentions (the evidence is rebuilt without the span).
"""

from __future__ import annotations

from collections import Counter

from lagebild.entities.document_names import DocumentNames, is_dictionary_word
from lagebild.model import Mention
from lagebild.nlp.tokens import word_spans


def split_glued_mentions(body: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with glued spans cut into their names (see the module docstring).

    Input: the body and its mentions (offsets into body). Output: the same mentions, glued ones
    replaced by their pieces, in text order.
    """
    body_words = [word for word, _, _ in word_spans(body)]
    standalone = Counter(body_words)
    pairs = Counter(zip(body_words, body_words[1:], strict=False))
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        words = [(w, mention.start + s, mention.start + e) for w, s, e in word_spans(mention.text)]
        if len(words) < 2:
            out.append(mention)
            continue
        evidence = DocumentNames.from_mentions(mentions[:i] + mentions[i + 1:])
        pieces = _pieces(body, words, evidence)
        if pieces is None and mention.kind == "PER":
            pieces = _full_name_plus_glued_word(body, words, evidence, standalone, pairs)
        out.extend(pieces if pieces is not None else [mention])
    return sorted(out, key=lambda m: m.start)


Word = tuple[str, int, int]


def _pieces(body: str, words: list[Word], evidence: DocumentNames) -> list[Mention] | None:
    if evidence.kind_of(body[words[0][1]:words[-1][2]]) is not None:
        return None  # the whole span is a name the article uses elsewhere: not glued
    pieces: list[Mention] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if j - i == len(words):
                continue  # the whole span: checked above
            start, end = words[i][1], words[j - 1][2]
            kind = evidence.kind_of(body[start:end])
            if kind is not None:
                pieces.append(Mention(start, end, body[start:end], kind))
                i = j
                break
        else:
            last = words[i]
            if i == len(words) - 1 and pieces and last[0][:1].isupper() and is_dictionary_word(last[0]):
                return pieces  # a trailing common noun: "Kims Regime" -> "Kims"
            return None
    return pieces


def _full_name_plus_glued_word(body: str, words: list[Word], evidence: DocumentNames,
                               standalone: Counter[str], pairs: Counter[tuple[str, str]]) -> list[Mention] | None:
    # Each of the last two words occurs outside this span, but never as this pair again
    # ("Hans Peter Müller" beside "Peter Müller" is one name, whatever else the text says).
    if len(words) < 3 or any(standalone[w] < 2 for w, _, _ in words[-2:]) or pairs[(words[-2][0], words[-1][0])] > 1:
        return None
    name_start, name_end = words[0][1], words[-2][2]
    pieces = [Mention(name_start, name_end, body[name_start:name_end], "PER")]
    glued, start, end = words[-1]
    kind = evidence.kind_of(glued)
    if kind is not None:
        pieces.append(Mention(start, end, glued, kind))
    return pieces
