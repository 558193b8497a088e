"""Word lists that mark attributed speech in German news: cue verbs, cue prepositions, stance words.

Written by hand from German grammar and news usage, then extended with cue verbs seen in the
DEV half of SpkAtt-2023 news train (files at even positions in sorted order); the held-out
half and the other corpora were never looked at for these lists. Verbs are listed as lemmas
(simplemma's lemma of the inflected form); separable verbs as (base lemma, particle) because the
particle stands at the clause end ("teilte ... mit"). Lookups are set/dict membership: O(1).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set (keeps the lists below readable)."""
    return frozenset(text.split())


#: Verbs of saying, writing, reporting and judging: a finite or participle form is a cue.
SPEECH_VERBS: frozenset[str] = words(
    """
    sagen erklären betonen berichten melden zitieren dementieren bestreiten warnen fordern kritisieren
    behaupten bestätigen äußern meinen schreiben verkünden versichern unterstreichen ergänzen erläutern
    mahnen beteuern bekräftigen antworten entgegnen kommentieren vermuten befürchten fürchten spekulieren
    leugnen verlangen appellieren bitten drohen bezeichnen nennen beklagen monieren bemängeln loben
    würdigen begrüßen bedauern verlauten verraten erzählen schildern argumentieren begründen empfehlen
    urteilen mitteilen bekanntgeben ankündigen hinzufügen zurückweisen abstreiten einräumen zugeben
    klarstellen feststellen hinweisen vorwerfen vorschlagen ausführen anprangern zusichern angeben
    darlegen verdeutlichen präzisieren insistieren beharren beschwören prophezeien vorhersagen
    prognostizieren schätzen annehmen glauben hoffen zweifeln bezweifeln beschuldigen verurteilen
    rufen skandieren postulieren beantragen verweisen widersprechen protestieren informieren
    versprechen ankündigen erinnern lauten sprechen auffordern aufrufen zusagen
    """
)

#: Speech verbs whose bare object is no reported content ("droht ihm Haft", "nannte man X",
#: "erklärte die Hintergründe", "begrüßte die Gäste"): without a clause or quotation, no claim.
NO_OBJECT_MESSAGE: frozenset[str] = words(
    """
    drohen melden nennen aufrufen informieren äußern begrüßen bedauern erinnern hoffen beklagen loben
    lauten versprechen kritisieren erklären beantragen bemängeln kommentieren
    """
)

#: Separable verbs: particle at the clause end -> base lemmas it combines with ("teilte ... mit").
PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "mit": frozenset({"teilen"}),
    "an": frozenset({"kündigen", "geben", "deuten", "prangern", "merken", "kreiden", "mahnen", "zeigen"}),
    "bekannt": frozenset({"geben", "machen"}),
    "hinzu": frozenset({"fügen"}),
    "zurück": frozenset({"weisen"}),
    "ab": frozenset({"streiten", "lehnen", "wiegeln"}),
    "ein": frozenset({"räumen", "gestehen"}),
    "zu": frozenset({"geben", "sichern"}),
    "fest": frozenset({"stellen"}),
    "klar": frozenset({"stellen", "machen"}),
    "hin": frozenset({"weisen"}),
    "vor": frozenset({"werfen", "schlagen", "halten", "rechnen"}),
    "aus": frozenset({"führen", "sprechen", "gehen"}),
    "heraus": frozenset({"stellen", "streichen"}),
    "dar": frozenset({"legen"}),
    "auf": frozenset({"fordern", "rufen"}),
    "fort": frozenset({"fahren"}),
}

#: Lemmas that only count as a cue with their particle ("weisen" alone is no speech verb).
PARTICLE_ONLY: frozenset[str] = frozenset(
    lemma for lemmas in PARTICLE_VERBS.values() for lemma in lemmas if lemma not in SPEECH_VERBS
)

#: Nouns after "nach" (or before "zufolge") that make a source: "nach Angaben der Polizei".
SOURCE_NOUN_ENDINGS: tuple[str, ...] = (
    "angaben", "angabe", "erkenntnissen", "erkenntnis", "informationen", "information", "berichten",
    "bericht", "aussagen", "aussage", "darstellung", "einschätzung", "einschätzungen", "ansicht",
    "meinung", "worten", "schätzungen", "schätzung", "auffassung", "überzeugung", "mitteilung",
    "meldungen", "meldung", "medienberichten", "quellen", "kreisen", "angaben", "recherchen",
    "erkenntnissen", "umfrage", "studie", "prognose", "prognosen", "sicht",
    "aussagen", "willen", "vorstellung", "vorstellungen", "überlegungen", "plänen", "idee", "analyse",
    "auskunft", "schilderung", "schilderungen", "beobachtungen", "berechnungen", "daten", "zahlen",
    "darstellungen", "ermittlungen", "medien", "nachricht", "nachrichten", "vernehmen", "dokument",
    "dokumenten", "gutachten", "untersuchungen", "hochrechnung", "hochrechnungen", "statistik",
    "endergebnis", "gesetzentwurf", "gesetzesentwurf", "augenzeugen",
)

#: Nouns for a report, study or ruling that "demnach"/"wonach" can refer back to.
REPORT_NOUN_ENDINGS: tuple[str, ...] = SOURCE_NOUN_ENDINGS + (
    "urteil", "vorlage", "erklärung", "entwurf", "untersuchung", "ergebnis", "ergebnisse", "papier",
    "beschluss", "studien", "berichte", "stellungnahme", "dokumente", "umfragen", "analysen",
)

#: Speech nouns that report content in the clause after them ("die Behauptung, dass ...").
NOUN_CUES: frozenset[str] = words(
    """
    forderung forderungen behauptung behauptungen hinweis aussage ankündigung aufforderung mahnung
    feststellung these warnung befürchtung einschätzung versicherung zusage
    """
)

