"""Where each block of a spec landed: the page map the renderer fills while drawing.

Every block (and every item row inside a block) records the PDF page it starts
on; the expected JSON (:mod:`samples.generator.expected`) takes its ``page``
numbers from there.  :class:`KeyedParagraph` and :class:`KeyedTable` are the
flowables that record themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from reportlab.platypus import Paragraph, Table as RLTable

Key = tuple[int, ...]


@dataclass
class PageMap:
    """Where each block (``(i,)``) and each item part (``(i, j)``) of a spec
    started, as 1-based PDF page numbers, plus the total page count."""

    pages: dict[Key, int] = field(default_factory=dict)
    total_pages: int = 0

    def record(self, key: Optional[Key], page: int) -> None:
        if key is not None and key not in self.pages:
            self.pages[key] = page

    def page(self, *key: int) -> int:
        """The page of ``key``; falls back to the block's own page."""
        if key in self.pages:
            return self.pages[key]
        if key[:1] in self.pages:
            return self.pages[key[:1]]
        raise KeyError(key)


class KeyedParagraph(Paragraph):
    """A paragraph that records the page it is drawn on (first fragment only)."""

    spec_key: Optional[Key] = None
    page_map: Optional[PageMap] = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            part.spec_key = self.spec_key if n == 0 else None
            part.page_map = self.page_map
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        if self.page_map is not None:
            self.page_map.record(self.spec_key, canvas.getPageNumber())
        super().drawOn(canvas, x, y, _sW)


class KeyedTable(RLTable):
    """A table that records the page each keyed row is drawn on; keys follow
    the rows through page splits (repeated header rows carry no key)."""

    spec_key: Optional[Key] = None
    row_keys: tuple[Optional[Key], ...] = ()
    page_map: Optional[PageMap] = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) >= 2:
            keys = list(self.row_keys)
            first = len(parts[0]._cellvalues)
            parts[0].row_keys = keys[:first]
            rest = keys[first:]
            n1 = len(parts[1]._cellvalues)
            parts[1].row_keys = [None] * (n1 - len(rest)) + rest
            for n, part in enumerate(parts):
                part.spec_key = self.spec_key if n == 0 else None
                part.page_map = self.page_map
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        if self.page_map is not None:
            page = canvas.getPageNumber()
            self.page_map.record(self.spec_key, page)
            for key in self.row_keys:
                self.page_map.record(key, page)
        super().drawOn(canvas, x, y, _sW)
