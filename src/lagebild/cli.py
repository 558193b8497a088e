"""The `lagebild` command: a thin shell over `lagebild.pipeline`, the store and the export.

Every command that reads a database takes `--db` (default `./lagebild.db`). Article text is
attacker-controlled, so it is printed as plain `rich.text.Text`, never as console markup.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from lagebild import pipeline
from lagebild.events.claims.spkatt import quotes_command
from lagebild.export import (
    article_record,
    claim_record,
    entity_record,
    event_record,
    passage_record,
    story_record,
    timeline_record,
    write_jsonl,
)
from lagebild.ingest import discover
from lagebild.model import Article, Passage, ReadError, Story
from lagebild.nlp.ner import NerModelNotFound, load_ner
from lagebild.nlp.ner.loading import MODEL_ENV
from lagebild.reuse import iter_passages, own_share, passage_provenance, passages_for
from lagebild.store import AmbiguousId, SqliteStore, StoreError, open_store
from lagebild.stories.commands import similarity_command
from lagebild.time.cli import time_command

app = typer.Typer(help="lagebild: raw news articles in; clean articles, shared copy and stories out.",
                  no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file holding the corpus.")]
DEFAULT_DB = "lagebild.db"


@contextmanager
def _opened(db: str, *, must_exist: bool = True) -> Iterator[SqliteStore]:
    """Open the store or exit with a clear message (no traceback for a user's mistake)."""
    if must_exist and "://" not in db and not Path(db).exists():
        errors.print(f"[red]No database at {db}.[/] Run `lagebild run PATH --db {db}` first.")
        raise typer.Exit(2)
    try:
        store = open_store(db)
    except StoreError as exc:
        errors.print(f"[red]Cannot open {db}:[/] {exc}")
        raise typer.Exit(2) from exc
    try:
        yield store
    finally:
        store.close()


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=errors, transient=False, disable=not errors.is_terminal)


def _print_error(error: ReadError) -> None:
    errors.print(Text.assemble(("skipped ", "yellow"), error.source, ": ", error.reason), soft_wrap=True)


def _ingest(paths: list[str], store: SqliteStore, workers: int, story_encoder: bool | None = None) -> pipeline.RunCounts:
    try:  # a missing encoder, or a mismatch with the corpus's stored choice, fails before any work
        if story_encoder or pipeline.Corpus(store).story_encoder:
            _probe_encoder()
        pipeline.Corpus(store, story_encoder)
    except (pipeline.SettingMismatch, ImportError) as exc:
        errors.print(Text(str(exc)))
        raise typer.Exit(2) from exc
    files = sum(1 for item in discover(paths) if not isinstance(item, ReadError))
    with _progress() as progress:
        task = progress.add_task("articles", total=files)
        counts = pipeline.run(paths, store, workers=workers, on_error=_print_error,
                              on_file_done=lambda _path: progress.advance(task), story_encoder=story_encoder)
    return counts


def _probe_encoder() -> None:
    """Load the optional sentence encoder once (ImportError with the install command if absent)."""
    from lagebild.stories.encoder import text_vector

    text_vector(None, None, "Probe.")


def _summary(counts: pipeline.RunCounts, store: SqliteStore, limit: int = 10) -> None:
    console.print(
        f"{counts.files} files, {counts.documents} articles read: {counts.added} new, {counts.known} already known, "
        f"{counts.duplicates} duplicates, {counts.passages} shared passages, {counts.errors} skipped with errors."
    )
    _stories_table(store, limit)


def _stories_table(store: SqliteStore, limit: int | None) -> None:
    stories = sorted(pipeline.Corpus(store).stories(), key=lambda s: (-len(s.articles), s.first_published or ""))
    table = Table(title=f"{len(stories)} stories" + (f" (top {limit})" if limit and len(stories) > limit else ""))
    for column in ("story", "articles", "first", "last"):
        table.add_column(column, no_wrap=True)
    table.add_column("title", ratio=1)
    for story in stories[:limit] if limit else stories:
        table.add_row(story.id, str(len(story.articles)), story.first_published or "–",
                      story.last_published or "–", Text(story.title or ""))
    console.print(table)


