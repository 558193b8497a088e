"""The one place that wires lagebild's stages together.

    raw files --ingest--> RawDocument --clean--> Cleaned --meta--> Article
        --annotate--> mentions (NER, repaired) + time expressions + claims + events
        --reuse--> duplicate_of + shared passages --stories--> story --entities--> canonical entities
        --> events and claims stored with their entity ids (timelines are built per story on demand)

Per-document stages (clean, meta, annotate) are pure and run in worker processes when asked;
the corpus stages (title repair, reuse, stories, entities) need what came before, so they run
in this process, one
article at a time, each article's writes in one store transaction. That is what makes a
run resumable: a run killed midway keeps every article committed before the kill, and a
re-run skips them by id (the hash of the raw content) before doing any work.

Cost per article: cleaning O(text), reuse and story lookups through indexes (never all
pairs), one small transaction. Memory: one batch of documents in flight, never the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from lagebild.clean import clean
from lagebild.entities import link_entities
from lagebild.entities.mention_repair import repair_mentions
from lagebild.events import find_events
from lagebild.events.claims import find_claims
from lagebild.ingest import discover, read_file
from lagebild.meta import describe
from lagebild.meta.truncated_titles import HeadlineIndex, repair_titles
from lagebild.model import Article, Entity, RawDocument, ReadError, Story, Timeline
from lagebild.nlp.ner import find_mentions
from lagebild.reuse import ReuseIndex, detect_reuse
from lagebild.store import SqliteStore
from lagebild.store.entity_tables import SqliteEntityIndex
from lagebild.store.event_tables import SqliteEventTables
from lagebild.store.headline_tables import SqliteHeadlineIndex
from lagebild.store.reuse_tables import SqliteReuseIndex
from lagebild.store.story_tables import SqliteStoryIndex
from lagebild.stories import StoryIndex, assign_story
from lagebild.stories.timeline import build_timeline
from lagebild.time import find_timexes


def clean_document(doc: RawDocument) -> Article:
    """Clean one raw document and read its metadata: what `lagebild clean` needs, nothing more."""
    return describe(doc, clean(doc))


def process_document(doc: RawDocument) -> Article:
    """Clean, describe and annotate one raw document: the pure per-document part of a run."""
    return annotate(clean_document(doc))


def annotate(article: Article) -> Article:
    """Add the German language layer: mentions, time expressions, claims and events.

    Only for German articles (and those whose language is unknown): the NER model, the
    time grammar and the event and claim rules are German. Articles in other languages pass
    through every other stage unchanged, never dropped. Time expressions are resolved
    against the publication date; claims come before events because an event inside a
    denial or a report is not stated as fact.
    """
    if article.language in ("de", None):
        article.mentions = repair_mentions(article.body, find_mentions(article.body))
        article.timexes = find_timexes(article.body, article.published)
        article.claims = find_claims(article)
        article.events = find_events(article, article.claims)
    return article


def _process_or_error(doc: RawDocument, stage: Callable[[RawDocument], Article] | None = None) -> Article | ReadError:
    """Run a per-document stage (default: `process_document`), turning a failure into a report,
    so one bad article never stops a run."""
    try:
        return (stage or process_document)(doc)
    except Exception as exc:  # noqa: BLE001 - any failure on attacker-controlled input is reported, not raised
        return ReadError(doc.source, f"could not process article: {type(exc).__name__}: {exc}")


def clean_file(path: Path) -> list[Article | ReadError]:
    """Read, clean and describe every article of one file: the per-file unit of `lagebild clean`.

    No NER, time or corpus stages (the fast path). Pure (no store), so it runs in worker
    processes; one bad article becomes a ReadError.
    """
    return [doc if isinstance(doc, ReadError) else _process_or_error(doc, clean_document) for doc in read_file(path)]


@dataclass
class RunCounts:
    """What a run did, for the summary and the run log."""

    files: int = 0
    documents: int = 0
    added: int = 0
    known: int = 0  # already in the store from an earlier run: skipped
    duplicates: int = 0
    passages: int = 0
    errors: int = 0
    stories: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, int]:
        return {"files": self.files, "documents": self.documents, "added": self.added, "known": self.known,
                "duplicates": self.duplicates, "passages": self.passages, "errors": self.errors,
                "stories_touched": len(self.stories)}


class SettingMismatch(ValueError):
    """A run asked for a corpus-wide choice other than the one the corpus was built with."""


class Corpus:
    """A store plus the corpus-level indexes that live in it: what `lagebild run` adds to.

    `story_encoder`: cluster stories with the sentence-encoder part of the similarity
    (`lagebild.stories.encoder`; CV Pearson .778 vs .749 on SemEval pairs, ~0.1 s more per
    article). A corpus is built with it or without it, never mixed: the choice is stored
    with the stories on first use; None means "as stored" (default: without).
    """

    def __init__(self, store: SqliteStore, story_encoder: bool | None = None) -> None:
        self.store = store
        self.reuse_index: ReuseIndex = SqliteReuseIndex(store.connection)
        self.story_index: StoryIndex = SqliteStoryIndex(store.connection)
        self.headline_index: HeadlineIndex = SqliteHeadlineIndex(store.connection)
        self.entity_index: SqliteEntityIndex = SqliteEntityIndex(store.connection)
        self.event_tables = SqliteEventTables(store.connection)
        self.story_encoder = self._story_encoder(story_encoder)

    def _story_encoder(self, wanted: bool | None) -> bool:
        index = cast(SqliteStoryIndex, self.story_index)
        stored = index.setting("encoder")
        built_with = stored == "1" if stored is not None else (False if index.has_stories() else None)
        if wanted is None:
            return bool(built_with)
        if built_with is not None and built_with != wanted:
            state = "with" if built_with else "without"
            raise SettingMismatch(f"this corpus's stories were built {state} the story encoder; run "
                                  f"{'with' if built_with else 'without'} --story-encoder, or use a new --db")
        if stored is None:
            with self.store.transaction():
                index.set_setting("encoder", "1" if wanted else "0")
        return wanted

    def add(self, article: Article) -> tuple[Article, int]:
        """Add one processed article with its reuse, story and entity links, atomically.

        Also completes titles a scraper truncated, in this or earlier articles, from headlines
        seen elsewhere in the corpus (`lagebild.meta.truncated_titles`).

        Returns the article (with `duplicate_of` and `story` set) and the number of passage
        groups it takes part in.
        """
        with self.store.transaction():
            repaired = repair_titles(article, self.headline_index)
            reuse = detect_reuse(article, self.reuse_index, passages=False)  # the count: O(own occurrences)
            article.duplicate_of = reuse.duplicate_of
            story = assign_story(article, self.story_index, encoder=self.story_encoder)
            article.story = story.id
            entities = link_entities(article, self.entity_index)
            mention_entities = {(m.start, m.end): e.id for e in entities for m in e.mentions}
            self.event_tables.save(article.events, article.claims, mention_entities)
            self.store.add_article(article)
            for other_id, title in repaired:
                if other_id != article.id:
                    self.store.update_article(other_id, title=title)
        return article, reuse.passage_count

    def stories(self) -> Iterator[Story]:
        return self.story_index.iter_stories()

    def annotated(self, article_id: str) -> Article | None:
        """A stored article with its stored events and claims."""
        article = self.store.get_article(article_id)
        if article is not None:
            article.events = self.event_tables.events_of(article.id)
            article.claims = self.event_tables.claims_of(article.id)
        return article

    def timeline(self, story: Story) -> Timeline:
        """The story's timeline (`lagebild.stories.timeline`), from its stored articles' events.

        Exact and near duplicates are left out: their events are the original's. Cost: one
        read per member article (up to `TIMELINE_ARTICLES`, the earliest first).
        """
        articles: list[Article] = []
        names: dict[tuple[str, int, int], tuple[str, str]] = {}
        for article_id in story.articles[:TIMELINE_ARTICLES]:
            article = self.annotated(article_id)
            if article is None or article.duplicate_of:
                continue
            articles.append(article)
            for entity in self.entity_index.entities_of(article_id):
                for m in entity.mentions:
                    names[(article_id, m.start, m.end)] = (entity.id, entity.name)
        return build_timeline(story, articles, lambda article, span: names.get((article, span.start, span.end)))

    def entities(self) -> Iterator[Entity]:
        return self.entity_index.iter_entities()


#: Articles of one story read for its timeline: bounds the cost of a very large story.
TIMELINE_ARTICLES = 500

ProgressHook = Callable[[Path], None]


def run(paths: Iterable[str | Path], store: SqliteStore, *, workers: int = 1,
        on_file_done: ProgressHook | None = None,
        on_error: Callable[[ReadError], None] | None = None, story_encoder: bool | None = None) -> RunCounts:
    """Ingest `paths` into `store`: read, clean, describe, detect reuse, assign stories.

    Streams file by file; documents already in the store are skipped before any processing.
    `workers` > 1 cleans documents in that many processes (the corpus stages stay here).
    """
    paths = list(paths)
    corpus = Corpus(store, story_encoder)
    counts = RunCounts()
    run_id = store.start_run([str(p) for p in paths])

    def report(error: ReadError) -> None:
        counts.errors += 1
        store.record_error(run_id, error.source, error.reason)
        if on_error:
            on_error(error)

    def fresh_documents(path: Path) -> Iterator[RawDocument]:
        for doc in read_file(path):
            if isinstance(doc, ReadError):
                report(doc)
                continue
            counts.documents += 1
            if store.has_article(doc.id):
                counts.known += 1
            else:
                yield doc

    pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        for item in discover(paths):
            if isinstance(item, ReadError):
                report(item)
                continue
            counts.files += 1
            for batch in _batches(fresh_documents(item), BATCH_SIZE):
                results = pool.imap(_process_or_error, batch, chunksize=4) if pool else map(_process_or_error, batch)
                for result in results:
                    if isinstance(result, ReadError):
                        report(result)
                    elif store.has_article(result.id):  # the same content twice in one batch
                        counts.known += 1
                    else:
                        article, passages = corpus.add(result)
                        counts.added += 1
                        counts.passages += passages
                        counts.duplicates += article.duplicate_of is not None
                        if article.story:
                            counts.stories.add(article.story)
            if on_file_done:
                on_file_done(item)
    finally:
        if pool:
            pool.close()
            pool.join()
        store.finish_run(run_id, counts.as_dict())
    return counts


#: Documents cleaned together; bounds memory for a WARC or JSONL file with many records.
BATCH_SIZE = 64


def _batches(docs: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
