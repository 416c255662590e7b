"""OCR: a percent sign Tesseract read as something else.

At small sizes Tesseract reads "%" as "Yo", "/o", "KC" … after a number
("5,1 /o"), and as the digits "96" or "26" after a label word ("Resultat %."
→ "Resultat 96.").  A reading that is not a word or a number is safe to repair
from its left neighbour alone; a reading as digits is a real number far more
often, so it is repaired only when the glyph box itself says "%": one "%" is
narrower than two digits (≈ 1.4 digit widths of ink against ≈ 2), Tesseract
was unsure of it, and it follows its label or number at a word space (after
a number two digits are no thousands group either: those have three).

A "%" glued to its number ("5,1%" read "5,1940", "5,10", "43,6346",
"46,93Y0") is repaired by :func:`glued_reading`: after a decimal comma and one
or two decimals, a tail no number has ("Y0", "/0", "9Y6") always; a tail of
digits ("96", "46", "40", "940", "0", "4" …) only on the word's own evidence
together — Tesseract very unsure (below ``GLUED_UNSURE``), no thousands group
before the comma (a percent, not an amount), not right after a confidently
read plain number (a row of amounts), and the box: with a tail of two or more
digits the reading has three decimals or more, which Swedish tables never
print, and the box is no wider than halfway to those digits; a one-digit tail
("5,10") must make the box wider than halfway to a "%" (a "%" is wider than a
digit; only after one decimal, so the reading has two).  A confidently read
"5,196" in a money table stays.

:func:`percent_reading` is pure: the token, its box, its confidence, its left
neighbour and the page's digit width in, the repaired text (or None) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median
from typing import Optional, Sequence

NUMBERISH = re.compile(r"[-\u2212\u2013+<>]?\d[\d\s,.\-\u2013\u2014]*$")  # "96", "2 627,9", "90-100"
# readings of "%" that are neither words nor numbers: repaired after a number
AFTER_NUMBER = frozenset({"Yo", "yo", "Y%", "%o", "°%", "9%o", "/o", "o/o", "0/o", "Vo", "KC"})
# … and of those, the ones no Swedish text has after a word either
AFTER_LABEL = frozenset({"Y%", "%o", "°%", "9%o", "/o", "o/o", "0/o", "KC"})
# readings of "%" as digits (seen: "96" at 400 dpi, "26" at 300 dpi of a 150-dpi scan)
AS_DIGITS = frozenset({"96", "26", "%6", "9%"})
# ink widths in digit widths: one "%" against one digit; trailing ".,;:)" ≈ half a digit
PERCENT_INK = 1.4
PUNCT_INK = 0.5
# Tesseract's confidence in a "%" it read as digits stays below this
UNSURE = 90.0
# the box height of a digit in digit widths (a digit is ≈ 0.55 em wide, ≈ 0.72 em tall)
HEIGHT_PER_DIGIT = 1.3


# a "%" glued to the decimals of its number
GLUED = re.compile(r"(?P<int>[-\u2212\u2013]?\d{1,3}),(?P<rest>\d[0-9A-Za-z/%°]*)")
# … read as glyphs no number has: "46,93Y0", "53,85/0", "43,639Y6", "5,1Yo"
GLUED_JUNK = re.compile(r"\d{0,2}[Y/%°K][0-9oOC%]{0,2}|[Vy]o")
# … read as digits, longest first ("5,1940", "43,6346", "5,196", "5,10", "4,84")
GLUED_DIGITS = ("946", "940", "96", "46", "40", "26", "6", "4", "0")
# Tesseract's confidence in a glued "%" read as digits (seen: 0–55) stays below this
GLUED_UNSURE = 60.0


@dataclass(frozen=True)
class Token:
    """What :func:`percent_reading` needs of an OCR'd word (pixels)."""

    text: str
    left: float
    width: float
    height: float
    conf: float


def digit_width(tokens: Sequence[Token], min_conf: float = 85.0) -> Optional[float]:
    """The page's ink width of one digit: the median over confidently read
    numbers of two digits or more (None when the page has none)."""
    per = [t.width / len(t.text) for t in tokens if t.text.isdigit() and len(t.text) >= 2 and t.conf >= min_conf]
    return median(per) if per else None