@app.command()
def run(paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns, any mix of formats.")],
        db: DbOption = DEFAULT_DB,
        workers: Annotated[int, typer.Option(help="Processes for cleaning (the corpus stages use one).")] = 1,
        ner_model: Annotated[str | None, typer.Option(
            help="\"accurate\": the shipped accurate NER model (~half the speed); or an installed spaCy pipeline "
                 "(e.g. de_core_news_lg) instead of the shipped fast one.")] = None,
        story_encoder: Annotated[bool, typer.Option(
            "--story-encoder", help="Cluster stories with the sentence encoder too ("
            "~0.1 s more per article; a corpus is built with it or without it).")] = False,
        ) -> None:
    """The main job: ingest, clean, find duplicates and shared copy, group into stories, summarise."""
    if ner_model:
        try:
            load_ner(ner_model)
        except NerModelNotFound as exc:
            errors.print(Text(str(exc)))
            raise typer.Exit(2) from exc
        os.environ[MODEL_ENV] = ner_model
    with _opened(db, must_exist=False) as store:
        counts = _ingest(paths, store, workers, story_encoder or None)
        _summary(counts, store)
    if counts.documents == 0 and counts.known == 0:
        errors.print("[red]Nothing could be read.[/] Check the paths and formats above.")
        raise typer.Exit(1)


@app.command()
def stories(db: DbOption = DEFAULT_DB) -> None:
    """List the stories, largest first."""
    with _opened(db) as store:
        _stories_table(store, None)


@app.command()
def story(story_id: str, db: DbOption = DEFAULT_DB) -> None:
    """One story: its articles in publication order."""
    with _opened(db) as store:
        found = pipeline.Corpus(store).story_index.get_story(story_id)
        if found is None:
            errors.print(Text(f"No story {story_id}. `lagebild stories` lists them."))
            raise typer.Exit(1)
        console.print(Text(found.title or "", style="bold"))
        console.print(f"{found.id} · {len(found.articles)} articles · {found.first_published or '?'} – "
                      f"{found.last_published or '?'}")
        members = [a for a in (store.get_article(i) for i in found.articles) if a]
        table = Table()
        for column in ("article", "published", "outlet", "title", "duplicate of"):
            table.add_column(column)
        for a in sorted(members, key=lambda a: a.published or ""):
            table.add_row(a.id, a.published or "–", Text(a.outlet or "–"), Text(a.title or ""), a.duplicate_of or "")
        console.print(table)


@app.command()
def article(article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix (≥ 6 characters).")],
            db: DbOption = DEFAULT_DB) -> None:
    """One clean article with its metadata; passages shared with other articles are highlighted."""
    with _opened(db) as store:
        try:
            found = store.get_article(article_id)
        except AmbiguousId as exc:
            errors.print(Text(str(exc)))
            raise typer.Exit(1) from exc
        if found is None:
            errors.print(Text(f"No article {article_id}."))
            raise typer.Exit(1)
        _print_article(found, pipeline.Corpus(store), store)


def _marked_body(a: Article, shared: list[Passage]) -> Text:
    """The body with each shared passage highlighted and numbered [n] where it ends."""
    spans = sorted((occ.start, occ.end, number) for number, passage in enumerate(shared, 1)
                   for occ in passage.occurrences if occ.article == a.id)
    body, cursor = Text(), 0
    for start, end, number in spans:
        start = max(start, cursor)
        body.append(a.body[cursor:start])
        body.append(a.body[start:end], style="reverse")
        body.append(f" [{number}]", style="bold")
        cursor = max(cursor, end)
    body.append(a.body[cursor:])
    return body


def _print_article(a: Article, corpus: pipeline.Corpus, store: SqliteStore) -> None:
    console.print(Text(a.title or "(no title)", style="bold"))
    facts = [("id", a.id), ("source", a.source), ("outlet", a.outlet), ("published", a.published),
             ("authors", ", ".join(a.authors)), ("credits", ", ".join(a.credits)), ("language", a.language),
             ("story", a.story), ("duplicate of", a.duplicate_of), ("tags", ", ".join(a.tags))]
    for name, value in facts:
        if value:
            console.print(Text.assemble((f"{name}: ", "dim"), str(value)))
    if a.teaser:
        console.print(Text(a.teaser, style="italic"))
    shared = passages_for(a.id, corpus.reuse_index)
    body = _marked_body(a, shared)
    _print_events_and_claims(a.id, corpus)
    console.print()
    console.print(body)
    if shared:
        console.print()
        share = own_share(a.id, len(a.body), shared)
        console.print(Text(f"Shared passages (highlighted above); own text: {share:.0%} of the body", style="bold"))
        for number, passage in enumerate(shared, 1):
            origin = passage_provenance(passage, store.get_article)
            console.print(Text(
                f"[{number}] {len(passage.text)} chars · first published by {origin.earliest or '?'}"
                f" ({origin.earliest_outlet or 'outlet unknown'}) · reused by {', '.join(origin.reusers) or '–'}"
                f" · likely wire source: {origin.source_guess or 'unknown'}"))


