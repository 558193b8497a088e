"""The token-level core: who said what, found in sentences of tokens by rules and word lists.

Input: sentences as lists of token texts (SpkAtt's "Tokens", or an article cut by
`lagebild.nlp.sentences` and tokenised by `claims.tokens`). Output: `Attribution`s whose cue,
source, message and addressee are lists of (sentence, token) ids, the SpkAtt annotation roles.

Rules, in the order they look at a sentence:
1. cues: speech verbs (lemma in `SPEECH_VERBS`, separable ones with their particle, "hatte gesagt"
   with its auxiliary, "äußerte sich", "geht davon aus", "mit den Worten"), opinion phrases ("ist
   der Meinung", "vertritt die These", "hält es für möglich, dass"), "laut X", "nach
   Angaben/Erkenntnissen X", "X zufolge", ", so X", "hieß es", "demnach"/"wonach", "geht aus X
   hervor", speech nouns with a content clause ("die Forderung der X, ... zu ...", `NOUN_CUES`),
   and (optional) hearsay "soll ... haben";
2. for a verb cue, the clause shape decides source and message: "X sagte, dass/Konjunktiv ..."
   (source before the verb), "Am Montag sagte X ..." (after it, with an apposition: "sagte X,
   Sprecher der Y, ..."), "„...“, sagte X" or "..., sagte X" (message before), "die X bestreiten"
   (relative clause: message = antecedent), "wie X mitteilte, ..." (message = the main clause),
   "Das bestätigte X." (message = the sentence before); a quotation after the cue, also one that
   opens the next sentence after "X sagte:", is the message. A bare object ("dementierte die
   Berichte") is the message only for verbs not in `NO_OBJECT_MESSAGE`;
3. a sentence without a cue whose verb is Konjunktiv I, right after indirect or direct speech
   (or one sentence later, with a clear Konjunktiv I), continues it (same source, no cue);
   consecutive ones are merged, as SpkAtt annotates them;
4. a quotation of four or more tokens that no cue claimed is direct speech without a cue; its
   source is the "X: „...“" phrase before a colon, else the previous speaker nearby (whose cue it
   shares when that speaker was quoted directly: "„...“, sagte X. „...“").
Addressees: "gegenüber X" in the cue's clause, "dem X" after the verb, "appellierte an X", and the
object of auffordern/aufrufen/bitten.
Stance: "denies" for dementieren/bestreiten/zurückweisen/... and "als Lüge bezeichnen";
"speculates" for vermuten/befürchten/..., "soll ... haben" and könnte/angeblich in the message.

Cost: one pass over the tokens plus, per cue, walks bounded by its sentence (and a quotation's
length): O(tokens). No model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.events.claims.lexicon import (
    ADVERBIAL_STARTS,
    AUXILIARIES,
    COMPLEMENTIZERS,
    DENY_NOUNS,
    DENY_VERBS,
    DETERMINERS,
    NO_OBJECT_MESSAGE,
    NOUN_CUES,
    PARTICLE_ONLY,
    PARTICLE_VERBS,
    PRONOUNS,
    REFLEXIVE_NOT_SPEECH,
    RELATIVE_PRONOUNS,
    REPORT_NOUN_ENDINGS,
    SEPARABLE_PARTICLES,
    SOURCE_NOUN_ENDINGS,
    SPECULATE_VERBS,
    SPECULATE_WORDS,
    SPEECH_VERBS,
    STOP_WORDS_IN_NP,
    SUBJUNCTIVE_FORMS,
    SUBORDINATORS,
)
from lagebild.events.claims.phrases import (
    Doc,
    Quote,
    TokenId,
    is_capitalised,
    is_word,
    looks_adjective,
    np_left,
    np_right,
    segments,
    sentence_end,
)
from lagebild.model import ClaimForm, Stance

_QUOTE_OPEN = frozenset({"„", "»", '"', "“", "«"})
_CONJUNCTIONS = frozenset({"und", "aber", "doch", "denn", "oder", "sondern"})


@dataclass(slots=True)
class Attribution:
    """One speech, writing or report event: its roles as (sentence, token) ids, in text order.

    `head` is the word that carries the cue (the verb of "teilte ... mit"), else the first cue word;
    a source that is the cue itself ("Demnach ...", as SpkAtt annotates it) has the report it
    refers back to in `referent` ("Das Gericht verkündete sein Urteil. Demnach ..."), if named;
    `object_message` says the message is only the verb's object (no clause, no quotation);
    `continued` marks a Konjunktiv sentence that carries on the previous indirect speech
    (no cue of its own); `hearsay` a "soll ... haben" report without a named source.
    """

    cue: list[TokenId]
    source: list[TokenId]
    message: list[TokenId]
    addressee: list[TokenId]
    form: ClaimForm
    stance: Stance = "asserts"
    continued: bool = False
    hearsay: bool = False
    head: TokenId | None = None  # the cue's main word when the cue is split ("teilte ... mit")
    object_message: bool = False  # the message is the verb's object ("dementiert alle Vorwürfe")
    referent: list[TokenId] | None = None  # what an adverb source ("demnach") refers back to


@dataclass(frozen=True, slots=True)
class AttributionOptions:
    """Switches for the rules. `hearsay`: report "X soll ... haben" as a claim without a source
    (SpkAtt's guidelines do not annotate it, lagebild's claims want it). `nested_quotes`: also
    report each quotation inside an indirect message as its own direct speech with the same cue
    and source (SpkAtt annotates these nested events; for claims they would be duplicates)."""

    hearsay: bool = True
    nested_quotes: bool = False


def find_attributions(
    sentences: Sequence[Sequence[str]], options: AttributionOptions | None = None
) -> list[Attribution]:
    """Attributions in `sentences` (lists of token texts), in text order. Cost: O(tokens)."""
    opts = options or AttributionOptions()
    doc = Doc.build(sentences)
    found: list[Attribution] = []
    claimed_quotes: set[Quote] = set()
    for s in range(len(doc.tokens)):
        segs = segments(doc, s)
        here = _resolve_conflicts([a for a in _cued(doc, s, segs, opts) if a.message])
        for att in here:
            for tid in att.message:
                quote = doc.quote_at(*tid)
                if quote is not None:
                    claimed_quotes.add(quote)
        if not here and _continue_indirect(doc, s, found):
            continue
        found.extend(here)
        if opts.nested_quotes:
            found.extend(_nested_quotes(doc, here))
        found.extend(_uncued_quotes(doc, s, found, claimed_quotes))
    for att in found:
        att.stance = _stance(doc, att)
    return found


# --- cues -------------------------------------------------------------------------------------


def _cued(doc: Doc, s: int, segs: list[tuple[int, int]], opts: AttributionOptions) -> list[Attribution]:
    """Every cue of sentence `s` resolved to an attribution (message may be empty = no claim)."""
    low = doc.lower[s]
    sent = doc.tokens[s]
    out: list[Attribution] = []
    used: set[int] = set()
    for i, lw in enumerate(low):
        if i in used or doc.in_quote(s, i) or not is_word(sent[i]):
            continue
        att: Attribution | None = None
        if _is_source_before(doc, s, i):  # "laut Reuters", "nach Angaben der Polizei"
            att = _preposition_cue(doc, s, i, segs, right=True)
        elif lw == "zufolge" or (lw == "nach" and i > 0 and low[i - 1].endswith(SOURCE_NOUN_ENDINGS)):
            att = _preposition_cue(doc, s, i, segs, right=False)  # "ersten Angaben zufolge", "seiner Ansicht nach"
        elif lw in ("demnach", "wonach"):
            att = _clause_cue(doc, s, i)
        elif lw == "hervor" or lw in _HERVOR_FORMS:  # "Das geht aus dem Bericht hervor"
            att = _hervor_cue(doc, s, i, segs)
        elif lw in ("heißt", "hieß") and _next_is(low, i, "es"):
            att = _heisst_es(doc, s, i, segs)
            used.add(i + 1)
        elif lw == "so" and _is_so_cue(doc, s, i):
            att = _so_cue(doc, s, i, segs)
        elif lw in NOUN_CUES and i > 0:  # "die Forderung der Opposition, ... zu ..."
            att = _noun_cue(doc, s, i, segs)
        elif opts.hearsay and lw in ("soll", "sollen") and not is_capitalised(sent[i]):
            att = _hearsay(doc, s, i, segs)
        elif not (is_capitalised(sent[i]) and i > 0):
            att = _verb_cue(doc, s, i, segs)
        if att is not None:
            used.update(t for (ss, t) in att.cue if ss == s)
            out.append(att)
    return out


def _is_source_before(doc: Doc, s: int, i: int) -> bool:
    """"laut" before a name or quoted name, or "nach" before a source noun ("Angaben")."""
    low, sent = doc.lower[s], doc.tokens[s]
    if i + 1 >= len(sent):
        return False
    if low[i] == "laut":
        return sent[i + 1][:1].isalpha() or sent[i + 1] in _QUOTE_OPEN
    return low[i] == "nach" and _source_noun_within(doc, s, i + 1, 4)


def _next_is(low: list[str], i: int, word: str) -> bool:
    return i + 1 < len(low) and low[i + 1] == word


def _source_noun_within(doc: Doc, s: int, i: int, width: int) -> bool:
    """A noun such as "Angaben", "US-Erkenntnissen" within `width` tokens after position `i`."""
    for j in range(i, min(i + width, len(doc.tokens[s]))):
        tok = doc.tokens[s][j]
        if is_capitalised(tok) and doc.lower[s][j].endswith(SOURCE_NOUN_ENDINGS):
            return True
        if not is_word(tok):
            return False
    return False


def _segment_of(segs: list[tuple[int, int]], i: int) -> tuple[int, int]:
    for a, b in segs:
        if a <= i < b:
            return a, b
    return i, i + 1


def _ids(s: int, idx: list[int] | range) -> list[TokenId]:
    return [(s, i) for i in idx]


def _rest_of_sentence(doc: Doc, s: int, skip: set[int]) -> list[TokenId]:
    """The sentence without final punctuation, without `skip` and without commas next to a gap."""
    end = sentence_end(doc, s)
    keep = [i for i in range(end) if i not in skip]
    out: list[int] = []
    for n, i in enumerate(keep):
        if doc.tokens[s][i] in (",", ":") and (n == 0 or n == len(keep) - 1 or keep[n - 1] != i - 1 or keep[n + 1] != i + 1):
            continue
        out.append(i)
    return _ids(s, out)


def _preposition_cue(doc: Doc, s: int, i: int, segs: list[tuple[int, int]], right: bool) -> Attribution | None:
    """"laut X" / "nach Angaben X" / "X zufolge": the message is the rest of the sentence."""
    a, b = _segment_of(segs, i)
    if right:
        source = _with_apposition(doc, s, np_right(doc, s, i + 1, len(doc.tokens[s])))
        if doc.lower[s][i] == "nach" and source and not any(
            doc.lower[s][x].endswith(SOURCE_NOUN_ENDINGS) for x in source
        ):
            return None
    else:
        source = np_left(doc, s, i - 1, a)
    if not source:
        return None
    skip = {i, *source}
    message = _rest_of_sentence(doc, s, skip)
    form: ClaimForm = "indirect" if _has_subjunctive(doc, message) else "reported"
    return Attribution(_ids(s, [i]), _ids(s, source), message, [], form)


def _clause_cue(doc: Doc, s: int, i: int) -> Attribution:
    """"demnach ..." (the rest of the sentence) / "..., wonach ..." (the clause it opens).
    Source: the report named right before "wonach" ("eine Studie, wonach ..."), else the report
    named in the sentence before ("Das Gericht verkündete sein Urteil. Demnach ..."), else the
    adverb itself, as SpkAtt annotates it (`find_claims` leaves such a claim without source)."""
    before: list[TokenId] = []
    if doc.lower[s][i] == "wonach":
        message = _ids(s, range(i + 1, sentence_end(doc, s)))
        before = _ids(s, np_left(doc, s, i - 2, 0)) if i >= 2 and doc.tokens[s][i - 1] == "," else []
    else:
        message = _rest_of_sentence(doc, s, {i})
    form: ClaimForm = "indirect" if _has_subjunctive(doc, message) else "reported"
    att = Attribution(_ids(s, [i]), before or _ids(s, [i]), message, [], form)
    att.referent = before or _report_before(doc, s, i)
    return att


_FIRST_PERSON = frozenset({"unser", "unsere", "unserer", "unseres", "unserem", "unseren", "mein", "meine", "meiner", "meinem", "meinen"})


def _report_before(doc: Doc, s: int, i: int) -> list[TokenId]:
    """The last report noun phrase ("dem Urteil", "einer neuen Studie") in sentence `s` before
    `i`, else in the sentence before: what "demnach" refers back to. Empty if none."""
    for ss, stop in ((s, i), (s - 1, len(doc.tokens[s - 1]) if s > 0 else 0)):
        if ss < 0:
            continue
        for k in range(stop - 1, -1, -1):
            tok = doc.tokens[ss][k]
            if is_capitalised(tok) and doc.lower[ss][k].endswith(REPORT_NOUN_ENDINGS) and not doc.in_quote(ss, k):
                np = np_left(doc, ss, k, 0)
                if np and doc.lower[ss][np[0]] in _FIRST_PERSON:
                    continue  # "in unserer Datenschutzerklärung": the publisher, not a source
                return _ids(ss, np or [k])
    return []


_NOUN_GENITIVE = frozenset({"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"})


def _noun_cue(doc: Doc, s: int, i: int, segs: list[tuple[int, int]]) -> Attribution | None:
    """A speech noun with its content clause: "die Behauptung, dass ...", "der Hinweis, man sei
    ...", "die Forderung des Verbands, ... zu ...". Source: a genitive after the noun, if any."""
    low = doc.lower[s]
    a, b = _segment_of(segs, i)
    source = _with_apposition(doc, s, np_right(doc, s, i + 1, b)) if i + 1 < b and low[i + 1] in _NOUN_GENITIVE else []
    last = max([i, *source])
    if b < len(low) and doc.tokens[s][b] == ":" or last + 1 < b and not (last + 2 == b and low[b - 1] == "ab"):
        return None  # the clause goes on after the noun: no content clause attached to it
    message = _embedded_clause(doc, s, _message_after(doc, s, b, segs), segs)
    if not message or _is_name_quote(doc, message):
        return None
    cue = [i - 1, i] if low[i - 1] in DETERMINERS else [i]
    return Attribution(_ids(s, cue), _ids(s, source), message, [], _form_of(doc, message), head=(s, i))


