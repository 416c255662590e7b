"""Header reconstruction: which leading rows are column headers, their
wrapped cells joined, spanning (group) cells above sub-column cells."""

from __future__ import annotations

import re
from typing import Sequence

from extractors.tables.columns import columns_of_chunk
from extractors.tables.lines import Chunk, TextLine, cell_of, chunks_of, empty_cell, first_fit_groups, joined_cells
from extractors.tables.vocab import HEADER_GAP, HEADER_WORDS, MONEYISH, is_value
from models.pagedata import TableCellGrid, Word


def is_header_like(cells: Sequence[TableCellGrid], first: bool) -> bool:
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


def header_row_count(rows: list[list[TableCellGrid]], limit: int = 3) -> int:
    """Leading header rows: the first header-like row, then rows below it
    that are bold headers or sit under a spanning header cell."""
    n = 0
    while n < min(limit, len(rows) - 1) and is_header_like(rows[n], first=(n == 0)):
        if n > 0 and not all(c.bold for c in rows[n] if c.text.strip()) and not has_span(rows[n - 1]):
            break
        n += 1
    return n


def has_span(row: Sequence[TableCellGrid]) -> bool:
    return any(a.text and a.text == b.text and a.bbox == b.bbox for a, b in zip(row[1:], row[2:]))


def merged_header_rows(rows: list[list[TableCellGrid]]) -> list[list[TableCellGrid]]:
    """Header rows whose cells only continue the cells above (hyphen-wrapped or
    lone continuations) are folded into the row above."""
    out: list[list[TableCellGrid]] = []
    for row in rows:
        if out and continues_above(out[-1], row):
            out[-1] = [joined_cells(a, b) for a, b in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def continues_above(upper: list[TableCellGrid], lower: list[TableCellGrid]) -> bool:
    pairs = [(a.text, b.text) for a, b in zip(upper, lower) if b.text.strip()]
    if not pairs:
        return True
    return all(a.strip().endswith("-") or (a.strip() and b.strip()[0].islower()) for a, b in pairs)


def is_header_line(ln: TextLine, columns: list[tuple[float, float]]) -> bool:
    texts = [c.text for c in ln.chunks]
    if any(MONEYISH.match(t.strip()) and not re.fullmatch(r"(?:19|20)\d\d", t.strip()) for t in texts[1:]):
        return False
    spans = [columns_of_chunk(c, columns) for c in ln.chunks]
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


def header_rows_of(lines: list[TextLine], columns: list[tuple[float, float]]) -> list[list[TableCellGrid]]:
    """Header lines → header rows.

    The lower band is the run of lines, ending in the fullest line, whose
    cells sit each in one column; lines above it form an upper band of
    spanning cells ("Budget 2024" over "Omsättning | Varav budgetram"),
    whose text is repeated in every column it spans.  Cells wrapped over
    lines are joined ("Omsätt-" + "ning")."""
    if not lines:
        return []
    ncol = len(columns)
    per_line = [[c for c in chunks_of(ln.words, HEADER_GAP * ln.size)] for ln in lines]
    value = [[c for c in chunks if columns_of_chunk(c, columns)[-1] > 0] for chunks in per_line]
    counts = [len(v) for v in value]
    full = max(range(len(lines)), key=lambda i: (counts[i], -i))
    split = full
    while split > 0 and value[split - 1] and all(sits_in_column(c, columns) for c in value[split - 1]):
        split -= 1
    upper_chunks = [c for chunks in value[:split] for c in chunks]
    if any(c.text.strip().endswith("-") for c in upper_chunks) or len(wrapped_blocks(upper_chunks)) >= ncol - 1:
        split = 0
    rows: list[list[TableCellGrid]] = []
    if split:
        rows.append(upper_cells(per_line[:split], columns))
    lower = lower_cells(per_line[split:], columns)
    if split:
        # label-column text of the upper lines belongs with the top-left cell
        top_left = [w for chunks in per_line[:split] for c in chunks if columns_of_chunk(c, columns)[-1] == 0 for w in c.words]
        if top_left:
            lower[0] = joined_cells(cell_of(top_left, mid_word=True), lower[0])
            rows[0][0] = empty_cell()
    rows.append(lower)
    return [r for r in rows if any(c.text for c in r)]


def sits_in_column(c: Chunk, columns: list[tuple[float, float]]) -> bool:
    """A header chunk right-aligned with (or inside) one value column's band."""
    ks = columns_of_chunk(c, columns)
    if len(ks) != 1 or ks[0] == 0:
        return False
    x0, x1 = columns[ks[0]]
    return abs(c.x1 - x1) <= 3.0 or (c.x0 >= x0 - 3.0 and c.x1 <= x1 + 3.0)


def wrapped_blocks(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """Chunks of consecutive lines that overlap horizontally: one wrapped cell each."""
    blocks = first_fit_groups(
        sorted(chunks, key=lambda c: (c.top, c.x0)),
        lambda b, c: min(c.x1, max(x.x1 for x in b)) - max(c.x0, min(x.x0 for x in b)) > 0,
    )
    blocks.sort(key=lambda b: min(x.x0 for x in b))
    return blocks


def block_cell(block: Sequence[Chunk]) -> TableCellGrid:
    return cell_of([w for c in block for w in c.words], mid_word=True)


def upper_cells(per_line: list[list[Chunk]], columns: list[tuple[float, float]]) -> list[TableCellGrid]:
    """Spanning header cells: with B blocks over C value columns and C a
    multiple of B, each block spans C/B columns in order; else each block
    covers the columns it overlaps."""
    ncol = len(columns)
    chunks = [c for line in per_line for c in line if columns_of_chunk(c, columns)[-1] > 0]
    blocks = wrapped_blocks(chunks)
    row = [empty_cell() for _ in range(ncol)]
    n_values = ncol - 1
    if blocks and n_values % len(blocks) == 0:
        width = n_values // len(blocks)
        for i, b in enumerate(blocks):
            cell = block_cell(b)
            for k in range(1 + i * width, 1 + (i + 1) * width):
                row[k] = TableCellGrid(cell.text, cell.bbox, cell.bold)
        return row
    for b in blocks:
        cell = block_cell(b)
        probe = Chunk([w for c in b for w in c.words])
        for k in columns_of_chunk(probe, columns):
            if k > 0:
                row[k] = TableCellGrid(cell.text, cell.bbox, cell.bold)
    return row


def lower_cells(per_line: list[list[Chunk]], columns: list[tuple[float, float]]) -> list[TableCellGrid]:
    merged: dict[int, list[Word]] = {}
    for chunks in per_line:
        for c in chunks:
            merged.setdefault(columns_of_chunk(c, columns)[0], []).extend(c.words)
    return [cell_of(merged.get(k, []), mid_word=True) for k in range(len(columns))]
