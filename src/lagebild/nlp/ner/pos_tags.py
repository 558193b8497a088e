"""Word-class features for the NER: each token gets the most likely POS tag (STTS) of its word form.

Why: the tok2vec sees a word's spelling and, for frequent words, a static vector. A rare common
noun ("Tierheim", "Chemotherapie") and a rare name ("Kolb") look alike to it. A morphological
tagger tells them apart (a compound of known nouns is NN; an unanalysable capitalised word is
NE), so the tok2vec embeds the tag like NORM or SHAPE (`embed.attrs` gets "TAG";
`training.train(pos_features=...)` writes that config).

How: the component "lagebild_pos_tags" runs before the tok2vec (also in training, as an
annotating component) and sets `token.tag_`. The tag is per word *type*, not per sentence: a
sentence HMM (HanTa's `tag_sent`) alone costs about as much as the whole NER; the tag of a form
is computed once per process and memoised (`MEMO_SIZE` forms, then the memo starts afresh).

Taggers (`tagger` setting of the component):
- "hanta": HanTa's lexical analysis (`HanoverTagger.tag_word`), most likely tag of the form;
  only capitalised forms outside HanTa's lexicon are analysed (`HanTaTagger`). Runtime
  dependency `HanTa` (PyPI; code LGPL-3.0-or-later, German model trained on TIGER, research
  licence: see MODEL_CARD.md). Cost: ~0.35 ms per analysed form, once per form and process.
- "gsd": a form lexicon + suffix model trained here (`SuffixTagger.train`) on UD German GSD
  dev+test (CC BY-SA 4.0, its STTS XPOS), saved in the model (`pos_tags/tagger.json`).
  Licence-clean and ~free at run time, less accurate on rare words.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

TAGGERS = ("hanta", "gsd")
#: Word forms whose tag is memoised per component; past this the memo is cleared (bounded memory).
MEMO_SIZE = 200_000
#: Tag of whitespace tokens (spaCy keeps runs of whitespace as tokens); no tagger is asked.
SPACE = "_SP"
GSD_DIR = Path("ud/ud_german_gsd")


class WordTagger(Protocol):
    """Most likely tag of a word form, without context."""

    def tag(self, word: str) -> str: ...

    def known(self, word: str) -> bool:
        """True when the form is in the tagger's lexicon (its tag is looked up, not guessed)."""
        ...


@lru_cache(maxsize=1)
def _hanta() -> Any:
    """HanTa's German model, loaded once per process (~0.2 s)."""
    from HanTa import HanoverTagger  # runtime dependency, imported only when used

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


class HanTaTagger:
    """HanTa's German model, asked per word form (`tag_word`, best tag). Loads lazily (~0.2 s).

    Forms in HanTa's own lexicon (~23k) are looked up. Others are analysed morphologically, at
    ~0.35 ms and more per form, so only where it matters for names: capitalised forms. Other
    unknown forms get their shape class ("_x" lowercase, "_d" digit, "_." other; the tok2vec
    sees the spelling anyway). A capitalised form longer than `LONG_FORM` is analysed by its
    head (the part after the last hyphen, else its last `HEAD_CHARS` letters, capitalised),
    since a German compound takes the class of its head ("Löwen-Keeper" -> "Keeper"); the full
    analysis costs ~3 ms at 18 letters; forms with a German noun suffix are NN without analysis
    (`NOUN_SUFFIXES`). Together: ~3 s per 124k tokens of unseen news (300 10kGNAD articles)
    instead of ~9 s; the head agrees with the full analysis on ~90 % of unseen capitalised forms.
    """

    LONG_FORM = 12
    HEAD_CHARS = 10
    #: German noun suffixes: HanTa tags 99.7 % of unknown capitalised forms ending so as NN
    #: (2,042 of 2,049 in 728 10kGNAD articles), so they skip the analysis (~10 % of the cost).
    NOUN_SUFFIXES = ("ung", "ungen", "keit", "keiten", "heit", "heiten", "schaft", "schaften", "ität",
                     "itäten", "erin", "erinnen")

    def tag(self, word: str) -> str:
        tagger = _hanta()
        if not self.known(word):
            if not word[:1].isupper():
                return "_" + _shape_class(word)
            if word.endswith(self.NOUN_SUFFIXES) and len(word) > 5 and "-" not in word:
                return "NN"
            if len(word) > self.LONG_FORM:
                word = self.head(word)
        best = tagger.tag_word(word, cutoff=0)
        return str(best[0][0]) if best else "XY"

    def known(self, word: str) -> bool:
        tagger = _hanta()
        return tagger.normalize(word) in tagger.cache

    @classmethod
    def head(cls, word: str) -> str:
        """The part of a long form that decides its class (see the class docstring)."""
        last = word.rsplit("-", 1)[-1]
        if len(last) >= 3 and last.isalpha():
            word = last
        if len(word) <= cls.LONG_FORM:
            return word
        tail = word[-cls.HEAD_CHARS :]
        return tail.capitalize() if word[:1].isupper() else tail


