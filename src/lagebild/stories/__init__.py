"""Stories: articles about the same news event, clustered incrementally as they arrive.

Front door: `assign_story(article, index) -> Story`. `story_similarity(a, b)` scores two
articles (or an article and a story profile); `MemoryStoryIndex` keeps state in memory and
`lagebild.store.story_tables.SqliteStoryIndex` in SQLite, both behind `StoryIndex`.
"""

from lagebild.stories.assign import assign_story
from lagebild.stories.index import MemoryStoryIndex, StoryIndex
from lagebild.stories.similarity import story_similarity

__all__ = ["MemoryStoryIndex", "StoryIndex", "assign_story", "story_similarity"]
