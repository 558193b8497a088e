"""Patterns added to the claim rules, each on handwritten German sentences (token level and,
where the article view differs, through `find_claims`)."""

from __future__ import annotations

from lagebild.events.claims import AttributionOptions, find_attributions, find_claims
from lagebild.events.claims.attribution import Attribution
from lagebild.events.claims.tokens import token_spans
from lagebild.model import Article

SPKATT = AttributionOptions(hearsay=False, nested_quotes=True)


def _sentences(*texts: str) -> list[list[str]]:
    return [[tok for tok, _, _ in token_spans(text)] for text in texts]


def _words(ids: list[tuple[int, int]], sentences: list[list[str]]) -> str:
    return " ".join(sentences[s][i] for s, i in sorted(ids))


def _atts(*texts: str, options: AttributionOptions | None = None) -> tuple[list[Attribution], list[list[str]]]:
    sentences = _sentences(*texts)
    return find_attributions(sentences, options), sentences


def _one(*texts: str) -> tuple[Attribution, list[list[str]]]:
    atts, sentences = _atts(*texts)
    assert len(atts) == 1, atts
    return atts[0], sentences


# --- messages ---------------------------------------------------------------------------------


def test_colon_at_sentence_end_takes_the_quote_of_the_next_sentence() -> None:
    atts, sents = _atts("Die Bürgermeisterin äußerte sich am Abend zuversichtlich:", "„Wir schaffen den Umbau bis zum Winter.“")
    assert len(atts) == 1
    assert _words(atts[0].cue, sents) == "äußerte sich"
    assert _words(atts[0].source, sents) == "Die Bürgermeisterin"
    assert _words(atts[0].message, sents).startswith("„ Wir schaffen")
    assert atts[0].form == "direct"


def test_follow_up_quote_keeps_cue_and_speaker_of_the_quote_before() -> None:
    atts, sents = _atts("„Der Deich hält“, sagte der Einsatzleiter.", "„Wir bleiben trotzdem die ganze Nacht vor Ort.“")
    assert len(atts) == 2
    assert _words(atts[1].cue, sents) == "sagte"
    assert _words(atts[1].source, sents) == "der Einsatzleiter"


def test_konjunktiv_sentence_after_direct_speech_continues_it() -> None:
    atts, sents = _atts("Der Trainer sagte: „Wir haben gut gespielt.“", "Die Mannschaft sei auf einem guten Weg.")
    assert len(atts) == 2 and atts[1].continued
    assert _words(atts[1].source, sents) == "Der Trainer"


def test_konjunktiv_sentence_one_sentence_later_continues_the_speaker() -> None:
    atts, sents = _atts(
        "Die Ministerin erklärte, die Schulen seien geschlossen.",
        "Am Nachmittag tagte der Krisenstab im Rathaus.",
        "Die Lage sei unter Kontrolle.",
    )
    assert len(atts) == 2 and atts[1].continued
    assert _words(atts[1].source, sents) == "Die Ministerin"
    assert {s for s, _ in atts[1].message} == {2}


def test_zu_infinitive_inside_a_particle_verb_is_reported_content() -> None:
    att, sents = _one("Die Verkehrsbetriebe haben angekündigt, die Preise im Herbst anzuheben.")
    assert _words(att.cue, sents) == "haben angekündigt"
    assert _words(att.message, sents) == "die Preise im Herbst anzuheben"


def test_konjunktiv_ii_clause_after_a_comma_is_the_message() -> None:
    att, sents = _one("Ein Sprecher des Verbands erklärte, die Mitglieder würden gegen das Gesetz klagen.")
    assert _words(att.message, sents) == "die Mitglieder würden gegen das Gesetz klagen"


def test_dies_bestaetigte_points_back_to_the_previous_sentence() -> None:
    atts, sents = _atts("Die Fähre fährt ab Montag wieder nach Fahrplan.", "Das bestätigte die Reederei am Freitag.")
    assert len(atts) == 1
    assert _words(atts[0].source, sents) == "die Reederei"
    assert _words(atts[0].message, sents) == "Die Fähre fährt ab Montag wieder nach Fahrplan Das"


def test_message_before_a_quote_starts_at_the_sentence_start() -> None:
    atts, sents = _atts("Die Reform sei „längst überfällig“, sagte die Abgeordnete.", options=SPKATT)
    assert _words(atts[0].message, sents) == "Die Reform sei „ längst überfällig “"
    assert _words(atts[1].message, sents) == "„ längst überfällig “"  # nested direct speech


def test_parenthetical_so_takes_both_halves_of_the_sentence() -> None:
    att, sents = _one("Der Plan sei, so die Gewerkschaft, von Anfang an gescheitert.")
    assert _words(att.source, sents) == "die Gewerkschaft"
    assert _words(att.message, sents) == "Der Plan sei von Anfang an gescheitert"


