"""The small interface every lagebild store implements, and the records it returns.

The pipeline, CLI and API talk to a `Store`, never to SQL, so that a PostgreSQL backend
can be added later beside the SQLite default without touching them. A store keeps three
things: articles (with the `story` and `duplicate_of` the corpus stages assign), runs
(one per `lagebild` invocation, with its input paths and counts) and the read errors of
each run. Stories and shared passages live in index tables of the same database, written
by `store.story_tables` and `store.reuse_tables` inside the store's transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from lagebild.model import Article

#: Shortest id prefix `get_article` resolves: 6 hex digits make accidental matches rare.
MIN_PREFIX_LENGTH = 6


class StoreError(Exception):
    """A database that cannot be used: not a lagebild file, from a newer version, unreachable.

    The message is meant for the user as is: it names the file and what to do.
    """


class AmbiguousId(StoreError, LookupError):
    """A short id that matches more than one article; `matches` holds some of them."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        self.prefix = prefix
        self.matches = matches
        shown = ", ".join(matches)
        super().__init__(
            f"id prefix {prefix!r} matches several articles ({shown}, ...); type more characters"
        )


@dataclass(frozen=True, slots=True)
class RunError:
    """One input a run could not read: which run, which file or record, and why."""

    run_id: int
    source: str
    reason: str


@dataclass(slots=True)
class Run:
    """One pipeline run: the paths it read, when, and its counts once finished.

    `finished_at` stays None for a run that was interrupted (killed, crashed).
    """

    id: int
    started_at: str  # ISO 8601, UTC, seconds
    paths: list[str]
    finished_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """Articles, runs and read errors, with atomic transactions.

    Writes outside `transaction()` are each atomic on their own. Inside `with
    store.transaction():` all writes (including the story and reuse index tables) commit
    together at the end of the outermost block or not at all; nested blocks are
    savepoints, so an exception caught inside the outer block undoes only the inner one.
    """

    def has_article(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored. Cost: one index lookup."""
        ...

    def add_article(self, article: Article) -> bool:
        """Store `article` unless its id is already there; True if it was added.

        Idempotent: re-reading the same input never duplicates an article, and an
        existing article is left unchanged. Cost: one index lookup and one insert.
        """
        ...

    def update_article(
        self, article_id: str, *, story: str | None = None, duplicate_of: str | None = None,
        title: str | None = None,
    ) -> None:
        """Set `story`, `duplicate_of` and/or `title` of a stored article; None leaves a field as is.

        Raises KeyError if no article has exactly this id. Cost: one indexed update.
        """
        ...

    def get_article(self, id_or_prefix: str) -> Article | None:
        """The article with this id, or with this unique id prefix of >= 6 characters.

        None if nothing matches (or a shorter prefix is not a full id); raises
        `AmbiguousId` if the prefix matches several. Cost: one or two index lookups.
        """
        ...

    def iter_articles(self) -> Iterator[Article]:
        """All articles in insertion order, fetched in chunks so memory stays flat.

        Safe to interleave with writes (e.g. `update_article` on each article seen).
        """
        ...

    def count_articles(self) -> int:
        """How many articles are stored."""
        ...

    def start_run(self, paths: list[str]) -> int:
        """Record the start of a run over `paths`; returns the new run's id."""
        ...

    def record_error(self, run_id: int, source: str, reason: str) -> None:
        """Remember that `source` could not be read in run `run_id`, and why."""
        ...

    def iter_errors(self, run_id: int | None = None) -> Iterator[RunError]:
        """Read errors of one run, or of all runs, in the order they were recorded."""
        ...

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        """Mark run `run_id` finished now, with its counts (e.g. {"articles": 12})."""
        ...

    def iter_runs(self) -> Iterator[Run]:
        """All runs, oldest first."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """One atomic unit: commit on normal exit, roll back on exception (then re-raise)."""
        ...

    def close(self) -> None:
        """Release the connection; safe to call twice."""
        ...