def _embedded_clause(doc: Doc, s: int, message: list[TokenId], segs: list[tuple[int, int]]) -> list[TokenId]:
    """`message` cut where the sentence it is embedded in resumes: the clause after a noun cue
    runs on over segments that open with a conjunction, relative or subordinate word
    ("..., mit dem man ...", "..., dass ...", "..., und ..."), and stops before any other one."""
    if not message or doc.quote_at(*message[0]) is not None:
        return message
    low = doc.lower[s]
    keep = {t for t in message if t[0] != s}
    first = _segment_of(segs, message[0][1])
    for a, b in segs:
        if b <= first[0] or a > max(i for _, i in message):
            continue
        if a > first[0]:
            opener = low[a + 1] if low[a] in _PLACE_PREPOSITIONS | {"mit", "auf", "an", "für", "über"} and a + 1 < b else low[a]
            if not (opener in RELATIVE_PRONOUNS or opener in SUBORDINATORS or opener in _CONJUNCTIONS or doc.in_quote(s, a)):
                break
        keep.update((s, k) for k in range(a, b))
        if a > first[0]:
            keep.add((s, a - 1))  # the comma between kept segments
    return sorted(t for t in message if t in keep)


_HERVOR_FORMS = frozenset({"hervorgeht", "hervorgehen", "hervorging", "hervorgingen"})
_GEHEN_FORMS = frozenset({"geht", "gehen", "ging", "gingen", "gehe"})


