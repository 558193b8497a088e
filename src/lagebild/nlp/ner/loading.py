"""Load a German NER pipeline (the shipped one, or any installed spaCy model) and find mentions.

Why spaCy's `Language`: the shipped model, spaCy's official `de_core_news_*` pipelines and any
spaCy-format German model all load and run the same way, so the rest of lagebild does not care
which one is in use. Loading needs no network.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...model import Mention
from .shared_vectors import restore_vectors

SHIPPED_MODEL = Path(__file__).with_name("model")
#: The shipped accurate model, loaded by the name "accurate": the fast model's recipe plus
#: contextual token features of the USE-multilingual encoder (use_features.py); held-back
#: GermEval F1 72.3 against 69.3, at about half the speed (MODEL_CARD.md).
SHIPPED_ACCURATE = Path(__file__).with_name("model_accurate")
#: Names of the shipped models (`--ner-model accurate`); any other name is a spaCy package or path.
SHIPPED_NAMES = {"accurate": SHIPPED_ACCURATE}
#: Environment variable naming the NER model the pipeline uses instead of the shipped one
#: (`lagebild run --ner-model de_core_news_lg` sets it, so worker processes see it too).
MODEL_ENV = "LAGEBILD_NER_MODEL"

# spaCy's official German pipelines use WikiNER-style labels; lagebild's kinds are the same
# four, so only spelling differs across models.
LABEL_TO_KIND = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC", "OTH": "MISC"}


class NerModelNotFound(LookupError):
    """Raised when a model name is neither installed nor a pipeline directory."""


@lru_cache(maxsize=4)
def load_ner(name_or_path: str | None = None) -> Any:
    """The NER pipeline: the shipped model by default, else `spacy.load(name_or_path)`.

    Input: None (the shipped fast model), "accurate" (the shipped accurate model), an installed
    package name ("de_core_news_sm") or a pipeline directory.
    Output: a spaCy `Language` (cached per name). Components other than the tokenizer, NER and
    what NER listens to are disabled, for speed. Cost for the shipped model: ~1 s and ~145 MB
    (see `_load`). Raises NerModelNotFound saying what was tried and how to fix it.
    """

    from . import lexicon, person_titles, pos_tags, use_features  # noqa: F401  (register lagebild's components)

    name_or_path = name_or_path or os.environ.get(MODEL_ENV) or None
    shipped = SHIPPED_MODEL if name_or_path is None else SHIPPED_NAMES.get(name_or_path)
    target = str(shipped) if shipped is not None else str(name_or_path)
    if shipped is not None and not (shipped / "meta.json").is_file():
        flag = " --accurate" if shipped == SHIPPED_ACCURATE else ""
        raise NerModelNotFound(
            f"the shipped NER model is missing at {shipped}; rebuild it with "
            f"`lagebild train ner{flag} --out-dir {shipped}`"
        )
    try:
        nlp = _load(target, ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler"])
    except OSError as err:
        raise NerModelNotFound(
            f"NER model {name_or_path!r} is neither an installed spaCy package nor a pipeline directory. "
            f"Install it (e.g. `pip install {name_or_path}` from a wheel) or pass a path; "
            f"use no name for lagebild's shipped model."
        ) from err
    if "ner" not in nlp.pipe_names:
        raise NerModelNotFound(f"spaCy model {name_or_path!r} has no 'ner' component")
    return nlp


def _load(target: str, exclude: list[str]) -> Any:
    """`spacy.load`, but a pipeline directory's entity rulers get tokenizer-only patterns.

    Why: spaCy's EntityRuler turns each phrase pattern into a Doc by running every component
    before it, so each of the shipped model's ~6,000 name patterns ran through tok2vec and NER
    at load and kept its tensor: +130 MB per process (each worker loads the model) and a slower
    start. Matching needs only the words (the rulers match ORTH), so the rulers are put back
    in their places after the rest is loaded, with every other component disabled while their
    patterns are read. Installed packages load as spaCy does.
    """
    import spacy
    from spacy.util import load_config

    path = Path(target)
    if not (path / "config.cfg").is_file():
        return spacy.load(target, exclude=exclude)
    config = load_config(path / "config.cfg")
    names = [n for n in config["nlp"]["pipeline"] if n not in exclude]
    rulers = [n for n in names if config["components"].get(n, {}).get("factory") == "entity_ruler"]
    nlp = spacy.load(target, exclude=[*exclude, *rulers])
    restore_vectors(nlp, path)  # the accurate model shares the fast model's table (shared_vectors.py)
    for name in rulers:
        settings = {key: value for key, value in config["components"][name].items() if key != "factory"}
        following = [n for n in names[names.index(name) + 1 :] if n in nlp.pipe_names]
        place = {"before": following[0]} if following else {}
        ruler: Any = nlp.add_pipe("entity_ruler", name=name, config=settings, **place)
        with nlp.select_pipes(enable=[name]):
            ruler.from_disk(path / name)
    return nlp


def _mentions(doc: Any) -> list[Mention]:
    return [
        Mention(start=ent.start_char, end=ent.end_char, text=ent.text, kind=LABEL_TO_KIND.get(ent.label_, "MISC"))
        for ent in doc.ents
    ]


def find_mentions(text: str, model: str | None = None) -> list[Mention]:
    """Named-entity mentions in `text`, with character offsets (`text[m.start:m.end] == m.text`).

    Cost: about 10-20k tokens/s on one core with the shipped model. Runs in a spaCy memory
    zone: the word forms a text adds to the vocabulary are dropped afterwards, so a worker
    that tags 100k articles does not grow by every new name it has seen (measured: +43k
    strings per 3k generated articles without it, none with it).
    """
    nlp = load_ner(model)
    with nlp.memory_zone():
        return _mentions(nlp(text))


def find_mentions_batch(texts: Iterable[str], model: str | None = None, batch_size: int = 64) -> list[list[Mention]]:
    """`find_mentions` over many texts at once (spaCy `nlp.pipe`, batched), in input order."""
    nlp = load_ner(model)
    with nlp.memory_zone():
        return [_mentions(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]
