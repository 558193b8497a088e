"""Where lagebild keeps articles, runs and their read errors: `open_store(...)` is the door.

SQLite (one file) is the default and today the only backend; the `Store` protocol in
`store.base` is what a PostgreSQL backend will implement.
"""

from __future__ import annotations

from lagebild.store.base import AmbiguousId, Run, RunError, Store, StoreError
from lagebild.store.sqlite import SqliteStore

__all__ = ["AmbiguousId", "Run", "RunError", "SqliteStore", "Store", "StoreError", "open_store"]


def open_store(url_or_path: str) -> SqliteStore:
    """Open (or create) the store that `url_or_path` names.

    Input: a file path (`lagebild.db`), `sqlite:///relative.db`, `sqlite:////absolute.db`
    or `:memory:`. A `postgresql://` URL raises `StoreError` until that backend exists.
    Output: an open `SqliteStore`; close it (or use it in a `with` block) when done.
    """
    scheme, separator, rest = url_or_path.partition("://")
    if not separator or len(scheme) < 2:  # a plain path (a Windows drive "C:" is no scheme)
        return SqliteStore(url_or_path)
    if scheme == "sqlite":
        # SQLAlchemy's form: "sqlite:///x.db" is relative, "sqlite:////x.db" absolute.
        path = rest[1:] if rest.startswith("/") else rest
        return SqliteStore(path or ":memory:")
    if scheme.split("+")[0] in ("postgresql", "postgres"):
        raise StoreError("PostgreSQL backend not yet available; use a SQLite file")
    raise StoreError(f"unknown database URL {url_or_path!r}; give a file path or sqlite:///path")
