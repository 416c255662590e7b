"""Vocabulary of table cells: what reads as a value, a number, a header word,
a unit; the settings.  Pure functions of strings (joining wrapped lines is
:mod:`.wordbreaks`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


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


HEADER_GAP = 0.4  # × size: the gap that separates header cells
# a cell's paragraphs: a line gap wider than the cell's usual one (at most LINE_GAP × size)
# by PARAGRAPH_GAP × size parts them
LINE_GAP = 0.4
PARAGRAPH_GAP = 0.35



@dataclass(frozen=True)
class TableSettings:
    """Tunables, relative to the font size of the lines involved."""

    chunk_gap: float = 0.55  # a gap wider than this × size splits a line into cells
    row_gap: float = 1.6  # a vertical gap wider than this × size ends an unruled table
    text_row_gap: float = 1.3  # ... or, before a line without values, wider than this
    # a text table's rows padded apart: a gap up to this × size before a line that starts a
    # row in the first column and another column keeps the table going
    padded_row_gap: float = 3.5
    spacer_rows: float = 1.5  # ... unless empty spacer rows (this × the row pitch at most) lead on to aligned rows
    padded_rows: float = 1.15  # ... or, in a table whose rows are padded apart, wider than this × its row gap
    head_gap: float = 1.5  # a header line may stand this × the body's own line gap above it (padded rows)
    max_label_lines: int = 12  # label-only lines an unruled table spans between value rows (rows without values, labels wrapped in a narrow column)
    min_value_lines: int = 2
    max_header_lines: int = 5
    caption_gap: float = 1.8
    heading_size: float = 1.08  # a line this much larger than a text table's header is not one of its rows
    paragraph_pitch: float = 0.5  # × size: the most white space between two lines of one paragraph
    caption_max_words: int = 14
    # an unruled "table" whose value cells are mostly words (this many or more) and
    # less than this share numbers is running text set in columns
    prose_cell_words: int = 4
    prose_max_number_share: float = 0.25


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
