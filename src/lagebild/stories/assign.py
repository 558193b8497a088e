"""Incremental story clustering: each arriving article joins the most similar story or starts one.

`assign_story(article, index)`:
1. If the article is already in a story, return that story unchanged (idempotent).
2. Features of the article (`features.article_features`), terms weighted by IDF over the
   background and the articles clustered so far (`background.CorpusIDF`), and its top terms as keys.
3. Candidates from the inverted index: for each key, the `PER_KEY` most recently updated
   stories having it; the `MAX_CANDIDATES` sharing most keys are compared.
4. Compare the article with each candidate's profile (a centroid; see `profile.py`) with
   `event_similarity` (story similarity x event-time gate); join the best one if it reaches
   `clustering_threshold()` (chosen on SemEval pairs, see `fit_similarity.py`), else start a
   story with id "s-" + the article id and the article's title.
5. Save the story, its updated profile and index keys; count the article's terms.
Joining reads the story's record, not its member list: with an index that has `story_head`
(SQLite) the cost does not grow with the story's size.
Cost per article: O(text) for features + O(keys * PER_KEY) index reads + MAX_CANDIDATES
comparisons of O(PROFILE_TERMS) each: independent of how many stories exist (up to the
index's own lookup cost, O(log n) in SQLite). Measured (`benchmarks/story_similarity.py
--sizes 1000`, 2 shared cores): ~840 articles/s in memory, ~410/s in SQLite; with
`encoder=True` the encoder adds ~0.1 s per 2,300-character article (one pass over the text).
Order: the seeds group identically in all 120 orders; 5 shuffles of the 173 SemEval articles
agree at ARI >= 0.67 (mean 0.78), BCubed F1 >= 0.94 (mean 0.955; see the benchmark); with the
encoder ARI >= 0.79 (mean 0.87), BCubed F1 >= 0.96 (mean 0.98).
"""

from __future__ import annotations

from lagebild.model import Article, Story
from lagebild.stories.background import CorpusIDF, background_df
from lagebild.stories.dates import day_range
from lagebild.stories.features import StoryFeatures, article_features
from lagebild.stories.index import StoryIndex
from lagebild.stories.profile import add_to_profile, index_keys
from lagebild.stories.similarity import clustering_threshold, feature_event_similarity

PER_KEY = 50
MAX_CANDIDATES = 20
TITLE_FALLBACK_CHARS = 100


def best_story(features: StoryFeatures, index: StoryIndex) -> tuple[str | None, float, StoryFeatures | None]:
    """(id of the most similar candidate story, its score, its profile); (None, 0.0, None)
    without candidates. The profile is returned so the caller need not load it again."""
    best_id, best_score, best_profile = None, 0.0, None
    for story_id in index.candidates(index_keys(features), PER_KEY, MAX_CANDIDATES):
        profile = index.get_profile(story_id)
        if profile is None:
            continue
        score = feature_event_similarity(features, profile)
        if score > best_score or (score == best_score and best_id is not None and story_id < best_id):
            best_id, best_score, best_profile = story_id, score, profile
    return best_id, best_score, best_profile


def _story_title(article: Article) -> str:
    if article.title:
        return article.title
    first_line = article.body.strip().split("\n", 1)[0]
    return first_line[:TITLE_FALLBACK_CHARS]


def _with_article(story: Story, article: Article) -> Story:
    """The story with `article` appended and its first/last published dates widened."""
    first, last = story.first_published, story.last_published
    span = day_range(article.published)
    if span is not None:
        first_span, last_span = day_range(first), day_range(last)
        if first_span is None or span[0] < first_span[0]:
            first = article.published
        if last_span is None or span[1] > last_span[1]:
            last = article.published
    return Story(story.id, story.title, [*story.articles, article.id], first, last)


def _story_to_join(index: StoryIndex, story_id: str) -> Story | None:
    """The story record an article is about to join. An index with `story_head` (SQLite) gives
    it without its members, as reading them costs O(story size) and its `save` appends the new
    article itself; other indexes give the whole story. Cost: O(log n) with `story_head`."""
    head = getattr(index, "story_head", None)
    return head(story_id) if head is not None else index.get_story(story_id)


def assign_story(
    article: Article, index: StoryIndex, threshold: float | None = None, encoder: bool = False
) -> Story:
    """The story `article` belongs to, after recording it in `index`; see the module docstring.
    `threshold` overrides `clustering_threshold()` (for measuring margins, not for production);
    `encoder` adds the sentence-encoder part (`encoder.py`, ~0.1 s more per article); use
    it for every article of an index or for none. When the article joins a story of an index
    with `story_head`, the returned story's `articles` holds only the new article (its id,
    title and dates are the story's); `index.get_story` gives all members."""
    known = index.story_of(article.id)
    if known is not None:
        story = index.get_story(known)
        if story is not None:
            return story
    statistics = CorpusIDF(background_df(), index.documents(), index.term_df)
    features = article_features(article, encoder, statistics)
    story_id, score, profile = best_story(features, index)
    story = _story_to_join(index, story_id) if story_id is not None else None
    if story is None or score < (clustering_threshold(encoder) if threshold is None else threshold):
        story, profile = Story(id=f"s-{article.id}", title=_story_title(article), articles=[]), None
    story = _with_article(story, article)
    profile = add_to_profile(profile, features)
    index.save(story, profile, index_keys(profile), article.id)
    index.count_terms(statistics.seen)
    return story
