"""Agency copy that an editor touched lightly stays one whole passage (own German text)."""

from __future__ import annotations

from lagebild.model import Article, Passage
from lagebild.reuse import ReuseIndex, detect_reuse

WIRE_SENTENCES = [
    "Der Stadtrat von Regensburg hat am Donnerstagabend nach langer Debatte den neuen Haushalt beschlossen.",
    "Die Oberbürgermeisterin sprach von einem „schmerzhaften, aber notwendigen Kompromiss“ für alle Beteiligten.",
    "Vor allem bei den Zuschüssen für Sportvereine und Musikschulen wird in den kommenden zwei Jahren gespart.",
    "Die Opposition hatte bis zuletzt versucht, die Kürzungen bei den Jugendzentren rückgängig zu machen.",
    "Ein entsprechender Antrag scheiterte jedoch knapp mit zwanzig zu zweiundzwanzig Stimmen.",
    "Die Kämmerei rechnet trotz der Einsparungen mit einem Defizit von rund elf Millionen Euro.",
]
WIRE = " ".join(WIRE_SENTENCES)

EARLY = (
    "Haushalt in Regensburg\n\n"
    "Lange hatte es nach einer Einigung ausgesehen, dann wurde es doch noch spannend im Rathaussaal. "
    + WIRE
    + "\n\nDie nächste Sitzung ist für Anfang März angesetzt, dann geht es um die Schulsanierungen."
)
LATE_INTRO = "Wer in der Stadt Musik macht oder Fußball spielt, muss sich auf magere Zeiten einstellen. "
LATE_OUTRO = "\n\nDer Verband der Sportvereine kündigte bereits Widerstand gegen die Pläne an."


def late(copied: str) -> str:
    return "Sparhaushalt beschlossen\n\n" + LATE_INTRO + copied + LATE_OUTRO


def one_passage(index: ReuseIndex, copied: str) -> tuple[Passage, str]:
    detect_reuse(Article(id="early", source="t", format="txt", body=EARLY), index)
    body = late(copied)
    result = detect_reuse(Article(id="late", source="t", format="txt", body=body), index)
    assert len(result.passages) == 1, [p.text for p in result.passages]
    return result.passages[0], body


def spans(passage: Passage, late_body: str) -> tuple[str, str]:
    by_article = {o.article: o for o in passage.occurrences}
    first, second = by_article["early"], by_article["late"]
    return EARLY[first.start : first.end], late_body[second.start : second.end]


def test_changed_quote_marks_keep_the_passage_whole(index: ReuseIndex) -> None:
    copied = WIRE.replace("„", '"').replace("“", '"')
    passage, body = one_passage(index, copied)
    in_early, in_late = spans(passage, body)
    assert in_early == WIRE
    assert in_late == copied


def test_a_swapped_word_keeps_the_passage_whole(index: ReuseIndex) -> None:
    # One word replaced, and one near the edge where no k-gram covers it.
    copied = WIRE.replace("langer Debatte", "hitziger Debatte").replace("rund elf", "etwa elf")
    passage, body = one_passage(index, copied)
    in_early, in_late = spans(passage, body)
    assert in_early == WIRE
    assert in_late == copied


def test_a_removed_sentence_inside_keeps_the_passage_whole(index: ReuseIndex) -> None:
    copied = " ".join(WIRE_SENTENCES[:2] + WIRE_SENTENCES[3:])
    passage, body = one_passage(index, copied)
    in_early, in_late = spans(passage, body)
    assert in_early == WIRE  # the span in the earlier article includes the sentence the copy left out
    assert in_late == copied


def test_a_removed_sentence_in_the_earlier_article_works_the_other_way_round(index: ReuseIndex) -> None:
    # The later article is the fuller one: the gap is now on the other side of the alignment.
    short = " ".join(WIRE_SENTENCES[:3] + WIRE_SENTENCES[4:])
    detect_reuse(Article(id="early", source="t", format="txt", body=late(short)), index)
    result = detect_reuse(Article(id="late", source="t", format="txt", body=EARLY), index)
    assert len(result.passages) == 1
    by_article = {o.article: o for o in result.passages[0].occurrences}
    assert late(short)[by_article["early"].start : by_article["early"].end] == short
    assert EARLY[by_article["late"].start : by_article["late"].end] == WIRE


def test_two_unrelated_sentences_far_apart_are_not_one_passage(index: ReuseIndex) -> None:
    # Shared sentences 1 and 6 with different text between them stay two passages.
    other = (
        "Ganz anders verlief die Sitzung im benachbarten Landkreis, wo der Kreistag ohne Aussprache "
        "zustimmte und die Mitglieder bereits nach einer knappen halben Stunde wieder nach Hause gingen."
    )
    copied = WIRE_SENTENCES[0] + " " + other + " " + WIRE_SENTENCES[5]
    detect_reuse(Article(id="early", source="t", format="txt", body=EARLY), index)
    result = detect_reuse(Article(id="late", source="t", format="txt", body=late(copied)), index)
    assert sorted(p.text for p in result.passages) == sorted([WIRE_SENTENCES[0], WIRE_SENTENCES[5]])