def _hervor_cue(doc: Doc, s: int, i: int, segs: list[tuple[int, int]]) -> Attribution | None:
    """"X geht aus dem Bericht hervor" / "wie aus dem Bericht hervorgeht, ..." / "Aus dem
    Bericht geht hervor, dass ...": the document after "aus" is the source."""
    low = doc.lower[s]
    cue = [i]
    if low[i] == "hervor":
        verb = next((k for k in range(i - 1, -1, -1) if low[k] in _GEHEN_FORMS and not doc.in_quote(s, k)), None)
        if verb is None:
            return None
        cue.insert(0, verb)
    aus = next((k for k in range(i - 1, -1, -1) if low[k] == "aus" and not doc.in_quote(s, k)), None)
    if aus is None or aus + 1 >= i:
        return None
    source = np_right(doc, s, aus + 1, i)
    if not source:
        return None
    a, b = _segment_of(segs, i)
    first = next((k for k in range(a) if is_word(doc.tokens[s][k])), a)
    if low[first] in ("das", "dies") and cue[0] == first + 1 and s > 0:
        message = _previous_sentence(doc, s) + [(s, first)]  # "... . Das geht aus X hervor."
    elif a > 0 and low[a] == "wie":  # "..., wie aus X hervorgeht."
        cue.insert(0, a)
        message = _message_before(doc, s, a)
    elif a == 0 and low[0] == "wie":  # "Wie aus X hervorgeht, ..."
        cue.insert(0, 0)
        message = _message_after(doc, s, b, segs, any_clause=True)
    else:
        message = _message_after(doc, s, b, segs)
    if not message:
        return None
    return Attribution(_ids(s, sorted(cue)), _ids(s, source), message, [], _form_of(doc, message), head=(s, cue[-1]))


def _heisst_es(doc: Doc, s: int, i: int, segs: list[tuple[int, int]]) -> Attribution | None:
    """"hieß es (aus Moskau)": no speaker named; a place or document phrase next to it ("aus
    Moskau", "im Abschlussbericht", "Aus dem Ministerium hieß es") is taken as the source."""
    a, b = _segment_of(segs, i)
    source = _place_source(doc, s, i + 2, b)
    if not source and i > a:
        source = _place_source(doc, s, a, i)
    if not source and a > 0 and not doc.in_quote(s, 0):  # "In dem Bericht, der ... , heißt es"
        source = _place_source(doc, s, 0, a)
    message = _message_around(doc, s, i, max([i + 1, *source]), segs)
    if not message and a > 0 and (not source or source[0] > i):
        message = _message_before(doc, s, a)  # "..., heißt es (in der Erklärung)."
    if not message:
        return None
    return Attribution(_ids(s, [i, i + 1]), _ids(s, source), message, [], _form_of(doc, message))


_PLACE_PREPOSITIONS = frozenset({"aus", "von", "vom", "in", "im", "bei", "beim", "seitens"})


def _place_source(doc: Doc, s: int, j: int, stop: int) -> list[int]:
    """"aus Moskau" / "im Abschlussbericht" at `j`: the preposition with its noun phrase."""
    if j >= stop or doc.lower[s][j] not in _PLACE_PREPOSITIONS:
        return []
    np = np_right(doc, s, j + 1, stop)
    return [j, *np] if np else []


