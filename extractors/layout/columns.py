"""Reading order of pages set in text columns, from geometry alone.

A page may set its running text in two columns with full-width elements (a
heading, a wide table or figure) between them.  Lines grouped across the
whole page width then hold words of both columns, and reading them top to
bottom interleaves the columns.  Here a page's lines (tables already cut out)
are cut into *bands*: runs of consecutive lines that share a vertical strip of
white space (the gutter) in the middle of the text area.  A line that crosses
the strip, or a table that does, ends a band.  Within a band the words left of
the gutter are read first, then those right of it, each column regrouped into
lines of its own.

Not a column layout, and so left alone: bands of fewer than
``ColumnSettings.min_lines`` lines, bands where one side stays empty (ragged
short lines, a list on the left), and bands whose sides read as numbers rather
than text (a table aligned by white space that the table stage did not take).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from models.pagedata import Line, Word

Interval = tuple[float, float]


@dataclass(frozen=True)
class ColumnSettings:
    """Tunables of the column reader; lengths relative to the body font size."""

    zone: float = 0.25  # the gutter lies between this share of the text width and 1 - it
    min_gutter: float = 0.9  # least gutter width (× body size): wider than a justified word space
    min_lines: int = 2  # least lines of a band read as columns
    min_side_lines: int = 2  # lines with words on each side of the gutter
    min_side_words: float = 1.5  # median words of a side's line: words, not a column of numbers
    min_word_share: float = 0.6  # share of a side's words that hold letters (heading numbers do not)


@dataclass
class Segment:
    """Lines read in one flow: a full-width run (``column`` 0) or one column
    (1 left, 2 right) of a band starting at ``top``.  ``right`` is where the
    segment's full lines end (its right margin)."""

    lines: list[Line]
    top: float
    column: int
    right: float


def _free(ln: Line, lo: float, hi: float) -> list[Interval]:
    """Parts of ``[lo, hi]`` no word of ``ln`` covers."""
    out: list[Interval] = []
    x = lo
    for w in sorted(ln.words, key=lambda w: w.x0):
        if w.x1 <= x:
            continue
        if w.x0 >= hi:
            break
        if w.x0 > x:
            out.append((x, w.x0))
        x = max(x, w.x1)
    if x < hi:
        out.append((x, hi))
    return out


def _intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi > lo:
                out.append((lo, hi))
    return out


def _widest(ivs: list[Interval]) -> Optional[Interval]:
    return max(ivs, key=lambda iv: iv[1] - iv[0]) if ivs else None


def _is_text(lines: Sequence[list[Word]], settings: ColumnSettings) -> bool:
    """A side of a band that holds running text: enough lines, several words
    each, mostly words rather than numbers."""
    filled = [ws for ws in lines if ws]
    if len(filled) < settings.min_side_lines:
        return False
    if statistics.median(len(ws) for ws in filled) < settings.min_side_words:
        return False
    words = [w.text for ws in filled for w in ws]
    alpha = sum(any(c.isalpha() for c in t) for t in words)
    return alpha >= settings.min_word_share * len(words)


def column_bands(lines: Sequence[Line], body: float, obstacles: Sequence[Interval] = (),
                 settings: ColumnSettings = ColumnSettings(),
                 blocked: Optional[Callable[[float, float, float], bool]] = None) -> list[tuple[int, int, float]]:
    """Bands of ``lines`` (sorted top to bottom) set in two columns:
    ``(first, last + 1, gutter_x)``.  ``blocked(top, bottom, x)`` says whether a
    full-width element (a table) crosses ``x`` between two lines."""
    if len(lines) < settings.min_lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    if width <= 0:
        return []
    lo, hi = left + settings.zone * width, right - settings.zone * width
    need = settings.min_gutter * body
    frees = [_free(ln, lo, hi) for ln in lines]
    bands: list[tuple[int, int, float]] = []

    def close(i: int, j: int, gutter: Optional[Interval]) -> bool:
        if gutter is None or j - i < settings.min_lines:
            return False
        x = (gutter[0] + gutter[1]) / 2
        sides = ([[w for w in ln.words if (w.x0 + w.x1) / 2 < x] for ln in lines[i:j]],
                 [[w for w in ln.words if (w.x0 + w.x1) / 2 >= x] for ln in lines[i:j]])
        if all(_is_text(side, settings) for side in sides):
            bands.append((i, j, x))
            return True
        return False

    i = 0
    while i < len(lines):
        cur = [iv for iv in frees[i] if iv[1] - iv[0] >= need]
        if not cur:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            nxt = [iv for iv in _intersect(cur, frees[j]) if iv[1] - iv[0] >= need]
            if not nxt:
                break
            g = _widest(nxt)
            if blocked is not None and g is not None and blocked(lines[j - 1].bottom, lines[j].top, (g[0] + g[1]) / 2):
                break
            cur = nxt
            j += 1
        # no band from line i: try again from the next line (a short full-width
        # line above the columns must not take the band's first line with it)
        i = j if close(i, j, _widest(cur)) else i + 1
    return bands


def reading_segments(lines: list[Line], body: float, regroup: Callable[[list[Word]], list[Line]],
                     blocked: Optional[Callable[[float, float, float], bool]] = None,
                     settings: ColumnSettings = ColumnSettings()) -> list[Segment]:
    """One page's lines (top to bottom) as segments in reading order: full-width
    runs as they are, each two-column band as its left column, then its right
    column, the words of each side regrouped into lines by ``regroup``."""
    edge = max((ln.x1 for ln in lines), default=0.0)
    bands = column_bands(lines, body, settings=settings, blocked=blocked)
    out: list[Segment] = []
    k = 0
    for i, j, x in bands:
        if k < i:
            out.append(Segment(lines[k:i], lines[k].top, 0, edge))
        words = [w for ln in lines[i:j] for w in ln.words]
        top = lines[i].top
        for col, side in ((1, [w for w in words if (w.x0 + w.x1) / 2 < x]),
                          (2, [w for w in words if (w.x0 + w.x1) / 2 >= x])):
            if side:
                col_lines = regroup(side)
                out.append(Segment(col_lines, top, col, max(ln.x1 for ln in col_lines)))
        k = j
    if k < len(lines):
        out.append(Segment(lines[k:], lines[k].top, 0, edge))
    return out
