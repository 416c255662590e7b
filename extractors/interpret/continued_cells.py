"""A table cell that goes on over a page break.

Word lets a row break across pages: the rest of a tall cell is printed under
the repeated header on the next page, in a row of its own whose other cells
(status, outcome, target) are empty.  :func:`continues` tells such a row from
a new record that happens to have empty cells.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?:;)\]]\s*$")
# a cell that opens a record: its own text, then "Kommentar" (a report's comment inside the cell)
_OWN_COMMENT = re.compile(r"\S.*?\bKommentar\b", re.I | re.S)


def continues(before: str, text: str, others_empty: bool, first_on_page: bool) -> bool:
    """Whether ``text`` (the first row of a page, in a table continued from the page
    before) goes on with the cell ``before``: its other cells are empty and it starts in
    lower case, or ``before`` stops mid-sentence, or it is not a record of its own (no
    text of its own before a "Kommentar")."""
    if not (before and text and others_empty and first_on_page):
        return False
    if text[0].islower() or not _SENTENCE_END.search(before):
        return True
    return not _OWN_COMMENT.match(text)