def _is_so_cue(doc: Doc, s: int, i: int) -> bool:
    """", so Putin." / "„...“ so X": "so" right after a comma or quote, followed by a name."""
    if i == 0 or i + 1 >= len(doc.tokens[s]):
        return False
    prev = doc.tokens[s][i - 1]
    if doc.lemma(s, i + 1) in SPEECH_VERBS:
        return False  # ", so sagen Beobachter, ...": the verb is the cue
    return prev in (",", "“", "”", "«", '"') and bool(np_right(doc, s, i + 1, len(doc.tokens[s])))


def _so_cue(doc: Doc, s: int, i: int, segs: list[tuple[int, int]]) -> Attribution | None:
    a, b = _segment_of(segs, i)
    source = _with_apposition(doc, s, np_right(doc, s, i + 1, b))
    message = _message_before(doc, s, a)
    if not message or not source:
        return None
    end = sentence_end(doc, s)
    if source[-1] + 2 < end and doc.tokens[s][source[-1] + 1] == "," and doc.quote_at(*message[-1]) is None:
        message = message + _ids(s, range(source[-1] + 2, end))  # "Der Plan sei, so X, gescheitert."
    return Attribution(_ids(s, [i]), _ids(s, source), message, [], _form_of(doc, message))


def _hearsay(doc: Doc, s: int, i: int, segs: list[tuple[int, int]]) -> Attribution | None:
    """"Pjöngjang soll Munition geliefert haben": a claim nobody in the text makes."""
    a, b = _segment_of(segs, i)
    if b - 1 <= i or doc.lower[s][b - 1] not in ("haben", "sein"):
        return None
    message = _ids(s, [k for k in range(a, b) if k != i])
    att = Attribution(_ids(s, [i, b - 1]), [], message, [], "reported", hearsay=True)
    return att


_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "wurden", "werden", "worden"})


def _verb_cue(doc: Doc, s: int, v: int, segs: list[tuple[int, int]]) -> Attribution | None:
    """A speech verb: find its particle and auxiliary, then read source and message off the clause."""
    low = doc.lower[s]
    lemma = doc.lemma(s, v)
    if lemma not in SPEECH_VERBS and lemma not in PARTICLE_ONLY and not _is_opinion_copula(doc, s, v, lemma):
        return None
    a, b = _segment_of(segs, v)
    cue = _verb_cue_tokens(doc, s, v, lemma, a, b)
    if cue is None:
        return None
    anchor = min(cue)
    pre = [k for k in range(a, anchor) if not (k == a and low[k] in _CONJUNCTIONS)]
    wie = _wie_across_apposition(doc, s, segs, a) if max(cue) == b - 1 and pre and low[pre[0]] != "wie" else None
    if wie is not None:  # "Wie X, Sprecher der Y, heute mitteilte, ..."
        pre = [k for k in range(wie, anchor) if doc.tokens[s][k] != ","]
        a = wie
    after = [k for k in range(anchor + 1, b) if k not in cue]
    source: list[int] = []
    addressee: list[int] = []
    message: list[TokenId] = []
    if not pre and a == 0:
        if anchor + 1 < b and low[anchor + 1] in AUXILIARIES:  # "Spekuliert wurde, dass ..."
            cue.append(anchor + 1)
            message = _message_after(doc, s, b, segs)
        else:
            return None
    elif not pre and _is_inverted(doc, s, a, after, b):  # "„...“, sagte er." / "Kim habe ..., sagte er."
        source = _with_apposition(doc, s, np_right(doc, s, after[0], b)) if after else []
        if not source and after and len(after) <= 10 and low[after[0]] in DETERMINERS:
            source = after  # "die zur Universität gehörende Stiftung": no plain noun phrase
        message = _message_before(doc, s, a)
    elif not pre:  # "Renate Künast, Fraktionschefin der Grünen, kritisierte: ..." (apposition)
        if doc.in_quote(s, 0):
            return None
        source = list(range(0, a - 1))[:20]
        addressee = _addressee(doc, s, after, source, lemma)
        message = _message_around(doc, s, v, max([v, *cue, *addressee]), segs)
    elif low[pre[0]] == "wie" and len(pre) > 1:  # "wie X mitteilte, ..."
        if any(low[k] in _PASSIVE_AUXILIARIES for k in after):
            return None  # "wie Schoigu ... begrüßt wird": someone is welcomed, nobody speaks
        cue.insert(0, pre[0])
        source = _with_apposition(doc, s, np_right(doc, s, pre[1], anchor)) or pre[1:]
        message = _message_after(doc, s, b, segs, any_clause=True) if b < sentence_end(doc, s) else _message_before(doc, s, a)
    elif a > 0 and low[pre[0]] in RELATIVE_PRONOUNS and (v >= b - 2 or low[v + 1] in _CONJUNCTIONS):
        # "..., die beide Staaten bestreiten" (also "... bestreiten und die ... verstoßen")
        source = pre[1:]
        message = _ids(s, np_left(doc, s, a - 2, 0)) if a >= 2 else []
    elif low[pre[0]] in SUBORDINATORS:
        source = np_right(doc, s, pre[1], anchor) if len(pre) > 1 else []
        message = _message_after(doc, s, b, segs)
        if not message:
            return None
    else:
        if lemma == "drohen" and [low[k] for k in pre] == ["es"]:
            return None  # "Es drohe eine Erwärmung": something looms, nobody threatens
        source = _subject(doc, s, pre, after, b)
        addressee = _addressee(doc, s, after, source, lemma)
        if not addressee and len(pre) > 1 and low[pre[0]] == "gegenüber":  # "Gegenüber der Zeitung sagte X"
            addressee = np_right(doc, s, pre[1], pre[-1] + 1)
        message = _message_around(doc, s, v, max([v, *cue, *source, *addressee]), segs)
    if lemma == "halten" and not (message and doc.lower[message[0][0]][message[0][1]] in COMPLEMENTIZERS):
        return None  # "hält es für möglich, dass ..." only with its content clause
    if lemma in _JUDGING and "als" in low[v:b]:  # "bezeichnete X als Lüge", "würdigte ihn als „...“"
        als = v + low[v:b].index("als")
        cue.append(als)
        if als + 1 < b and doc.tokens[s][als + 1] in _QUOTE_OPEN and doc.quote_at(s, als + 1) is not None:
            quote = doc.quote_at(s, als + 1)
            assert quote is not None
            message = doc.span(quote.start, quote.end)
        else:
            message = [t for t in message if t[0] != s or t[1] < als]
    object_message = False
    if not message and len(pre) == 1 and low[pre[0]] in ("das", "dies") and source:
        if a > 0:  # "..., das teilte die Behörde mit."
            message = _message_before(doc, s, a)
        elif s > 0:  # "... . Das bestätigte der Minister."
            message = _previous_sentence(doc, s) + [(s, pre[0])]
    if not message:
        rest = [k for k in after if k not in source and k not in addressee and k not in cue]
        if lemma in _JUDGING and "als" in low[v:b]:
            rest = [k for k in rest if k < v + low[v:b].index("als")]
        while rest and not is_capitalised(doc.tokens[s][rest[-1]]):
            rest.pop()  # "die Berichte stets" -> "die Berichte"
        passive = any(low[k] in _PASSIVE_AUXILIARIES for k in cue)  # "wurde vom Gericht gelobt": no speaker
        if rest and not passive and lemma not in NO_OBJECT_MESSAGE:
            message = _ids(s, rest)
            object_message = True
    if not message:
        return None
    cue_ids = sorted(_ids(s, cue))
    form = _form_of(doc, message)
    return Attribution(cue_ids, _ids(s, sorted(source)), message, _ids(s, addressee), form, head=(s, v), object_message=object_message)


