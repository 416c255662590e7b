"""One page → its tables: ruled lattices first, then row-ruled stacks, then
headed text tables, then whitespace-aligned tables on the lines left free;
tables of contents and lists are dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.tables.aligned import aligned_tables
from extractors.tables.hruled import hruled_grid, rule_stacks, stack_segments
from extractors.tables.lattice import lattice_grid, lattices
from extractors.tables.lines import boxes_overlap, line_in, lines_of
from extractors.tables.rulings import joined_rulings
from extractors.tables.text_tables import TEXT_HEADER, headed_text_tables
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import DOT_LEADER, LIST_MARKER, SECTION_NUMBER
from models.contract import BBox
from models.pagedata import PageText, TableGrid


def find_tables(page: PageText, settings: TableSettings = TableSettings()) -> list[TableGrid]:
    """Tables on one page, top to bottom (ruled ones first found, then aligned);
    each grid's ``strategy`` names the finder that found it."""
    lines = lines_of(page.words, settings.chunk_gap)
    grids: list[TableGrid] = []
    taken: list[BBox] = []
    rulings = joined_rulings(page.rulings, settings)
    for box, hs, vs in lattices(rulings, settings):
        grid = lattice_grid(page, lines, box, hs, vs, settings)
        if grid is not None:
            grids.append(replace(grid, strategy="lattice"))
            taken.append(grid.bbox)
    for stack_box, stack_hs in rule_stacks(rulings, taken, lines, settings):
        for box, hs in stack_segments(lines, stack_box, stack_hs, settings):
            grid = hruled_grid(page, lines, box, hs, settings)
            if grid is not None:
                grids.append(replace(grid, strategy="hruled"))
                taken.append(grid.bbox)
    free = [ln for ln in lines if not any(line_in(ln, b) for b in taken)]
    for grid in headed_text_tables(page, free, settings):
        grids.append(replace(grid, strategy="headed_text"))
        taken.append(grid.bbox)
    free = [ln for ln in free if not any(line_in(ln, b) for b in taken)]
    for grid in aligned_tables(page, free, settings):
        if not any(boxes_overlap(grid.bbox, b) for b in taken):
            grids.append(replace(grid, strategy="aligned"))
    grids = [g for g in grids if not looks_like_toc(g) and not looks_like_list(g) and not looks_like_prose(g, settings)]
    grids.sort(key=lambda g: g.bbox.top)
    return grids


def table_word_indexes(page: PageText, grid: TableGrid, settings: TableSettings = TableSettings()) -> list[int]:
    """Indexes into ``page.words`` of the words that belong to ``grid``
    (inside its bbox, plus the caption line) — what running text must drop."""
    box = grid.bbox
    out = [i for i, w in enumerate(page.words) if w.centre_in(box)]
    if grid.caption:
        lines = lines_of(page.words, settings.chunk_gap)
        above = [ln for ln in lines if ln.bottom <= box.top + 1]
        if above:
            cap = above[-1]
            if re.sub(r"\s+", " ", cap.text).strip() == grid.caption:
                ids = {id(w) for w in cap.words}
                out += [i for i, w in enumerate(page.words) if id(w) in ids]
    return sorted(set(out))


def looks_like_list(grid: TableGrid) -> bool:
    """A bullet or numbered list read as a table: every label is a list marker."""
    if grid.ruled or grid.header_rows:
        return False
    labels = [r[0].text.strip() for r in grid.rows if r and r[0].text.strip()]
    return bool(labels) and all(LIST_MARKER.fullmatch(t) for t in labels)


def looks_like_prose(grid: TableGrid, settings: TableSettings = TableSettings()) -> bool:
    """Running text read as a table (two text columns side by side whose list
    dashes look like empty values): unruled, no column named as a text column
    ("Risk", "Åtgärd", "Indikatorer"), and its value cells mostly words, seldom
    numbers."""
    if grid.ruled or any(TEXT_HEADER.match(c.text.strip(" :")) for r in grid.header_rows for c in r):
        return False
    cells = [c.text.strip() for r in grid.rows for c in r[1:] if c.text.strip()]
    cells += [c.text.strip() for r in grid.header_rows for c in r[1:] if c.text.strip()]
    if not cells:
        return False
    numbers = sum(bool(re.search(r"\d", t)) for t in cells)
    wordy = sum(len(t.split()) >= settings.prose_cell_words for t in cells)
    return numbers < settings.prose_max_number_share * len(cells) and wordy >= settings.prose_wordy_share * len(cells)


def looks_like_toc(grid: TableGrid) -> bool:
    """A table of contents read as a table: dot leaders, or section numbers
    with a single column of rising page numbers."""
    rows = grid.rows
    if not rows:
        return False
    texts = [" ".join(c.text for c in r) for r in rows]
    if sum(bool(DOT_LEADER.search(t)) for t in texts) >= max(2, len(rows) // 2):
        return True
    if len(rows[0]) == 2:
        nums = [r[1].text for r in rows if r[1].text]
        labels = [r[0].text for r in rows if r[0].text]
        if nums and all(re.fullmatch(r"\d{1,3}", n) for n in nums):
            pages = [int(n) for n in nums]
            numbered = sum(bool(SECTION_NUMBER.match(l)) for l in labels)
            if pages == sorted(pages) and numbered >= len(labels) // 2:
                return True
    return False
