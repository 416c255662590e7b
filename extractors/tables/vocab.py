"""Vocabulary of table cells: what reads as a value, a number, a header word,
a unit.  Pure functions of strings (joining wrapped lines is
:mod:`extractors.text.dehyphenate`; the thresholds are :mod:`.settings`)."""

from __future__ import annotations

import re


NUM = r"[-−–+]?\s?\d[\d \u00a0\u202f]*(?:[,.]\d+)?"


VALUE = re.compile(
    rf"^(?:[<>≤≥~]|ca\.?)?\s*\(?{NUM}\)?\s*(?:%|procent|st|kr|mnkr|tkr|mkr|tim|h|dagar|dgr|min|sek|s|ggr)?\.?"
    rf"(?:\s+\({NUM}\s*%?\))?$"
    rf"|^[<>≤≥]?\s*{NUM}\s*[-–—]\s*{NUM}\s*(?:%|st|mnkr|tkr)?$"  # ranges "77–80", "90–100 %"
    rf"|^{NUM}\s*(?:%|Yo|°o|9o|%o)$"  # OCR'd percent signs
    r"|^[-−–—x■□●○✓]$",
    re.I,
)


MONEYISH = re.compile(rf"^\(?{NUM}\)?$")


STATUS = re.compile(
    r"^(?:helt|delvis|inte\s+alls|ej\s+uppfyllt|uppfyllt|v[äa]rde\s+saknas|p[åa]g[åa]r|klar|"
    r"ej\s+p[åa]b[öo]rjad|p[åa]b[öo]rjad|genomf[öo]rd|ej\s+genomf[öo]rd|ja|nej|"
    r"ing[åa]r(\s+i\s+ovan)?|ej\s+aktuellt|saknas|uppgift\s+saknas|n/a)\.?$",
    re.I,
)


HEADER_WORDS = re.compile(
    r"\b(?:budget\w*|prognos\w*|utfall\w*|bokslut\w*|belopp\w*|m[åa]lv[äa]rde\w*|indikator\w*|styrtal|"
    r"verksamhet|risk|[åa]tg[äa]rd\w*|status|kommentar|mnkr|tkr|procent|antal|oms[äa]tt\w*|varav|"
    r"avvikelse|helår|period|objekt\w*|ansvar\w*|(?:19|20)\d\d)\b",
    re.I,
)


YEAR = re.compile(r"^(?:19|20)\d\d(?:[-–/]\d{2,4})?$")


SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S")


DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")


LIST_MARKER = re.compile(r"[•●▪■◦○·\-–—*]|\(cid:\d+\)|[\uf000-\uf0ff]|\d{1,2}[.)]|[a-zåäö][.)]")


CAPTION_START = re.compile(r"^(?:tabell|tab\.|figur|diagram|bilaga)\b", re.I)


UNIT = re.compile(r"\b(?:mnkr|mkr|mnrk|tkr|kr|msek|procent)\b|\((?:tkr|mnkr|mkr|kr)\)", re.I)


RULE_GLYPH = re.compile(r"[|¦_—―=~]+")


def is_value(text: str) -> bool:
    """A cell text that reads as a table value: number, percentage, status, dash."""
    t = text.strip()
    return bool(t) and (bool(VALUE.match(t)) or bool(STATUS.match(t)))


def is_number(text: str) -> bool:
    """A cell text that reads as a plain number (possibly with %, sign, unit)."""
    t = text.strip()
    return bool(t) and bool(VALUE.match(t)) and any(c.isdigit() for c in t)


ROW_NUMBER = re.compile(r"^\d{1,2}[.)]\s")


OPEN_WORDS = {"och", "av", "för", "i", "på", "med", "till", "samt", "inom", "vid", "om", "mot", "från", "inkl.", "exkl."}