_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden", "worden"})
_JUDGING = frozenset({"bezeichnen", "nennen", "würdigen", "loben", "kritisieren", "verurteilen"})
_REFLEXIVE_SPEECH = frozenset({"äußern"})
_ATTRIBUTIVE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "enes", "ener", "enem")


def _verb_cue_tokens(doc: Doc, s: int, v: int, lemma: str, a: int, b: int) -> list[int] | None:
    """The cue words of the speech verb at `v`: its particle at the clause end ("teilte ... mit")
    and its auxiliary when the verb stands at the end ("hatte ... gesagt"); None when the verb
    is no speech here ("schreibt ... zu", "bestätigte sich", "die geäußerte Hoffnung")."""
    low = doc.lower[s]
    sent = doc.tokens[s]
    nxt = low[v + 1] if v + 1 < len(low) else ""
    if nxt == "sich" and lemma in REFLEXIVE_NOT_SPEECH:
        return None
    if low[v].startswith("ge") and low[v].endswith(_ATTRIBUTIVE_ENDINGS) and v + 1 < len(sent) and is_capitalised(sent[v + 1]):
        return None
    named = low[v] == "genannt" and not any(low[k] in AUXILIARIES for k in range(a, v))
    if lemma == "nennen" and (named or nxt == "sich" or nxt == "man"):
        return None  # naming, not speech: "auch X genannt", "nennt sich X", "nennt man X"
    if lemma == "sprechen":  # only "sprach von ..." / "sprechen davon, dass" report speech
        prep = next((k for k in range(v + 1, min(b, v + 6)) if low[k] in ("von", "vom", "davon")), None)
        return [v, prep] if prep is not None else None
    if lemma == "sein":  # "ist der Meinung, dass ..."
        return [v, v + 1, v + 2]
    if lemma == "vertreten":  # "vertritt die These, dass ...", "hatte die Ansicht vertreten"
        det = _opinion_object(doc, s, v)
        if det is None or not a <= det < b:
            return None
        auxiliary = [] if det > v else [k for k in range(a, det) if low[k] in AUXILIARIES][:1]
        return sorted({*auxiliary, v, det, det + 1})
    worten = next((k for k in range(a + 2, b) if low[k] == "worten" and low[k - 1] == "den" and low[k - 2] == "mit"), None)
    if lemma == "halten":  # "hält es für möglich, dass ..."
        fuer = next((k for k in range(v + 1, min(b - 1, v + 5)) if low[k] == "für"), None)
        if fuer is not None and sent[fuer + 1][:1].islower() and low[fuer + 1].isalpha():
            return [v, *([v + 1] if nxt == "es" else []), fuer, fuer + 1]
    cue = [v] if worten is None else [v, worten - 2, worten - 1, worten]  # "zitierte ihn mit den Worten"
    if nxt == "sich" and lemma in _REFLEXIVE_SPEECH and v + 1 < b:
        cue.append(v + 1)  # "äußerte sich"
    last = low[b - 1] if b - 1 > v else ""
    if last in PARTICLE_VERBS and lemma in PARTICLE_VERBS[last]:
        cue.append(b - 1)
        davon = next((k for k in range(v + 1, b - 1) if low[k] in ("davon", "darauf")), None)
        if davon is not None and low[b - 1] in ("aus", "hin"):
            cue.append(davon)  # "geht davon aus", "wies darauf hin"
    elif _final_particle(doc, s, b, lemma):  # "Das teilte X, Sprecher der Y, mit."
        cue.append(sentence_end(doc, s) - 1)
    elif lemma in PARTICLE_ONLY or last in SEPARABLE_PARTICLES and not doc.in_quote(s, b - 1) and _is_finite_looking(low[v]):
        return None
    at_end = v == b - 1 or (len(cue) > 1 and v == b - 2)
    if at_end:
        aux = next((k for k in range(a, v) if low[k] in AUXILIARIES and not doc.in_quote(s, k)), None)
        if aux is not None:
            cue.insert(0, aux)
    return cue


_OPINION_NOUNS = frozenset({"meinung", "ansicht", "auffassung", "überzeugung", "these"})


def _is_opinion_copula(doc: Doc, s: int, v: int, lemma: str) -> bool:
    """"ist/sind/sei der Meinung" (also Ansicht, Auffassung, Überzeugung) or "vertritt die These":
    an opinion cue."""
    low = doc.lower[s]
    if lemma == "sein":
        return v + 2 < len(low) and low[v + 1] == "der" and low[v + 2] in _OPINION_NOUNS
    return lemma == "vertreten" and _opinion_object(doc, s, v) is not None


def _opinion_object(doc: Doc, s: int, v: int) -> int | None:
    """The "die" of "die Ansicht/These/Auffassung" in the clause of "vertreten" at `v`, else None."""
    low = doc.lower[s]
    lo, hi = max(0, v - 8), min(len(low) - 1, v + 8)
    for k in range(lo, hi):
        if low[k] == "die" and low[k + 1] in _OPINION_NOUNS and not doc.in_quote(s, k):
            return k
    return None


def _previous_sentence(doc: Doc, s: int) -> list[TokenId]:
    """Sentence `s - 1` without its final punctuation (what "Das sagte X" points back to)."""
    return _ids(s - 1, range(sentence_end(doc, s - 1)))


