"""German named-entity recognition: the shipped spaCy model, its training, and its scoring.

Front door for the pipeline: `find_mentions(text)` / `find_mentions_batch(texts)`.
CLI functions: `train` (lagebild train ner), `tag_tsv` (lagebild ner --tsv), `evaluate_tsv`
(lagebild eval ner). Map: labels.py (corpus types -> PER/LOC/ORG/MISC), corpora/ (readers),
sources.py (which corpora, licences, weights), training.py, gazetteer.py, loading.py,
lexicon.py (name-list flags), pos_tags.py (word-class tags, common-word filter),
tsv.py, spans.py (strict span scoring), model/ (the artefact), MODEL_CARD.md.
"""

from .loading import NerModelNotFound, find_mentions, find_mentions_batch, load_ner
from .training import train
from .tsv import evaluate_tsv, tag_tsv

__all__ = [
    "NerModelNotFound",
    "evaluate_tsv",
    "find_mentions",
    "find_mentions_batch",
    "load_ner",
    "tag_tsv",
    "train",
]
