"""A sentence as tokens and clauses: the units event triggers and their arguments are read in.

German puts a separable verb's particle at the end of its clause ("Kim traf sich mit Putin
zusammen"), so the clause, not the sentence, is where a verb and its particle are joined and
where a negation or a modal verb applies. Clauses are cut at commas, semicolons, colons,
dashes and brackets (not at quotation marks, which often wrap a noun phrase inside a clause:
"hätten sich über „Angelegenheiten …“ verständigt"): crude, but it separates relative clauses
("Die Waffenlieferungen, die beide Staaten bestreiten, ...") at almost no cost.

Cost: one regex pass over the sentence, O(len(sentence)); lemmas come from a cached lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.nlp.tokens import lemma

# Words (with inner hyphens, apostrophes, and digit groups "10.000"), else one non-space character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*-?|[^\w\s]", re.UNICODE)
_CLAUSE_BREAKS = frozenset(",;:–—()[]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a sentence; `start`/`end` are offsets into the article body."""

    text: str
    start: int
    end: int
    index: int  # position in the sentence
    clause: int  # number of the clause it belongs to

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def lemma(self) -> str:
        return lemma(self.text) if self.is_word else self.text


def sentence_tokens(body: str, start: int, end: int) -> list[Token]:
    """The tokens of `body[start:end]`, numbered, each with its clause number."""
    tokens: list[Token] = []
    clause = 0
    for m in _TOKEN.finditer(body, start, end):
        text = m.group()
        if text in _CLAUSE_BREAKS:
            clause += 1
        tokens.append(Token(text, m.start(), m.end(), len(tokens), clause))
    return tokens


def words_by_clause(tokens: list[Token]) -> dict[int, list[Token]]:
    """The word tokens of each clause (clause number -> tokens in order); one pass."""
    clauses: dict[int, list[Token]] = {t.clause: [] for t in tokens}
    for token in tokens:
        if token.is_word:
            clauses[token.clause].append(token)
    return clauses