def _shape_class(word: str) -> str:
    return "Xx" if word[:1].isupper() else "x" if word[:1].isalpha() else "d" if word[:1].isdigit() else "."


class SuffixTagger:
    """Form lexicon + suffix model: the most frequent tag of a known form, else of its ending.

    Unknown forms back off from the last 4 letters to the last 1, each keyed with the first
    letter's class (capital, lowercase, digit, other), then to the class alone.
    """

    SUFFIX_LENGTHS = (4, 3, 2, 1)

    def __init__(self, words: dict[str, str] | None = None, suffixes: dict[str, str] | None = None) -> None:
        self.words = words or {}
        self.suffixes = suffixes or {}

    @classmethod
    def train(cls, tagged: Iterable[tuple[str, str]]) -> SuffixTagger:
        """Count (form, tag) pairs; keep the most frequent tag per form and per suffix key."""
        by_word: dict[str, Counter[str]] = {}
        by_suffix: dict[str, Counter[str]] = {}
        for word, tag in tagged:
            by_word.setdefault(word, Counter())[tag] += 1
            for key in cls._suffix_keys(word):
                by_suffix.setdefault(key, Counter())[tag] += 1
        return cls(
            {w: c.most_common(1)[0][0] for w, c in by_word.items()},
            {k: c.most_common(1)[0][0] for k, c in by_suffix.items()},
        )

    @classmethod
    def _suffix_keys(cls, word: str) -> Iterator[str]:
        shape = _shape_class(word)
        for n in cls.SUFFIX_LENGTHS:
            if len(word) > n:
                yield f"{shape}|{word[-n:].lower()}"
        yield shape

    def known(self, word: str) -> bool:
        return word in self.words

    def tag(self, word: str) -> str:
        if word in self.words:
            return self.words[word]
        for key in self._suffix_keys(word):
            if key in self.suffixes:
                return self.suffixes[key]
        return "XY"