def _wie_across_apposition(doc: Doc, s: int, segs: list[tuple[int, int]], a: int) -> int | None:
    """The "wie" opening "Wie X, Sprecher der Y, mitteilte": a segment starting with "wie" one or
    two segments before `a`, with only noun phrases in between. Its index, else None."""
    low = doc.lower[s]
    before = [seg for seg in segs if seg[1] < a][-3:]
    for n, (pa, pb) in enumerate(reversed(before)):
        if low[pa] == "wie" and pb - pa > 1 and np_right(doc, s, pa + 1, pb):
            return pa
        np = np_right(doc, s, pa, pb)
        if not np or np[-1] != pb - 1 or n >= 1:
            return None
    return None


def _final_particle(doc: Doc, s: int, b: int, lemma: str) -> bool:
    """Is the sentence's last segment only the particle of `lemma` (", mit.")?"""
    e = sentence_end(doc, s)
    last = doc.lower[s][e - 1] if e > 0 else ""
    return b < e - 2 and last in PARTICLE_VERBS and lemma in PARTICLE_VERBS[last] and doc.tokens[s][e - 2] == ","


def _is_finite_looking(word: str) -> bool:
    """A finite verb form rather than an infinitive or participle ("schreibt", "gab" vs "gesagt")."""
    return not word.startswith("ge") and not word.endswith("en")


def _is_inverted(doc: Doc, s: int, a: int, after: list[int], b: int) -> bool:
    """Does "…, sagte X" report what precedes the comma? Yes after a closing quotation or a
    Konjunktiv clause, or when only the speaker follows the verb ("…, sagte der Minister.")."""
    before = _message_before(doc, s, a)
    if not before:
        return False
    first, last = before[0], before[-1]
    quote = doc.quote_at(*last)
    if quote is not None and quote.end == last:
        return True
    if _has_subjunctive(doc, before):
        return True
    source = np_right(doc, s, after[0], b) if after else []
    if bool(source) and len(after) - len(source) <= 3 and b >= sentence_end(doc, s) and first != last:
        return True
    # "Er starb am Samstag, teilte die zur Universität gehörende Stiftung mit.": a whole clause
    # before, the verb's clause runs to the sentence end and its subject opens with an article
    clause_before = any(t[0] == s and _is_lower_word(doc, s, t[1]) for t in before)
    return clause_before and bool(after) and b >= sentence_end(doc, s) and doc.lower[s][after[0]] in DETERMINERS


def _subject(doc: Doc, s: int, pre: list[int], after: list[int], b: int) -> list[int]:
    """The speaker of a verb in second position: the first position, unless that is an adverbial
    ("Am Montag sagte der Minister") or a pronoun follows the verb ("Das sagte er")."""
    low = doc.lower[s]
    if after and low[after[0]] in PRONOUNS and low[after[0]] != "es":
        return [after[0]]
    while len(pre) > 1 and low[pre[0]] in _FOCUS_PARTICLES:  # "Auch die Ministerin sagte"
        pre = pre[1:]
    if len(pre) == 1 and low[pre[0]] == "es":  # "Es wird befürchtet, ..."
        return []
    if _adverbial_start(doc, s, pre) or (len(pre) == 1 and low[pre[0]] in _DEMONSTRATIVE_OBJECTS):
        source = _with_apposition(doc, s, np_right(doc, s, after[0], b)) if after else []
        return source or _adverbial_source(doc, s, pre)
    np = np_right(doc, s, pre[0], pre[-1] + 1)
    rest = [k for k in pre if k not in np]
    if np and any(low[k] in _CONJUNCTIONS or _is_lower_word(doc, s, k) for k in rest):
        return np  # "Lammert erwartet eine Entscheidung und gab bekannt": the first subject
    return pre


_FOCUS_PARTICLES = frozenset({"auch", "nun", "so", "jedoch", "aber", "doch", "zudem", "ebenfalls", "selbst", "sogar"})
_DEMONSTRATIVE_OBJECTS = frozenset({"das", "dies", "dieses", "dem", "darüber", "dazu", "davon", "daran", "darauf"})


def _is_lower_word(doc: Doc, s: int, k: int) -> bool:
    """A lower-case word that cannot sit inside a speaker phrase (most likely a verb)."""
    lw = doc.lower[s][k]
    return doc.tokens[s][k][:1].islower() and lw not in STOP_WORDS_IN_NP and lw not in DETERMINERS and not looks_adjective(lw)


_APPOSITION_FOLLOWERS = frozenset({",", ".", "!", "?", ")", ":", ";"})


def _with_apposition(doc: Doc, s: int, source: list[int]) -> list[int]:
    """A speaker read to the right with its apposition: "Hugo Salcedo, Kopf einer Gruppe, ...",
    "Charles Bouchard, General und Kommandeur des Einsatzes, ...". The apposition must be a
    noun phrase closed by punctuation or a preposition ("..., Spieler des Vereins, gegenüber ...")."""
    if not source:
        return source
    sent, low = doc.tokens[s], doc.lower[s]
    n = len(sent)
    k = source[-1] + 1
    if k + 1 >= n or sent[k] != "," or doc.in_quote(s, k + 1):
        return source
    parts: list[int] = []
    j = k + 1
    while j < n:
        np = np_right(doc, s, j, n)
        if not np or np[0] != j or low[j] in PRONOUNS:
            return source
        parts.extend(range(j, np[-1] + 1))
        j = np[-1] + 1
        if j < n and low[j] == "und" and j + 1 < n:
            parts.append(j)
            j += 1
            continue
        break
    if j < n and sent[j] not in _APPOSITION_FOLLOWERS and low[j] not in STOP_WORDS_IN_NP:
        return source
    return [*source, k, *parts]


def _adverbial_start(doc: Doc, s: int, pre: list[int]) -> bool:
    """First position is an adverbial ("Am Montag", "Zugleich", "Bis heute"): subject follows the verb."""
    low = doc.lower[s]
    first = low[pre[0]]
    if first in ADVERBIAL_STARTS or doc.tokens[s][pre[0]][:1].isdigit():
        return True
    return all(not is_capitalised(doc.tokens[s][k]) for k in pre) and first not in PRONOUNS


def _adverbial_source(doc: Doc, s: int, pre: list[int]) -> list[int]:
    """"Aus Moskau hieß es" / "In Moskau sagte man": the place in first position as the source."""
    if doc.lower[s][pre[0]] in ("aus", "von", "vom") and len(pre) > 1:
        return np_right(doc, s, pre[1], pre[-1] + 1)
    return []


