"""Line breaks undone: lines joined into running text, and the lines of a
wrapped table cell joined.  Two behaviours, on purpose:

* :func:`join_lines` — running text (paragraphs, list items, headings): a
  line-final hyphen goes unless a joiner word, a capital or an acronym says
  it is the word's own; words are always separated at a line break;
* :func:`join_wrapped` — a table cell's lines: the same, decided on the
  vocabulary's evidence, and in header cells (``mid_word``) also words a
  narrow column broke without a hyphen.

Which line break fell inside a word of a cell:

Three kinds of break meet at a line end, and each is decided from evidence
about the words, never from a producer:

* a **hyphenation** ("Omsätt-" / "ning"): the hyphen goes, the word closes;
* a word's **own hyphen** the line broke at ("investering-" / "kalkyl",
  "IT-" / "stöd", "Hälso-" / "och sjukvård"): the hyphen stays.  Evidence:
  an upper-case or digit stem, a joiner word after it, the hyphenated
  spelling in the vocabulary, or Swedish compounding — a first element
  ending in -ing/-het/-tion/-itet/-dom/-skap/-nad joins the next one with a
  linking *s* ("investeringskalkyl"), so a hyphen right after such a
  complete word, before a consonant, is not a hyphenation but the writer's;
* a word broken **without a hyphen** in a narrow column (header cells only:
  ``mid_word``): "Omsättnin" / "g", "Utfallsavvik" / "else".  Evidence: the
  joined word is in the vocabulary or is a compound of vocabulary words
  while the two fragments are not both words.

The vocabulary is the shipped Swedish word list (``data/sv_words.txt``)
with simple inflections, plus the genre's header words (:data:`HEADER_STEMS`).
Pure functions of strings.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from extractors.text.joiners import COMPOUND_JOINERS
from extractors.text.wordlist import wordlist


HEADER_STEMS = frozenset("""
    belopp bokslut budget prognos utfall avvikelse omsättning varav budgetram helår period
    målvärde indikator styrtal verksamhet risk åtgärd status kommentar antal procent objekt
    objektbeskrivning ansvar investering kalkyl total totalt summa intäkt kostnad netto
    resultat förändring beslutad årsarbetare mnkr tkr
""".split())
"""The genre's column-header words (money, indicator and control-plan tables)."""

INFLECTIONS = ("arna", "erna", "orna", "ar", "er", "or", "en", "et", "na", "n", "a", "s", "t", "e")
"""Endings by which a vocabulary word may differ from the form printed."""

LINKING_S_SUFFIXES = ("ing", "het", "tion", "sion", "itet", "dom", "skap", "nad")
"""First elements ending so take a linking -s- in a Swedish compound."""

_LETTERS = "a-zåäöéüæø"
_TAIL = re.compile(rf"([{_LETTERS}]+)$", re.I)
_HEAD = re.compile(rf"([{_LETTERS}]+)", re.I)
_VOWELS = set("aeiouyåäöéü")


@functools.lru_cache(maxsize=4096)
def is_known(word: str) -> bool:
    """A vocabulary word, up to a simple inflection ("investering" for
    "investeringar"), or one of the genre's header words."""
    w = word.lower()
    if len(w) < 2:
        return False
    words = wordlist()
    if w in words or w in HEADER_STEMS:
        return True
    if len(w) >= 4 and any(w + e in words for e in INFLECTIONS):
        return True
    return any(w.endswith(e) and len(w) - len(e) >= 4 and (w[: -len(e)] in words or w[: -len(e)] in HEADER_STEMS)
               for e in INFLECTIONS)


@functools.lru_cache(maxsize=4096)
def is_compound(word: str, parts: int = 3) -> bool:
    """``word`` read as a compound of up to ``parts`` vocabulary words of
    three letters or more, a linking "s" allowed after each element
    ("utfalls|avvikelse", "investerings|kalkyl" needs "kalkyl" known)."""
    w = word.lower()
    if parts < 2 or len(w) < 6:
        return False
    for i in range(3, len(w) - 2):
        first, rest = w[:i], w[i:]
        if not is_known(first) and not (first.endswith("s") and len(first) > 3 and is_known(first[:-1])):
            continue
        if is_known(rest) or is_compound(rest, parts - 1):
            return True
    return False


def is_word_like(word: str) -> bool:
    return is_known(word) or is_compound(word)


