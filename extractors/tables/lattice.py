"""Ruled grids: the lattice of horizontal and vertical rulings → bands
(rows) and cells (spans between the vertical rules crossing a band; a missing
inner rule makes a spanning cell)."""

from __future__ import annotations

from typing import Optional, Sequence

from extractors.tables.headers import header_row_count, merged_header_rows, spread_group_labels
from extractors.tables.lines import TextLine, caption_above, cell_of, clustered, joined_cells, lines_of, median_size
from extractors.tables.rows import band_records, expanded_spans
from extractors.tables.spans import home_bands
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import YEAR, is_number
from models.contract import BBox
from models.pagedata import PageText, Ruling, GridCell, TableGrid, Word


def lattices(rulings: Sequence[Ruling],
             settings: TableSettings = TableSettings()) -> list[tuple[BBox, list[Ruling], list[Ruling]]]:
    """Connected groups of touching rulings with ≥ 2 horizontal and ≥ 2 vertical lines."""
    tol = settings.ruling_touch
    hs = [r for r in rulings if r.horizontal and r.x1 - r.x0 >= settings.lattice_min_hrule]
    vs = [r for r in rulings if not r.horizontal and r.bottom - r.top >= settings.lattice_min_vrule]
    items = hs + vs
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touch(a: Ruling, b: Ruling) -> bool:
        return (
            a.x0 - tol <= b.x1 and b.x0 - tol <= a.x1 and a.top - tol <= b.bottom and b.top - tol <= a.bottom
        )

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if touch(items[i], items[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for idx in groups.values():
        gh = [items[i] for i in idx if items[i].horizontal and items[i].x1 - items[i].x0 >= settings.lattice_min_hrule]
        gv = [items[i] for i in idx if not items[i].horizontal]
        if len(clustered([r.top for r in gh], settings.lattice_cluster)) >= 2 \
                and len(clustered([r.x0 for r in gv], settings.lattice_cluster)) >= 2:
            box = BBox.union([BBox(x0=r.x0, top=r.top, x1=r.x1, bottom=r.bottom) for r in gh + gv])
            out.append((box, gh, gv))
    return out


def lattice_grid(
    page: PageText, lines: list[TextLine], box: BBox, hs: list[Ruling], vs: list[Ruling], settings: TableSettings
) -> Optional[TableGrid]:
    xs = clustered([(r.x0 + r.x1) / 2 for r in vs], settings.rule_cluster)
    if xs[0] - box.x0 > settings.edge_margin:
        xs.insert(0, box.x0)
    if box.x1 - xs[-1] > settings.edge_margin:
        xs.append(box.x1)
    ys = band_edges(hs, box, settings)
    ncol = len(xs) - 1
    words = [w for w in page.words if w.centre_in(box)]
    if not words or ncol < 2:
        return None
    raw_rows: list[list[tuple[list[Word], int]]] = []  # (words, span) per cell
    row_band: list[int] = []  # the ruled band each raw row came from
    numeric_rows: list[bool] = []
    body_started = False
    # a cell merged down over several bands (no rule across it) is read in its top band
    for band_no, (top, bottom, band) in enumerate(zip(ys, ys[1:], home_bands(words, ys, xs, hs, settings))):
        mid = (top + bottom) / 2
        if not band:
            continue
        present = [0]
        for k in range(1, ncol):
            if any(abs((v.x0 + v.x1) / 2 - xs[k]) <= settings.rule_cluster and v.top - 2 <= mid <= v.bottom + 2
                   for v in vs):
                present.append(k)
        band_lines = lines_of(band, settings.chunk_gap)
        # a phrase running across a rule means the rule is not a cell border
        # there (a spanning cell; OCR'd rules are often drawn through): the
        # lines above the last such line form a row of their own
        parts = [band_lines]
        if not raw_rows:
            crossing = [any(k and phrase_across([ln], xs[k], settings) for k in present) for ln in band_lines]
            if any(crossing) and not all(crossing):
                last = max(i for i, c in enumerate(crossing) if c)
                if last + 1 < len(band_lines) and not any(crossing[last + 1:]):
                    parts = [band_lines[: last + 1], band_lines[last + 1:]]
        numeric_band = sum(1 for w in band if w.x0 > xs[1] and is_number(w.text) and not YEAR.match(w.text)) >= 2
        body_started = body_started or numeric_band
        for part in parts:
            # spanning cells are header cells; in body rows a word across a
            # rule is OCR noise, not a span
            here = [k for k in present if k == 0 or body_started or not phrase_across(part, xs[k], settings)] + [ncol]
            columns = [(xs[a], xs[b]) for a, b in zip(here, here[1:])]
            for sub in band_records(part, columns, settings):
                sub_words = [w for ln in sub for w in ln.words]
                row = []
                for a, b in zip(here, here[1:]):
                    cw = [w for w in sub_words if xs[a] - 1 <= (w.x0 + w.x1) / 2 <= xs[b] + 1]
                    row.append((cw, b - a))
                raw_rows.append(row)
                row_band.append(band_no)
                numeric_rows.append(numeric_band)
    if len(raw_rows) < 2:
        return None
    expanded = [expanded_spans([(cell_of(ws, settings=settings), span) for ws, span in r], ncol, header=True) for r in raw_rows]
    header_n = header_row_count(expanded)
    while header_n and header_n < len(raw_rows) - 1 and row_band[header_n] == row_band[header_n - 1] \
            and not numeric_rows[header_n]:
        header_n += 1  # a header cell's last line ("Totalt utfall tom dec" / "2021") in the header's band
    header_rows = [expanded_spans([(cell_of(ws, mid_word=True, settings=settings), span) for ws, span in r], ncol, header=True)
                   for r in raw_rows[:header_n]]
    body = [expanded_spans([(cell_of(ws, settings=settings), span) for ws, span in r], ncol, header=False) for r in raw_rows[header_n:]]
    header_rows = spread_group_labels(merged_header_rows(band_joined(header_rows, row_band[:header_n])))
    caption = caption_above(lines, box, settings, body_size=median_size(page.words))
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=body, caption=caption, ruled=True)


def band_joined(rows: list[list[GridCell]], bands: Sequence[int]) -> list[list[GridCell]]:
    """Header rows of one ruled band joined cell by cell: each cell of a
    band is one cell, its lines only read as records apart."""
    out: list[list[GridCell]] = []
    for i, row in enumerate(rows):
        if i and bands[i] == bands[i - 1] and len(row) == len(out[-1]):
            out[-1] = [joined_cells(a, b) for a, b in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def phrase_across(lines: Sequence[TextLine], x: float, settings: TableSettings = TableSettings()) -> bool:
    """Some line runs across ``x`` with no more than a word space there."""
    over = settings.phrase_across
    for ln in lines:
        ws = ln.words
        if any(w.x0 < x - over and w.x1 > x + over for w in ws):
            return True
        for a, b in zip(ws, ws[1:]):
            if a.x1 <= x + over and b.x0 >= x - over and a.x1 < x < b.x0 + over \
                    and b.x0 - a.x1 < settings.header_gap * ln.size:
                return True
    return False


def band_edges(hs: Sequence[Ruling], box: BBox, settings: TableSettings = TableSettings()) -> list[float]:
    ys = clustered([(r.top + r.bottom) / 2 for r in hs], settings.rule_cluster)
    if not ys:
        return [box.top, box.bottom]
    if ys[0] - box.top > settings.edge_margin:
        ys.insert(0, box.top)
    if box.bottom - ys[-1] > settings.edge_margin:
        ys.append(box.bottom)
    return ys