def _print_events_and_claims(article_id: str, corpus: pipeline.Corpus) -> None:
    """The article's events and claims, one line each (text as plain Text, never markup)."""
    for e in corpus.event_tables.events_of(article_id):
        who = ", ".join(s.text for s in e.actors) or "?"
        whom = ", ".join(s.text for s in e.targets)
        console.print(Text.assemble(("event ", "dim"), (e.event_type, "bold"), f" [{e.modality}] {e.date or '–'}: ",
                                    f"{who} → {whom or '–'}" + (f" @ {e.place.text}" if e.place else ""),
                                    (f"  «{e.trigger}»", "dim")))
    for c in corpus.event_tables.claims_of(article_id):
        console.print(Text.assemble(("claim ", "dim"), (c.stance, "bold"), f" ({c.form}) ",
                                    c.source.text if c.source else "unnamed source", ": ",
                                    (c.content.text[:160], "italic")))


@app.command()
def export(db: DbOption = DEFAULT_DB,
           format: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
           out: Annotated[Path | None, typer.Option("--out", help="File to write; default stdout.")] = None) -> None:
    """Write the corpus as JSON Lines: articles, stories, entities, passages, events, claims and
    timelines (contract in the README)."""
    if format != "jsonl":
        errors.print(f"[red]Unknown format {format!r}.[/] Supported: jsonl")
        raise typer.Exit(2)
    with _opened(db) as store:
        corpus = pipeline.Corpus(store)

        def records() -> Iterator[dict[str, object]]:
            for a in store.iter_articles():
                yield article_record(a, own_share(a.id, len(a.body), passages_for(a.id, corpus.reuse_index)))
            yield from (story_record(s) for s in corpus.stories())
            yield from (entity_record(e) for e in corpus.entities())
            lookup = functools.lru_cache(maxsize=4096)(store.get_article)
            for p in iter_passages(corpus.reuse_index):
                yield passage_record(p, passage_provenance(p, lookup))
            tables = corpus.event_tables
            yield from (event_record(e, tables.entities_of_event(e.id)) for e in tables.iter_events())
            yield from (claim_record(c, source) for c, source in tables.iter_claims())
            for s in corpus.stories():
                timeline = corpus.timeline(s)
                if timeline.entries:
                    yield timeline_record(timeline)

        if out is None:
            n = write_jsonl(records(), sys.stdout)
        else:
            with out.open("w", encoding="utf-8") as handle:
                n = write_jsonl(records(), handle)
            errors.print(f"wrote {n} records to {out}")


@app.command("clean")
def clean_command(paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns.")],
                  out: Annotated[Path, typer.Option("--out", help="Folder for the cleaned files.")],
                  workers: Annotated[int, typer.Option(help="Processes cleaning files in parallel.")] = 1) -> None:
    """Cleaning and metadata only (the fast path): DIR/<same file name> holds title, blank line, body.

    A file that holds articles as records (WARC, JSON Lines, feed) gives <name>.<n>.txt, one per
    article. Files found inside a folder keep their path relative to that folder.
    """
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for found in discover(paths):
        if isinstance(found, ReadError):
            _print_error(found)
        else:
            files.append(found)
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    written = skipped = 0
    pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        results = pool.imap(pipeline.clean_file, files, chunksize=8) if pool else map(pipeline.clean_file, files)
        with _progress() as progress:
            task = progress.add_task("files", total=len(files))
            for path, outcome in zip(files, results, strict=True):
                relative = next((path.relative_to(r) for r in roots if path.is_relative_to(r)), Path(path.name))
                for number, item in enumerate(outcome, 1):
                    if isinstance(item, ReadError):
                        _print_error(item)
                        skipped += 1
                        continue
                    target = out / f"{relative}.{number}.txt" if item.format in RECORD_FORMATS else out / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(f"{item.title or ''}\n\n{item.body}\n", encoding="utf-8")
                    written += 1
                progress.advance(task)
    finally:
        if pool:
            pool.close()
            pool.join()
    console.print(f"wrote {written} cleaned articles to {out}; {skipped} skipped")
    if written == 0:
        raise typer.Exit(1)


#: Formats whose files hold several articles as records: `clean` numbers their outputs.
RECORD_FORMATS = frozenset({"warc", "jsonl", "rss"})


