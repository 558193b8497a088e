"""A writer killed with SIGKILL mid-run leaves exactly its committed articles, none partial."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.model import Article
from lagebild.store import SqliteStore

SRC = Path(__file__).resolve().parents[2] / "src"

# Each transaction adds one article and one error row; it prints the number after COMMIT.
WRITER = """
import sys
from lagebild.model import Article
from lagebild.store import SqliteStore

store = SqliteStore(sys.argv[1])
run = store.start_run(["killed-run"])
n = 0
while True:
    with store.transaction():
        store.add_article(Article(
            id=f"{n:016x}", source=f"meldung-{n}", format="txt",
            body=f"Artikel {n}: " + "Die Bürgermeisterin eröffnet den neuen Radweg. " * 400,
        ))
        store.record_error(run, f"meldung-{n}", "Probe")
    print(n, flush=True)
    n += 1
"""


def expected_article(n: int) -> Article:
    return Article(
        id=f"{n:016x}",
        source=f"meldung-{n}",
        format="txt",
        body=f"Artikel {n}: " + "Die Bürgermeisterin eröffnet den neuen Radweg. " * 400,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_killed_writer_leaves_exactly_the_committed_articles(tmp_path: Path) -> None:
    db = tmp_path / "lagebild.db"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert writer.stdout is not None
    printed = 0
    try:
        while printed < 20:
            line = writer.stdout.readline()
            assert line, f"writer stopped early: {writer.stderr.read() if writer.stderr else ''}"
            printed += 1
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait(timeout=30)
    printed += len(writer.stdout.read().splitlines())  # commits printed before the kill landed
    writer.stdout.close()
    if writer.stderr:
        writer.stderr.close()

    with SqliteStore(db) as store:
        committed = store.count_articles()
        # Every printed commit is there; at most one more committed without its print.
        assert printed >= 20 and printed <= committed <= printed + 1
        assert list(store.iter_articles()) == [expected_article(n) for n in range(committed)]
        assert len(list(store.iter_errors())) == committed  # no transaction half-applied

        more = committed + 5
        added = [store.add_article(expected_article(n)) for n in range(more)]
        assert added == [False] * committed + [True] * 5
        assert [a.id for a in store.iter_articles()] == [expected_article(n).id for n in range(more)]
