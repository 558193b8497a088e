"""Provenance of shared passages and the own share of articles (own German sentences)."""

from __future__ import annotations

from lagebild.model import Article, Occurrence, Passage
from lagebild.reuse import ReuseIndex, detect_reuse, own_share, passage_provenance, passages_for
from lagebild.reuse.agency_markers import agencies_marked

COPY = (
    "Die Bahn will im kommenden Sommer die Strecke zwischen Hannover und Göttingen für sechs Wochen "
    "vollständig sperren, um Gleise und Weichen zu erneuern."
)


def holder(
    article_id: str,
    published: str | None = None,
    credits: list[str] | None = None,
    *,
    before: str = "Ein eigener Einstieg in das Thema. ",
    after: str = " Ein eigener Schluss.",
    outlet: str | None = None,
) -> Article:
    return Article(id=article_id, source="t", format="txt", body=before + COPY + after,
                   published=published, credits=credits or [], outlet=outlet)  # fmt: skip


def shared(*articles: Article) -> Passage:
    """The passage as the reuse index keeps it: occurrences in insertion order."""
    occurrences = []
    for a in articles:
        start = a.body.index(COPY)
        occurrences.append(Occurrence(a.id, start, start + len(COPY)))
    return Passage(COPY, occurrences)


def lookup(*articles: Article) -> dict[str, Article]:
    return {a.id: a for a in articles}


def test_earliest_is_the_first_published_not_the_first_added() -> None:
    late, early = (
        holder("spät", "2024-03-02T09:30:00+01:00", outlet="Kurier"),
        holder("früh", "2024-03-01", outlet="Bote"),
    )
    third = holder("dritt", "2024-03-05")
    provenance = passage_provenance(shared(late, early, third), lookup(late, early, third))
    assert provenance.earliest == "früh" and provenance.earliest_by == "published"
    assert provenance.earliest_outlet == "Bote"
    assert provenance.reusers == ["spät", "dritt"]


def test_times_compare_in_utc_and_partial_dates_tie() -> None:
    berlin, london = (
        holder("berlin", "2024-03-01T10:30:00+01:00"),
        holder("london", "2024-03-01T09:45:00+00:00"),
    )
    assert passage_provenance(shared(london, berlin), lookup(berlin, london)).earliest == "berlin"
    month, day = holder("monat", "2024-03"), holder("tag", "2024-03-01")
    tie = passage_provenance(shared(month, day), lookup(month, day))
    assert (tie.earliest, tie.earliest_by) == ("monat", "insertion order")


def test_unknown_dates_fall_back_to_insertion_order() -> None:
    first, second = holder("erst"), holder("zweit")
    provenance = passage_provenance(shared(first, second), lookup(first, second))
    assert (provenance.earliest, provenance.earliest_by, provenance.reusers) == (
        "erst",
        "insertion order",
        ["zweit"],
    )
    # A dated article goes before an undated one; an id the lookup lacks counts as undated.
    dated = holder("datiert", "2023-11-20")
    assert passage_provenance(shared(first, dated), lookup(first, dated)).earliest == "datiert"
    assert passage_provenance(shared(first, dated), lambda aid: None).earliest == "erst"


def test_source_guess_from_credits() -> None:
    a, b = holder("a", credits=["dpa"]), holder("b", credits=["dpa"])
    assert passage_provenance(shared(a, b), lookup(a, b)).source_guess == "dpa"
    # One credits only dpa, the other three agencies including dpa: dpa.
    c = holder("c", credits=["AFP", "dpa", "Reuters"])
    assert passage_provenance(shared(a, c), lookup(a, c)).source_guess == "dpa"
    # Only the reprint credits an agency: still the likely wire.
    d = holder("d")
    assert passage_provenance(shared(d, c), lookup(d, c)).source_guess in {"AFP", "dpa", "Reuters"}


def test_source_guess_from_markers_in_or_next_to_the_passage() -> None:
    dateline = holder("zeile", before="Hannover (dpa) – ")
    plain = holder("ohne", credits=["AFP", "dpa"])
    assert passage_provenance(shared(plain, dateline), lookup(plain, dateline)).source_guess == "dpa"
    reported = holder("bericht", after=" Das berichtete die Nachrichtenagentur Reuters am Abend.")
    other = holder("anders")
    assert passage_provenance(shared(other, reported), lookup(other, reported)).source_guess == "Reuters"
    listed = holder("liste", after="\n\nQuelle: KNA, epd")
    with_epd = holder("epd", credits=["epd"])
    assert passage_provenance(shared(listed, with_epd), lookup(listed, with_epd)).source_guess == "epd"


def test_source_guess_is_none_without_credits_and_unnamed_agencies_only_as_fallback() -> None:
    a, b = holder("a"), holder("b", after=" Die Nachrichtenagentur KCNA nannte keine Zahlen.")
    assert passage_provenance(shared(a, b), lookup(a, b)).source_guess is None
    c = holder("c", credits=["Agenturen"])
    assert passage_provenance(shared(a, c), lookup(a, c)).source_guess == "Agenturen"


def test_agencies_marked_reads_the_usual_forms() -> None:
    text = (
        "Kiel (dpa/lno) – Wie AFP berichtete, sagte sie der Deutschen Presse-Agentur … (bohy mit Agenturen)"
    )
    assert agencies_marked(text) == ["dpa", "AFP", "Agenturen"]
    assert agencies_marked("Die SPD (Sozialdemokraten) und die Agentur für Arbeit") == []


def test_own_share_counts_overlapping_passages_once() -> None:
    body_len = 200
    passages = [
        Passage("x", [Occurrence("a", 0, 50), Occurrence("b", 10, 60)]),
        Passage("y", [Occurrence("a", 40, 100), Occurrence("c", 0, 60)]),  # overlaps the first in "a"
        Passage("z", [Occurrence("b", 100, 200), Occurrence("c", 100, 200)]),  # not in "a"
    ]
    assert own_share("a", body_len, passages) == 0.5
    assert own_share("a", body_len, []) == 1.0
    assert own_share("a", 0, passages) == 1.0
    assert own_share("b", 100, passages) == 0.5  # occurrences beyond the body are clipped


def test_own_share_of_detected_articles(index: ReuseIndex) -> None:
    first = holder("eins")
    second = holder(
        "zwei", before="Ganz anders beginnt dieser Bericht über die Bahn. ", after=" Mehr dazu morgen."
    )
    for a in (first, second):
        detect_reuse(a, index)
    share = own_share("zwei", len(second.body), passages_for("zwei", index))
    assert abs(share - (1 - len(COPY) / len(second.body))) < 0.02
