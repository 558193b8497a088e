"""How each corpus's entity types map onto lagebild's four kinds: PER, LOC, ORG, MISC.

Why a table per corpus: the corpora disagree on conventions (GermEval marks "deutsche" as
LOCderiv, MobIE splits locations into city/street/stop/route, the legal corpus tags judges and
laws). Each table says, per source type, one of:

- a kind ("PER", "LOC", "ORG", "MISC"): the span becomes an entity of that kind;
- `OUTSIDE` ("O"): the span is explicitly *not* an entity (the model learns to skip it);
- `MISSING` ("-"): the corpus's convention is unlike ours, so its tokens carry no NER signal
  in training (spaCy's missing annotation; no loss either way).

Types not listed map to `OUTSIDE`.
"""

from __future__ import annotations

import re

KINDS = ("PER", "LOC", "ORG", "MISC")
OUTSIDE = "O"
MISSING = "-"

# GermEval 2014 (NoSta-D): OTH is CoNLL's MISC. *deriv ("deutsche", "marxistisch") and *part
# ("EU-weit", "Nobelpreisträger") are not names of things a news reader looks up, and the outer
# PER/LOC/ORG score does not count them: dropped (outside).
GERMEVAL = {
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "OTH": "MISC",
    "PERderiv": OUTSIDE,
    "LOCderiv": OUTSIDE,
    "ORGderiv": OUTSIDE,
    "OTHderiv": OUTSIDE,
    "PERpart": OUTSIDE,
    "LOCpart": OUTSIDE,
    "ORGpart": OUTSIDE,
    "OTHpart": OUTSIDE,
}

# MobIE and SmartData (DFKI, same guidelines). Routes ("A9", "S1", "RE 7") are tagged as LOC by
# DFKI but rarely by news NER conventions: missing, not outside. org-position ("CEO") is a role.
DFKI_MOBILITY = {
    "person": "PER",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": MISSING,
    "organization": "ORG",
    "organization-company": "ORG",
    "event-cause": MISSING,
    "disaster-type": MISSING,
}

# Legal NER (German federal court decisions). Law and case citations ("§ 3 Abs. 1 BGB") follow
# a convention no news corpus shares: missing. Brands follow GermEval's OTH: MISC.
LEGAL = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "MISC",
    "GS": MISSING,
    "VO": MISSING,
    "EUN": MISSING,
    "VS": MISSING,
    "VT": MISSING,
    "RS": MISSING,
    "LIT": MISSING,
}

# WikiANN (silver, Wikipedia anchors): PER/LOC/ORG only. Its ORG is typed from the linked
# article, so cups, championships and "DFB-Pokal" come out as ORG: missing, only PER and LOC
# teach. Its O is kept as outside (the corpus is large and mostly right about O).
WIKIANN = {"PER": "PER", "LOC": "LOC", "ORG": MISSING}
WIKIANN_ALL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}

# WikiANN ORG spans that are kept (`org_names_only`): a word that marks an organisation's name
# (club, company form, university, party, ...) or an acronym, and no word of a competition.
_ORG_WORD = re.compile(
    r"(FC|SV|SC|TSV|VfB|VfL|AC|AS|SSC|CF|FK|SG|TSG|Real|Sporting|Borussia|Eintracht|Dynamo|Spartak|"
    r"Olympique|Club|United|City|Rovers|Wanderers|Athletic|AG|GmbH|SE|Inc\.?|Ltd\.?|Corp\.?|KG|Partei|"
    r"Universität|University|Hochschule|Akademie|Institut|Gesellschaft|Verein|Verband|Bund|Union|Bank|"
    r"Gruppe|Group|Verlag|Records|Ministerium|Amt|Rat|Kommission|Armee|Agentur|Stiftung|Orchester|"
    r"Zeitung|Airlines|Airways|Holding|Konzern|Werke|Company|Association|Council|Federation|Party|"
    r"College|School|Navy|Army)"
)
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
_ROMAN = re.compile(r"[IVXLC]+")
_NOT_ORG_WORD = re.compile(r"Pokal|Cup|Meisterschaft|Liga|League|Lig|Open|Spiele|Games|Game|Championship|"
                           r"Trophy|Serie|Tour|Award|Preis|Festival|Draft|DIN|Division")