def read_conllu_tags(paths: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """(form, XPOS) of every word row of CoNLL-U files (multi-word token lines skipped)."""
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 4 and cols[0].isdigit():
                yield cols[1], cols[4]


class PosTags:
    """Sets `token.tag_` of every token to its word form's tag from a `WordTagger`, memoised."""

    def __init__(self, nlp: Language, name: str, tagger: str) -> None:
        if tagger not in TAGGERS:
            raise ValueError(f"lagebild_pos_tags: tagger must be one of {TAGGERS}, not {tagger!r}")
        self.name = name
        self.vocab = nlp.vocab
        self.tagger_name = tagger
        self.tagger: WordTagger = HanTaTagger() if tagger == "hanta" else SuffixTagger()
        self._memo: dict[int, int] = {}

    def initialize(self, get_examples: Any = None, nlp: Any = None, data_dir: str = "") -> None:
        """Train the "gsd" tagger from the shared data folder (training time); "hanta" needs nothing.

        No `data_dir`: the tagger is kept as it is (set by hand, as in tests).
        """
        if self.tagger_name == "gsd" and data_dir:
            files = sorted((Path(data_dir) / GSD_DIR).glob("*.conllu"))
            if not files:
                raise FileNotFoundError(f"no UD German GSD .conllu files under {Path(data_dir) / GSD_DIR}")
            self.tagger = SuffixTagger.train(read_conllu_tags(files))
            self._memo = {}

    def tag_id(self, orth: int, text: str) -> int:
        """The string-store id of the tag of the form `text` (memoised by `orth`)."""
        tag = self._memo.get(orth)
        if tag is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            tag = self.vocab.strings.add(SPACE if text.isspace() else self.tagger.tag(text))
            self._memo[orth] = tag
        return tag

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.tag = self.tag_id(token.orth, token.text)
        return doc

    def to_disk(self, path: Path, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {"tagger": self.tagger_name}
        if isinstance(self.tagger, SuffixTagger):
            data.update(words=self.tagger.words, suffixes=self.tagger.suffixes)
        (path / "tagger.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: Path, exclude: Any = ()) -> PosTags:
        data = json.loads((Path(path) / "tagger.json").read_text(encoding="utf-8"))
        if data["tagger"] == "gsd":
            self.tagger = SuffixTagger(data["words"], data["suffixes"])
        self._memo = {}
        return self


@Language.factory("lagebild_pos_tags", default_config={"tagger": "hanta"})
def make_pos_tags(nlp: Language, name: str, tagger: str) -> PosTags:
    """spaCy factory of `PosTags` (registered when this module is imported)."""
    return PosTags(nlp, name, tagger)


#: Tags under which a known form can still be a name: proper noun, foreign word, non-word.
NAME_TAGS = frozenset({"NE", "FM", "XY"})


class CommonWordFilter:
    """Drops one-word PER and LOC entities whose word the tagger knows as a common word.

    Why: the NER still takes capitalised common nouns for people or places ("Bäcker",
    "Ministerialrat", "Brand", "Kloster"); on the cross-validation quarter every one-word PER/LOC
    whose form was in HanTa's lexicon with a tag other than NE/FM/XY was wrong. ORG is left
    alone: "Union", "Bahn", "Linke" are common words that name organisations in news.
    Runs after the NER and needs "lagebild_pos_tags" earlier in the pipeline (token tags and
    the tagger's lexicon). Cost: one lexicon lookup per one-word entity.

    `analysed_nouns` (off by default): also drop one-word PER/LOC entities that are *not* in the
    lexicon but that the tagger's analysis calls a common noun (tag NN: "Rettungspaket",
    "Opfergaben", "Münzfunden" are compounds no lexicon lists), unless a name list flags the word
    (lexicon.py: surname, first name, place, company), it is all capitals, or it ends like a
    place name (`PLACE_ENDINGS`: "-straße", "-hausen", "-ingen", ...), since the analysis also
    calls rare names NN ("Pinkwart", "Riedlingen").
    """

    KINDS = frozenset({"PER", "LOC"})
    #: Endings of German place and building names that the analysis may call NN.
    PLACE_ENDINGS = ("straße", "strasse", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "hütte",
                     "berg", "burg", "dorf", "hausen", "heim", "ingen", "stadt", "feld", "bach", "see", "tal",
                     "au", "kapelle", "kirche", "brücke")

    def __init__(self, nlp: Language, name: str, analysed_nouns: bool = False) -> None:
        from spacy.attrs import IDS

        from .lexicon import FLAGS

        self.nlp = nlp
        self.name = name
        self.analysed_nouns = analysed_nouns
        self._name_flags = [IDS[FLAGS[k]] for k in ("SURNAME", "FIRST", "PLACE", "COMPANY")]

    def tagger(self) -> WordTagger:
        """The tagger of the pipeline's `PosTags` component (whatever its name)."""
        for _, component in self.nlp.pipeline:
            if isinstance(component, PosTags):
                return component.tagger
        raise ValueError(f"{self.name} needs a lagebild_pos_tags component before it in the pipeline")

    def analysed_noun(self, word: Any) -> bool:
        """True when `word` (a token outside the lexicon) is tagged NN and nothing says it is a name."""
        text = word.text
        return (
            word.tag_ == "NN"
            and not text.isupper()
            and not text.lower().endswith(self.PLACE_ENDINGS)
            and not any(word.check_flag(flag) for flag in self._name_flags)
        )

    def __call__(self, doc: Doc) -> Doc:
        tagger = self.tagger()
        kept: list[Span] = []
        for ent in doc.ents:
            word = ent[0]
            if len(ent) == 1 and ent.label_ in self.KINDS:
                if tagger.known(word.text):
                    if word.tag_ not in NAME_TAGS:
                        continue
                elif self.analysed_nouns and self.analysed_noun(word):
                    continue
            kept.append(ent)
        if len(kept) < len(doc.ents):
            doc.ents = kept
        return doc


@Language.factory("lagebild_common_word_filter", default_config={"analysed_nouns": False})
def make_common_word_filter(nlp: Language, name: str, analysed_nouns: bool) -> CommonWordFilter:
    """spaCy factory of `CommonWordFilter` (registered when this module is imported)."""
    return CommonWordFilter(nlp, name, analysed_nouns)
