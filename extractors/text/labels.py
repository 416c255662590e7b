"""Row labels reduced for comparison.  Two behaviours, on purpose:

* :func:`recognisable_label` — what the table checks read a label's meaning
  from ("Summa intäkter", "Verksamhetens nettokostnader"): folded, footnote
  marks and markup dropped, line-break hyphenation joined, and OCR's typical
  confusions undone inside words ("Surnma" → "summa", "k0stnader" →
  "kostnader").  Lossy: two printed labels may meet.
* :func:`label_key` — what identifies a row when a reviewer's correction, a
  report cell or another document's row is matched to it: folded, line-break
  hyphenation undone, trailing footnote marks and colons dropped, nothing else
  changed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.text.folding import fold, fold_spaces

_CHECK_FOOTNOTE = re.compile(r"\*+\)?|\(\s*\*+\s*\)|\(\d\)|(?<=\s)\d\)|[¹²³⁴⁵⁶⁷⁸⁹]")
_CHECK_HYPHEN_BREAK = re.compile(r"(\w)-\s+(?!och\b|eller\b|samt\b)(\w)")


def recognisable_label(label: str) -> str:
    """A row label folded for recognition: lower case, no diacritics or footnote
    marks, line-break hyphenation joined ("netto- kostnad" -> "nettokostnad"),
    typical OCR confusions undone inside words ("Surnma" -> "summa", "k0stnader")."""
    s = _CHECK_FOOTNOTE.sub(" ", fold(label))
    s = re.sub(r"<[^>]+>", " ", s)
    s = _CHECK_HYPHEN_BREAK.sub(r"\1\2", s)
    words = []
    for word in re.findall(r"[\w]+", s):
        if re.search(r"[a-z]", word):
            word = word.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s")
        words.append(word)
    return " ".join(words)


_KEY_FOOTNOTE = re.compile(r"(\s*(\*+\)?|\(\d\)|\d\)|¹|²|³))+$")
_KEY_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010\u2011]\s+(?=[^\W\d_])")


@lru_cache(maxsize=65536)
def label_key(label: str) -> str:
    """A row label reduced to what identifies it: lower case, no diacritics,
    line-break hyphenation undone ("netto- kostnader"), footnote marks ("*)",
    "1)") and trailing colons dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", label).replace("\u00ad", "")
    text = " ".join(text.split())
    text = _KEY_HYPHEN_BREAK.sub("", text)
    text = _KEY_FOOTNOTE.sub("", text).rstrip(" :")
    return fold_spaces(text)




_WORDING_DASH = re.compile(r"\s[-–—]\s|[^\w\s%]")


@lru_cache(maxsize=65536)
def wording_key(text: str) -> str:
    """An item's wording reduced for comparison across documents: :func:`label_key`
    and every punctuation mark dropped ("Jämix – Jämställdhetsindex ska öka." →
    "jamix jamstalldhetsindex ska oka"); "%" is kept (it distinguishes "Resultat %")."""
    return " ".join(_WORDING_DASH.sub(" ", label_key(text)).split())
