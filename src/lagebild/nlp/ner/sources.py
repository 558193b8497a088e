"""The training corpora of the shipped model: where they live, their licence, their weight.

Declarative on purpose: adding or reweighting a corpus is one line here, and the model card
can be checked against this table. Only redistributable licences (CC BY, CC BY-SA, CC0, ODC-BY)
may feed the shipped model; `shipped=False` rows are readable for experiments only.

`weight` is how many times a corpus is seen per epoch: 3.0 repeats it three times, 0.5 keeps a
fixed random half (seeded, so `lagebild train ner` reproduces the same data).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .corpora import TaggedSentence
from .corpora.columns import read_columns
from .corpora.germeval import germeval_training
from .corpora.smartdata import read_smartdata
from .labels import CONLL, DFKI_MOBILITY, LEGAL, WIKIANN, WIKIANN_ALL, harmonise, org_names_only
from .spans import bio_spans

GERMEVAL_DEV = Path("germeval2014/NER-de-dev.tsv")


@dataclass(frozen=True, slots=True)
class Corpus:
    """One training corpus: a name, its licence, how to read it from the data dir, its weight."""

    name: str
    licence: str
    read: Callable[[Path], Iterable[TaggedSentence]]
    weight: float
    shipped: bool = True
    #: Reset place adjectives and lowercase PER/LOC spans to O (`labels.harmonise`): for corpora
    #: whose conventions differ from GermEval's there.
    harmonise: bool = False
    #: Weight in the fine-tuning stage (`training.train(finetune_steps=...)`): in-domain data
    #: high, the rest a small replay sample so the model does not forget it.
    finetune_weight: float = 0.0
    #: Copies per epoch of this corpus with every PER/LOC/ORG mention swapped for a random
    #: mention of the same kind from all corpora (`replace_mentions`): new names in real
    #: in-domain contexts. 0 = none.
    augment: float = 0.0
    #: Copies per epoch of this corpus's sentences that name a person in full ("Angela Merkel"),
    #: with each such name cut to its surname (`surnames_only`): news mostly name people by
    #: surname alone, which the large corpora (full Wikipedia link names) rarely show. 0 = none.
    surname_copies: float = 0.0


def _mobie(data: Path) -> Iterator[TaggedSentence]:
    for split in ("train", "dev", "test"):
        yield from read_columns(data / f"ner/mobie_ner_de/conll03/{split}.conll2003", DFKI_MOBILITY)


def _legal(data: Path) -> Iterator[TaggedSentence]:
    for split in ("dev", "test"):
        yield from read_columns(data / f"ner/legal_ner_de/ler_{split}.conll", LEGAL, split_on_space=True)


def _smartdata(data: Path) -> Iterator[TaggedSentence]:
    for split in ("train", "test"):
        yield from read_smartdata(data / f"ner/smartdata_corpus_de/v1_20180119/{split}.json.gz")


#: Keep WikiANN's ORG spans that look like organisation names (`labels.org_names_only`); the
#: rest of its ORG spans are missing. False: all its ORG spans missing (the model before 2026-11-21).
WIKIANN_ORG_NAMES = True


def _wikiann(data: Path) -> Iterator[TaggedSentence]:
    for split in ("train", "val", "test"):
        table = WIKIANN_ALL if WIKIANN_ORG_NAMES else WIKIANN
        for sentence in read_columns(data / f"ner/wikiann_de/{split}.conllu", table, token_col=1):
            if "WEITERLEITUNG" in sentence.words:  # redirect stubs, not prose
                continue
            if WIKIANN_ORG_NAMES:
                sentence = TaggedSentence(sentence.words, org_names_only(sentence.words, sentence.tags))
            yield sentence


def _europarl(data: Path) -> Iterator[TaggedSentence]:
    yield from read_columns(data / "ner/europarl_ner_de/train.tsv", CONLL)


def _wikineural(data: Path) -> Iterator[TaggedSentence]:
    yield from read_columns(data / "ner/wikineural_de_silver/val.conllu", CONLL, token_col=1)


def _zefys(data: Path) -> Iterator[TaggedSentence]:
    yield from read_columns(data / "ner/zefys_ner_de_historical/train.tsv", CONLL)


CORPORA: tuple[Corpus, ...] = (
    Corpus("germeval2014_dev_train_half", "CC BY 4.0", lambda d: germeval_training(d / GERMEVAL_DEV), 8.0,
           finetune_weight=8.0),
    # Tweets and traffic reports: ~8k LOC (stations, roads) against 135 PER, so at full weight
    # they teach "an unknown capitalised word is a place".
    Corpus("mobie_ner_de", "CC BY 4.0", _mobie, 0.5, harmonise=True, finetune_weight=0.05),
    Corpus("smartdata_v1", "CC BY 4.0", _smartdata, 1.0, harmonise=True, finetune_weight=0.1,
           surname_copies=1.0),
    Corpus("legal_ner_de", "CC BY 4.0 (README; footer says BY-NC-SA)", _legal, 0.3, harmonise=True,
           finetune_weight=0.03),
    # Licence unstated: used with care (named in MODEL_CARD.md). PER and LOC lift recall
    # (held-back F1 at 2,000 steps: 60.3 with it, 58.6 without). With all its ORG spans kept,
    # ORG precision fell to 38-42 (cups, buildings, countries typed ORG): only ORG spans that look
    # like organisation names are kept (WIKIANN_ORG_NAMES), the rest are missing.
    Corpus("wikiann_de", "unstated (WikiANN usually cited as ODC-BY)", _wikiann, 0.5, harmonise=True,
           finetune_weight=0.05, surname_copies=0.5),
    # Readable for experiments, never shipped: licence unstated or non-commercial.
    Corpus("europarl_ner_de", "unstated (research)", _europarl, 1.0, shipped=False),
    Corpus("zefys_ner_de_historical", "unstated", _zefys, 1.0, shipped=False),
    Corpus("wikineural_de_silver", "CC BY-NC-SA 4.0", _wikineural, 1.0, shipped=False),
)


def training_sentences(
    data_dir: Path, corpora: Iterable[Corpus] = CORPORA, seed: int = 0, finetune: bool = False
) -> Iterator[tuple[str, TaggedSentence]]:
    """Yield (corpus name, sentence) for every shipped corpus, weighted and seeded.

    `finetune`: use each corpus's `finetune_weight` instead of its `weight`.
    Corpora marked `harmonise` get `labels.harmonise` with the one-token LOC names of all
    shipped corpora as place names. Raises FileNotFoundError naming the missing corpus file and
    the data dir that was searched. Cost: reads every corpus into memory (about 100 MB).
    """
    rng = random.Random(seed)
    read: list[tuple[Corpus, list[TaggedSentence]]] = []
    for corpus in corpora:
        if not corpus.shipped:
            continue
        try:
            read.append((corpus, [s for s in corpus.read(data_dir) if s.words]))
        except FileNotFoundError as err:
            raise FileNotFoundError(f"{corpus.name}: {err.filename} not found under data dir {data_dir}") from err
    places = place_names(s for _, sentences in read for s in sentences)
    read = [
        (c, [TaggedSentence(s.words, harmonise(s.words, s.tags, places)) for s in sentences] if c.harmonise else sentences)
        for c, sentences in read
    ]
    pool = mention_pool(s for _, sentences in read for s in sentences) if any(c.augment for c, _ in read) else {}
    for corpus, sentences in read:
        weight = corpus.finetune_weight if finetune else corpus.weight
        yield from ((corpus.name, s) for s in _weighted(sentences, weight, rng))
        if corpus.augment:
            for s in _weighted(sentences, corpus.augment, rng):
                yield corpus.name + "_replaced", replace_mentions(s, pool, rng)
        if corpus.surname_copies and not finetune:
            cut = [c for c in map(surnames_only, sentences) if c is not None]
            yield from ((corpus.name + "_surnames", s) for s in _weighted(cut, corpus.surname_copies, rng))


def _weighted(sentences: list[TaggedSentence], weight: float, rng: random.Random) -> Iterator[TaggedSentence]:
    whole, fraction = int(weight), weight - int(weight)
    for _ in range(whole):
        yield from sentences
    for sentence in sentences:
        if fraction and rng.random() < fraction:
            yield sentence


_PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "du", "del", "la", "le", "zu", "bin", "al", "y"}


def surnames_only(sentence: TaggedSentence) -> TaggedSentence | None:
    """`sentence` with each 2-3 word PER name ("Angela Merkel") cut to its last word, or None.

    Only plain names qualify: capitalised alphabetic words, no particles ("von"), no initials or
    numerals ("Leopold IV."); None when no name in the sentence does.
    """
    words: list[str] = []
    tags: list[str] = []
    last, changed = 0, False
    for start, end, kind in bio_spans(sentence.tags):
        name = sentence.words[start:end]
        if kind != "PER" or not 2 <= len(name) <= 3:
            continue
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() and len(w) > 2 for w in name):
            continue
        if any(w.lower() in _PARTICLES for w in name):
            continue
        words += sentence.words[last:start] + [name[-1]]
        tags += sentence.tags[last:start] + ["B-PER"]
        last, changed = end, True
    if not changed:
        return None
    return TaggedSentence(words + sentence.words[last:], tags + sentence.tags[last:])


def mention_pool(sentences: Iterable[TaggedSentence]) -> dict[str, list[list[str]]]:
    """PER/LOC/ORG mentions (token lists) of `sentences` that look like names, per kind.

    Kept: 1-5 tokens, first one capitalised, no hashtags/handles; repeats kept, so frequent
    names are drawn more often. A person's name of several words also adds its last word alone
    ("Merkel" from "Angela Merkel"): news name a person in full once, then by surname.
    """
    pool: dict[str, list[list[str]]] = {"PER": [], "LOC": [], "ORG": []}
    for s in sentences:
        for start, end, kind in bio_spans(s.tags):
            words = s.words[start:end]
            if kind in pool and end - start <= 5 and words[0][:1].isupper() and not any(
                w[:1] in "#@" for w in words
            ):
                pool[kind].append(words)
                if kind == "PER" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
                    pool[kind].append(words[-1:])
    return pool


def replace_mentions(
    sentence: TaggedSentence, pool: dict[str, list[list[str]]], rng: random.Random
) -> TaggedSentence:
    """`sentence` with each PER/LOC/ORG span replaced by a random `pool` mention of its kind."""
    words: list[str] = []
    tags: list[str] = []
    last = 0
    for start, end, kind in bio_spans(sentence.tags):
        if not pool.get(kind):
            continue
        new = rng.choice(pool[kind])
        words += sentence.words[last:start] + new
        tags += sentence.tags[last:start] + ["B-" + kind] + ["I-" + kind] * (len(new) - 1)
        last = end
    return TaggedSentence(words + sentence.words[last:], tags + sentence.tags[last:])


def place_names(sentences: Iterable[TaggedSentence]) -> set[str]:
    """Capitalised one-token LOC names ("Berlin", "Schweiz") tagged in `sentences`."""
    names: set[str] = set()
    for s in sentences:
        for i, tag in enumerate(s.tags):
            if tag == "B-LOC" and (i + 1 == len(s.tags) or s.tags[i + 1] != "I-LOC") and s.words[i][:1].isupper():
                names.add(s.words[i])
    return names
