"""Readers for the NER corpora in ../shared/data/ner and GermEval 2014, one module per format.

Every reader yields `TaggedSentence`s whose tags are already mapped onto PER/LOC/ORG/MISC
(see `..labels`), so training code never sees a corpus's own type names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class TaggedSentence:
    """One tokenised sentence with BIO tags in lagebild kinds ("-" = missing annotation)."""

    words: list[str]
    tags: list[str]
