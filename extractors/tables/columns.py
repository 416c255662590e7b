"""Columns of an unruled (or row-ruled) table from whitespace: value chunks
stacked into x-ranges, each chunk assigned to the column(s) it covers."""

from __future__ import annotations

import statistics
from typing import Sequence

from extractors.tables.lines import Chunk, TextLine, chunks_of, word_size
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import LIST_MARKER
from models.pagedata import Word


def widened_label_column(columns: list[tuple[float, float]], lines: Sequence[TextLine],
                         settings: TableSettings = TableSettings()) -> list[tuple[float, float]]:
    """Label-only lines (wrapped labels, group rows) widen the label column up
    to where the first value column's content starts."""
    limit = columns[1][0] - 2
    right = columns[0][1]
    for ln in lines:
        if len(ln.chunks) == 1 and ln.x1 < limit and ln.x0 <= columns[0][0] + settings.label_indent:
            right = max(right, ln.x1)
    return [(columns[0][0], right)] + list(columns[1:])


def header_only_columns(head: list[TextLine], columns: list[tuple[float, float]],
                        settings: TableSettings = TableSettings()) -> list[tuple[float, float]]:
    """A column right of the last one that only the header fills ("Status"
    over rows whose status is empty): one extra column for those chunks."""
    if not head:
        return []
    edge = columns[-1][1]
    beyond = [c for ln in head for c in ln.chunks if c.x0 > edge + settings.column_margin * ln.size]
    if not beyond:
        return []
    return [(min(c.x0 for c in beyond), max(c.x1 for c in beyond))]


def fits_columns(ln: TextLine, columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> bool:
    """Every chunk of ``ln`` lies within one column."""
    return all(len(columns_of_chunk(c, columns, settings)) == 1 for c in ln.chunks)


def value_columns(lines: list[TextLine], settings: TableSettings = TableSettings()) -> list[tuple[float, float]]:
    """Column x-ranges: the union of overlapping chunk extents of value lines."""
    spans = sorted((c.x0, c.x1) for ln in lines for c in ln.chunks)
    out: list[list[float]] = []
    for x0, x1 in spans:
        if out and x0 <= out[-1][1] + settings.column_join:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def marker_columns_merged(lines: list[TextLine], columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A column holding only list marks ("1.", "2.", "•") is the marks of the text
    column right of it (a numbered list in a cell), not a column of its own."""
    out = list(columns)
    k = 0
    while k < len(out) - 1:
        x0, x1 = out[k]
        texts = [c.text.strip() for ln in lines for c in ln.chunks if c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
        if texts and all(LIST_MARKER.fullmatch(t) for t in texts):
            out[k:k + 2] = [(x0, out[k + 1][1])]
            continue
        k += 1
    return out


def columns_consistent(lines: list[TextLine], columns: list[tuple[float, float]],
                       settings: TableSettings = TableSettings()) -> bool:
    """Value chunks stack: in each value column their right or left edges align."""
    if len(lines) < 2:
        return False
    for x0, x1 in columns[1:]:
        chunks = [c for ln in lines for c in ln.chunks if c.x0 >= x0 - 1 and c.x1 <= x1 + 1]
        if len(chunks) < 2:
            continue
        tol = max(settings.align_tol_pt, settings.align_tol * statistics.median(word_size(w) for c in chunks for w in c.words))
        rights = [c.x1 for c in chunks]
        lefts = [c.x0 for c in chunks]
        centers = [(c.x0 + c.x1) / 2 for c in chunks]
        if not any(max(v) - min(v) <= tol * 2 for v in (rights, lefts, centers)):
            # allow a few misfits (OCR)
            med = statistics.median(rights)
            if sum(abs(r - med) <= tol for r in rights) < settings.aligned_share * len(rights):
                return False
    return True


def column_range(columns: list[tuple[float, float]], k: int) -> tuple[float, float]:
    """The x-range owned by column ``k``: from the right edge of the column
    before (numbers are right-aligned, headers may start further left) to its
    own right edge — between the label column and the first value column, the
    middle of the gap; the first and last columns are open-ended."""
    def boundary(j: int) -> float:  # between column j and j + 1
        if j == 0 and len(columns) > 1:
            # labels are left-aligned and values mostly right-aligned: split the gap
            return (columns[0][1] + columns[1][0]) / 2 if columns[1][0] > columns[0][1] else columns[0][1]
        return columns[j][1]

    lo = boundary(k - 1) if k > 0 else float("-inf")
    hi = boundary(k) if k < len(columns) - 1 else float("inf")
    return lo, hi


def columns_of_chunk(chunk: Chunk, columns: list[tuple[float, float]],
                     settings: TableSettings = TableSettings()) -> list[int]:
    """Columns a chunk covers: the one holding it, or several when it spans
    (a substantial part of it lies in each)."""
    width = max(1.0, chunk.x1 - chunk.x0)
    overlaps = []
    for k in range(len(columns)):
        lo, hi = column_range(columns, k)
        overlaps.append(max(0.0, min(chunk.x1, hi) - max(chunk.x0, lo)))
    best = max(range(len(columns)), key=lambda k: overlaps[k])
    hits = [k for k in range(len(columns)) if overlaps[k] >= settings.span_share * width or k == best]
    return sorted(hits)


def line_cells(ln: TextLine, columns: list[tuple[float, float]],
               settings: TableSettings = TableSettings()) -> dict[int, list[Word]]:
    out: dict[int, list[Word]] = {}
    for c in ln.chunks:
        ks = columns_of_chunk(c, columns, settings)
        out.setdefault(ks[0], []).extend(c.words)
    return out


def merged_exclusive_columns(
    columns: list[tuple[float, float]], body: Sequence[TextLine], head: Sequence[TextLine],
    settings: TableSettings = TableSettings(),
) -> list[tuple[float, float]]:
    """Two neighbouring value bands never filled on the same line, with no
    header cell of their own each, are one column printed with mixed
    alignment (left-aligned "Helt" above right-aligned "54%")."""
    cols = list(columns)
    k = 1
    while k + 1 < len(cols):
        a, b = cols[k], cols[k + 1]

        def hits(ln: TextLine, band: tuple[float, float]) -> bool:
            return any(min(c.x1, band[1]) - max(c.x0, band[0]) > 0 for c in ln.chunks)

        shared = any(hits(ln, a) and hits(ln, b) for ln in body)
        gap_free = not any(c.x0 < a[1] and c.x1 > b[0] for ln in body for c in ln.chunks)
        headed = [c for ln in head for c in chunks_of(ln.words, settings.header_gap * ln.size)]
        own_a = any(min(c.x1, a[1]) - max(c.x0, a[0]) > 0 and c.x1 < b[0] for c in headed)
        own_b = any(min(c.x1, b[1]) - max(c.x0, b[0]) > 0 and c.x0 > a[1] for c in headed)
        filled = all(any(hits(ln, band) for ln in body) for band in (a, b))  # not a header-only column
        if not shared and filled and gap_free and not (own_a and own_b) and head:
            cols[k:k + 2] = [(a[0], b[1])]
        else:
            k += 1
    return cols
