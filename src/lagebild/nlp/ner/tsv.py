"""GermEval-format TSV in and out: tag a file with a model, or score a model on a gold file.

These are the functions behind `lagebild ner --tsv IN --out OUT` and `lagebild eval ner FILE`.
The input keeps its tokenisation: tokens are fed to the model as given, never re-tokenised.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .corpora.germeval import (
    GermEvalSentence,
    germeval_half,
    outer_tags_mapped,
    read_germeval,
    write_germeval,
)
from .loading import LABEL_TO_KIND, load_ner
from .spans import scores_table, strict_scores


def predict_tags(sentences: list[GermEvalSentence], model: str | None = None) -> Iterator[list[str]]:
    """Predicted outer BIO tags (lagebild kinds) per sentence. Cost: NER over every token."""
    from spacy.tokens import Doc

    nlp = load_ner(model)
    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    for doc in nlp.pipe(docs, batch_size=256):
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            kind = LABEL_TO_KIND.get(ent.label_, "MISC")
            tags[ent.start] = "B-" + kind
            for i in range(ent.start + 1, ent.end):
                tags[i] = "I-" + kind
        yield tags


def tag_tsv(in_path: Path, out_path: Path, model: str | None = None) -> None:
    """Write `in_path` to `out_path` with the predicted outer tag in column 3.

    Rows with only index and token gain columns 3 and 4 ("O" inner). Comments and sentence
    breaks are kept as they are. Cost: one pass; NER over every token.
    """
    sentences = list(read_germeval(in_path))
    for sentence, tags in zip(sentences, predict_tags(sentences, model), strict=True):
        for row, tag in zip(sentence.rows, tags, strict=True):
            while len(row) < 4:
                row.append("O")
            row[2] = tag
    write_germeval(sentences, out_path)


def evaluate_tsv(
    path: Path, model: str | None = None, held_back_only: bool = False, show: bool = True
) -> dict[str, Any]:
    """Strict span P/R/F1 of a model on a gold GermEval-format file (outer level).

    Gold outer tags are mapped like the training data (OTH -> MISC; *deriv/*part dropped).
    Per kind and "overall" over PER/LOC/ORG. `held_back_only` scores only the held-back half
    (use it for ../shared/data/germeval2014/NER-de-dev.tsv, whose other half is trained on).
    Prints the table when `show`. Output: {kind: {precision, recall, f1, gold, pred, correct}}.
    """
    sentences = germeval_half(path, held_back=True) if held_back_only else list(read_germeval(path))
    gold = [outer_tags_mapped(s) for s in sentences]
    scores = strict_scores(gold, list(predict_tags(sentences, model)))
    if show:
        print(f"{path} ({len(sentences)} sentences, model {model or 'shipped'})")
        print(scores_table(scores))
    return scores
