"""GermEval 2014 TSV: reading, writing, and the fixed held-back half of the dev set.

Format: "#\t<url>\t[<date>]" comment line, then one token per line "index<TAB>token<TAB>outer
<TAB>inner", a blank line between sentences.

Held-back rule (fixed, documented in MODEL_CARD.md): in file order, sentences with an odd
0-based index (the 2nd, 4th, ...) are held back for measuring; the even ones may be trained on.
The dev file has no two adjacent sentences from the same URL, so the halves share no document
neighbours; each half is about half news, half Wikipedia.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..labels import GERMEVAL, map_bio
from . import TaggedSentence


@dataclass(slots=True)
class GermEvalSentence:
    """One sentence as it stands in the file: comment lines and token rows (lists of columns)."""

    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [row[1] for row in self.rows]

    @property
    def outer_tags(self) -> list[str]:
        return [row[2] if len(row) > 2 else "O" for row in self.rows]


def read_germeval(path: Path) -> Iterator[GermEvalSentence]:
    """Yield the sentences of a GermEval-format TSV. Cost: one streaming pass over the file.

    Raises ValueError naming the file and line when a token line has fewer than 2 columns.
    """
    sentence = GermEvalSentence()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sentence.rows:
                    yield sentence
                sentence = GermEvalSentence()
            elif line.startswith("#"):
                sentence.comments.append(line)
            else:
                row = line.split("\t")
                if len(row) < 2:
                    raise ValueError(f"{path}:{number}: expected 'index<TAB>token<TAB>tag...', got {line!r}")
                sentence.rows.append(row)
    if sentence.rows:
        yield sentence


def write_germeval(sentences: list[GermEvalSentence], path: Path) -> None:
    """Write sentences back in the same format (comments, rows, blank line after each)."""
    with path.open("w", encoding="utf-8") as out:
        for sentence in sentences:
            for comment in sentence.comments:
                out.write(comment + "\n")
            for row in sentence.rows:
                out.write("\t".join(row) + "\n")
            out.write("\n")


def is_held_back(index: int) -> bool:
    """True for the dev sentences kept out of training (odd 0-based index in file order)."""
    return index % 2 == 1


def germeval_half(path: Path, held_back: bool) -> list[GermEvalSentence]:
    """The held-back (True) or trainable (False) half of a GermEval file."""
    return [s for i, s in enumerate(read_germeval(path)) if is_held_back(i) == held_back]


def outer_tags_mapped(sentence: GermEvalSentence) -> list[str]:
    """The outer tags mapped to lagebild kinds (OTH -> MISC, *deriv/*part -> O)."""
    return map_bio(sentence.outer_tags, GERMEVAL)


def germeval_training(path: Path) -> Iterator[TaggedSentence]:
    """The trainable half of the GermEval dev set, mapped to lagebild kinds."""
    for sentence in germeval_half(path, held_back=False):
        yield TaggedSentence(sentence.words, outer_tags_mapped(sentence))
