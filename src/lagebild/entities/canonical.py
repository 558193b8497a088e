"""Canonical names: which of an entity's spellings to show.

The fullest common form wins: among the forms with the most words, the German spelling
("Sergej Schoigu" over "Sergei Schoigu", "Pjöngjang" over "Pyongyang"), then the most frequent,
then the one with fewer hyphens ("Kim Jong Un" over "Kim Jong-un"), then the first seen. Forms are uninflected (see `name_keys.inflection_variants`), so "Putins"
never becomes a name. Cost: O(number of forms).
"""

from __future__ import annotations

from collections.abc import Mapping

from lagebild.entities.name_keys import german_spelling_score, surface_tokens


def canonical_name(forms: Mapping[str, int]) -> str:
    """The name to show for an entity, from its uninflected forms and how often each was seen.

    Input: form -> count, in first-seen order (dicts keep insertion order). Output: one form.
    """
    if not forms:
        raise ValueError("canonical_name needs at least one form")
    ranked = sorted(
        enumerate(forms.items()),
        key=lambda item: (
            -len(surface_tokens(item[1][0])),
            -german_spelling_score(item[1][0]),
            -item[1][1],
            item[1][0].count("-"),
            item[0],
        ),
    )
    return ranked[0][1][0]
