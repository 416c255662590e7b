"""A cell's text that goes on over a page break.

Word lets a row break across pages: the rest of a tall cell is printed under
the repeated header on the next page, in a row of its own whose other cells
(status, outcome, target) are empty.  :func:`text_goes_on` is the rule on the
two texts alone (the first has no sentence end, or the second starts in lower
case); :func:`cell_continues` tells such a row from a new record that happens
to have empty cells.  (Tables that continue as a whole are joined in
:mod:`extractors.tables.continuation`; a wrapped row label in
:mod:`extractors.tables.rows`.)
"""

from __future__ import annotations

import re

from extractors.text.joiners import CELL_TEXT_END

# a cell that opens a record: its own text, then "Kommentar" (a report's comment inside the cell)
_OWN_COMMENT = re.compile(r"\S.*?\bKommentar\b", re.I | re.S)


def text_goes_on(before: str, after: str) -> bool:
    """Text cut by a page break: the part before has no sentence end, or the part after starts in lower case."""
    return bool(before) and bool(after) and (not CELL_TEXT_END.search(before) or after[0].islower())


def cell_continues(before: str, text: str, others_empty: bool, first_on_page: bool) -> bool:
    """Whether ``text`` (the first row of a page, in a table continued from the page
    before) goes on with the cell ``before``: its other cells are empty and it starts in
    lower case, or ``before`` stops mid-sentence, or it is not a record of its own (no
    text of its own before a "Kommentar")."""
    if not (before and text and others_empty and first_on_page):
        return False
    if text_goes_on(before, text):
        return True
    return not _OWN_COMMENT.match(text)
