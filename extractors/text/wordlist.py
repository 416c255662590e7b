"""The shipped Swedish word list (``extractors/data/sv_words.txt``, built from
seeds 001/002/004 by :func:`extractors.ocr.quality.build_wordlist`), loaded
once per process.  The file ships with the package: a missing file is an
installation fault and raises."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WORDLIST_PATH = Path(__file__).resolve().parent.parent / "data" / "sv_words.txt"


@lru_cache(maxsize=1)
def listed_words() -> tuple[str, ...]:
    """The words as listed, in file order."""
    return tuple(WORDLIST_PATH.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def wordlist() -> frozenset[str]:
    """The words in lower case, for membership tests."""
    return frozenset(w.strip().lower() for w in listed_words())
