"""Swedish line-end hyphenation for the sample renderer.

Break points come from pyphen's ``sv_SE`` patterns, filtered so the result
looks like Word's: no break before a vowel ("Regions-ervice"), none in
acronyms, numbers or words that already contain a hyphen ("IT-säkerhet"
is only ever broken by Word at its own hyphen, which we avoid so the text
stays unambiguous).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import pyphen

_VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
MIN_WORD_LENGTH = 6
MIN_HEAD = 2
MIN_TAIL = 3


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="sv_SE", left=MIN_HEAD, right=MIN_TAIL)


def break_points(word: str) -> list[int]:
    """Indexes at which ``word`` may be broken with a hyphen, ascending."""
    if len(word) < MIN_WORD_LENGTH or not word.isalpha() or word.isupper():
        return []
    points = _dictionary().positions(word)
    return [p for p in points if MIN_HEAD <= p <= len(word) - MIN_TAIL and word[p] not in _VOWELS]


def splits(word: str) -> list[tuple[str, str]]:
    """(head, tail) pairs for ``word``, longest head first (reportlab's
    ``hyphenationLang`` callable protocol)."""
    return [(word[:p], word[p:]) for p in reversed(break_points(word))]


def hyphenator() -> Callable[[str], list[tuple[str, str]]]:
    """The callable to put in ``ParagraphStyle.hyphenationLang``."""
    return splits
