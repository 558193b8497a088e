"""Runs and their read errors."""

from __future__ import annotations

from lagebild.store import Run, RunError, SqliteStore


def test_run_lifecycle_and_errors_per_run(store: SqliteStore) -> None:
    first = store.start_run(["dump/a.txt", "dump/ü.html"])
    store.record_error(first, "dump/ü.html", "kein Text gefunden")
    second = store.start_run(["feed.xml"])
    store.record_error(second, "feed.xml#3", "ungültiges XML")
    store.finish_run(first, {"articles": 1, "errors": 1})

    runs = list(store.iter_runs())
    assert [r.id for r in runs] == [first, second]
    assert runs[0].paths == ["dump/a.txt", "dump/ü.html"]
    assert runs[0].counts == {"articles": 1, "errors": 1} and runs[0].finished_at is not None
    assert isinstance(runs[1], Run) and runs[1].finished_at is None and runs[1].counts == {}

    assert list(store.iter_errors(second)) == [RunError(second, "feed.xml#3", "ungültiges XML")]
    assert [e.source for e in store.iter_errors()] == ["dump/ü.html", "feed.xml#3"]
