"""Stories: articles about the same news event, clustered incrementally as they arrive.

Front door: `assign_story(article, index) -> Story`. `story_similarity(a, b)` scores two
articles (or an article and a story profile) in [0, 1], 1 = same story: learned weights over
text, time and (optionally, `encoder=True`) a sentence encoder; `event_similarity` adds the
event-time gate and is what clustering compares; `same_event_probability(score)` turns it into
a calibrated probability; `commands.similarity_command` is the CLI shell; `MemoryStoryIndex` keeps state in memory and
`lagebild.store.story_tables.SqliteStoryIndex` in SQLite, both behind `StoryIndex`.
"""

from lagebild.stories.assign import assign_story
from lagebild.stories.index import MemoryStoryIndex, StoryIndex
from lagebild.stories.similarity import event_similarity, same_event_probability, story_similarity

__all__ = [
    "MemoryStoryIndex",
    "StoryIndex",
    "assign_story",
    "event_similarity",
    "same_event_probability",
    "story_similarity",
]
