"""German words that name events, by type: verbs (as lemmas) and nouns (as compound heads).

Declarative on purpose: adding a trigger is adding a word here, never a branch in the
extractor. Verbs are matched on simplemma's lemma or on the lower-cased form itself (the
lemmatiser misses some participles: "überreicht", "beschossen"); separable verbs are listed
with their particle in front ("zusammentreffen", "anreisen") and matched when the particle
stands at the end of the clause ("traf ... zusammen"). Nouns are matched as the head of a
compound ("Waffenlieferungen" -> "lieferung", "Staatsbesuch" -> "besuch").

`REQUIRES` holds verbs that name an event only with a companion word in the same clause
("sprechen" is talks only "mit"/"über" someone; "schließen" is an agreement only of an
"Abkommen"): without that check they would fire on every other sentence.
"""

from __future__ import annotations

VERBS: dict[str, str] = {
    # meet
    "treffen": "meet", "zusammentreffen": "meet", "besuchen": "meet", "empfangen": "meet",
    "begrüßen": "meet", "zusammenkommen": "meet", "aufsuchen": "meet", "teilnehmen": "meet",
    "gipfeln": "meet",
    # agree
    "vereinbaren": "agree", "unterzeichnen": "agree", "unterschreiben": "agree", "einigen": "agree",
    "abschließen": "agree", "schließen": "agree", "ratifizieren": "agree", "besiegeln": "agree",
    "zusagen": "agree", "verständigen": "consult",
    # consult
    "verhandeln": "consult", "beraten": "consult", "austauschen": "consult", "telefonieren": "consult",
    "sprechen": "consult", "erörtern": "consult", "besprechen": "consult", "konsultieren": "consult",
    # supply
    "liefern": "supply", "schicken": "supply", "bereitstellen": "supply", "überreichen": "supply",
    "überreicht": "supply", "übergeben": "supply", "senden": "supply", "exportieren": "supply",
    "spenden": "supply", "ausrüsten": "supply", "kaufen": "supply", "verkaufen": "supply",
    "zukommen": "supply", "beliefern": "supply", "erhalten": "supply",
    # sanction
    "sanktionieren": "sanction", "verhängen": "sanction", "verbieten": "sanction",
    "ausweisen": "sanction", "einfrieren": "sanction", "abriegeln": "sanction", "blockieren": "sanction",
    "einschränken": "sanction", "beschränken": "sanction", "aussetzen": "sanction",
    # support
    "unterstützen": "support", "loben": "support", "danken": "support", "würdigen": "support",
    "beglückwünschen": "support", "gratulieren": "support", "befürworten": "support",
    # accuse
    "untersagen": "sanction", "freisprechen": "decide", "befinden": "decide",
    "emigrieren": "travel", "auswandern": "travel", "flüchten": "travel",
    "vorwerfen": "accuse", "kritisieren": "accuse", "beschuldigen": "accuse", "verurteilen": "accuse",
    "anprangern": "accuse", "anklagen": "accuse", "bezichtigen": "accuse", "verdächtigen": "accuse",
    # deny
    "dementieren": "deny", "dementiert": "deny", "bestreiten": "deny", "zurückweisen": "deny",
    "abstreiten": "deny", "leugnen": "deny",
    # threaten
    "drohen": "threaten", "androhen": "threaten", "warnen": "threaten", "bedrohen": "threaten",
    # attack
    "angreifen": "attack", "beschießen": "attack", "beschossen": "attack", "bombardieren": "attack",
    "töten": "attack", "kämpfen": "attack", "attackieren": "attack", "erschießen": "attack",
    "bekämpfen": "attack", "zerstören": "attack", "einmarschieren": "attack",
    "überfallen": "attack", "feuern": "attack", "abfeuern": "attack", "abschießen": "attack",
    # mobilise
    "mobilisieren": "mobilise", "stationieren": "mobilise", "trainieren": "mobilise",
    "verlegen": "mobilise", "testen": "mobilise", "aufmarschieren": "mobilise",
    # protest
    "protestieren": "protest", "demonstrieren": "protest", "streiken": "protest",
    # decide
    "abstimmen": "decide", "stimmen": "decide", "beschließen": "decide", "entscheiden": "decide",
    "wählen": "decide", "ernennen": "decide", "enthalten": "decide", "verabschieden": "decide",
    "billigen": "decide", "ablehnen": "decide", "anerkennen": "decide",
    # travel
    "reisen": "travel", "eintreffen": "travel", "ankommen": "travel", "anreisen": "travel",
    "abreisen": "travel", "weiterreisen": "travel", "einreisen": "travel", "fliegen": "travel",
    "fliehen": "travel", "entsenden": "travel", "entsendet": "travel", "landen": "travel",
    "zurückkehren": "travel", "überqueren": "travel", "erreichen": "travel", "gelangen": "travel",
    "gelangt": "travel", "verlassen": "travel",
}  # fmt: skip