def _is_label(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2 and not any(c.isdigit() for c in text)


def percent_reading(tok: Token, prev: Optional[Token], digit_w: Optional[float] = None) -> Optional[str]:
    """``tok``'s text with the misread "%" repaired, or None when it stays.

    ``prev`` is the word before it on the same text line (None: first on the
    line); ``digit_w`` the page's digit width (:func:`digit_width`), else
    estimated from the token's own height."""
    glued = glued_reading(tok, prev, digit_w)
    if glued is not None:
        return glued
    if prev is None:
        return None
    bare = tok.text.rstrip(",.;:)")
    tail = tok.text[len(bare):]
    gap = tok.left - (prev.left + prev.width)
    at_word_space = 0 <= gap <= 1.2 * max(tok.height, prev.height)
    if NUMBERISH.match(prev.text):
        if bare in AFTER_NUMBER:
            return "%" + tail
        # two digits after a number are no thousands group (those have three):
        # a "%" when the box says so
        return "%" + tail if at_word_space and _percent_box(tok, bare, tail, digit_w) else None
    if not _is_label(prev.text) or not at_word_space:
        return None  # not the label's own word: a value in a column of its own
    if bare in AFTER_LABEL:
        return "%" + tail if tok.conf < UNSURE else None
    return "%" + tail if _percent_box(tok, bare, tail, digit_w) else None


def _percent_box(tok: Token, bare: str, tail: str, digit_w: Optional[float]) -> bool:
    """A digit reading of one "%": unsure, and nearer the width of a "%" than
    of the digits read."""
    if bare not in AS_DIGITS or tok.conf >= UNSURE:
        return False
    dw = digit_w or tok.height / HEIGHT_PER_DIGIT
    as_read = _ink(bare) + len(tail) * PUNCT_INK
    as_percent = PERCENT_INK + len(tail) * PUNCT_INK
    return tok.width < dw * (as_read + as_percent) / 2


def _ink(text: str) -> float:
    """Ink width of ``text`` in digit widths (a comma or period ≈ half a digit)."""
    return sum(PERCENT_INK if c == "%" else PUNCT_INK if c in ",." else 1.0 for c in text)


def glued_reading(tok: Token, prev: Optional[Token], digit_w: Optional[float] = None) -> Optional[str]:
    """``tok``'s text with a "%" glued to its number repaired ("5,1940" → "5,1%"),
    or None (see the module text for the evidence asked)."""
    bare = tok.text.rstrip(",.;:)")
    tail = tok.text[len(bare):]
    m = GLUED.fullmatch(bare)
    if m is None:
        return None
    whole, rest = m.group("int"), m.group("rest")
    for k in (2, 1):
        if rest[:k].isdigit() and GLUED_JUNK.fullmatch(rest[k:]):
            return f"{whole},{rest[:k]}%{tail}"
    if not rest.isdigit() or tok.conf >= GLUED_UNSURE or _after_amount(prev):
        return None
    dw = digit_w or tok.height / HEIGHT_PER_DIGIT
    for digits in GLUED_DIGITS:
        decimals = rest[: len(rest) - len(digits)]
        if not rest.endswith(digits) or not 1 <= len(decimals) <= 2:
            continue
        number = f"{whole},{decimals}"
        as_read = _ink(f"{number}{digits}") + len(tail) * PUNCT_INK
        as_percent = _ink(f"{number}%") + len(tail) * PUNCT_INK
        halfway = dw * (as_read + as_percent) / 2
        if len(digits) >= 2 and tok.width < halfway:
            return f"{number}%{tail}"  # three decimals or more: no printed number has them
        if len(digits) == 1 and len(decimals) == 1 and tok.width > halfway and float(number.replace(",", ".").lstrip("-\u2212\u2013")) <= 100:
            return f"{number}%{tail}"  # wider than the digits read: the last glyph is a "%"
    return None


def _after_amount(prev: Optional[Token]) -> bool:
    """A plain number read with confidence just before: a row of amounts."""
    return prev is not None and bool(NUMBERISH.match(prev.text)) and prev.conf >= UNSURE \
        and not prev.text.rstrip(",.;:)").endswith("%")