#: Verbs of denying: the claim's stance is "denies".
DENY_VERBS: frozenset[str] = frozenset(
    {"dementieren", "bestreiten", "zurückweisen", "abstreiten", "leugnen", "widersprechen", "verneinen"}
)

#: Nouns that turn "bezeichnen ... als X" into a denial ("als Lüge bezeichnet").
DENY_NOUNS: frozenset[str] = frozenset(
    {"lüge", "lügen", "falschmeldung", "falschmeldungen", "unsinn", "erfindung", "propaganda",
     "verleumdung", "fälschung", "fake", "märchen", "unwahrheit", "gerücht", "gerüchte", "provokation"}
)

#: Verbs and words that make a claim speculative.
SPECULATE_VERBS: frozenset[str] = frozenset(
    {"vermuten", "spekulieren", "mutmaßen", "befürchten", "fürchten", "annehmen", "schätzen", "glauben",
     "prognostizieren", "prophezeien", "hoffen", "zweifeln", "bezweifeln"}
)
SPECULATE_WORDS: frozenset[str] = frozenset(
    {"könnte", "könnten", "vermutlich", "mutmaßlich", "angeblich", "möglicherweise", "offenbar",
     "wohl", "dürfte", "dürften", "spekuliert", "vermutet"}
)

#: Finite forms that mark reported speech (Konjunktiv I; "hätte"/"wäre" as its usual substitute).
SUBJUNCTIVE_FORMS: frozenset[str] = words(
    """
    sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe komme gehe stehe liege
    bleibe hätte hätten wäre wären lasse sehe plane arbeite handele handle befinde gelte
    """
)

#: Auxiliaries that put a participle cue at the clause end ("hatte gesagt", "wurde bekannt").
AUXILIARIES: frozenset[str] = words(
    """
    hat hatte hatten haben habe hätte hätten ist war waren sind sei seien wird wurde wurden werden werde
    würde würden soll sollte sollen sollten will wollte wollten kann konnte können konnten muss musste
    """
)

#: Words that open a subordinate clause whose content is the message ("sagte, dass ...").
COMPLEMENTIZERS: frozenset[str] = frozenset(
    {"dass", "daß", "ob", "wie", "warum", "weshalb", "wieso", "wann", "wo", "wer", "was", "welche",
     "welcher", "welches", "inwieweit", "weil"}
)

#: Words that open a verb-final clause: a speech verb there has its subject right after them.
SUBORDINATORS: frozenset[str] = COMPLEMENTIZERS | words("indem nachdem obwohl wenn während falls sodass da als")

#: Determiners and other words that may start or continue a noun phrase.
DETERMINERS: frozenset[str] = words(
    """
    der die das den dem des ein eine einer eines einem einen sein seine seiner seines seinem seinen ihr
    ihre ihrer ihres ihrem ihren kein keine beide beiden alle mehrere viele einige zwei drei vier fünf
    unser unsere dessen deren diese dieser dieses diesem diesen jener jene jenes manche
    """
)

#: Pronouns that are a whole source ("sagte er").
PRONOUNS: frozenset[str] = frozenset({"er", "sie", "es", "man", "wir", "ich", "du", "ihr", "dieser", "diese"})

#: Relative pronouns opening a relative clause ("die Lieferungen, die beide Staaten bestreiten").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"der", "die", "das", "welche", "welcher", "welches", "den", "dem", "denen"})

#: Prepositions that cannot end a source noun phrase read to the right.
STOP_WORDS_IN_NP: frozenset[str] = words(
    """
    am im an in auf bei mit nach seit vor gegen gegenüber über unter zu zum zur aus für um durch ohne
    und oder aber doch jedoch auch zudem außerdem bereits noch schon nun heute gestern am bis als wie
    so dass daß nicht nie stets immer erneut zuvor dann damals weiter weiterhin später zuletzt einst
    """
)

#: Quotation marks: opening -> possible closing marks.
QUOTE_PAIRS: dict[str, frozenset[str]] = {
    "„": frozenset({"“", "”", '"'}),
    "»": frozenset({"«"}),
    "«": frozenset({"»"}),
    "“": frozenset({"”", "“"}),
    '"': frozenset({'"', "“", "”"}),
}

#: Words that open an adverbial first position ("Am Montag sagte ...", "Zugleich hieß es"):
#: the subject then follows the verb.
ADVERBIAL_STARTS: frozenset[str] = STOP_WORDS_IN_NP | words(
    """
    zugleich bislang bisher inzwischen mittlerweile gleichzeitig ebenfalls daraufhin anschließend vorher
    dazu darin darauf hier dort deshalb daher trotzdem dennoch allerdings jedoch damit dabei davor danach
    demnach später zuletzt erst erstmals zunächst schließlich vergangene vergangenen letzte letzten
    kürzlich jüngst wiederholt ausdrücklich offiziell öffentlich vom beim ins ebenso
    montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend vormittag nachmittag
    aufgrund wegen trotz angesichts infolge anlässlich gemäß ab seitens innerhalb außerhalb
    """
)

#: Finite verbs and auxiliaries that end like adjectives but never belong to a noun phrase.
NOT_IN_NP: frozenset[str] = AUXILIARIES | SUBJUNCTIVE_FORMS | words("sich uns euch")

#: Particles that, left at the clause end, make a different verb ("schreibt ... zu" is no "schreiben").
SEPARABLE_PARTICLES: frozenset[str] = words("zu an ab vor aus ein auf fest hin zurück mit durch um nach weg her bei los")

#: Verbs that are no speech with "sich" ("bestätigte sich": came true).
REFLEXIVE_NOT_SPEECH: frozenset[str] = words("bestätigen bewahrheiten erweisen")