@app.command()
def demo(db: Annotated[str | None, typer.Option("--db", help="Keep the demo database here.")] = None) -> None:
    """Run the whole pipeline on the bundled demo corpus (German Wikinews, CC BY 2.5)."""
    corpus_dir = resources.files("lagebild.demo") / "corpus"
    with resources.as_file(corpus_dir) as folder, tempfile.TemporaryDirectory() as tmp:
        target = db or str(Path(tmp) / "demo.db")
        console.print(f"Demo corpus: {folder} (texts: German Wikinews, CC BY 2.5)")
        with _opened(target, must_exist=False) as store:
            counts = _ingest([str(p) for p in sorted(Path(folder).glob("*.jsonl"))], store, workers=1)
            _summary(counts, store)
        if db:
            console.print(f"Explore it: lagebild stories --db {db}")


app.command("time")(time_command)
app.command("similarity")(similarity_command)

train_app = typer.Typer(help="Reproduce lagebild's shipped models from ../shared/data.", no_args_is_help=True)
eval_app = typer.Typer(help="Score lagebild's output against gold data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")


#: Width of the USE-encoder features of the shipped accurate NER model (`train ner --accurate`).
ACCURATE_USE_FEATURES = 64


@train_app.command("ner")
def train_ner(out_dir: Annotated[Path | None, typer.Option(
                  "--out-dir", help="Where to write the spaCy model [default: the shipped model's folder].")] = None,
              data_dir: Annotated[Path, typer.Option("--data-dir", help="The shared datasets.")] = Path("../shared/data"),
              max_steps: Annotated[int, typer.Option(help="Training steps.")] = 3000,
              fast: Annotated[bool, typer.Option(
                  "--fast", help="Without the word-class tags and ORG cues: ~1.4x faster, ~4 F1 points lower (MODEL_CARD.md)."
              )] = False,
              accurate: Annotated[bool, typer.Option(
                  "--accurate", help="The accurate model (`--ner-model accurate`): + USE-encoder token features, "
                  "~3 F1 points higher, ~half the speed.")] = False) -> None:
    """Train the German NER model (PER/LOC/ORG/MISC) from the redistributable corpora."""
    from lagebild.nlp.ner import train
    from lagebild.nlp.ner.loading import SHIPPED_ACCURATE, SHIPPED_MODEL
    from lagebild.nlp.ner.shared_vectors import share_vectors

    if fast and accurate:
        raise typer.BadParameter("--fast and --accurate are two different models: pass one")
    out_dir = out_dir or (SHIPPED_ACCURATE if accurate else SHIPPED_MODEL)
    if accurate:
        train(out_dir, data_dir, max_steps=max_steps, use_features=ACCURATE_USE_FEATURES)
        if out_dir == SHIPPED_ACCURATE:  # one copy of the word vectors in the package
            share_vectors(SHIPPED_ACCURATE, SHIPPED_MODEL)
    elif fast:
        train(out_dir, data_dir, max_steps=max_steps, pos_features="none", drop_common_words=False,
              org_features=False, org_ruler=False, drop_analysed_nouns=False)
    else:
        train(out_dir, data_dir, max_steps=max_steps)


@app.command("ner")
def ner_tsv(tsv: Annotated[Path, typer.Option("--tsv", help="GermEval-format TSV to tag.", exists=True)],
            out: Annotated[Path, typer.Option("--out", help="TSV with the predicted outer tag in column 3.")],
            model: Annotated[str | None, typer.Option(
                help="\"accurate\" for the shipped accurate model, or a spaCy model name or path.")]
            = None) -> None:
    """Tag a GermEval-format TSV with the NER model (column 3: predicted outer BIO tag)."""
    from lagebild.nlp.ner import tag_tsv

    tag_tsv(tsv, out, model)


@eval_app.command("ner")
def eval_ner(path: Annotated[Path, typer.Argument(help="GermEval-format TSV with gold tags.", exists=True)],
             model: Annotated[str | None, typer.Option(
                 help="\"accurate\" for the shipped accurate model, or a spaCy model name or path.")] = None,
             held_back_only: Annotated[bool, typer.Option(help="Score only the half never trained on.")] = False,
             ) -> None:
    """Strict span precision/recall/F1 (outer level) of the NER model on a gold TSV."""
    from lagebild.nlp.ner import evaluate_tsv

    evaluate_tsv(path, model, held_back_only=held_back_only)


if __name__ == "__main__":
    app()


def _story_or_exit(corpus: pipeline.Corpus, story_id: str) -> Story:
    found = corpus.story_index.get_story(story_id)
    if found is None:
        errors.print(Text(f"No story {story_id}. `lagebild stories` lists them."))
        raise typer.Exit(1)
    return found