def is_mid_word_break(prev: str, nxt: str, after: str = "") -> bool:
    """A header word wrapped without a hyphen: ``prev`` ends in the first
    fragment, ``nxt`` starts (lower-case) with the rest ("Omsättnin" / "g",
    "Total investeri" / "ng-kalkyl", "Utfallsavvik" / "else").  A word
    broken over three lines has a middle line of one fragment: ``after``,
    the line below, may complete it ("Omsätt" / "nin" / "g")."""
    m1, m2 = _TAIL.search(prev), _HEAD.match(nxt)
    if not m1 or not m2 or not nxt[0].islower() or m2.end() < len(nxt) and nxt[m2.end()] in ".:)":
        return False
    a, b = m1.group(1).lower(), m2.group(1).lower()
    token = re.match(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*", nxt, re.I).group(0).lower()
    if "-" in token and token in wordlist():
        return False  # "Utfall" / "jan-dec 2021": the next line starts with a word of its own
    if b in COMPOUND_JOINERS or len(a) < 2:
        return False
    words = wordlist()
    if b in words and len(b) > 3 and not is_word_like(a + b):
        return False
    if a + b in words and (a not in words or len(b) <= 3):
        return True  # a listed word ("omsättning"; "Omsättn" / "ing" even where the list holds a stray "omsättn")
    if len(b) <= 2 and b not in words and len(a) >= 3:
        return True
    if is_word_like(a + b) and not (is_word_like(a) and is_word_like(b)):
        return True
    if linking_form(a) and is_word_like(b) and len(b) >= 4:
        return True  # "Utfalls" / "avvikelse": a first element in its compound form
    m3 = _HEAD.match(after) if after and after[0].islower() else None
    if m3 and m2.end() == len(nxt.strip()) and not is_word_like(b):
        bc = b + m3.group(1).lower()
        if a + bc in wordlist():
            return True  # "Budget" / "avvike" / "lse": the listed word
        if is_word_like(a) and is_word_like(bc) and not linking_form(a):
            return False  # "Varav" / "bud" / "getram": the break is inside the next word
        return is_word_like(a + bc)
    return False


def linking_form(word: str) -> bool:
    """A compound's first element with its linking s ("utfalls", "investerings"):
    a known indefinite stem plus "s" — not a definite genitive ("verksamhetens",
    "årets"), which stands as a word of its own."""
    w = word.lower()
    if not w.endswith("s") or len(w) < 5:
        return False
    stem, words = w[:-1], wordlist()
    if stem.endswith(("en", "et", "na", "s")):
        return False
    return stem in words or stem in HEADER_STEMS or any(stem + e in words for e in ("ar", "er", "en", "et"))


def keeps_own_hyphen(stem: str, head: str) -> bool:
    """``stem-`` at a line end, ``head`` starting the next line, both
    lower-case letters: the hyphen is the word's own, not a hyphenation."""
    s, h = stem.lower(), head.lower()
    words = wordlist()
    if s + h in words:
        return False
    if f"{s}-{h}" in words:
        return True
    linking = any(s.endswith(x) for x in LINKING_S_SUFFIXES) and len(s) >= 6
    return linking and h[0] not in _VOWELS and is_known(s)


_LINE_END_HYPHEN = re.compile(r"\s*[\u00ad\u2010\u2011]$")


def _hyphen_at_end(part: str) -> str:
    """A line's text with a hyphenation mark at its end as a plain "-": a
    soft hyphen or U+2010/U+2011 as browsers print them, even as a word of
    its own ("budget ‐" → "budget-")."""
    return _LINE_END_HYPHEN.sub("-", part.strip())


def joined_at_hyphen(out: str, part: str) -> str:
    """``out`` ending in "-" followed by the line ``part``."""
    first = part.split()[0]
    prev = out[-2]
    if first.lower() in COMPOUND_JOINERS or first.startswith(","):
        return out + " " + part
    if prev.islower() and part[0].islower():
        m1, m2 = _TAIL.search(out[:-1]), _HEAD.match(part)
        if m1 and m2 and keeps_own_hyphen(m1.group(1), m2.group(1)):
            return out + part
        return out[:-1] + part
    return out + part


def join_wrapped(parts: Sequence[str], mid_word: bool = False) -> str:
    """Join the lines of a wrapped cell: hyphenation undone ("Omsätt-"+"ning"),
    real compound hyphens kept ("Hälso-"+"och sjukvård", "IT-"+"stöd",
    "investering-"+"kalkyl"); with ``mid_word`` also words broken without a
    hyphen ("investeri"+"ng", "Utfallsavvik"+"else")."""
    out = ""
    lines = [q for q in (_hyphen_at_end(p) for p in parts) if q]
    for i, part in enumerate(lines):
        if not out:
            out = part
            continue
        if mid_word and is_mid_word_break(out, part, lines[i + 1] if i + 1 < len(lines) else ""):
            out = out + part
        elif out[-1] in "–—" and part[0].isdigit():
            out = out + part  # a range broken after its dash: "77–" + "80"
        elif out.endswith("-") and len(out) >= 2:
            out = joined_at_hyphen(out, part)
        else:
            out = out + " " + part
    return re.sub(r"\s+", " ", out).strip()

def join_lines(texts: Iterable[str]) -> str:
    """Join line texts into running text, undoing line-end hyphenation."""
    out = ""
    for raw in texts:
        t = " ".join(raw.split())
        if not t:
            continue
        if not out:
            out = t
            continue
        if out.endswith("-") and len(out) >= 2 and out[-2].isalpha():
            nxt = t.split(" ", 1)[0]
            prev_word = out.rsplit(" ", 1)[-1][:-1]
            if nxt.lower().strip(",.") in COMPOUND_JOINERS or not nxt[:1].isalpha():
                out = out + " " + t  # "ekonomi- och inköpssystem"
            elif nxt[:1].isupper() or prev_word.isupper() or (len(prev_word) <= 3 and prev_word.isupper()):
                out = out + t  # "IT-" + "Stöd" / "Region-" + "Örebro": keep the hyphen
            else:
                out = out[:-1] + t  # "Regionser-" + "vice"
        else:
            out = out + " " + t
    return out
