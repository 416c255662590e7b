"""Header reconstruction: which leading rows are column headers, their
wrapped cells joined, spanning (group) cells above sub-column cells."""

from __future__ import annotations

import re
from typing import Sequence

from extractors.tables.columns import columns_of_chunk
from extractors.tables.lines import Chunk, TextLine, cell_of, chunks_of, empty_cell, first_fit_groups, joined_cells
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import HEADER_WORDS, MONEYISH, is_value
from models.pagedata import GridCell, Word


def is_header_like(cells: Sequence[GridCell], first: bool) -> bool:
    """A row that reads as column headers: short texts, no values (years
    allowed), header words or bold."""
    texts = [c.text.strip() for c in cells]
    filled = [c for c in cells if c.text.strip()]
    if not filled:
        return False
    if any(len(t.split()) > 7 for t in texts):
        return False
    for t in texts[1:]:
        if t and is_value(t) and not re.search(r"(?:^|\s)(?:19|20)\d\d$", t):
            return False  # a value (a header cell may end in a year: "Budget 2024", OCR'd ": 2026")
    vocab = any(HEADER_WORDS.search(t) for t in texts)
    bold = all(c.bold for c in filled)
    if first:
        return vocab or (bold and len(filled) >= 2)
    return (bold and (vocab or len(filled) >= 2)) or (vocab and len(filled) >= 2)


def header_row_count(rows: list[list[GridCell]], limit: int = 3) -> int:
    """Leading header rows: the first header-like row, then rows below it
    that are bold headers or sit under a spanning header cell."""
    n = 0
    while n < min(limit, len(rows) - 1) and is_header_like(rows[n], first=(n == 0)):
        if n > 0 and not all(c.bold for c in rows[n] if c.text.strip()) and not has_span(rows[n - 1]) \
                and not groups_over(rows[n - 1], rows[n]):
            break
        n += 1
    return n


def has_span(row: Sequence[GridCell]) -> bool:
    return any(a.text and a.text == b.text and a.bbox == b.bbox for a, b in zip(row[1:], row[2:]))


def spread_group_labels(rows: list[list[GridCell]]) -> list[list[GridCell]]:
    """Group labels printed unmerged: in an upper header row, a label standing
    in its first sub-column's cell with the cells right of it empty, over a
    lowest header row filled under each of them ("Budget 2024" | "" over
    "Omsättning" | "Varav budgetram"), spans those cells as a merged group
    cell would — as many as the labels' own spacing gives each group (so a
    column of its own after the last group, "Förändring %", stays its own).
    A sub-column whose own header names a year beside a label with a year
    ("Prognos 2023" under nothing, next to "Budget 2024") is a column of its
    own, not one of the group's."""
    if len(rows) < 2:
        return rows
    lowest = rows[-1]
    out = [list(r) for r in rows]
    for row in out[:-1]:
        labels = [k for k in range(1, len(row)) if row[k].text.strip()]
        strides = {b - a for a, b in zip(labels, labels[1:])}
        width = strides.pop() if len(strides) == 1 else None
        for k0 in labels:
            left = row[k0]
            k = k0 + 1
            while k < min(len(row), len(lowest)) and (width is None or k < k0 + width):
                if row[k].text.strip() or not lowest[k].text.strip() or not lowest[k - 1].text.strip():
                    break
                if has_year(left.text) and has_year(lowest[k].text):
                    break
                row[k] = GridCell(left.text, left.bbox, left.bold)
                k += 1
    return out


def has_year(text: str) -> bool:
    return re.search(r"\b(?:19|20)\d\d\b", text) is not None


def groups_over(upper: Sequence[GridCell], lower: Sequence[GridCell]) -> bool:
    """``upper`` is a row of group labels over ``lower``: some label stands over
    two filled cells of ``lower``, repeated over both or with the cell right
    of it empty (a group label printed unmerged)."""
    for k in range(2, min(len(upper), len(lower))):
        a, b = upper[k - 1].text.strip(), upper[k].text.strip()
        if a and (not b or b == a) and lower[k - 1].text.strip() and lower[k].text.strip():
            return True
    return False


