"""Two shipped NER models, one copy of their static vectors.

Why: the fast and the accurate model are trained from the same recipe, so their word2vec tables
(`vocab/vectors`, 7.5 MB of the 29 MB each) are byte-identical: shipping both copies would put
the package's models over the 50 MB budget. `share_vectors` drops the accurate model's copy and
records, in its meta.json, which sibling folder holds the table and the table's SHA-256;
`restore_vectors` puts that table back after spaCy loaded the rest, and refuses a sibling whose
table is not the one the model was trained with (say, a retrained fast model) instead of tagging
with the wrong vectors.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

#: meta.json keys: the sibling folder holding the vectors, and the SHA-256 of its vectors file.
FROM_KEY = "lagebild_vectors_from"
HASH_KEY = "lagebild_vectors_sha256"


class SharedVectorsMismatch(RuntimeError):
    """The sibling model's vectors are not the ones this model was trained with."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def share_vectors(model_dir: Path, sibling_dir: Path) -> bool:
    """Drop `model_dir`'s vectors file when `sibling_dir` (a folder next to it) holds the same one.

    Output: True when the copy was dropped and meta.json updated; False (nothing changed) when
    the two tables differ or either is missing. Cost: hashing two ~8 MB files.
    """
    mine, theirs = model_dir / "vocab" / "vectors", sibling_dir / "vocab" / "vectors"
    if not (mine.is_file() and theirs.is_file()) or sibling_dir.parent != model_dir.parent:
        return False
    digest = _digest(mine)
    same_settings = all(
        (model_dir / "vocab" / name).read_bytes() == (sibling_dir / "vocab" / name).read_bytes()
        for name in ("key2row", "vectors.cfg")
    )
    if digest != _digest(theirs) or not same_settings:
        return False
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({FROM_KEY: sibling_dir.name, HASH_KEY: digest})
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    mine.unlink()
    return True


def restore_vectors(nlp: Any, model_dir: Path) -> None:
    """Load the vectors table a shared-vectors model (see `share_vectors`) points at; a no-op for
    any other model. Raises SharedVectorsMismatch naming both folders when the table differs."""
    meta_path = model_dir / "meta.json"
    if (model_dir / "vocab" / "vectors").is_file() or not meta_path.is_file():
        return
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if FROM_KEY not in meta:
        return
    source = model_dir.parent / str(meta[FROM_KEY]) / "vocab"
    if not (source / "vectors").is_file() or _digest(source / "vectors") != meta.get(HASH_KEY):
        raise SharedVectorsMismatch(
            f"{model_dir} uses the vectors of {source.parent}, but that model's vectors are missing or "
            f"differ from the ones it was trained with; retrain it with `lagebild train ner --accurate`"
        )
    nlp.vocab.vectors.from_disk(source, exclude=["strings"])
