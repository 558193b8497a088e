"""find_claims on short handwritten German news sentences: source, cue, content, stance, form."""

from __future__ import annotations

import pytest

from lagebild.events.claims import find_claims
from lagebild.model import Article, Claim, Mention


def _claims(body: str, mentions: list[tuple[str, str]] = ()) -> list[Claim]:  # type: ignore[assignment]
    article = Article(id="art", source="test", format="txt", body=body)
    for text, kind in mentions:
        start = body.index(text)
        article.mentions.append(Mention(start, start + len(text), text, kind))
    claims = find_claims(article)
    for claim in claims:  # offsets always point into the body
        for span in (claim.content, claim.cue, claim.source):
            if span is not None:
                assert body[span.start : span.end] == span.text
        assert claim.start <= claim.content.start and claim.content.end <= claim.end
    return claims


def _one(body: str, mentions: list[tuple[str, str]] = ()) -> Claim:  # type: ignore[assignment]
    claims = _claims(body, mentions)
    assert len(claims) == 1, claims
    return claims[0]


def test_reported_claim_with_compound_source_names_the_country() -> None:
    claim = _one("Nach US-Erkenntnissen lieferte Pjöngjang seit dem Sommer rund 5.000 Container an Moskau.")
    assert claim.source is not None and claim.source.text == "US"
    assert claim.cue is not None and claim.cue.text == "Nach"
    assert (claim.stance, claim.form) == ("asserts", "reported")
    assert claim.content.text.startswith("lieferte Pjöngjang")


def test_denial_with_subject_after_the_verb() -> None:
    claim = _one("Bis heute dementiert Nordkorea alle Vorwürfe.")
    assert claim.source is not None and claim.source.text == "Nordkorea"
    assert claim.stance == "denies"
    assert claim.content.text == "alle Vorwürfe"


def test_denial_in_a_relative_clause_is_about_the_antecedent() -> None:
    claim = _one("Die Lieferungen, die beide Regierungen bestreiten, sollen über einen Hafen laufen.")
    assert claim.source is not None and claim.source.text == "beide Regierungen"
    assert claim.content.text == "Die Lieferungen"
    assert claim.stance == "denies"


def test_calling_something_a_lie_is_a_denial() -> None:
    claim = _one("Beide Staaten bezeichneten die Berichte stets als Lüge.")
    assert claim.stance == "denies"
    assert claim.source is not None and claim.source.text == "Beide Staaten"
    assert claim.content.text == "die Berichte"


def test_split_particle_verb_denial_and_cue_is_the_verb() -> None:
    claim = _one("Die Regierung wies die Berichte am Montag zurück.")
    assert claim.stance == "denies"
    assert claim.cue is not None and claim.cue.text == "wies"


def test_hiess_es_aus_with_direct_quote() -> None:
    claim = _one("Zugleich hieß es aus Peking: „Das Treffen wird die Freundschaft vertiefen.“")
    assert claim.form == "direct"
    assert claim.source is not None and claim.source.text == "Peking"
    assert claim.cue is not None and claim.cue.text == "hieß es"
    assert claim.content.text.startswith("„Das Treffen") and claim.content.text.endswith("“")


def test_hiess_es_without_speaker_has_no_source() -> None:
    claim = _one("Die Verhandlungen seien schwierig, hieß es am Abend.")
    assert claim.source is None
    assert claim.form == "indirect"


def test_quote_before_inverted_speech_verb() -> None:
    claim = _one("„Wir werden nicht nachgeben“, sagte der Minister am Montag.")
    assert claim.form == "direct"
    assert claim.source is not None and claim.source.text == "der Minister"
    assert claim.content.text == "„Wir werden nicht nachgeben“"


def test_source_is_narrowed_to_the_named_entity() -> None:
    body = "Kim habe die Gespräche in freundlicher Atmosphäre geführt, berichtete die staatliche Agentur KCNA."
    claim = _one(body, [("KCNA", "ORG")])
    assert claim.form == "indirect"
    assert claim.source is not None and (claim.source.text, claim.source.kind) == ("KCNA", "ORG")
    assert claim.content.text == "Kim habe die Gespräche in freundlicher Atmosphäre geführt"


