"""Readings of a number that OCR may have damaged (pure functions).

OCR damages Swedish numbers in a few typical ways (seed 003): the decimal
comma dropped ("2 627,9" → "26279") or read as a space ("242,5" → "242 5") or
a period ("544,3" → "544.3"); ``O`` for ``0`` and ``l``/``I``/``|`` for ``1``.
:func:`candidate_readings` lists the readings in order of plausibility; it
never decides.  The tables stage keeps a reading only when the table's
arithmetic or the column's number format confirms it
(``extractors.validate.checks.would_be_consistent``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from extractors.money.amounts import group_thousands

# minus signs as printed, and as OCR misreads them ("=73,9", "~73,9", "_73,9")
_MINUS = "-\u2212\u2013\u2014=~_¬"
_LETTER_DIGITS = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1"}
_SPACES = "\u00a0\u202f\u2009 "
# a number printed correctly in Swedish form (thousands space, decimal comma)
_VALID = re.compile(r"[-\u2212\u2013]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?%?")


def format_swedish(int_digits: str, decimals: str = "", negative: bool = False) -> str:
    """'2627', '9' → '2 627,9' (space thousands separator, decimal comma)."""
    text = group_thousands(int_digits.lstrip("0") or "0") + (f",{decimals}" if decimals else "")
    return ("-" if negative else "") + text


def _value(text: str) -> Decimal:
    return Decimal(text.replace(" ", "").replace(",", "."))


def _normalise(raw: str) -> Optional[tuple[bool, str, str]]:
    """(negative, body, suffix) with OCR letter confusions mapped to digits,
    or None when ``raw`` is not a damaged number."""
    s = raw.strip().strip("|[](){}*")
    for ch in _SPACES:
        s = s.replace(ch, " ")
    s = s.strip()
    suffix = ""
    if s.endswith("%"):
        s, suffix = s[:-1].rstrip(), "%"
    negative = False
    if s and s[0] in _MINUS:
        negative, s = True, s[1:].lstrip()
    if not s:
        return None
    digits = sum(c.isdigit() for c in s)
    confusable = sum(c in _LETTER_DIGITS for c in s)
    # a number needs digits; letters may stand in for some of them, but a
    # word such as "Iol" made only of look-alikes needs at least one digit
    if digits == 0 or digits + confusable < sum(c.isalnum() or c == "|" for c in s):
        return None
    s = "".join(_LETTER_DIGITS.get(c, c) for c in s)
    if not re.fullmatch(r"[\d][\d ,.]*", s) or not s[-1].isdigit():
        return None
    return negative, s, suffix


def _readings(body: str) -> list[tuple[str, str]]:
    """(integer digits, decimals) readings of a digits-and-separators body,
    most plausible first."""
    out: list[tuple[str, str]] = []
    if "," in body:
        head, _, dec = body.rpartition(",")
        if "," not in head and dec.isdigit():
            groups = re.split(r"[ .]", head)
            if all(g.isdigit() for g in groups):
                out.append(("".join(groups), dec))
        return out
    if "." in body:
        head, _, tail = body.rpartition(".")
        head_groups = head.split(" ")
        if tail.isdigit() and all(g.isdigit() for g in head_groups):
            if len(tail) == 3:  # "1.339": thousands point, or decimals
                out.append(("".join(head_groups) + tail, ""))
                out.append(("".join(head_groups), tail))
            else:  # "544.3": a decimal comma read as a period
                out.append(("".join(head_groups), tail))
        return out
    groups = body.split(" ")
    if not all(g.isdigit() for g in groups):
        return out
    if len(groups) > 1:
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            out.append(("".join(groups), ""))  # a correctly grouped integer
        if len(groups[-1]) <= 2:  # "242 5": decimal comma read as a space
            out.append(("".join(groups[:-1]), groups[-1]))
        if not out:  # stray spaces inside digits
            digits = "".join(groups)
            out += _digit_readings(digits)
        return out
    return _digit_readings(groups[0])


def _digit_readings(digits: str) -> list[tuple[str, str]]:
    """An unbroken digit run: as printed, then with a dropped decimal comma
    restored before the last one or two digits."""
    out = [(digits, "")]
    for k in (1, 2):
        if len(digits) > k:
            out.append((digits[:-k], digits[-k:]))
    return out


def candidate_readings(raw: str) -> list[str]:
    """Plausible readings of an OCR'd number, best first, in Swedish print
    form; a reading that is already valid stays first as printed ("26279" →
    ["26279", "2 627,9", "262,79"]; "544.3" → ["544,3"];
    "242 5" → ["242,5"]; "l0O" → ["100", "10,0", "1,00"]).  Readings with the
    same value appear once; a non-number gives []."""
    norm = _normalise(raw)
    if norm is None:
        return []
    negative, body, suffix = norm
    seen: set[Decimal] = set()
    out: list[str] = []
    printed = raw.strip()
    if _VALID.fullmatch(printed):  # already a valid number: keep it as printed, first
        seen.add(_value(format_swedish(*_readings(body)[0], negative)))
        out.append(printed)
    for int_digits, decimals in _readings(body):
        text = format_swedish(int_digits, decimals, negative)
        value = _value(text)
        if value in seen:
            continue
        seen.add(value)
        out.append(text + suffix)
    return out
