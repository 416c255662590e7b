"""Words and marks that decide how printed lines join.

* :data:`COMPOUND_JOINERS` — after one of these a line-final hyphen is a
  compound hyphen, kept with a space: "ekonomi- och inköpssystem";
* :data:`SENTENCE_END` — a line that ends a sentence (running text, table
  rows, headings): a full stop, "!", "?", ":" or ";", perhaps closed by a
  bracket or a quote;
* :data:`CELL_TEXT_END` — a cell's text that stops at its end: the same
  marks, or a closing bracket alone ("(se bilaga)"), trailing spaces allowed;
  used where a table cell may go on in the next row or page.
"""

from __future__ import annotations

import re

COMPOUND_JOINERS = frozenset({"och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "&", "utan"})
SENTENCE_END = re.compile(r"[.!?:;]\)?[”\"']?$")
CELL_TEXT_END = re.compile(r"[.!?:;)\]]\s*$")
