"""Tables continued over a page break: a table first on its page that
repeats the header of (or matches) the table last on the previous page is
joined to it as one :class:`ContinuedGrid`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from extractors.tables.lines import joined_cells, lines_of
from extractors.tables.settings import TableSettings
from extractors.text.joiners import SENTENCE_END
from extractors.text.wordlist import wordlist
from models.contract import BBox
from models.pagedata import Block, PageText, GridCell, TableGrid, Word
from extractors.text.folding import strip_diacritics


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
    fa = [strip_diacritics(x) for x in a]
    fb = [strip_diacritics(x) for x in b]
    same = sum(1 for x, y in zip(fa, fb) if x and x == y)
    missing = sum(1 for x, y in zip(fa, fb) if bool(x) != bool(y))
    conflict = sum(1 for x, y in zip(fa, fb) if x and y and x != y)
    return conflict == 0 and (missing == 0 or (missing == 1 and same >= 2)) and (same > 0 or not any(fa))


def merge_continued(grids: list[TableGrid], pages: Optional[Sequence[PageText]] = None,
                    settings: TableSettings = TableSettings()) -> list[TableGrid]:
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
        if prev is not None and first_on_page and g.page == last_page(prev) + 1 and same_table(prev, g, settings) \
                and nothing_between(prev, g, by_page, settings):
            out[-1] = merged_grid(prev, g)
        else:
            out.append(g)
    return out


def last_page(g: TableGrid) -> int:
    return max(getattr(g, "pages", None) or [g.page])


def ncols(g: TableGrid) -> int:
    rows = g.header_rows + g.rows
    return len(rows[0]) if rows else 0


def same_table(a: TableGrid, b: TableGrid, settings: TableSettings = TableSettings()) -> bool:
    if ncols(a) != ncols(b):
        return False
    if b.header_rows:
        return bool(a.header_rows) and headers_match(header_key(a)[-1], header_key(b)[-1])
    return a.ruled == b.ruled and abs(a.bbox.x0 - b.bbox.x0) < settings.continued_left \
        and abs(a.bbox.x1 - b.bbox.x1) < settings.continued_right


def nothing_between(a: TableGrid, b: TableGrid, by_page: dict[int, PageText],
                    settings: TableSettings = TableSettings()) -> bool:
    """No running text between the end of ``a`` and the start of ``b``: only
    the page's top/bottom margin band (``settings.end_band``), or lines of
    stray furniture (:func:`is_stray_furniture`) within ``settings.furniture_band``."""
    band, furniture_band = settings.end_band, settings.furniture_band
    pa, pb = by_page.get(last_page(a)), by_page.get(b.page)
    a_box = (getattr(a, "part_bboxes", None) or [a.bbox])[-1]
    if pa is not None:
        below = [w for w in pa.words if w.top > a_box.bottom + 1 and w.bottom < pa.height * (1 - band)]
        if not _furniture_only(below, lambda w: w.top >= pa.height * (1 - furniture_band)):
            return False
    if pb is not None:
        if b.caption is not None:
            return False
        above = [w for w in pb.words if w.bottom < b.bbox.top - 1 and w.top > pb.height * band]
        if not _furniture_only(above, lambda w: w.bottom <= pb.height * furniture_band):
            return False
    return True


def _furniture_only(words: Sequence[Word], in_band) -> bool:
    lines = lines_of(words, 1e9)
    return all(all(in_band(w) for w in ln.words) and is_stray_furniture(ln.text) for ln in lines)


_TOKEN_LETTERS = re.compile(r"[a-zåäöéü]{3,}", re.I)


def is_stray_furniture(text: str, max_tokens: int = 8) -> bool:
    """A short line that reads as no text: OCR'd footer/header garbage
    ("[5] 0 NN ND -11-28"), a page number, a date: at most ``max_tokens``
    tokens and not one word of three letters or more that is a Swedish word."""
    tokens = text.split()
    if not tokens or len(tokens) > max_tokens:
        return False
    words = wordlist()
    return not any(m.lower() in words for t in tokens for m in _TOKEN_LETTERS.findall(t))


def continues(a: TableGrid, b: TableGrid, settings: TableSettings = TableSettings()) -> bool:
    """``b`` (first on its page) can continue ``a`` (last on the page before)."""
    return b.page == last_page(a) + 1 and same_table(a, b, settings) and b.caption is None


def joined_over_furniture(a: TableGrid, between: Sequence[Block], b: TableGrid,
                          page_heights: Optional[dict[int, float]] = None,
                          settings: TableSettings = TableSettings()) -> bool:
    """Whether ``b`` continues ``a`` with only stray furniture between them: each
    block in ``between`` a short line of unrecognised text below ``a`` on its
    last page or above ``b`` on its page, within the page's top/bottom margin
    band (``settings.furniture_band``) where the page heights are known."""
    band = settings.furniture_band
    if not between or not continues(a, b, settings):
        return False
    a_box = (getattr(a, "part_bboxes", None) or [a.bbox])[-1]
    for blk in between:
        if blk.kind not in ("paragraph", "list_item") or not is_stray_furniture(blk.text):
            return False
        height = (page_heights or {}).get(blk.page)
        if blk.page == last_page(a):
            if blk.bbox.top < a_box.bottom - 1 or (height and blk.bbox.top < height * (1 - band)):
                return False
        elif blk.page == b.page:
            if blk.bbox.bottom > b.bbox.top + 1 or (height and blk.bbox.bottom > height * band):
                return False
        else:
            return False
    return True


def label_goes_on(last: Sequence[GridCell], first: Sequence[GridCell]) -> bool:
    """A row broken by the page: one of the two halves holds a label only, the
    label before the break has no sentence end, and the one after it starts
    with a lower-case word ("Verksamhetens  181 …" / "nettokostnader", or
    "Verksamhetens" / "nettokostnader  181 …")."""
    if not last or not first:
        return False
    if any(c.text.strip() for c in last[1:]) and any(c.text.strip() for c in first[1:]):
        return False
    above, below = last[0].text.strip(), first[0].text.strip()
    return bool(above) and bool(below) and below[0].islower() and not SENTENCE_END.search(above) \
        and not above.endswith(":")


def merged_grid(a: TableGrid, b: TableGrid) -> ContinuedGrid:
    row_pages = list(getattr(a, "row_pages", None) or [a.page] * len(a.rows))
    pages = list(getattr(a, "pages", None) or [a.page])
    a_rows, b_rows = list(a.rows), list(b.rows)
    if a_rows and b_rows and label_goes_on(a_rows[-1], b_rows[0]):
        last, first = a_rows.pop(), b_rows.pop(0)
        a_rows.append([joined_cells(x, y, mid_word=False) for x, y in zip(last, first)])
    return ContinuedGrid(
        page=a.page,
        bbox=a.bbox,
        header_rows=a.header_rows,
        rows=a_rows + b_rows,
        caption=a.caption,
        ruled=a.ruled,
        continued=True,
        strategy=a.strategy,
        row_pages=row_pages + [b.page] * len(b_rows),
        pages=pages + [b.page],
        part_bboxes=list(getattr(a, "part_bboxes", None) or [a.bbox]) + [b.bbox],
    )
