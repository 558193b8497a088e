"""The token-level core: roles as (sentence, token) ids, on pre-tokenised sentences."""

from __future__ import annotations

from lagebild.events.claims import AttributionOptions, find_attributions


def _words(ids: list[tuple[int, int]], sentences: list[list[str]]) -> str:
    return " ".join(sentences[s][i] for s, i in ids)


def test_dass_clause_roles() -> None:
    sentences = [["Ein", "Sprecher", "des", "Ministeriums", "sagte", ",", "dass", "die", "Grenze", "geschlossen", "bleibe", "."]]
    (att,) = find_attributions(sentences)
    assert _words(att.cue, sentences) == "sagte"
    assert _words(att.source, sentences) == "Ein Sprecher des Ministeriums"
    assert _words(att.message, sentences) == "dass die Grenze geschlossen bleibe"
    assert att.form == "indirect"


def test_addressee_after_gegenueber() -> None:
    sentences = [["Der", "Minister", "sagte", "gegenüber", "der", "Zeitung", ",", "die", "Lage", "sei", "ernst", "."]]
    (att,) = find_attributions(sentences)
    assert _words(att.addressee, sentences) == "der Zeitung"
    assert _words(att.source, sentences) == "Der Minister"


def test_quote_spanning_two_sentences_is_one_message() -> None:
    sentences = [["Sie", "sagte", ":", "„", "Wir", "bleiben", "."], ["Das", "ist", "sicher", ".", "“"]]
    (att,) = find_attributions(sentences)
    assert att.form == "direct"
    assert att.message[0] == (0, 3) and att.message[-1] == (1, 4)


def test_consecutive_konjunktiv_sentences_are_merged() -> None:
    sentences = [s.split() for s in ("Er erklärte , es sei spät .", "Man habe gewartet .", "Es gebe Gründe .")]
    first, second = find_attributions(sentences)
    assert second.continued and not second.cue
    assert {s for s, _ in second.message} == {1, 2}
    assert second.source == first.source


def test_nested_quotes_option_adds_direct_speech_inside_indirect() -> None:
    sentences = [["Er", "sagte", ",", "die", "Reform", "sei", "„", "ein", "großer", "Fehler", "“", "."]]
    plain = find_attributions(sentences)
    nested = find_attributions(sentences, AttributionOptions(nested_quotes=True))
    assert len(plain) == 1 and len(nested) == 2
    assert nested[1].form == "direct" and nested[1].cue == nested[0].cue


def test_hearsay_option() -> None:
    sentences = [["Der", "Konzern", "soll", "Daten", "verkauft", "haben", "."]]
    assert find_attributions(sentences)[0].hearsay
    assert find_attributions(sentences, AttributionOptions(hearsay=False)) == []


def test_speech_verb_with_other_particle_is_no_cue() -> None:
    sentences = [["Er", "schreibt", "den", "Erfolg", "dem", "Team", "zu", "."]]
    assert find_attributions(sentences) == []