@app.command()
def timeline(story_id: Annotated[str, typer.Argument(help="Story id (see `lagebild stories`).")],
             db: DbOption = DEFAULT_DB,
             background: Annotated[bool, typer.Option(help="Also list restated background facts.")] = True) -> None:
    """A story's timeline: its events merged across outlets, ordered by when they happened."""
    with _opened(db) as store:
        corpus = pipeline.Corpus(store)
        found = _story_or_exit(corpus, story_id)
        result = corpus.timeline(found)
        console.print(Text(found.title or found.id, style="bold"))
        table = Table(show_lines=True)
        for column in ("date", "type", "what", "who / where", "sources"):
            table.add_column(column)
        for entry in result.entries:
            if entry.background and not background:
                continue
            what = Text(entry.summary)
            for conflict in entry.conflicts:
                what.append(f"\n⚠ {conflict}", style="yellow")
            if entry.claims:
                what.append(f"\nclaims: {', '.join(entry.claims)}", style="dim")
            who = ", ".join(entry.actors) + (f" · {entry.place}" if entry.place else "")
            date_cell = Text(entry.date or "–", style="dim" if entry.background else "")
            if entry.background:
                date_cell.append("\nbackground", style="dim italic")
            table.add_row(date_cell, entry.event_type, what, Text(who), "\n".join(entry.sources))
        console.print(table)


@app.command()
def events(db: DbOption = DEFAULT_DB,
           event_type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. meet, supply.")] = None,
           entity: Annotated[str | None, typer.Option(help="Entity id or name (actor, target or place).")] = None,
           since: Annotated[str | None, typer.Option("--from", help="ISO date (prefix), inclusive.")] = None,
           until: Annotated[str | None, typer.Option("--to", help="ISO date (prefix), inclusive.")] = None,
           limit: Annotated[int, typer.Option(help="At most this many.")] = 100) -> None:
    """List events, filtered by type, entity and date range."""
    with _opened(db) as store:
        corpus = pipeline.Corpus(store)
        entity_id = _entity_id(corpus, entity) if entity else None
        table = Table()
        for column in ("date", "type", "modality", "trigger", "actors", "targets", "place", "article"):
            table.add_column(column)
        for e in corpus.event_tables.find_events(event_type=event_type, entity=entity_id, date_from=since,
                                                 date_to=until, limit=limit):
            table.add_row(e.date or "–", e.event_type, e.modality, Text(e.trigger),
                          Text(", ".join(s.text for s in e.actors)), Text(", ".join(s.text for s in e.targets)),
                          Text(e.place.text if e.place else ""), e.article)
        console.print(table)


@app.command()
def claims(db: DbOption = DEFAULT_DB,
           stance: Annotated[str | None, typer.Option(help="asserts, denies or speculates.")] = None,
           entity: Annotated[str | None, typer.Option(help="Entity id or name of the source.")] = None,
           limit: Annotated[int, typer.Option(help="At most this many.")] = 100) -> None:
    """List claims and quotes with their source, filtered by stance and source entity."""
    with _opened(db) as store:
        corpus = pipeline.Corpus(store)
        entity_id = _entity_id(corpus, entity) if entity else None
        table = Table()
        for column in ("source", "stance", "form", "cue", "content", "article"):
            table.add_column(column)
        for c in corpus.event_tables.find_claims(stance=stance, source_entity=entity_id, limit=limit):
            table.add_row(Text(c.source.text if c.source else "–"), c.stance, c.form,
                          Text(c.cue.text if c.cue else ""), Text(c.content.text), c.article)
        console.print(table)


def _entity_id(corpus: pipeline.Corpus, wanted: str) -> str:
    """An entity id given as an id or as (part of) a canonical name or alias; exits if none or ambiguous."""
    if corpus.entity_index.get_entity(wanted):
        return wanted
    needle = wanted.casefold()
    matches = [e for e in corpus.entities() if needle in e.name.casefold()
               or any(needle == a.casefold() for a in e.aliases)]
    exact = [e for e in matches if e.name.casefold() == needle]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].id
    errors.print(Text(f"No single entity matches {wanted!r}"
                      + (f": {', '.join(e.name for e in matches[:8])}" if matches else "")))
    raise typer.Exit(1)


@app.command()
def quotes(spkatt: Annotated[Path, typer.Option("--spkatt", help="Folder of SpkAtt-2023 task-2 JSON files.")],
           out: Annotated[Path, typer.Option("--out", help="Folder for the files with predicted annotations.")]
           ) -> None:
    """Tag speech (cue, source, message, addressee) in SpkAtt-2023 files, for the task's scorer."""
    if not spkatt.is_dir():
        errors.print(Text(f"No folder {spkatt}."))
        raise typer.Exit(2)
    written = quotes_command(spkatt, out)
    errors.print(f"wrote {written} files to {out}")
