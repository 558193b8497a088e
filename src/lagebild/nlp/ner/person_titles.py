"""Trim role words and titles off the front of PER spans: "Bundeskanzler Olaf Scholz" -> "Olaf Scholz".

Why: GermEval 2014 (and news usage) marks only the name, but several training corpora and the
model's own guesses pull the preceding role noun into the span. A rule is cheaper and surer
than more data. Registered as the spaCy component "lagebild_trim_person_titles" (runs after
"ner"); importing this module registers it, which `load_ner` does before loading.
Cost: O(entities), a set lookup and a few suffix checks per PER span.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_TITLES = {"herr", "frau", "dr.", "prof.", "sir", "lord", "lady", "papst", "mister", "mr.", "mrs."}
_ROLE_SUFFIXES = (
    "kanzler", "kanzlerin", "präsident", "präsidentin", "minister", "ministerin", "chef", "chefin",
    "vorsitzende", "vorsitzender", "sprecher", "sprecherin", "kandidat", "kandidatin", "meister",
    "meisterin", "trainer", "trainerin", "direktor", "direktorin", "könig", "königin", "sekretär",
    "sekretärin", "botschafter", "botschafterin", "premier", "premierministerin", "gouverneur",
)


def is_role_word(word: str) -> bool:
    """True for a title or a role noun ("Bundeskanzler", "SPD-Chef", "Dr.")."""
    lower = word.lower()
    return lower in _TITLES or lower.endswith(_ROLE_SUFFIXES)


@Language.component("lagebild_trim_person_titles")
def trim_person_titles(doc: Doc) -> Doc:
    """Drop leading role words from PER entities; a span that is only role words is removed."""
    entities: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "PER":
            while start < ent.end and is_role_word(doc[start].text):
                start += 1
            if start == ent.end:
                continue
        entities.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_))
    doc.ents = entities
    return doc
