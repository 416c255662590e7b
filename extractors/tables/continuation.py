"""Tables continued over a page break: a table first on its page that
repeats the header of (or matches) the table last on the previous page is
joined to it as one :class:`ContinuedGrid`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional, Sequence

from models.contract import BBox
from models.layout import PageText, TableGrid


@dataclass
class ContinuedGrid(TableGrid):
    """A table merged over page breaks: ``row_pages[i]`` is the page of ``rows[i]``."""

    row_pages: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    part_bboxes: list[BBox] = field(default_factory=list)  # the table's box on each of ``pages``


def header_key(grid: TableGrid) -> tuple:
    return tuple(
        tuple(re.sub(r"[^a-zåäö0-9]", "", c.text.lower()) for c in row) for row in grid.header_rows
    )


def headers_match(a: tuple, b: tuple) -> bool:
    """The same header row, allowing OCR damage: diacritics ignored, and one
    cell missing on one side when at least two others agree."""
    if len(a) != len(b):
        return False
    fa = [without_diacritics(x) for x in a]
    fb = [without_diacritics(x) for x in b]
    same = sum(1 for x, y in zip(fa, fb) if x and x == y)
    missing = sum(1 for x, y in zip(fa, fb) if bool(x) != bool(y))
    conflict = sum(1 for x, y in zip(fa, fb) if x and y and x != y)
    return conflict == 0 and (missing == 0 or (missing == 1 and same >= 2)) and (same > 0 or not any(fa))


def without_diacritics(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c))


def merge_continued(grids: list[TableGrid], pages: Optional[Sequence[PageText]] = None) -> list[TableGrid]:
    """Join tables that continue over a page break into one :class:`ContinuedGrid`.

    A table first on its page continues the table last on the previous page
    when it repeats that header, or has no header and the same number of
    columns.  With ``pages`` given, there must also be no running text between
    the two (only the page's top/bottom margin bands)."""
    by_page = {p.number: p for p in pages} if pages else {}
    out: list[TableGrid] = []
    ordered = sorted(grids, key=lambda g: (g.page, g.bbox.top))
    for idx, g in enumerate(ordered):
        prev = out[-1] if out else None
        first_on_page = idx == 0 or ordered[idx - 1].page != g.page
        if prev is not None and first_on_page and g.page == last_page(prev) + 1 and same_table(prev, g) \
                and nothing_between(prev, g, by_page):
            out[-1] = merged_grid(prev, g)
        else:
            out.append(g)
    return out


def last_page(g: TableGrid) -> int:
    return max(getattr(g, "pages", None) or [g.page])


def ncols(g: TableGrid) -> int:
    rows = g.header_rows + g.rows
    return len(rows[0]) if rows else 0


def same_table(a: TableGrid, b: TableGrid) -> bool:
    if ncols(a) != ncols(b):
        return False
    if b.header_rows:
        return bool(a.header_rows) and headers_match(header_key(a)[-1], header_key(b)[-1])
    return a.ruled == b.ruled and abs(a.bbox.x0 - b.bbox.x0) < 15 and abs(a.bbox.x1 - b.bbox.x1) < 30


def nothing_between(a: TableGrid, b: TableGrid, by_page: dict[int, PageText], band: float = 0.075) -> bool:
    pa, pb = by_page.get(last_page(a)), by_page.get(b.page)
    a_box = (getattr(a, "part_bboxes", None) or [a.bbox])[-1]
    if pa is not None:
        limit = pa.height * (1 - band)
        if any(w.top > a_box.bottom + 1 and w.bottom < limit for w in pa.words):
            return False
    if pb is not None:
        limit = pb.height * band
        cap_ok = b.caption is None
        if not cap_ok:
            return False
        if any(w.bottom < b.bbox.top - 1 and w.top > limit for w in pb.words):
            return False
    return True


def merged_grid(a: TableGrid, b: TableGrid) -> ContinuedGrid:
    row_pages = list(getattr(a, "row_pages", None) or [a.page] * len(a.rows))
    pages = list(getattr(a, "pages", None) or [a.page])
    return ContinuedGrid(
        page=a.page,
        bbox=a.bbox,
        header_rows=a.header_rows,
        rows=a.rows + b.rows,
        caption=a.caption,
        ruled=a.ruled,
        continued=True,
        row_pages=row_pages + [b.page] * len(b.rows),
        pages=pages + [b.page],
        part_bboxes=list(getattr(a, "part_bboxes", None) or [a.bbox]) + [b.bbox],
    )
