"""The `lagebild time` command: a thin Typer shell over `tag_jsonl`.

Mount in lagebild/cli.py with `app.command("time")(time_command)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lagebild.time.jsonl import tag_jsonl
from lagebild.time.tagger import TimeOptions


def time_command(
    jsonl: Annotated[
        Path, typer.Option("--jsonl", help="Input: one {id, text, anchor} per line.", exists=True)
    ],
    out: Annotated[Path, typer.Option("--out", help="Output: one {id, timexes} per line.")],
    prefer: Annotated[str, typer.Option(help="'past' (news) or 'future' (agendas, bookings).")] = "past",
    narrative: Annotated[
        bool, typer.Option(help="Year-less dates take the last year the text named.")
    ] = False,
) -> None:
    """Tag German temporal expressions in a JSONL file, anchored on each line's publication date."""
    if prefer not in ("past", "future"):
        raise typer.BadParameter("--prefer must be 'past' or 'future'")
    count = tag_jsonl(
        jsonl, out, TimeOptions(prefer="past" if prefer == "past" else "future", narrative=narrative)
    )
    typer.echo(f"tagged {count} lines -> {out}")