#: Verbs that are events only with one of these words in the same clause.
REQUIRES: dict[str, frozenset[str]] = {
    "einigen": frozenset({"sich", "uns"}),  # not the determiner "vor einigen Tagen"
    "befinden": frozenset({"schuldig"}),  # "für schuldig befunden"
    # a warning is a threat only with consequences; "warnt vor Böen" cautions
    "warnen": frozenset({"konsequenzen", "folgen", "vergeltung", "gegenmaßnahmen", "angriff", "angriffen", "krieg",
                         "militärschlag", "sanktionen", "mit"}),
    "drohen": frozenset({"mit"}),  # "droht mit Sanktionen"; "ihm droht die Todesstrafe" looms
    "androhen": frozenset({"mit", "sanktionen", "gewalt", "konsequenzen", "strafen"}),
    "kaufen": frozenset({"waffen", "munition", "raketen", "granaten", "artilleriegranaten", "rüstungsgüter", "panzer",
                         "kampfjets", "drohnen", "kampfflugzeuge"}),
    "sprechen": frozenset({"mit", "über"}),
    "schließen": frozenset({"abkommen", "vertrag", "bündnis", "pakt", "frieden", "waffenstillstand", "deal"}),
    "stimmen": frozenset({"gegen", "für"}),
    "enthalten": frozenset({"sich"}),
    "wählen": frozenset({"zum", "zur", "als", "wähler", "wählerinnen", "präsidenten", "kanzler", "bürgermeister"}),
    "testen": frozenset({"rakete", "raketen", "atomwaffe", "atomwaffen", "waffe", "waffen", "interkontinentalrakete"}),
    "verlegen": frozenset({"truppen", "soldaten", "einheiten", "panzer", "kriegsschiffe", "raketen"}),
    "erhalten": frozenset({"waffen", "munition", "raketen", "hilfe", "lieferungen", "geld", "milliarden", "millionen"}),
    "erreichen": frozenset({"bahnhof", "flughafen", "hauptstadt", "grenze"}),
    "gelangen": frozenset({"territorium", "gebiet", "grenze", "staatsgebiet", "hoheitsgebiet"}),
    "gelangt": frozenset({"territorium", "gebiet", "grenze", "staatsgebiet", "hoheitsgebiet"}),
    "verlassen": frozenset({"territorium", "gebiet", "land", "staatsgebiet", "hauptstadt"}),
    "aussetzen": frozenset({"zusammenarbeit", "lieferungen", "hilfe", "gespräche", "abkommen"}),
    "anerkennen": frozenset({"als"}),
    "begrüßen": frozenset({"flughafen", "bahnhof", "delegation", "gast", "gäste", "wird", "wurde"}),
    "senden": frozenset({"waffen", "truppen", "hilfe", "soldaten", "munition"}),
}

#: Verbs that are not events with one of these words in the same sentence: "eine Entscheidung
#: treffen" decides, "auf Ablehnung treffen" meets nobody.
EXCLUDES: dict[str, frozenset[str]] = {
    "ankommen": frozenset({"darauf", "drauf"}),  # "es käme darauf an": it matters
    "treffen": frozenset({"entscheidung", "entscheidungen", "vorkehrungen", "maßnahmen", "auswahl", "ablehnung",
                          "kritik", "widerstand", "zustimmung", "unverständnis", "hart", "schwer"}),
    "erhalten": frozenset({"bleiben", "blieb", "erhalten bleiben"}),
}

