"""Case and diacritics folded, for comparing printed text (OCR drops å/ä/ö).

Two behaviours, on purpose:

* :func:`fold` — for comparing whole texts: case folded, every diacritic
  dropped through Unicode decomposition ("Åtgärd" → "atgard",
  "ﬁnansiering" → "finansiering");
* :func:`fold_token` — for matching cue words in OCR'd tokens: :func:`fold`
  plus the digits OCR reads for letters inside a word repaired ("Må1" →
  "mal", "0mråde" → "omrade").
"""

from __future__ import annotations

import re
import unicodedata


def strip_diacritics(text: str) -> str:
    """``text`` without combining marks, case kept ("Område" → "Omrade")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case folded, no diacritics ("Intäkter" → "intakter")."""
    return strip_diacritics(text.casefold())


def fold_spaces(text: str) -> str:
    """:func:`fold` with whitespace collapsed and trimmed."""
    return " ".join(fold(text).split())


_ZERO_IN_WORD = re.compile(r"(?<=[a-z])0|0(?=[a-z])")
_ONE_IN_WORD = re.compile(r"(?<=[a-z])1(?=[a-z])")


def fold_token(text: str) -> str:
    """:func:`fold`, and inside a word with letters "0" read as "o" and a "1"
    between letters as "l" (OCR's digit look-alikes)."""
    t = fold(text)
    if any(c.isalpha() for c in t):
        t = _ZERO_IN_WORD.sub("o", t)
        t = _ONE_IN_WORD.sub("l", t)
    return t