def merged_header_rows(rows: list[list[GridCell]]) -> list[list[GridCell]]:
    """Header rows whose cells only continue the cells above (hyphen-wrapped or
    lone continuations) are folded into the row above."""
    out: list[list[GridCell]] = []
    for row in rows:
        if out and continues_above(out[-1], row):
            out[-1] = [joined_cells(a, b) for a, b in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def continues_above(upper: list[GridCell], lower: list[GridCell]) -> bool:
    pairs = [(a.text, b.text) for a, b in zip(upper, lower) if b.text.strip()]
    if not pairs:
        return True
    return all(a.strip().endswith("-") or (a.strip() and b.strip()[0].islower()) for a, b in pairs)


def header_columns(c: Chunk, columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> list[int]:
    """The columns a header chunk heads: as :func:`columns_of_chunk`, but a
    chunk that starts past the middle of the label column and reaches on into
    past the middle of the gap after it is a value column's header wider than its numbers
    ("Budgetavvikelse 2021" over "3,4", centred or right-aligned), not a
    label-column text (those start at the label column's left edge)."""
    ks = columns_of_chunk(c, columns, settings)
    if ks[0] == 0 and len(columns) > 1 and c.x0 > (columns[0][0] + columns[0][1]) / 2 \
            and c.x1 > (columns[0][1] + columns[1][0]) / 2:
        return ks[1:] or [1]
    return ks


def is_header_line(ln: TextLine, columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> bool:
    texts = [c.text for c in ln.chunks]
    if any(MONEYISH.match(t.strip()) and not re.fullmatch(r"(?:19|20)\d\d", t.strip()) for t in texts[1:]):
        return False
    spans = [header_columns(c, columns, settings) for c in ln.chunks]
    if any(ks[0] == 0 and ks[-1] > 0 for ks in spans):
        return False  # running text or a caption reaching over the value columns
    over_values = [c for c, ks in zip(ln.chunks, spans) if ks[-1] > 0]
    if not over_values:
        return False
    if any(c.x0 <= columns[-1][1] < c.x1 - 60 for c in ln.chunks):
        return False  # a line running on past the last column
    if HEADER_WORDS.search(ln.text) or ln.bold:
        return True
    return len(ln.chunks) >= 2 or any(c.text.strip().endswith("-") for c in ln.chunks)


def header_rows_of(lines: list[TextLine], columns: list[tuple[float, float]],
                   settings: TableSettings = TableSettings()) -> list[list[GridCell]]:
    """Header lines → header rows.

    The lower band is the run of lines, ending in the fullest line, whose
    cells sit each in one column; lines above it form an upper band of
    spanning cells ("Budget 2024" over "Omsättning | Varav budgetram"),
    whose text is repeated in every column it spans.  Cells wrapped over
    lines are joined ("Omsätt-" + "ning")."""
    if not lines:
        return []
    ncol = len(columns)
    per_line = [[p for c in chunks_of(ln.words, settings.header_gap * ln.size) for p in repeated_halves(c, columns, settings)]
                for ln in lines]
    value = [[c for c in chunks if header_columns(c, columns, settings)[-1] > 0] for chunks in per_line]
    counts = [len(v) for v in value]
    full = max(range(len(lines)), key=lambda i: (counts[i], -i))
    split, stride = full, 0
    while split > 0 and value[split - 1] and all(sits_in_column(c, columns, settings) or over_one(c, value[full]) for c in value[split - 1]):
        stride = unmerged_group_line(value[split - 1], value[split:full + 1], columns, settings)
        if stride:
            break
        split -= 1
    upper_chunks = [c for chunks in value[:split] for c in chunks]
    if any(c.text.strip().endswith("-") for c in upper_chunks) or len(wrapped_blocks(upper_chunks)) >= ncol - 1:
        split = 0
    rows: list[list[GridCell]] = []
    if split:
        rows.append(upper_cells(per_line[:split], columns, stride, settings))
    lower = lower_cells(per_line[split:], columns, settings)
    if split:
        # label-column text of the upper lines belongs with the top-left cell
        top_left = [w for chunks in per_line[:split] for c in chunks if header_columns(c, columns, settings)[-1] == 0 for w in c.words]
        if top_left:
            lower[0] = joined_cells(cell_of(top_left, mid_word=True, settings=settings), lower[0])
            rows[0][0] = empty_cell()
    rows.append(lower)
    return spread_group_labels([r for r in rows if any(c.text for c in r)])


def repeated_halves(c: Chunk, columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> list[Chunk]:
    """A chunk printing one phrase twice over two columns ("Budget Budget",
    "2024 2024": a group label repeated over each sub-column, the columns
    too close for a cell gap) → the two halves, one per column."""
    ws = c.words
    n = len(ws) // 2
    if len(ws) < 2 or len(ws) % 2 or [w.text for w in ws[:n]] != [w.text for w in ws[n:]]:
        return [c]
    a, b = Chunk(list(ws[:n])), Chunk(list(ws[n:]))
    if header_columns(a, columns, settings) == header_columns(b, columns, settings):
        return [c]
    return [a, b]


def unmerged_group_line(upper: Sequence[Chunk], below: Sequence[Sequence[Chunk]],
                        columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> int:
    """A header line of group labels printed unmerged: each label in the first
    of an equal number g ≥ 2 of sub-columns (columns k, k+g, k+2g, …; columns
    of their own such as "Enhet" or "Förändring %" may stand beside the
    groups), the lines below filling every value column, and no label wrapped
    on into the line below (a hyphen at its end, a lower-case word or a bare
    year under it: that is one cell's text wrapped, "Prognos" / "2023").
    The group width g, or 0 when the line is no such row."""
    ks = sorted(header_columns(c, columns, settings)[0] for c in upper)
    if len(ks) < 2 or ks[0] < 1:
        return 0
    g = ks[1] - ks[0]
    if g < 2 or any(b - a != g for a, b in zip(ks, ks[1:])) or ks[-1] + g > len(columns):
        return 0
    under: dict[int, list[Chunk]] = {}
    for line in below:
        for c in line:
            for k in header_columns(c, columns, settings):
                under.setdefault(k, []).append(c)
    if any(k not in under for k in range(ks[0], ks[-1] + g)):
        return 0
    for c in upper:
        first = min(under[header_columns(c, columns, settings)[0]], key=lambda x: x.top).text.strip()
        if c.text.strip().endswith("-") or not first or first[0].islower() or re.fullmatch(r"(?:19|20)\d\d", first):
            return 0
    return g


def over_one(c: Chunk, full: Sequence[Chunk]) -> bool:
    """A header chunk over exactly one cell of the fullest header line, its
    centre within that cell's extent: the upper part of that cell (a wrapped
    or bottom-aligned header), not a label centred over several."""
    over = [f for f in full if min(c.x1, f.x1) - max(c.x0, f.x0) > 0]
    mid = (c.x0 + c.x1) / 2
    return len(over) == 1 and over[0].x0 <= mid <= over[0].x1


def sits_in_column(c: Chunk, columns: list[tuple[float, float]], settings: TableSettings = TableSettings()) -> bool:
    """A header chunk right-aligned with (or inside) one value column's band."""
    ks = header_columns(c, columns, settings)
    if len(ks) != 1 or ks[0] == 0:
        return False
    x0, x1 = columns[ks[0]]
    tol = settings.header_edge_tol
    return abs(c.x1 - x1) <= tol or (c.x0 >= x0 - tol and c.x1 <= x1 + tol)


def wrapped_blocks(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """Chunks of consecutive lines that overlap horizontally: one wrapped cell each."""
    blocks = first_fit_groups(
        sorted(chunks, key=lambda c: (c.top, c.x0)),
        lambda b, c: min(c.x1, max(x.x1 for x in b)) - max(c.x0, min(x.x0 for x in b)) > 0,
    )
    blocks.sort(key=lambda b: min(x.x0 for x in b))
    return blocks


def block_cell(block: Sequence[Chunk], settings: TableSettings = TableSettings()) -> GridCell:
    return cell_of([w for c in block for w in c.words], mid_word=True, settings=settings)


def upper_cells(per_line: list[list[Chunk]], columns: list[tuple[float, float]], stride: int = 0,
                settings: TableSettings = TableSettings()) -> list[GridCell]:
    """Spanning header cells: with B blocks over C value columns and C a
    multiple of B, each block spans C/B columns in order; else each block
    covers the columns it overlaps.  Group labels printed unmerged (``stride``
    g > 0: each in the first of its g sub-columns) span that column and the
    g - 1 right of it."""
    ncol = len(columns)
    chunks = [c for line in per_line for c in line if header_columns(c, columns, settings)[-1] > 0]
    blocks = wrapped_blocks(chunks)
    row = [empty_cell() for _ in range(ncol)]
    n_values = ncol - 1
    if stride:
        for b in blocks:
            cell = block_cell(b, settings)
            first = header_columns(Chunk([w for c in b for w in c.words]), columns, settings)[0]
            for k in range(max(1, first), min(ncol, first + stride)):
                row[k] = GridCell(cell.text, cell.bbox, cell.bold)
        return row
    if blocks and n_values % len(blocks) == 0:
        width = n_values // len(blocks)
        for i, b in enumerate(blocks):
            cell = block_cell(b, settings)
            for k in range(1 + i * width, 1 + (i + 1) * width):
                row[k] = GridCell(cell.text, cell.bbox, cell.bold)
        return row
    for b in blocks:
        cell = block_cell(b, settings)
        probe = Chunk([w for c in b for w in c.words])
        for k in header_columns(probe, columns, settings):
            if k > 0:
                row[k] = GridCell(cell.text, cell.bbox, cell.bold)
    return row


def lower_cells(per_line: list[list[Chunk]], columns: list[tuple[float, float]],
                settings: TableSettings = TableSettings()) -> list[GridCell]:
    merged: dict[int, list[Word]] = {}
    for chunks in per_line:
        for c in chunks:
            merged.setdefault(header_columns(c, columns, settings)[0], []).extend(c.words)
    return [cell_of(merged.get(k, []), mid_word=True, settings=settings) for k in range(len(columns))]
