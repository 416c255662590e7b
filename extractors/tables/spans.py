"""Vertically merged cells (Word's ``vMerge``, HTML ``rowspan``) in tables
ruled between rows: a cell merged down over several rows has no rule across
it where the rows below it are ruled off, and its text flows from the top of
the span past those rows (a risk cell beside three action rows).  Such a
cell belongs to the top row of its span: :func:`home_bands` gives every word
that row, so the merged text is read as one cell and no row gets a piece of
it.

Works on the band edges (the y of each row rule) and the column bounds of
one table; a border is missing over a column when no horizontal rule on that
edge covers the middle of the column.
"""

from __future__ import annotations

from typing import Optional, Sequence

from extractors.tables.settings import TableSettings
from models.pagedata import Ruling, Word


def covered(rulings: Sequence[Ruling], y: float, x0: float, x1: float,
            settings: TableSettings = TableSettings()) -> bool:
    """A horizontal rule on ``y`` runs across the middle of the column ``x0..x1``."""
    tol = settings.rule_cluster
    inset = settings.rule_inset * (x1 - x0)
    return any(r.horizontal and abs((r.top + r.bottom) / 2 - y) <= tol and r.x0 <= x0 + inset and r.x1 >= x1 - inset
               for r in rulings)


def open_edges(rulings: Sequence[Ruling], ys: Sequence[float], xs: Sequence[float],
               settings: TableSettings = TableSettings()) -> list[list[bool]]:
    """``open[b][k]``: no rule on the edge ``ys[b]`` above band ``b`` over
    column ``k`` (the cell of band ``b`` in column ``k`` goes on from the band
    above).  The first band is never open; an edge no rule covers at all is
    no row border and leaves every column closed (there is no row there)."""
    ncol = len(xs) - 1
    out = [[False] * ncol]
    for y in ys[1:-1]:
        row = [not covered(rulings, y, xs[k], xs[k + 1], settings) for k in range(ncol)]
        out.append([False] * ncol if all(row) else row)
    return out


def band_of(cy: float, ys: Sequence[float]) -> Optional[int]:
    """The band (between ``ys[b]`` and ``ys[b + 1]``) that holds ``cy``."""
    for b in range(len(ys) - 1):
        if ys[b] - 1 <= cy <= ys[b + 1] + 1:
            return b
    return None


def column_of(cx: float, xs: Sequence[float]) -> int:
    """The column (between ``xs[k]`` and ``xs[k + 1]``) that holds ``cx``."""
    k = 0
    while k + 1 < len(xs) - 1 and cx >= xs[k + 1]:
        k += 1
    return k


def home_bands(words: Sequence[Word], ys: Sequence[float], xs: Sequence[float],
               rulings: Sequence[Ruling], settings: TableSettings = TableSettings()) -> list[list[Word]]:
    """Words → the band of their row: the band they are printed in, or for a
    word in a merged cell the top band of the merge.  Each word in exactly
    one band."""
    edges = open_edges(rulings, ys, xs, settings)
    bands: list[list[Word]] = [[] for _ in range(max(0, len(ys) - 1))]
    for w in words:
        b = band_of((w.top + w.bottom) / 2, ys)
        if b is None:
            continue
        k = column_of((w.x0 + w.x1) / 2, xs)
        while b > 0 and edges[b][k]:
            b -= 1
        bands[b].append(w)
    return bands
