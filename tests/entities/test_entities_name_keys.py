"""Name keys fold transliteration and hyphenation, and keep different names and demonyms apart."""

from __future__ import annotations

import pytest

from lagebild.entities.canonical import canonical_name
from lagebild.entities.name_keys import clean_surface, inflection_variants, is_variant, name_key


@pytest.mark.parametrize(
    "variants",
    [
        ["Sergej Schoigu", "Sergei Schoigu", "Sergey Shoigu", "Sergej Schojgu"],
        ["Kim Jong Un", "Kim Jong-Un", "Kim Jong-un", "KIM JONG UN"],
        ["Pjöngjang", "Pyongyang", "Pjoengjang"],
        ["Wladimir Putin", "Vladimir Putin"],
        ["Wolodymyr Selenskyj", "Wolodymyr Selensky"],
        ["Dimitri Peskow", "Dimitri Peskov"],
    ],
)
def test_spelling_variants_share_a_key(variants: list[str]) -> None:
    assert len({name_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Russland", "russisch"),
        ("Russland", "Russen"),
        ("Nordkorea", "Nordkoreaner"),
        ("Peking", "Pekinger"),
        ("Wladimir Putin", "Wladimir Klitschko"),
    ],
)
def test_different_names_and_demonyms_stay_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)
    assert not is_variant(name_key(a), name_key(b))


def test_near_miss_is_a_variant() -> None:
    assert is_variant(name_key("Jens Stoltenberg"), name_key("Jens Stoltenburg"))
    assert not is_variant(name_key("Jens Stoltenberg"), name_key("Jan Stoltenberg"))


def test_inflection_candidates() -> None:
    assert inflection_variants("Putins", "PER") == ["Putin"]
    assert "Pjöngjang" in inflection_variants("Pjöngjangs", "LOC")
    assert "Grüne" in inflection_variants("Grünen", "ORG")
    assert "Franz" not in inflection_variants("Franzen", "PER")  # no dative -en on persons
    assert "Vereinte Nationen" in inflection_variants("Vereinten Nationen", "ORG")


def test_surface_cleaning() -> None:
    assert clean_surface("„die USA“") == "USA"
    assert clean_surface("Die Linke") == "Die Linke"  # capitalised: part of the name


def test_canonical_prefers_full_then_german_then_frequent() -> None:
    assert canonical_name({"Putin": 9, "Wladimir Putin": 1}) == "Wladimir Putin"
    assert canonical_name({"Sergei Schoigu": 3, "Sergej Schoigu": 1}) == "Sergej Schoigu"
    assert canonical_name({"Pyongyang": 2, "Pjöngjang": 1}) == "Pjöngjang"
    assert canonical_name({"Kim Jong-Un": 1, "Kim Jong Un": 4}) == "Kim Jong Un"