def test_quoted_names_are_no_nested_speech() -> None:
    atts, _ = _atts("Nach Angaben der Zeitung „Nordkurier“ sei die Brücke gesperrt.", options=SPKATT)
    assert len(atts) == 1


# --- cues -------------------------------------------------------------------------------------


def test_geht_davon_aus_and_halt_es_fuer_moeglich() -> None:
    att, sents = _one("Der Verband geht davon aus, dass die Zahl der Mitglieder steigt.")
    assert _words(att.cue, sents) == "geht davon aus"
    att, sents = _one("Die Forscherin hält es für möglich, dass der Gletscher schneller schmilzt.")
    assert _words(att.cue, sents) == "hält es für möglich"
    assert _words(att.source, sents) == "Die Forscherin"
    assert _words(att.message, sents).startswith("dass der Gletscher")


def test_opinion_phrases() -> None:
    att, sents = _one("Der Landrat ist der Meinung, dass die Straße saniert werden muss.")
    assert _words(att.cue, sents) == "ist der Meinung"
    assert _words(att.source, sents) == "Der Landrat"
    att, sents = _one("Die Autorin vertritt die These, dass Städte zu laut sind.")
    assert _words(att.cue, sents) == "vertritt die These"
    assert _words(att.message, sents) == "dass Städte zu laut sind"


def test_mit_den_worten_belongs_to_the_cue() -> None:
    att, sents = _one("Der Kapitän wird mit den Worten zitiert: „Das Schiff ist sicher.“")
    assert _words(att.cue, sents) == "wird mit den Worten zitiert"


def test_noun_cues_with_a_content_clause() -> None:
    att, sents = _one("Die Behauptung der Firma, das Wasser sei sauber, wurde widerlegt.")
    assert _words(att.cue, sents) == "Die Behauptung"
    assert _words(att.source, sents) == "der Firma"
    assert _words(att.message, sents) == "das Wasser sei sauber"
    att, sents = _one("Es gab nur den Hinweis, man solle sich später melden.")
    assert _words(att.cue, sents) == "den Hinweis"


def test_noun_without_content_clause_is_no_cue() -> None:
    assert find_attributions(_sentences("Die Forderung wurde im Ausschuss lange beraten.")) == []


def test_geht_aus_hervor() -> None:
    atts, sents = _atts("Die Firma baut 200 Stellen ab.", "Das geht aus einem Schreiben des Vorstands hervor.")
    assert len(atts) == 1
    assert _words(atts[0].cue, sents) == "geht hervor"
    assert _words(atts[0].source, sents) == "einem Schreiben des Vorstands"
    assert _words(atts[0].message, sents) == "Die Firma baut 200 Stellen ab Das"
    att, sents = _one("Wie aus dem Bericht hervorgeht, sank die Zahl der Unfälle.")
    assert _words(att.cue, sents) == "Wie hervorgeht"
    assert _words(att.message, sents) == "sank die Zahl der Unfälle"


def test_new_source_nouns_after_nach() -> None:
    att, sents = _one("Nach Ermittlungen der Staatsanwaltschaft war der Fahrer zu schnell.")
    assert _words(att.cue, sents) == "Nach"
    assert _words(att.source, sents) == "Ermittlungen der Staatsanwaltschaft"


def test_heisst_es_after_a_comma_with_a_document_source() -> None:
    att, sents = _one("Die Preise steigen im Frühjahr, heißt es in einer Mitteilung des Verbands.")
    assert _words(att.source, sents) == "in einer Mitteilung des Verbands"
    assert _words(att.message, sents) == "Die Preise steigen im Frühjahr"


def test_naming_is_no_speech_and_a_bare_object_of_erklaeren_is_no_claim() -> None:
    assert find_attributions(_sentences("Das Verfahren, auch Schnelltest genannt, kostet wenig.")) == []
    assert find_attributions(_sentences("Die Polizei erklärte den Anwohnern die Hintergründe.")) == []


def test_a_bare_object_still_counts_for_denials() -> None:
    att, sents = _one("Der Konzern dementierte die Berichte.")
    assert att.object_message and att.stance == "denies"


# --- sources ----------------------------------------------------------------------------------


def test_apposition_after_an_inverted_speaker() -> None:
    att, sents = _one("Die Lage sei ernst, sagte Anna Berger, Sprecherin des Vereins, am Montag.")
    assert _words(att.source, sents) == "Anna Berger , Sprecherin des Vereins"


def test_noun_phrase_details() -> None:
    att, sents = _one("Laut dieser Studie schlafen Jugendliche zu wenig.")
    assert _words(att.source, sents) == "dieser Studie"
    att, sents = _one("Nach einem Bericht der „Neuen Zeitung“ wird das Werk geschlossen.")
    assert _words(att.source, sents) == "einem Bericht der „ Neuen Zeitung “"
    att, sents = _one("Nach Angaben örtlicher Behörden brannte das Lager vollständig aus.")
    assert _words(att.source, sents) == "Angaben örtlicher Behörden"


