"""What an article (or a whole story) looks like to story clustering: weighted terms and dates.

`article_features(article)` turns an `Article` into `StoryFeatures`:
- terms: capitalised words only, as lemmas with sublinear TF x background IDF, L2-normalised,
  the top `TOP_TERMS` kept. Why capitalised: in German that is every noun and every name, the
  words that say *who* and *what*; verbs and adjectives ("sagte", "neue") add noise. Measured
  while designing, on the 87 SemEval-2022 German pairs (Pearson of the cosine with -Overall):
  all lemmas 0.60, capitalised only 0.65.
- hyphenated words are split ("Kim Jong-Un" -> kim, jong, un; "Corona-Krise" -> corona,
  krise), so spellings and compounds meet: 0.65 -> 0.70 on the same pairs.
- transliteration: in words simplemma does not know (mostly names) "sch" becomes "sh", so
  "Schoigu" and "Shoigu" are one term. Genitives join their base form ("Schoigus" -> "schoigu").
- emphasis: teaser and the first `LEAD_CHARS` of the body count `LEAD_BOOST` times (the lead
  names the event; the rest of the body adds background).
- names: the capitalised words simplemma's dictionary does not know (mostly names of people,
  places, organisations), keyed by `lagebild.entities.name_key` so spellings meet, weighted
  like terms. An approximation of NER: the German NER model costs ~75 ms per article and
  did not score better on the SemEval pairs (see `fit_similarity`).
- days: days of the year the text mentions, `weekdays`: the weekdays it names, and `dates`:
  the publication day range (see `event_time`).
- vector: only with `encoder=True`, the sentence-encoder vector of the whole text (`encoder.py`).
Cost: O(len(text)) tokenising plus O(V log V) to rank V distinct lemmas; ~1 ms per 4 kB article
(the encoder adds ~0.1 s per 2,300-character article).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from lagebild.entities import name_key
from lagebild.model import Article
from lagebild.nlp.tokens import lemma, word_spans
from lagebild.stories.background import TermStatistics, background_df
from lagebild.stories.dates import DayRange, day_range
from lagebild.stories.encoder import text_vector
from lagebild.stories.event_time import MentionedDays, MentionedWeekdays, mentioned_days, mentioned_weekdays
from lagebild.stories.stopwords import GERMAN_STOPWORDS

TOP_TERMS = 150
LEAD_CHARS = 300
LEAD_BOOST = 1.5


@dataclass(slots=True)
class StoryFeatures:
    """Compact comparable form of an article or of a story (then: summed over its articles)."""

    terms: dict[str, float] = field(default_factory=dict)
    dates: DayRange | None = None
    days: MentionedDays = ()
    names: dict[str, float] = field(default_factory=dict)
    #: Encoder vector (a story: the sum of its articles' unit vectors); () when not computed.
    vector: tuple[float, ...] = ()
    #: Weekdays the text names, 0 = Monday (a story: the union over its articles).
    weekdays: MentionedWeekdays = ()


@lru_cache(maxsize=200_000)
def _in_dictionary(word: str) -> bool:
    """Whether simplemma's German dictionary knows the word: common nouns yes, most names no."""
    return bool(simplemma.is_known(word, lang="de"))


@lru_cache(maxsize=200_000)
def term_keys(word: str) -> tuple[str, ...]:
    """The terms one capitalised word contributes: hyphen parts, lemmatised, stopwords dropped,
    "sch" folded to "sh" in words the dictionary does not know (transliterated names)."""
    out = []
    for part in word.split("-"):
        if len(part) < 2 or not part[0].isupper():
            continue
        lem = lemma(part)
        if lem in GERMAN_STOPWORDS:
            continue
        out.append(lem if _in_dictionary(part) else lem.replace("sch", "sh"))
    return tuple(out)


def _unify_genitives(counts: Counter[str], bg: TermStatistics) -> Counter[str]:
    """Merge "schoigus" into "schoigu" when that base form is in this text or commoner in the background."""
    out: Counter[str] = Counter()
    for form, n in counts.items():
        base = form[:-1]
        if (
            len(form) >= 4
            and form.endswith("s")
            and not form.endswith("ss")
            and (base in counts or bg.df.get(base, 0) > bg.df.get(form, 0))
        ):
            out[base] += n
        else:
            out[form] += n
    return out


@lru_cache(maxsize=200_000)
def name_term(word: str) -> str | None:
    """The name key of a capitalised word the dictionary does not know, else None."""
    if len(word) < 3 or _in_dictionary(word) or not term_keys(word):
        return None
    return name_key(word) or None


def _count_terms(text: str, boost: float, terms: Counter[str], names: Counter[str]) -> None:
    for word, _, _ in word_spans(text):
        if word[0].isupper():
            for key in term_keys(word):
                terms[key] += boost  # type: ignore[assignment]
            name = name_term(word)
            if name is not None:
                names[name] += boost  # type: ignore[assignment]


def _unit_top(weights: dict[str, float], n: int) -> dict[str, float]:
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def text_features(
    title: str | None,
    teaser: str | None,
    body: str,
    published: str | None,
    bg: TermStatistics | None = None,
    encoder: bool = False,
) -> StoryFeatures:
    """Features of raw parts of an article; see the module docstring."""
    bg = bg or background_df()
    counts: Counter[str] = Counter()
    name_counts: Counter[str] = Counter()
    cut = body.find(" ", LEAD_CHARS)
    cut = len(body) if cut < 0 else cut
    parts = ((title or "", 1.0), (teaser or "", LEAD_BOOST), (body[:cut], LEAD_BOOST), (body[cut:], 1.0))
    for text, boost in parts:
        _count_terms(text, boost, counts, name_counts)
    counts = _unify_genitives(counts, bg)
    name_counts = _unify_genitives(name_counts, bg)
    dates = day_range(published)
    full_text = "\n".join((title or "", teaser or "", body))
    return StoryFeatures(
        terms=_unit_top({t: (1.0 + math.log(c)) * bg.idf(t) for t, c in counts.items()}, TOP_TERMS),
        dates=dates,
        days=mentioned_days(full_text, dates),
        names=_unit_top({t: (1.0 + math.log(c)) * bg.idf(t) for t, c in name_counts.items()}, TOP_TERMS),
        vector=text_vector(title, teaser, body) if encoder else (),
        weekdays=mentioned_weekdays(full_text),
    )


def article_features(article: Article, encoder: bool = False, bg: TermStatistics | None = None) -> StoryFeatures:
    """Features of one `Article` (title, teaser, body, published); `encoder` adds the vector;
    `bg` weighs terms (default: the shipped background; clustering passes a `CorpusIDF`)."""
    return text_features(article.title, article.teaser, article.body, article.published, bg=bg, encoder=encoder)
