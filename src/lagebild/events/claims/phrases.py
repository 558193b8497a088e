"""Small token-level helpers for attribution: quotes, clause segments and noun phrases.

A `Doc` holds the sentences as token lists plus what every rule needs per token (lower case,
lemma, quote membership), computed once: O(number of tokens). The noun-phrase readers walk at
most a bounded number of tokens from a start position, so every helper is O(sentence length).
No POS tagger: German capitalisation (nouns and names are capitalised) and closed word lists
stand in for one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.events.claims.lexicon import DETERMINERS, NOT_IN_NP, PRONOUNS, QUOTE_PAIRS, STOP_WORDS_IN_NP
from lagebild.nlp.tokens import lemma as word_lemma

#: A token address: (sentence index, token index), the SpkAtt "sent:tok" pair.
TokenId = tuple[int, int]

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_GENITIVE = frozenset({"des", "der", "eines", "einer", "seines", "seiner", "ihres", "dieses", "unseres"})
_NP_MAX = 14  # a source longer than this is almost always a chunking error


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation from its opening to its closing mark (both included); may span sentences."""

    start: TokenId
    end: TokenId


@dataclass(slots=True)
class Doc:
    """Sentences of tokens with per-token lower case, lemmas and the quotations found in them."""

    tokens: list[list[str]]
    lower: list[list[str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_of: dict[TokenId, int] = field(default_factory=dict)  # token -> index into quotes

    @classmethod
    def build(cls, sentences: Sequence[Sequence[str]]) -> Doc:
        """Index `sentences` (lists of token texts). Cost: O(tokens)."""
        doc = cls([list(s) for s in sentences])
        doc.lower = [[t.lower() for t in s] for s in doc.tokens]
        doc._find_quotes()
        return doc

    def _find_quotes(self) -> None:
        """Pair quotation marks in document order; a quote still open after 6 sentences, or when
        the next „/» opens (German quotes do not nest with the same mark), is dropped."""
        opened: tuple[TokenId, str] | None = None
        for s, sent in enumerate(self.tokens):
            if opened is not None and s - opened[0][0] > 6:
                opened = None
            for i, tok in enumerate(sent):
                if opened is not None and tok in QUOTE_PAIRS.get(opened[1], ()):
                    self.quotes.append(Quote(opened[0], (s, i)))
                    opened = None
                elif tok in ("„", "»") or (opened is None and tok in ('"', "“", "«")):
                    opened = ((s, i), tok)  # a new „ while one is open: the open one was never closed
        for q, quote in enumerate(self.quotes):
            for tid in self.span(quote.start, quote.end):
                self.quote_of[tid] = q

    def span(self, start: TokenId, end: TokenId) -> list[TokenId]:
        """All token ids from `start` to `end`, both included, across sentences."""
        out: list[TokenId] = []
        for s in range(start[0], end[0] + 1):
            first = start[1] if s == start[0] else 0
            last = end[1] if s == end[0] else len(self.tokens[s]) - 1
            out.extend((s, i) for i in range(first, last + 1))
        return out

    def lemma(self, s: int, i: int) -> str:
        """Lower-cased lemma of one token (cached dictionary lookup)."""
        return word_lemma(self.tokens[s][i])

    def in_quote(self, s: int, i: int) -> bool:
        return (s, i) in self.quote_of

    def quote_at(self, s: int, i: int) -> Quote | None:
        q = self.quote_of.get((s, i))
        return None if q is None else self.quotes[q]


def is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def is_capitalised(tok: str) -> bool:
    return tok[:1].isupper()


def looks_adjective(low: str) -> bool:
    """Inflected attributive adjective or ordinal ("staatliche", "ersten"): a lower-case NP word."""
    return low.endswith(("e", "en", "er", "es", "em")) and low not in STOP_WORDS_IN_NP and low.isalpha()


def segments(doc: Doc, s: int) -> list[tuple[int, int]]:
    """Clause-like segments [start, end) of sentence `s`, cut at commas, colons and dashes
    outside quotations; brackets stay inside ("die WHO ( Genf ) sagte"). The break token belongs
    to no segment. Cost: O(len)."""
    sent = doc.tokens[s]
    out: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(sent):
        if tok in _CLAUSE_BREAKS and not doc.in_quote(s, i):
            if i > start:
                out.append((start, i))
            start = i + 1
    end = len(sent)
    while end > start and sent[end - 1] in _SENTENCE_END:
        end -= 1
    if end > start:
        out.append((start, end))
    return out


def sentence_end(doc: Doc, s: int) -> int:
    """Index after the last non-final-punctuation token of sentence `s`."""
    sent = doc.tokens[s]
    end = len(sent)
    while end > 0 and sent[end - 1] in _SENTENCE_END:
        end -= 1
    return end


def _saxon_genitive(tok: str) -> bool:
    """A name in the genitive before its noun ("Nordkoreas", "Putins")."""
    return len(tok) > 3 and tok.endswith("s") and is_capitalised(tok) and not tok.isupper()


def _np_continues(sent: list[str], low: list[str], j: int, stop: int, seen_head: bool) -> bool:
    """May a non-head token `j` belong to the noun phrase read so far?"""
    tok, lw = sent[j], low[j]
    if not seen_head:
        return tok[:1].isdigit() or lw in DETERMINERS or looks_adjective(lw)
    if lw in _GENITIVE:  # "Sprecher des Ministeriums"
        return j + 1 < stop
    if lw in ("von", "vom"):  # "Ursula von der Leyen", "Homans vom Sekretariat", "vom zuständigen Amt"
        return j + 1 < stop and (is_capitalised(sent[j + 1]) or low[j + 1] in DETERMINERS or looks_adjective(low[j + 1]))
    if lw.endswith("er") and looks_adjective(lw) and j + 1 < stop and is_capitalised(sent[j + 1]) and is_capitalised(sent[j - 1]):
        return True  # genitive plural without article: "Angaben örtlicher Behörden"
    return "-" in tok and is_word(tok)  # "el-Baradei"


def np_right(doc: Doc, s: int, i: int, stop: int) -> list[int]:
    """Token indices of the noun phrase starting at `i` (before `stop`): a pronoun, or
    determiners/adjectives, then capitalised words, with genitive ("des Ministeriums") and
    "von"-name continuations. Empty when no capitalised head is found."""
    low = doc.lower[s]
    sent = doc.tokens[s]
    if i < stop and low[i] in PRONOUNS and not (low[i] in DETERMINERS and i + 1 < stop and is_capitalised(sent[i + 1])):
        return [i]  # "er", "dieser" (but "dieser Studie" is a noun phrase)
    quote = doc.quote_at(s, i) if i < stop else None
    if quote is not None and quote.start == (s, i) and quote.end[0] == s and quote.end[1] - i <= 6:
        return list(range(i, quote.end[1] + 1))  # a quoted name: laut „Welt“
    out: list[int] = []
    seen_head = False
    j = i
    while j < stop and len(out) < _NP_MAX:
        tok, lw = sent[j], low[j]
        if is_capitalised(tok) and is_word(tok) and lw not in STOP_WORDS_IN_NP and lw not in DETERMINERS:
            seen_head = True
        elif seen_head and out and _saxon_genitive(sent[out[-1]]) and (looks_adjective(lw) or lw in DETERMINERS):
            pass  # "Nordkoreas staatlicher Auslandssender"
        elif seen_head and out and low[out[-1]] in _GENITIVE and looks_adjective(lw):
            pass  # "des arabischen Senders": adjectives after a genitive article
        elif seen_head and out and looks_adjective(low[out[-1]]) and not is_capitalised(sent[out[-1]]) and looks_adjective(lw):
            pass
        elif (seen_head or out) and tok in _QUOTE_OPEN and _short_quote_end(doc, s, j, stop) is not None:
            close = _short_quote_end(doc, s, j, stop)
            assert close is not None
            out.extend(range(j, close))  # "der „Frankfurter Allgemeinen“", "des Magazins „Der Spiegel“"
            j = close
            seen_head = True
        elif seen_head and tok == "(" and ")" in sent[j + 1 : min(stop, j + 6)]:
            close = sent.index(")", j + 1)
            out.extend(range(j, close))  # "das Organisationskomitee ( OK ) der WM"
            j = close
        elif not _np_continues(sent, low, j, stop, seen_head):
            break
        out.append(j)
        j += 1
    while out and not (is_capitalised(sent[out[-1]]) or low[out[-1]] in PRONOUNS or _closes(sent, out)):
        out.pop()
    return out if seen_head else []


_QUOTE_OPEN = frozenset({"„", "»", '"', "“"})


def _short_quote_end(doc: Doc, s: int, j: int, stop: int) -> int | None:
    """The closing mark of a quoted name of at most 6 tokens opening at `j`, else None."""
    quote = doc.quote_at(s, j)
    if quote is None or quote.start != (s, j) or quote.end[0] != s or not j < quote.end[1] <= min(stop - 1, j + 6):
        return None
    inner = doc.tokens[s][j + 1 : quote.end[1]]
    return quote.end[1] if inner and all(is_capitalised(w) or not is_word(w) for w in inner) else None


def _closes(sent: list[str], out: list[int]) -> bool:
    """The phrase ends with a bracket or quotation mark it opened ("( IAEO )", "„ Die Welt “")."""
    last = sent[out[-1]]
    if last == ")":
        return any(sent[k] == "(" for k in out)
    return last in ("“", "”", "«", '"') and any(sent[k] in _QUOTE_OPEN for k in out[:-1])


def np_left(doc: Doc, s: int, j: int, start: int) -> list[int]:
    """Token indices of the noun phrase ending at `j` (not before `start`), read right to left:
    "ersten Angaben", "der Polizei", "Angaben des Ministeriums"."""
    low = doc.lower[s]
    sent = doc.tokens[s]
    out: list[int] = []
    k = j
    while k >= start and len(out) < _NP_MAX:
        tok, lw = sent[k], low[k]
        if is_capitalised(tok) and is_word(tok) and lw not in STOP_WORDS_IN_NP and lw not in NOT_IN_NP:
            out.append(k)
        elif lw in DETERMINERS:
            out.append(k)
            break  # the determiner opens the phrase
        elif looks_adjective(lw) and lw not in NOT_IN_NP:
            out.append(k)
        elif lw in ("von", "vom") and out and k - 1 >= start and is_capitalised(sent[k - 1]):
            out.append(k)  # "Angaben vom Mittwoch zufolge"
        else:
            break
        k -= 1
    out.reverse()
    while out and not is_capitalised(sent[out[0]]) and low[out[0]] not in DETERMINERS and not looks_adjective(low[out[0]]):
        out.pop(0)
    return out if any(is_capitalised(sent[x]) for x in out) else []