def _addressee(doc: Doc, s: int, after: list[int], source: list[int], lemma: str = "") -> list[int]:
    """Whom the speaker addresses, in the cue's clause: "gegenüber der Zeitung X" (anywhere after
    the verb), "dem Sender X" right after it, "an die Regierung" after appellieren/sich wenden,
    and the object of auffordern/aufrufen/bitten ("forderte die Regierung auf")."""
    low = doc.lower[s]
    rest = [k for k in after if k not in source]
    if not rest:
        return []
    stop = rest[-1] + 1
    for k in rest:
        if low[k] == "gegenüber" and not doc.in_quote(s, k):
            return np_right(doc, s, k + 1, stop)
    first = rest[0]
    if low[first] == "dem":
        return np_right(doc, s, first, stop)
    if lemma in _APPEAL_VERBS:
        an = next((k for k in rest[:4] if low[k] == "an"), None)
        if an is not None:
            return np_right(doc, s, an + 1, stop)
    if lemma in ("fordern", "rufen") and "auf" not in low[first:]:
        return []  # "forderte die Einrichtung ..." names the demand, "forderte X auf" the addressee
    if lemma in _REQUEST_VERBS and low[first] not in PRONOUNS | {"sich", "es"} and not doc.in_quote(s, first):
        return np_right(doc, s, first, stop)
    return []


_APPEAL_VERBS = frozenset({"appellieren", "wenden", "richten"})
_REQUEST_VERBS = frozenset({"auffordern", "aufrufen", "bitten", "ermahnen", "fordern", "rufen", "drängen"})


# --- messages ---------------------------------------------------------------------------------


def _message_around(doc: Doc, s: int, v: int, last_role: int, segs: list[tuple[int, int]]) -> list[TokenId]:
    """Message of a verb cue in first-or-second position: a following quotation, a following
    dass/Konjunktiv clause, else a Konjunktiv clause before the cue's segment."""
    sent = doc.tokens[s]
    a, b = _segment_of(segs, v)
    # a quotation in the cue's own clause, or opening the next one ("sagte: „...“")
    reach = b + 2 if b < len(sent) and sent[b] in (",", ":") else b
    for k in range(last_role + 1, min(reach, len(sent))):
        if sent[k] in _QUOTE_OPEN:
            quote = doc.quote_at(s, k)
            if quote is not None and quote.start == (s, k) and not _is_name_quote(doc, doc.span(quote.start, quote.end)):
                return doc.span(quote.start, quote.end)
    message = _message_after(doc, s, b, segs)
    if message:
        return message
    if sent[-1] == ":" and b < len(sent) and sent[b] == "," and not doc.in_quote(s, len(sent) - 1):
        return _quote_in_next_sentence(doc, s)  # "So sagte X, Kommissar der Y:" + „...“
    before = _message_before(doc, s, a)
    if before and _has_subjunctive(doc, before):
        return before
    return []


def _message_after(doc: Doc, s: int, b: int, segs: list[tuple[int, int]], any_clause: bool = False) -> list[TokenId]:
    """The clause after the cue's segment when it is reported content: a quotation after a colon,
    "dass/ob/w-" clause, zu-infinitive or Konjunktiv clause (`any_clause`: whatever follows, as
    after "Wie X mitteilte, ..."); to the sentence end."""
    sent = doc.tokens[s]
    low = doc.lower[s]
    end = sentence_end(doc, s)
    k = b
    while k < end and sent[k] in (",", ":", "–", "—", "-"):
        k += 1
    if k >= end:
        return _quote_in_next_sentence(doc, s) if b < len(sent) and sent[b] == ":" else []
    if sent[k] in _QUOTE_OPEN:
        quote = doc.quote_at(s, k)
        if quote is not None:
            return doc.span(quote.start, quote.end)
    body = _ids(s, range(k, end))
    if any_clause or low[k] in COMPLEMENTIZERS or _has_subjunctive(doc, body) or _has_zu_infinitive(low, k, end):
        return body
    if b < len(sent) and sent[b] == "," and any(w in _KONJUNKTIV_II for w in low[k:end]):  # "sagte, sie würden ..."
        return body
    if b < len(sent) and sent[b] == ":":
        return body
    return []


_KONJUNKTIV_II = frozenset({"würde", "würden", "müsste", "müssten", "könnte", "könnten", "sollte", "sollten", "dürfte", "dürften"})
_ZU_INFINITIVE = re.compile(
    r"(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|heraus|hin|mit|nach|um|vor|weg|weiter|zu|zurück|zusammen)"
    r"zu[a-zäöüß]{3,}(?:en|ern|eln)"
)


def _has_zu_infinitive(low: list[str], k: int, end: int) -> bool:
    """A zu-infinitive in low[k:end]: "zu" as a word, or inside a separable verb ("anzugreifen")."""
    return any(w == "zu" or _ZU_INFINITIVE.fullmatch(w) is not None for w in low[k:end])


def _quote_in_next_sentence(doc: Doc, s: int) -> list[TokenId]:
    """"X sagte:" ending the sentence: the quotation that opens the next sentence."""
    if s + 1 >= len(doc.tokens) or not doc.tokens[s + 1] or doc.tokens[s + 1][0] not in _QUOTE_OPEN:
        return []
    quote = doc.quote_at(s + 1, 0)
    if quote is None or quote.start != (s + 1, 0):
        return []
    return doc.span(quote.start, quote.end)


def _message_before(doc: Doc, s: int, a: int) -> list[TokenId]:
    """What precedes the cue's segment: the quotation that ends right there, else the sentence
    start up to the comma."""
    sent = doc.tokens[s]
    k = a - 1
    while k >= 0 and sent[k] in (",", ":", "–", "—", "-"):
        k -= 1
    if k < 0:
        return []
    quote = doc.quote_at(s, k)
    if quote is not None and quote.end == (s, k) and (quote.start[0] < s or quote.start[1] == 0):
        return doc.span(quote.start, quote.end)
    start = 0
    quote0 = doc.quote_at(s, 0)
    if quote0 is not None and quote0.start[0] < s:
        return doc.span(quote0.start, (s, k))
    return _ids(s, range(start, k + 1))


