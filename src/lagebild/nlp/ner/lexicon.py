"""Name-list features for the NER: lexeme flags "is a known surname / first name / place / company word".

Why: the tok2vec only sees a word's spelling (hashed NORM, prefix, suffix, shape) and, for the
20k most frequent words, a static vector. A rare surname ("Kolb", "Berlusconi") and a rare
common noun ("Tierheim") look alike to it, and the training data (rich in station and city
names) then makes it guess LOC. Large name lists tell it what a rare word usually is; the model
learns how far to trust each list (they are noisy: "Wald" is also a surname).

How: the component "lagebild_name_flags" runs first and sets spaCy lexeme flags FLAG20-FLAG23
on each token's lexeme; the tok2vec embeds those flags like NORM or SHAPE (train_config.cfg,
`embed.attrs`). The word lists are saved inside the model (`name_flags/words.json`, ~2 MB).

Lists (all redistributable; named in MODEL_CARD.md), one-token entries, case kept:
- SURNAME: GermaNER surnames (gazetteers_legal_ler_de/personennamen.list, Apache-2.0) and the
  last word of Wikidata heads of state/government (CC0).
- FIRST: the first word of those Wikidata names.
- PLACE: German municipalities (stadtnamen.list, datendieter.de from OpenStreetMap, CC BY-SA
  2.0), German country names (Auswärtiges Amt, official work), Wikidata cities (CC0). Not the
  landscape names of the same folder (BKG GN250: its licence is not stated there).
- COMPANY: one-word German company names (firmennamen.list, datendieter.de, CC BY-SA 2.0).
- ORG (optional, `initialize(org_names=True)`; FLAG24): the hand-written organisation words of
  org_names.py (acronyms, parties, media, companies, clubs, legal forms such as "GmbH").
Optional "ends like an organisation" flag (FLAG25, component setting `org_heads`): capitalised
words ending in an ORG head ("Piratenpartei", "Landgericht"; `org_names.ends_like_org`).
Cost: one dict lookup per token (+ one suffix test per new word form with `org_heads`).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc

from .org_names import ends_like_org, org_words

#: The lexeme flag of each list, in the order of `embed.attrs` in train_config.cfg.
FLAGS = {"SURNAME": "FLAG20", "FIRST": "FLAG21", "PLACE": "FLAG22", "COMPANY": "FLAG23", "ORG": "FLAG24"}
#: The lexeme flag "ends like an organisation" (`NameFlags(org_heads=True)`).
ORG_HEAD_FLAG = "FLAG25"

LEGAL = Path("gazetteers/gazetteers_legal_ler_de")
WIKIDATA = Path("gazetteers/world_leaders_wikidata")


def _one_word(lines: Any) -> set[str]:
    words = set()
    for line in lines:
        entry = line.strip()
        if entry and " " not in entry and entry[:1].isupper() and len(entry) > 1:
            words.add(entry)
    return words


def name_lists(data_dir: Path) -> dict[str, list[str]]:
    """The word lists (see the module docstring) read from the shared data folder, sorted."""

    def read(name: str) -> list[str]:
        return (data_dir / LEGAL / name).read_text(encoding="utf-8").splitlines()

    with (data_dir / WIKIDATA / "leaders_history.csv").open(encoding="utf-8", newline="") as f:
        leaders = [row["person"].split() for row in csv.DictReader(f) if not row["person"].startswith("Q")]
    with (data_dir / WIKIDATA / "cities_all.csv").open(encoding="utf-8", newline="") as f:
        cities = [row["city"] for row in csv.DictReader(f)]
    lists = {
        "SURNAME": _one_word(read("personennamen.list")) | _one_word(n[-1] for n in leaders if len(n) > 1),
        "FIRST": _one_word(n[0] for n in leaders if len(n) > 1),
        "PLACE": _one_word(read("stadtnamen.list") + read("laendernamen.list")) | _one_word(cities),
        "COMPANY": _one_word(read("firmennamen.list")),
    }
    return {kind: sorted(words) for kind, words in lists.items()}


class NameFlags:
    """Sets FLAG20-23 on the lexemes of a doc's tokens from the word lists it holds."""

    def __init__(self, nlp: Language, name: str, org_heads: bool = False) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.org_heads = org_heads
        self.lists: dict[str, list[str]] = {}
        self._flags: dict[int, list[int]] = {}
        self._seen: set[int] = set()

    def set_lists(self, lists: dict[str, list[str]]) -> None:
        """Use these lists (kind -> words); kinds are the keys of `FLAGS`."""
        self.lists = lists
        self._flags = {}
        for kind, words in lists.items():
            flag = IDS[FLAGS[kind]]
            for word in words:
                self._flags.setdefault(self.vocab.strings.add(word), []).append(flag)

    def initialize(self, get_examples: Any = None, nlp: Any = None, data_dir: str = "", org_names: bool = False) -> None:
        """Read the lists from the shared data folder (training time); `org_names` adds the ORG list."""
        if data_dir:
            lists = name_lists(Path(data_dir))
            if org_names:
                lists["ORG"] = org_words()
            self.set_lists(lists)

    def __call__(self, doc: Doc) -> Doc:
        flags, vocab = self._flags, self.vocab
        for token in doc:
            for flag in flags.get(token.orth, ()):
                vocab[token.orth].set_flag(flag, True)
        if self.org_heads:
            seen, head_flag = self._seen, IDS[ORG_HEAD_FLAG]
            for token in doc:
                if token.orth not in seen:
                    if len(seen) >= 500_000:
                        seen.clear()
                    seen.add(token.orth)
                    if ends_like_org(token.text):
                        vocab[token.orth].set_flag(head_flag, True)
        return doc

    def to_disk(self, path: Path, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "words.json").write_text(json.dumps(self.lists, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: Path, exclude: Any = ()) -> NameFlags:
        self.set_lists(json.loads((Path(path) / "words.json").read_text(encoding="utf-8")))
        return self


@Language.factory("lagebild_name_flags", default_config={"org_heads": False})
def make_name_flags(nlp: Language, name: str, org_heads: bool) -> NameFlags:
    """spaCy factory of `NameFlags` (registered when this module is imported)."""
    return NameFlags(nlp, name, org_heads)


class WordEndings:
    """Sets `token.lemma_` to the last `length` lowercase letters of the token (a tok2vec feature).

    Why: German names and compounds are marked at their end ("-partei", "-gericht", "-hausen",
    "-mann"), and spaCy's SUFFIX feature has only 3 characters. The tok2vec embeds LEMMA as one
    more hash feature (`training.train(word_endings=N)`); the NER pipeline has no lemmatizer, so
    the attribute is free. Cost: one string slice per new word form (memoised per orth).
    """

    def __init__(self, nlp: Language, name: str, length: int) -> None:
        if length < 1:
            raise ValueError(f"lagebild_word_endings: length must be >= 1, not {length}")
        self.name = name
        self.length = length
        self.vocab = nlp.vocab
        self._memo: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        memo, strings, n = self._memo, self.vocab.strings, self.length
        for token in doc:
            ending = memo.get(token.orth)
            if ending is None:
                if len(memo) >= 500_000:
                    memo.clear()
                ending = memo[token.orth] = strings.add(token.text.lower()[-n:])
            token.lemma = ending
        return doc


@Language.factory("lagebild_word_endings", default_config={"length": 5})
def make_word_endings(nlp: Language, name: str, length: int) -> WordEndings:
    """spaCy factory of `WordEndings` (registered when this module is imported)."""
    return WordEndings(nlp, name, length)
