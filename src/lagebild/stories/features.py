"""What an article (or a whole story) looks like to story clustering: weighted terms, names, dates.

`article_features(article)` turns an `Article` into `StoryFeatures`:
- terms: lemma -> TF-IDF weight (stopwords and numbers dropped; title words count 2x and teaser
  words 1.5x because they name the event), L2-normalised, only the top `TOP_TERMS` kept so a
  story's profile stays small enough to store.
- names: a stand-in for NER until it exists. A name is a capitalised word that does not start a
  sentence, is rare in the background corpus and is not in simplemma's German dictionary
  (German capitalises every noun, so capitalisation alone is not enough: the dictionary and
  the background share tell "Schoigu" from "Sonderzug" and "Regierung").
  Genitive forms are unified with the base form ("Schoigus" -> "schoigu") when the base form is
  in the same text or more common in the background.
- day mentions: "27. Juli" in the text becomes the term "27. juli" (a day without a year
  names a meeting or anniversary that several reports of one event repeat).
- dates: the day range of `published` (see `dates.day_range`).
Cost: O(len(text)) tokenising plus O(V log V) to rank V distinct lemmas; ~1 ms per 4 kB article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from lagebild.model import Article
from lagebild.nlp.tokens import lemma, word_spans
from lagebild.stories.background import BackgroundDF, background_df
from lagebild.stories.dates import DayRange, day_range
from lagebild.stories.stopwords import GERMAN_STOPWORDS

TOP_TERMS = 150
TOP_NAMES = 20
TITLE_BOOST = 2.0
TEASER_BOOST = 1.5
#: Names weigh this much more than other terms: they tell events apart (Schoigu vs Peskow).
NAME_BOOST = 1.0
#: A capitalised word in at most this share of background articles can count as a name.
NAME_MAX_SHARE = 0.05

# A word starts a sentence when only spaces/quotes/brackets separate it from text start,
# a line break, or sentence-final punctuation (":" too, as in headlines "Nordkorea: Kim ...").
_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
# "27. Juli": a day named without a year pins an event (anniversaries, meeting days) across reports.
_DAY_OF_MONTH = re.compile(rf"\b([0-3]?\d)\.\s?({_MONTHS})\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n|>•–-])[\s\"'„“”»«(\[]*$")


@dataclass(slots=True)
class StoryFeatures:
    """Compact comparable form of an article or of a story (then: summed over its articles)."""

    terms: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    dates: DayRange | None = None


@lru_cache(maxsize=200_000)
def _in_dictionary(word: str) -> bool:
    """Whether simplemma's German dictionary knows the word: common nouns yes, most names no."""
    return bool(simplemma.is_known(word, lang="de"))


def _is_sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 6) : start]))


def _unify_genitives(counts: Counter[str], bg: BackgroundDF, text_lemmas: Counter[str]) -> Counter[str]:
    """Merge "schoigus" into "schoigu" when that base form is in this text or commoner in the background."""
    out: Counter[str] = Counter()
    for form, n in counts.items():
        base = form[:-1]
        if (
            len(form) >= 4
            and form.endswith("s")
            and not form.endswith("ss")
            and (base in text_lemmas or bg.df.get(base, 0) > bg.df.get(form, 0))
        ):
            out[base] += n
        else:
            out[form] += n
    return out


def _weighted_counts(
    text: str, boost: float, terms: Counter[str], names: Counter[str], bg: BackgroundDF
) -> None:
    for m in _DAY_OF_MONTH.finditer(text):
        terms[f"{int(m.group(1))}. {m.group(2).lower()}"] += boost  # type: ignore[assignment]
    for word, start, _ in word_spans(text):
        if len(word) < 2 or word[0].isdigit():
            continue
        lem = lemma(word)
        if lem in GERMAN_STOPWORDS:
            continue
        terms[lem] += boost  # type: ignore[assignment]
        if (
            word[0].isupper()
            and bg.share(lem) <= NAME_MAX_SHARE
            and not _in_dictionary(word)
            and not _is_sentence_initial(text, start)
        ):
            names[lem] += boost  # type: ignore[assignment]


def text_features(
    title: str | None, teaser: str | None, body: str, published: str | None, bg: BackgroundDF | None = None
) -> StoryFeatures:
    """Features of raw parts of an article; see the module docstring."""
    bg = bg or background_df()
    terms: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for text, boost in ((title or "", TITLE_BOOST), (teaser or "", TEASER_BOOST), (body, 1.0)):
        _weighted_counts(text, boost, terms, names, bg)
    names = _unify_genitives(names, bg, terms)
    terms = _unify_genitives(terms, bg, terms)
    weights = {
        t: (1.0 + math.log(c)) * bg.idf(t) * (NAME_BOOST if t in names else 1.0)
        for t, c in terms.items()
        if c > 0
    }
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    name_weights = {n: (1.0 + math.log(c)) * bg.idf(n) for n, c in names.items() if c >= 1}
    top_names = sorted(name_weights.items(), key=lambda kv: (-names[kv[0]], -kv[1], kv[0]))[:TOP_NAMES]
    return StoryFeatures(
        terms={t: w / norm for t, w in top},
        names=dict(top_names),
        dates=day_range(published),
    )


def article_features(article: Article) -> StoryFeatures:
    """Features of one `Article` (title, teaser, body, published)."""
    return text_features(article.title, article.teaser, article.body, article.published)