def test_demnach_source_in_spkatt_style_and_referent_for_claims() -> None:
    atts, sents = _atts("Das Gericht hat am Mittwoch sein Urteil gesprochen.", "Demnach muss die Stadt den Park erhalten.")
    assert len(atts) == 1
    assert _words(atts[0].source, sents) == "Demnach"  # as SpkAtt annotates it
    assert atts[0].referent is not None and _words(atts[0].referent, sents) == "sein Urteil"
    body = "Das Gericht hat am Mittwoch sein Urteil gesprochen. Demnach muss die Stadt den Park erhalten."
    (claim,) = find_claims(Article(id="a", source="t", format="txt", body=body))
    assert claim.source is not None and claim.source.text == "sein Urteil"


def test_demnach_without_a_report_before_has_no_claim_source() -> None:
    body = "Die Stadt wächst weiter. Demnach braucht sie neue Schulen."
    (claim,) = find_claims(Article(id="a", source="t", format="txt", body=body))
    assert claim.source is None


def test_wonach_takes_the_noun_phrase_before_it() -> None:
    att, sents = _one("Es gibt eine Schätzung, wonach die Ernte kleiner ausfällt.")
    assert _words(att.source, sents) == "eine Schätzung"


# --- addressees -------------------------------------------------------------------------------


def test_addressees() -> None:
    att, sents = _one("Der Verband forderte die Regierung auf, die Steuer zu senken.")
    assert _words(att.addressee, sents) == "die Regierung"
    att, sents = _one("Die Bischöfin appellierte an die Gemeinden, Flüchtlinge aufzunehmen.")
    assert _words(att.addressee, sents) == "die Gemeinden"
    att, sents = _one("Gegenüber der Zeitung sagte der Trainer, er bleibe im Verein.")
    assert _words(att.addressee, sents) == "der Zeitung"
    assert _words(att.source, sents) == "der Trainer"
    att, sents = _one("Der Minister sagte am Abend gegenüber dem Sender, die Lage sei ernst.")
    assert _words(att.addressee, sents) == "dem Sender"


# --- clause shapes ----------------------------------------------------------------------------


def test_particle_after_an_apposition_closes_the_cue() -> None:
    atts, sents = _atts("Die Brücke bleibt bis Mai gesperrt.", "Das teilte die Sprecherin der Stadt, Eva Roth, mit.")
    assert len(atts) == 1
    assert _words(atts[0].cue, sents) == "teilte mit"
    assert _words(atts[0].source, sents) == "die Sprecherin der Stadt , Eva Roth"


def test_wie_clause_across_an_apposition() -> None:
    att, sents = _one("Wie der Sprecher des Hafens, Jan Meyer, am Morgen mitteilte, ist das Schiff gesunken.")
    assert _words(att.cue, sents) == "Wie mitteilte"
    assert _words(att.source, sents) == "der Sprecher des Hafens , Jan Meyer"
    assert _words(att.message, sents) == "ist das Schiff gesunken"


def test_inverted_cue_with_a_participle_subject() -> None:
    att, sents = _one("Der Pegel sinkt seit Stunden, teilte die am Fluss gelegene Messstation mit.")
    assert _words(att.source, sents) == "die am Fluss gelegene Messstation"
    assert _words(att.message, sents) == "Der Pegel sinkt seit Stunden"


def test_so_before_a_speech_verb_leaves_the_cue_to_the_verb() -> None:
    atts, sents = _atts("Der Streik, so sagen viele Ökonomen, werde teuer.")
    assert [_words(a.cue, sents) for a in atts] == ["sagen"]
    assert _words(atts[0].source, sents) == "viele Ökonomen"


def test_colon_after_an_apposition_takes_the_next_quote() -> None:
    atts, sents = _atts("So sagte Paula Graf, Leiterin des Museums:", "„Die Ausstellung war ein voller Erfolg.“")
    assert len(atts) == 1
    assert _words(atts[0].source, sents) == "Paula Graf , Leiterin des Museums"
    assert _words(atts[0].message, sents).startswith("„ Die Ausstellung")


def test_halten_fuer_needs_a_content_clause_and_es_droht_is_no_speech() -> None:
    assert find_attributions(_sentences("Weitere Gespräche hält sie für sinnvoll.")) == []
    assert find_attributions(_sentences("Es drohe eine lange Dürre.")) == []


def test_quoted_name_after_an_article_is_a_noun_phrase() -> None:
    att, sents = _one("Der Vertrag sei gültig, sagte die „Neue Allianz“ am Montag.")
    assert _words(att.source, sents) == "die „ Neue Allianz “"


def test_demnach_ignores_the_publishers_own_documents() -> None:
    body = "Mehr dazu in unserer Datenschutzerklärung.\n\nDemnach wurden die Daten gelöscht."
    (claim,) = find_claims(Article(id="a", source="t", format="txt", body=body))
    assert claim.source is None