def test_konjunktiv_sentence_continues_indirect_speech() -> None:
    claims = _claims("Der Sprecher sagte, die Lage sei ruhig. Es habe keine Verletzten gegeben. Am Abend regnete es.")
    assert len(claims) == 2
    first, second = claims
    assert first.content.text == "die Lage sei ruhig"
    assert second.cue is None and second.source == first.source
    assert second.content.text == "Es habe keine Verletzten gegeben."
    assert [c.id for c in claims] == ["art:c0", "art:c1"]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Laut Reuters wurden drei Schiffe beschädigt.", "Reuters"),
        ("Ersten Berichten zufolge gab es keine Toten.", "Ersten Berichten"),
        ("Nach Angaben der Polizei wurden zwei Personen festgenommen.", "Angaben der Polizei"),
        ("Die Zusammenarbeit werde ausgebaut, so Putin.", "Putin"),
        ("Die Schiffe seien nachts beladen worden, zitierte CNN einen Beamten.", "CNN"),
        ("Wie ein Sprecher der Polizei mitteilte, wurden zwei Personen festgenommen.", "ein Sprecher der Polizei"),
        ("Am Montag teilte das Außenministerium mit, dass der Botschafter einbestellt worden sei.", "das Außenministerium"),
        ("Westliche Geheimdienste sprechen davon, dass Tausende Soldaten verlegt wurden.", "Westliche Geheimdienste"),
    ],
)
def test_sources_of_common_attribution_patterns(body: str, source: str) -> None:
    claim = _one(body)
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    "body",
    [
        "Experten vermuten, dass die Raketen aus Nordkorea stammen.",
        "Spekuliert wurde, dass der Besuch länger dauern könnte.",
        "Pjöngjang soll Granaten an Russland geliefert haben.",
    ],
)
def test_speculation(body: str) -> None:
    assert _one(body).stance == "speculates"


def test_plain_statements_and_titles_in_quotes_are_no_claims() -> None:
    assert _claims("Der Zug fuhr um acht Uhr ab. Das Schiff „Morgenstern“ lag im Hafen.") == []


def test_sentence_spans_can_be_passed_in() -> None:
    body = "Laut Reuters wurden drei Schiffe beschädigt."
    article = Article(id="x", source="test", format="txt", body=body)
    assert find_claims(article, sentence_spans=[(0, len(body))]) == find_claims(article)


def test_quote_then_verb_then_source_with_apposition() -> None:
    claim = _one("„Das Treffen ist wichtig“, zitierte CNN einen Professor, der in Seoul lehrt.")
    assert claim.form == "direct"
    assert claim.source is not None and claim.source.text == "CNN"
    assert claim.content.text == "„Das Treffen ist wichtig“"


def test_a_new_opening_mark_ends_an_unclosed_quote() -> None:
    claims = _claims("Er sprach von „Verrat. Am Abend hieß es: „Die Lage ist sehr ernst.“")
    assert [c.content.text for c in claims if c.form == "direct"] == ["„Die Lage ist sehr ernst.“"]


def test_welcome_in_the_passive_is_not_speech() -> None:
    body = "Ein Video zeigt, wie Schoigu an einem Flughafen von einer Delegation begrüßt wird."
    article = Article(id="a", source="t", format="txt", body=body, language="de")
    assert all("Schoigu" not in (c.source.text if c.source else "") for c in find_claims(article))


def test_denial_in_a_coordinated_relative_clause() -> None:
    body = "Die Lieferungen, die beide Regierungen bestreiten und die gegen Sanktionen verstoßen, gehen weiter."
    claims = find_claims(Article(id="a", source="t", format="txt", body=body, language="de"))
    denial = next(c for c in claims if c.stance == "denies")
    assert denial.source is not None and denial.source.text == "beide Regierungen"
    assert denial.content.text == "Die Lieferungen"