def org_names_only(words: list[str], tags: list[str]) -> list[str]:
    """WikiANN tags with ORG spans that do not look like an organisation's name set to MISSING.

    WikiANN types a link by its article, so championships, cups, buildings and even countries
    come out as ORG; clubs, companies, universities and acronyms are mostly right.
    """
    out = list(tags)
    i = 0
    while i < len(out):
        if out[i] != "B-ORG":
            i += 1
            continue
        end = i + 1
        while end < len(out) and out[end] == "I-ORG":
            end += 1
        name = words[i:end]
        named = any(
            _ORG_WORD.fullmatch(w) or (_ACRONYM.fullmatch(w) and not _ROMAN.fullmatch(w)) for w in name
        )
        if not named or any(_NOT_ORG_WORD.search(w) for w in name):
            out[i:end] = [MISSING] * (end - i)
        i = end
    return out


# CoNLL-style four-type corpora (Europarl, WikiNEuRal) and ZEFYS: already our kinds.
CONLL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

# HIPE-2022 coarse types (hipe2020: pers/loc/org/prod/time; newseye: HumanProd).
HIPE = {"pers": "PER", "loc": "LOC", "org": "ORG", "prod": "MISC", "time": OUTSIDE,
        "PER": "PER", "LOC": "LOC", "ORG": "ORG", "HumanProd": "MISC"}


# Adjectives derived from place names ("deutsche", "italienischen", "Berliner Polizei"): GermEval
# calls them LOCderiv (dropped here), but DFKI's corpora and WikiANN tag many of them LOC, and a
# model trained on both learns to tag "italienischen" as a place. `harmonise` resets them to O.
_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ischem")
_CITY_ADJECTIVE_ENDINGS = ("er", "ern")


def harmonise(words: list[str], tags: list[str], place_names: set[str]) -> list[str]:
    """Tags of one sentence with GermEval's conventions for place adjectives and common nouns.

    A PER or LOC span becomes O when it starts lowercase ("beiden Richtungen", "deutschen",
    "stadtauswärts"), and a one-token LOC span becomes O when it is an adjective: it ends in
    -isch(e/en/er/es/em) ("Französische") or is a known place name + "er"/"ern" ("Berliner",
    "Schweizer", "Bremer"; `place_names` holds the one-token LOC names of the training corpora).
    Input and output tags are strict BIO (MISSING kept). Cost: O(len(tags)).
    """
    out = list(tags)
    i = 0
    while i < len(out):
        tag = out[i]
        if not tag.startswith("B-"):
            i += 1
            continue
        kind, end = tag[2:], i + 1
        while end < len(out) and out[end] == "I-" + kind:
            end += 1
        word = words[i]
        drop = kind in ("PER", "LOC") and word[:1].islower()
        if kind == "LOC" and end == i + 1 and not drop:
            lower = word.lower()
            drop = lower.endswith(_ADJECTIVE_ENDINGS) or any(
                word.endswith(e) and (word[: -len(e)] in place_names or word[: -len(e)] + "en" in place_names)
                for e in _CITY_ADJECTIVE_ENDINGS
            )
        if drop:
            out[i:end] = [OUTSIDE] * (end - i)
        i = end
    return out


def map_type(source_type: str, table: dict[str, str]) -> str:
    """The lagebild kind (or OUTSIDE/MISSING) for one source type. Cost: one dict lookup."""
    return table.get(source_type, OUTSIDE)


def map_bio(tags: list[str], table: dict[str, str]) -> list[str]:
    """Map BIO (or IOB1) tags of one sentence through `table`.

    Input: tags like "B-LOCderiv", "I-person", "O". Output: "B-LOC"/"I-LOC"/"O"/"-" in strict
    BIO (an I- that starts a span, as in IOB1, becomes B-). Cost: O(len(tags)).
    """
    out: list[str] = []
    prev_type = ""
    for tag in tags:
        if tag == "O" or len(tag) < 3 or tag[1] != "-":
            out.append(OUTSIDE)
            prev_type = ""
            continue
        prefix, source_type = tag[0], tag[2:]
        kind = map_type(source_type, table)
        if kind in (OUTSIDE, MISSING):
            out.append(kind)
        elif prefix == "I" and prev_type == source_type:
            out.append("I-" + kind)
        else:
            out.append("B-" + kind)
        prev_type = source_type
    return out