#: Verbs whose type changes with a companion word in the clause: a court's sentence
#: ("zu zehn Jahren Haft verurteilt") decides; a politician's "verurteilte den Angriff" accuses.
RETYPES: dict[str, tuple[frozenset[str], str]] = {
    "verurteilen": (frozenset({"haft", "jahren", "gefängnis", "strafe", "freiheitsstrafe", "bewährung", "geldstrafe",
                               "tode", "lebenslang", "lebenslanger", "haftstrafe", "monaten"}), "decide"),
}

#: Particles that separable verbs leave at the end of a clause ("reist ... an").
PARTICLES: frozenset[str] = frozenset({
    "an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "zusammen",
    "teil", "statt", "fest", "weiter", "los", "vorbei", "entgegen", "fort",
})  # fmt: skip

#: Compound heads of event nouns ("Waffenlieferungen" ends in "lieferung").
NOUNS: dict[str, str] = {
    "besuch": "meet", "treffen": "meet", "gipfel": "meet", "staatsbesuch": "meet", "empfang": "meet",
    "zusammenkunft": "meet", "visite": "meet",
    "abkommen": "agree", "vertrag": "agree", "vereinbarung": "agree", "einigung": "agree",
    "partnerschaft": "agree", "bündnis": "agree", "deal": "agree",
    "gespräch": "consult", "verhandlung": "consult", "beratung": "consult", "telefonat": "consult",
    "konsultation": "consult",
    "lieferung": "supply", "waffenlieferung": "supply", "hilfslieferung": "supply", "export": "supply",
    "sanktion": "sanction", "embargo": "sanction", "verbot": "sanction", "ausweisung": "sanction",
    "unterstützung": "support", "rückendeckung": "support", "lob": "support",
    "vorwurf": "accuse", "kritik": "accuse", "anklage": "accuse", "verurteilung": "accuse",
    "dementi": "deny",
    "drohung": "threaten", "ultimatum": "threaten",
    "angriff": "attack", "anschlag": "attack", "krieg": "attack", "gefecht": "attack", "kämpfe": "attack",
    "beschuss": "attack", "bombardierung": "attack", "offensive": "attack", "invasion": "attack",
    "warnschuss": "attack", "luftangriff": "attack", "zwischenfall": "attack", "mord": "attack",
    "massaker": "attack", "erschießung": "attack", "kampfhandlung": "attack", "rangelei": "attack",
    "zusammenstoß": "attack", "gefechte": "attack", "gewalttat": "attack", "kriegsverbrechen": "attack",
    "körperverletzung": "attack",
    "manöver": "mobilise", "militärübung": "mobilise", "übung": "mobilise", "mobilmachung": "mobilise",
    "militärparade": "mobilise", "parade": "mobilise", "raketentest": "mobilise", "stationierung": "mobilise",
    "protest": "protest", "demonstration": "protest", "kundgebung": "protest", "streik": "protest",
    "protestmarsch": "protest", "demonstrationszug": "protest", "ausschreitung": "protest", "krawall": "protest",
    "abstimmung": "decide", "beschluss": "decide", "wahl": "decide", "urteil": "decide",
    "entscheidung": "decide", "resolution": "decide", "freispruch": "decide", "plebiszit": "decide",
    "referendum": "decide", "anklagepunkt": "accuse",
    "reise": "travel", "ankunft": "travel", "abreise": "travel", "auslandsreise": "travel",
    "flucht": "travel",
}  # fmt: skip

#: Nouns ending like an event noun that are not one ("Preise" ends in "reise").
NOT_NOUNS: frozenset[str] = frozenset({
    "preis", "kreis", "greis", "beweis", "hinweis", "nachweis", "ausweis", "verweis", "gleis",
    "betreffen", "wahlkreis", "ergebnisse", "einkaufspreis", "vereinigung", "wahlkampf",
})  # fmt: skip
