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
Cost: one dict lookup per token.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc

#: The lexeme flag of each list, in the order of `embed.attrs` in train_config.cfg.
FLAGS = {"SURNAME": "FLAG20", "FIRST": "FLAG21", "PLACE": "FLAG22", "COMPANY": "FLAG23"}

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

    def __init__(self, nlp: Language, name: str) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.lists: dict[str, list[str]] = {}
        self._flags: dict[int, list[int]] = {}

    def set_lists(self, lists: dict[str, list[str]]) -> None:
        """Use these lists (kind -> words); kinds are the keys of `FLAGS`."""
        self.lists = lists
        self._flags = {}
        for kind, words in lists.items():
            flag = IDS[FLAGS[kind]]
            for word in words:
                self._flags.setdefault(self.vocab.strings.add(word), []).append(flag)

    def initialize(self, get_examples: Any = None, nlp: Any = None, data_dir: str = "") -> None:
        """Read the lists from the shared data folder (training time)."""
        if data_dir:
            self.set_lists(name_lists(Path(data_dir)))

    def __call__(self, doc: Doc) -> Doc:
        flags, vocab = self._flags, self.vocab
        for token in doc:
            for flag in flags.get(token.orth, ()):
                vocab[token.orth].set_flag(flag, True)
        return doc

    def to_disk(self, path: Path, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "words.json").write_text(json.dumps(self.lists, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: Path, exclude: Any = ()) -> NameFlags:
        self.set_lists(json.loads((Path(path) / "words.json").read_text(encoding="utf-8")))
        return self


@Language.factory("lagebild_name_flags")
def make_name_flags(nlp: Language, name: str) -> NameFlags:
    """spaCy factory of `NameFlags` (registered when this module is imported)."""
    return NameFlags(nlp, name)
