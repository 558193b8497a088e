"""Clean a flattened text dump (no DOM left): the general algorithm behind `clean()` for text.

Steps: undo the dump format (`lines.py`, format adapters), take out what an outlet layout
knows (`sections.py`), segment into blocks (`blocks.py`), split off generic roles such as
bylines and captions (`roles.py`), score blocks and keep the main region (`classify.py`),
then pick the title. Input: a `RawDocument` whose content is text. Output: `Cleaned`.
Cost: linear in the text, pure Python + regex (~1-3 ms for a 50 kB dump).
"""

from __future__ import annotations

import re

from lagebild.clean.blocks import Block, segment
from lagebild.clean.classify import BlockModel, block_scores, default_model, main_text_mask
from lagebild.clean.lines import undo_format
from lagebild.clean.roles import RoleHit, recognise
from lagebild.clean.sections import apply_layouts
from lagebild.model import Cleaned, RawDocument
from lagebild.nlp.tokens import words

_FUSED_KICKER = re.compile(r"^(.{3,60}?[a-zäöüß]{3})([A-ZÄÖÜ][a-zäöüß]+\b.*)$")
_GLUED_COLON = re.compile(r":(?=[A-ZÄÖÜ])")
_ROLE_WINDOW_BEFORE = 10  # roles this many blocks before the main text still belong to it
_ROLE_WINDOW_AFTER = 3


def clean_dump(doc: RawDocument, model: BlockModel | None = None) -> Cleaned:
    """Body, title and recognised pieces of one text dump; never raises on odd input."""
    return clean_dump_text(doc.content, model)


def clean_dump_text(text: str, model: BlockModel | None = None) -> Cleaned:
    model = model or default_model()
    cleaned, blocks, hits, candidates, cand_blocks = candidate_blocks(text)
    rows, scores = block_scores(cand_blocks, model)
    mask = main_text_mask(cand_blocks, rows, scores, model)
    kept = [candidates[k] for k, keep in enumerate(mask) if keep]
    first = kept[0] if kept else len(blocks)
    last = kept[-1] if kept else -1
    if cleaned.title is None:
        cleaned.title = _title(blocks, hits, kept, first)
    _drop_title_echo(blocks, kept, cleaned.title)
    kept_set = set(kept)
    paragraphs = []
    for i, (block, hit) in enumerate(zip(blocks, hits, strict=True)):
        in_window = first - _ROLE_WINDOW_BEFORE <= i <= last + _ROLE_WINDOW_AFTER
        if hit is not None and in_window:
            _record(cleaned, hit)
        if i in kept_set:
            text_ = hit.rest if hit is not None else block.text
            if text_ != cleaned.title:
                paragraphs.append(text_)
        elif hit is None or hit.rest:
            cleaned.dropped.append(("boilerplate", block.text))
    cleaned.body = "\n\n".join(paragraphs)
    return cleaned


def candidate_blocks(
    text: str,
) -> tuple[Cleaned, list[Block], list[RoleHit | None], list[int], list[Block]]:
    """Everything before classification (shared with training): the partly filled `Cleaned`,
    all blocks, their role hits, and the indices and blocks left for the classifier."""
    cleaned = Cleaned(title=None, body="")
    dump = undo_format(text)
    cleaned.links.extend(dump.links)
    apply_layouts(text, dump, cleaned)
    blocks = segment(dump)
    hits: list[RoleHit | None] = [recognise(b.text) for b in blocks]
    candidates = [i for i, h in enumerate(hits) if h is None or h.rest]
    return cleaned, blocks, hits, candidates, [_rest(blocks[i], hits[i]) for i in candidates]


def _drop_title_echo(blocks: list[Block], kept: list[int], title: str | None) -> None:
    """Remove leading kept blocks that repeat the title (h1 after <title>, kicker + headline)."""
    if not title:
        return
    title_words = set(words(title.lower()))
    while kept:
        block_words = set(words(blocks[kept[0]].text.lower()))
        if not block_words or len(block_words & title_words) < 0.6 * len(block_words) or len(block_words) > 30:
            return
        kept.pop(0)


def _rest(block: Block, hit: RoleHit | None) -> Block:
    if hit is None:
        return block
    return Block(text=hit.rest, indent=block.indent, bullet=block.bullet, markers=block.markers,
                 n_lines=block.n_lines, marked_heading=block.marked_heading)


def _record(cleaned: Cleaned, hit: RoleHit) -> None:
    if hit.role == "drop":
        cleaned.dropped.append(("junk", hit.text))
        return
    target: list[str] = getattr(cleaned, hit.role)
    target.append(hit.text)
    if hit.credit:
        cleaned.credits.append(hit.credit)
    if not hit.rest:
        cleaned.dropped.append((hit.role, hit.text))


def _title(blocks: list[Block], hits: list[RoleHit | None], kept: list[int], first: int) -> str | None:
    """The heading-like block closest above the main text (a few blocks up at most),
    preferring blocks indented less than the body and with a kicker colon."""
    body_indent = blocks[first].indent if first < len(blocks) else 0
    best: tuple[float, int] | None = None
    for i in range(max(0, first - 8), min(first + 1, len(blocks))):
        b = blocks[i]
        if hits[i] is not None or b.bullet or not 12 <= len(b.text) <= 160 or b.text.endswith("."):
            continue
        score = -0.35 * (first - i) + (1.5 if b.indent < body_indent else 0.0) + (0.7 if ":" in b.text else 0.0)
        if i == first:
            score -= 1.0
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    i = best[1]
    if i in kept:
        kept.remove(i)
    return _repair_title(blocks[i].text)


def _repair_title(title: str) -> str:
    """`Kicker:Title` -> `Kicker: Title`; `Putin in NordkoreaPlötzlich ...` -> `...: Plötzlich ...`
    (the dumper glued the kicker span to the headline span)."""
    title = _GLUED_COLON.sub(": ", title)
    if ": " not in title and (m := _FUSED_KICKER.match(title)):
        return f"{m.group(1)}: {m.group(2)}"
    return title
