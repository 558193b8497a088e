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

_TITLES = {"herr", "frau", "dr.", "prof.", "sir", "lord", "papst", "mister", "mr.", "mrs."}
_ROLE_SUFFIXES = (
    "kanzler", "kanzlerin", "präsident", "präsidentin", "minister", "ministerin", "chef", "chefin",
    "vorsitzende", "vorsitzender", "sprecher", "sprecherin", "kandidat", "kandidatin", "meister",
    "meisterin", "trainer", "trainerin", "direktor", "direktorin", "könig", "königin", "sekretär",
    "sekretärin", "botschafter", "botschafterin", "premier", "premierministerin", "gouverneur",
)
# Role nouns that may also be a surname alone ("Kaiser", "Graf", "Richter"): trimmed off the
# front of a longer span, but a span of one such word is kept.
_LEADING_ROLES = (
    "experte", "expertin", "keeper", "coach", "bischof", "heilige", "heiligen", "heiliger", "primus",
    "rapper", "rapperin", "sänger", "sängerin", "star", "profi", "stürmer", "spieler", "spielerin",
    "torwart", "torhüter", "schauspieler", "schauspielerin", "regisseur", "regisseurin", "autor",
    "autorin", "musiker", "musikerin", "komponist", "dirigent", "künstler", "künstlerin", "dichter",
    "professor", "professorin", "pfarrer", "kardinal", "bürgermeister", "bürgermeisterin", "landrat",
    "landrätin", "abgeordnete", "abgeordneter", "stadtrat", "stadträtin", "gründer", "gründerin",
    "manager", "managerin", "boss", "kommissar", "kommissarin", "anwalt", "anwältin", "kollege",
    "kollegin", "prinz", "prinzessin", "fürst", "fürstin", "herzog", "herzogin", "graf", "gräfin",
    "kaiser", "kaiserin", "zar", "zarin", "sultan", "emir", "scheich", "general", "oberst", "kapitän",
    "athlet", "athletin", "moderator", "moderatorin", "journalist", "journalistin", "reporter",
    "reporterin", "analyst", "analystin", "politiker", "politikerin", "aktivist", "aktivistin",
    "richter", "richterin", "unternehmer", "unternehmerin", "investor", "sohn", "tochter", "witwe",
    "diktator", "diktatorin", "machthaber", "machthaberin", "herrscher", "herrscherin", "führer",
    "führerin",
)


def is_role_word(word: str) -> bool:
    """True for a title or a role noun ("Bundeskanzler", "SPD-Chef", "Dr.")."""
    lower = word.lower()
    return lower in _TITLES or lower.endswith(_ROLE_SUFFIXES)


def is_leading_role(word: str) -> bool:
    """True for a role noun that is trimmed off the front of a longer PER span ("Bischof")."""
    return word.lower().endswith(_LEADING_ROLES) or is_role_word(word)


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
            while start < ent.end - 1 and is_leading_role(doc[start].text):
                start += 1
        entities.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_))
    doc.ents = entities
    return doc