def is_subjunctive(doc: Doc, s: int, i: int) -> bool:
    """Konjunktiv I (or its "hätte/wäre" substitute) at token i: a listed form, or a lower-case
    3rd-person form whose lemma is the form plus "n" ("bestehe" -> "bestehen"), not after "ich"."""
    word = doc.lower[s][i]
    if word in SUBJUNCTIVE_FORMS:
        return not (word in ("habe", "werde") and i > 0 and doc.lower[s][i - 1] == "ich")
    if len(word) < 4 or not word.endswith("e") or not doc.tokens[s][i][:1].islower():
        return False
    if i > 0 and doc.lower[s][i - 1] in ("ich", "zu"):
        return False
    return doc.lemma(s, i) == word + "n"


def _has_subjunctive(doc: Doc, ids: list[TokenId]) -> bool:
    return any(is_subjunctive(doc, s, i) for s, i in ids)


def _form_of(doc: Doc, message: list[TokenId]) -> ClaimForm:
    first, last = message[0], message[-1]
    if doc.tokens[first[0]][first[1]] in _QUOTE_OPEN and doc.quote_at(*first) is not None and doc.quote_at(*last) is not None:
        return "direct"
    if _has_subjunctive(doc, message) or doc.lower[first[0]][first[1]] in COMPLEMENTIZERS:
        return "indirect"
    after_comma = first[1] > 0 and doc.tokens[first[0]][first[1] - 1] == ","
    if after_comma and any(doc.lower[s][i] == "zu" for s, i in message):  # "kündigte an, ... zu erhöhen"
        return "indirect"
    return "reported"


# --- sentences without a cue ------------------------------------------------------------------


_IRREALIS = frozenset({"hätte", "hätten", "wäre", "wären"})


def _continue_indirect(doc: Doc, s: int, found: list[Attribution]) -> bool:
    """A Konjunktiv sentence right after indirect speech carries it on (same source, no cue):
    appended to `found`, or merged into the previous continuation. True if `s` was used."""
    if not found:
        return False
    last = found[-1]
    gap = s - last.message[-1][0]
    if (last.form == "direct" and not last.source) or last.hearsay or gap not in (1, 2):
        return False
    low = doc.lower[s]
    if gap == 2:  # one sentence between: only a clear Konjunktiv I ("sei", "habe"), and a named source
        if not last.source or not any(
            is_subjunctive(doc, s, i) and w not in _IRREALIS and not doc.in_quote(s, i) for i, w in enumerate(low)
        ):
            return False
    elif not any(
        (is_subjunctive(doc, s, i) or w in ("soll", "sollen")) and not doc.in_quote(s, i) for i, w in enumerate(low)
    ):
        return False
    if any(w in ("ich", "wir") for w in low):
        return False
    sentence = _ids(s, range(len(low)))
    if last.continued and gap == 1:
        last.message.extend(sentence)
    else:
        found.append(Attribution([], list(last.source), sentence, [], "indirect", continued=True))
    return True


def _uncued_quotes(doc: Doc, s: int, found: list[Attribution], claimed: set[Quote]) -> list[Attribution]:
    """Quotations of 4+ tokens starting in sentence `s` that no cue claimed: direct speech."""
    out: list[Attribution] = []
    for quote in doc.quotes:
        if quote.start[0] != s or quote in claimed:
            continue
        tokens = doc.span(quote.start, quote.end)
        inner = [doc.tokens[ts][ti] for ts, ti in tokens[1:-1]]
        if not (len(inner) >= 8 or (len(inner) >= 4 and inner[-1] in (".", "!", "?"))):
            continue  # a title or a term in quotation marks, not speech
        claimed.add(quote)
        source: list[TokenId] = []
        cue: list[TokenId] = []
        head: TokenId | None = None
        k = quote.start[1] - 1
        if k >= 1 and doc.tokens[s][k] == ":":
            source = _ids(s, np_right(doc, s, 0, k))
        elif found and s - found[-1].message[-1][0] <= 1:
            source = list(found[-1].source)
            if found[-1].form == "direct" and not found[-1].object_message:  # „...“, sagte X. „...“
                cue, head = list(found[-1].cue), found[-1].head
        out.append(Attribution(cue, source, tokens, [], "direct", head=head))
    return out


def _nested_quotes(doc: Doc, atts: list[Attribution]) -> list[Attribution]:
    """Each quotation inside a non-quotation message, as direct speech of the same cue and source."""
    out: list[Attribution] = []
    for att in atts:
        if att.form == "direct":
            continue
        inside = set(att.message)
        for tid in att.message:
            quote = doc.quote_at(*tid)
            if quote is not None and quote.start == tid and quote.end in inside:
                message = doc.span(quote.start, quote.end)
                if _is_name_quote(doc, message):
                    continue
                out.append(Attribution(list(att.cue), list(att.source), message, list(att.addressee), "direct"))
    return out


def _is_name_quote(doc: Doc, quote: list[TokenId]) -> bool:
    """A quoted name or title („Der Spiegel“, „Cast Lead“): every inner word capitalised."""
    inner = [doc.tokens[s][i] for s, i in quote[1:-1]]
    return bool(inner) and all(is_capitalised(w) or not is_word(w) for w in inner)


def _resolve_conflicts(atts: list[Attribution]) -> list[Attribution]:
    """Drop a cue that lies inside another cue's message (the inner speech is not a new claim)."""
    keep: list[Attribution] = []
    for att in atts:
        head = att.cue[-1] if att.cue else None
        inside = [o for o in atts if o is not att and head in set(o.message)]
        if inside and not any(h in set(att.message) for o in inside for h in o.cue):
            continue
        keep.append(att)
    return keep


# --- stance -----------------------------------------------------------------------------------


def _stance(doc: Doc, att: Attribution) -> Stance:
    """"denies" for a denial verb or "als Lüge bezeichnen"; "speculates" for guessing verbs,
    hearsay and könnte/angeblich in the message; else "asserts"."""
    cue_words = [doc.lower[s][i] for s, i in att.cue]
    lemmas = {doc.lemma(s, i) for s, i in att.cue}
    particles = [w for w in cue_words if w in PARTICLE_VERBS]
    combined = {p + lem for p in particles for lem in lemmas}
    if (lemmas | combined) & DENY_VERBS:
        return "denies"
    if "als" in cue_words:
        s, i = att.cue[-1]
        if any(w in DENY_NOUNS for w in doc.lower[s][i + 1 : i + 4]):
            return "denies"
    if att.hearsay or lemmas & SPECULATE_VERBS:
        return "speculates"
    if any(doc.lower[s][i] in SPECULATE_WORDS for s, i in att.message if not doc.in_quote(s, i)):
        return "speculates"
    return "asserts"
