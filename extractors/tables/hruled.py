"""Tables ruled between rows only (horizontal rules, no vertical ones):
stacks of equal-width rules → table segments → bands, with columns from
whitespace."""

from __future__ import annotations

from typing import Optional, Sequence

from extractors.tables.columns import columns_consistent, marker_columns_merged, value_columns, widened_label_column
from extractors.tables.headers import header_row_count, header_rows_of
from extractors.tables.lattice import band_edges
from extractors.tables.lines import TextLine, caption_above, clustered, first_fit_groups, line_in, lines_of, median_size
from extractors.tables.rows import band_records, row_cells
from extractors.tables.spans import home_bands, open_edges
from extractors.tables.text_tables import TEXT_HEADER
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import YEAR, is_number
from extractors.text.joiners import SENTENCE_END
from models.contract import BBox
from models.pagedata import PageText, Ruling, TableGrid


def rule_stacks(rulings: Sequence[Ruling], taken: Sequence[BBox], lines: Sequence[TextLine] = (),
                settings: TableSettings = TableSettings()) -> list[tuple[BBox, list[Ruling]]]:
    """Horizontal rules of equal extent stacked above each other (tables ruled
    between rows only, without vertical lines): ≥ 3 rules, gaps ≤ ``settings.stack_max_gap``;
    with the rules between them that stop short of a merged cell
    (:func:`with_merged_cell_rules`; ``lines`` tell a header row from a body row)."""
    max_gap, tol = settings.stack_max_gap, settings.extent_tol
    hs = [
        r for r in rulings
        if r.horizontal and r.x1 - r.x0 >= settings.stack_min_rule and not any(inside_box(r, b, settings) for b in taken)
    ]
    hs.sort(key=lambda r: (r.top, r.x0))
    stacks = first_fit_groups(
        hs,
        lambda st, r: abs(st[-1].x0 - r.x0) <= tol and abs(st[-1].x1 - r.x1) <= tol and (
            0 <= r.top - st[-1].top <= max_gap or tall_row(st[-1], r, lines, settings)),
    )
    stacks = with_merged_cell_rules(stacks, hs, lines, settings)
    out = []
    for st in stacks:
        full = [r for r in st if same_extent(r, st[0], settings)]
        if len(clustered([r.top for r in full], settings.rule_cluster)) < 3:
            continue
        box = BBox(x0=min(r.x0 for r in full), top=min(r.top for r in st),
                   x1=max(r.x1 for r in full), bottom=max(r.bottom for r in st))
        out.append((box, st))
    return out


def tall_row(a: Ruling, b: Ruling, lines: Sequence[TextLine], settings: TableSettings = TableSettings()) -> bool:
    """Rules further apart than ``settings.stack_max_gap`` (up to ``tall_row_most`` times
    it) that still bound one row: the lines between them follow each other without a
    blank band (a gap of ``row_gap`` × size at most), none a heading or running text
    across the rule's width (a risk beside several åtgärder makes a row taller than a
    page's third)."""
    tol = settings.extent_tol
    if not lines or b.top - a.top > settings.tall_row_most * settings.stack_max_gap:
        return False
    inside = sorted((ln for ln in lines if a.top < (ln.top + ln.bottom) / 2 < b.top
                     and a.x0 - tol <= ln.x0 and ln.x1 <= a.x1 + tol), key=lambda ln: ln.top)
    if not inside:
        return False
    size = median_size([w for ln in inside for w in ln.words])
    edges = [a.bottom] + [y for ln in inside for y in (ln.top, ln.bottom)] + [b.top]
    gaps = [edges[k + 1] - edges[k] for k in range(0, len(edges) - 1, 2)]
    return all(g <= settings.row_gap * size for g in gaps) and \
        not any(breaks_table(ln, size, a.x1 - a.x0, settings) for ln in inside)


def header_like_line(ln: TextLine) -> bool:
    """Bold, or naming a year or a known column ("Budget 2024", "Risk"): a header line."""
    return ln.bold or any(YEAR.match(w.text) for w in ln.words) or \
        any(TEXT_HEADER.match(c.text.strip(" :")) for c in ln.chunks)


def same_extent(r: Ruling, s: Ruling, settings: TableSettings = TableSettings()) -> bool:
    tol = settings.extent_tol
    return abs(r.x0 - s.x0) <= tol and abs(r.x1 - s.x1) <= tol


def stops_short(r: Ruling, s: Ruling, settings: TableSettings = TableSettings()) -> bool:
    """``r`` runs from one end of ``s`` part of the way: a rule between rows
    that stops at a cell merged down over them."""
    tol = settings.extent_tol
    return r.x1 - r.x0 < s.x1 - s.x0 - 2 * tol and r.x0 >= s.x0 - tol and r.x1 <= s.x1 + tol \
        and (abs(r.x0 - s.x0) <= tol or abs(r.x1 - s.x1) <= tol)


def with_merged_cell_rules(stacks: list[list[Ruling]], hs: Sequence[Ruling], lines: Sequence[TextLine] = (),
                           settings: TableSettings = TableSettings()) -> list[list[Ruling]]:
    """Stacks of full-width rules with the rules that stop short of a merged
    cell between them added (a risk cell beside several action rows: the
    rules between the actions start right of it); two stacks of one width
    that such rules bridge within ``settings.stack_max_gap`` become one.  In a bold first
    row (a header) such a rule is a group header's underline, not a row border."""
    def full_tops(st: list[Ruling]) -> list[float]:
        return clustered([r.top for r in st if same_extent(r, st[0], settings)], settings.rule_cluster)

    out: list[list[Ruling]] = []
    for st in sorted(stacks, key=lambda st: st[0].top):
        prev = next((o for o in reversed(out) if same_extent(o[0], st[0], settings)), None)
        if prev is not None and len(full_tops(prev)) >= 2:
            between = sorted((r for r in hs if stops_short(r, prev[0], settings) and prev[-1].top < r.top < st[0].top),
                             key=lambda r: r.top)
            tops = [prev[-1].top] + [r.top for r in between] + [st[0].top]
            if between and all(b - a <= settings.stack_max_gap for a, b in zip(tops, tops[1:])):
                prev += st
                continue
        out.append(list(st))
    absorbed: set[int] = set()
    for st in out:
        tops = full_tops(st)
        if len(tops) < 2:
            continue
        first_row = [ln for ln in lines if tops[0] < (ln.top + ln.bottom) / 2 < tops[1]
                     and st[0].x0 - 2 <= ln.x0 and ln.x1 <= st[0].x1 + 2]
        header = not first_row or any(header_like_line(ln) for ln in first_row)
        below = tops[1] + settings.rule_cluster if header else tops[0] + settings.rule_cluster
        inner = [r for r in hs if stops_short(r, st[0], settings) and below < r.top < st[-1].top]
        st += [r for r in inner if r not in st]
        st.sort(key=lambda r: r.top)
        absorbed.update(id(r) for r in inner)
    return [st for st in out if not all(id(r) in absorbed for r in st)]


def breaks_table(ln: TextLine, size: float, width: float, settings: TableSettings = TableSettings()) -> bool:
    """A line that cannot be part of a table set in ``size``: a heading
    (one chunk, larger type) or a line of running text (one chunk, a
    sentence of six words or more across half the table's width)."""
    if len(ln.chunks) != 1:
        return False
    if ln.size > settings.break_heading * size:
        return True
    text = ln.text.strip()
    return len(text.split()) >= 6 and bool(SENTENCE_END.search(text)) and ln.x1 - ln.x0 >= settings.prose_width * width


def stack_segments(lines: list[TextLine], box: BBox, hs: list[Ruling],
                   settings: TableSettings = TableSettings()) -> list[tuple[BBox, list[Ruling]]]:
    """A stack of rules cut into tables: headings and running text between
    ruled blocks end a table.  The first table takes the header lines just
    above its top rule, the last one the aligned rows just below its bottom
    rule (tables ruled only under the header, or only between some rows)."""
    inside = [ln for ln in lines if line_in(ln, box)]
    multi = [ln for ln in inside if len(ln.chunks) >= 2]
    if not multi:
        return [(box, hs)]
    box, hs = trimmed_stack(inside, box, hs, settings)
    size = median_size([w for ln in multi for w in ln.words])
    width = box.x1 - box.x0
    breaks = [ln for ln in inside if breaks_table(ln, size, width, settings)]
    tops = [box.top] + [ln.bottom + settings.band_pad for ln in breaks]
    bottoms = [ln.top - settings.band_pad for ln in breaks] + [box.bottom]
    tops[0] = extended_top(lines, box, size, settings)
    bottoms[-1] = extended_bottom(lines, box, size, width, settings)
    out = []
    for top, bottom in zip(tops, bottoms):
        if bottom - top < 2:
            continue
        seg_hs = [r for r in hs if top - 1 <= r.top and r.bottom <= bottom + 1]
        out.append((BBox(x0=box.x0, top=top, x1=box.x1, bottom=bottom), seg_hs))
    return out


def trimmed_stack(inside: list[TextLine], box: BBox, hs: list[Ruling],
                  settings: TableSettings = TableSettings()) -> tuple[BBox, list[Ruling]]:
    """Drop end rules with nothing between them and the next rule (a page
    header's rule stacked onto a table's): the table starts at the next one."""
    ys = clustered([(r.top + r.bottom) / 2 for r in hs], settings.rule_cluster)

    def empty(a: float, b: float) -> bool:
        return not any(a < (ln.top + ln.bottom) / 2 < b for ln in inside)

    while len(ys) >= 3 and empty(ys[0], ys[1]):
        ys = ys[1:]
    while len(ys) >= 3 and empty(ys[-2], ys[-1]):
        ys = ys[:-1]
    keep = [r for r in hs if ys[0] - settings.edge_margin <= (r.top + r.bottom) / 2 <= ys[-1] + settings.edge_margin]
    pad = settings.band_pad
    return BBox(x0=box.x0, top=min(box.bottom, ys[0] - pad), x1=box.x1, bottom=ys[-1] + pad), keep


def same_size(ln: TextLine, size: float, settings: TableSettings = TableSettings()) -> bool:
    return abs(ln.size - size) <= settings.same_size * size


def extended_top(lines: list[TextLine], box: BBox, size: float, settings: TableSettings = TableSettings()) -> float:
    """Top of the table: header lines (several chunks, no numbers, the
    table's type size) right above the top rule belong to it."""
    above = [ln for ln in lines if ln.bottom <= box.top + 1 and min(ln.x1, box.x1) - max(ln.x0, box.x0) > 0]
    top = box.top
    for ln in reversed(above):
        if top - ln.bottom > settings.extend_gap * size or len(ln.chunks) < 2 or not same_size(ln, size, settings):
            break
        if any(is_number(c.text) and not YEAR.match(c.text.strip()) for c in ln.chunks):
            break
        top = ln.top - settings.band_pad
    return top


def extended_bottom(lines: list[TextLine], box: BBox, size: float, width: float,
                    settings: TableSettings = TableSettings()) -> float:
    """Bottom of the table: rows in the table's type size continuing right
    below the bottom rule (no rule under the body); trailing label-only
    lines are left to the text."""
    below = [ln for ln in lines if ln.top >= box.bottom - 1 and min(ln.x1, box.x1) - max(ln.x0, box.x0) > 0]
    bottom, last = box.bottom, box.bottom
    for ln in below:
        if ln.top - last > settings.extend_gap * size or not same_size(ln, size, settings) \
                or breaks_table(ln, size, width, settings):
            break
        if ln.x0 < box.x0 - 2 or ln.x1 > box.x1 + 2:
            break
        last = ln.bottom
        if len(ln.chunks) >= 2:
            bottom = ln.bottom + settings.band_pad
    return bottom


def inside_box(r: Ruling, b: BBox, settings: TableSettings = TableSettings()) -> bool:
    tol = settings.inside_tol
    return b.x0 - tol <= r.x0 and r.x1 <= b.x1 + tol and b.top - tol <= r.top and r.bottom <= b.bottom + tol


def hruled_grid(page: PageText, lines: list[TextLine], box: BBox, hs: list[Ruling],
                settings: TableSettings) -> Optional[TableGrid]:
    """A table ruled between rows only: bands from the rules, columns from whitespace."""
    ys = band_edges(hs, box, settings)
    inside = [ln for ln in lines if line_in(ln, box)]
    if not inside:
        return None
    bands: list[list[TextLine]] = []
    edges: list[tuple[float, float]] = []
    for top, bottom in zip(ys, ys[1:]):
        band = [ln for ln in inside if top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1]
        if band:
            bands.append(band)
            edges.append((top, bottom))
    # a heading between a page rule and the table is not a table band
    size = median_size([w for ln in inside for w in ln.words])
    while bands and any(ln.size > settings.band_heading * size for ln in bands[0]):
        bands, edges = bands[1:], edges[1:]
    while bands and any(ln.size > settings.band_heading * size for ln in bands[-1]):
        bands, edges = bands[:-1], edges[:-1]
    if len(bands) < 2:
        return None
    box = BBox(x0=box.x0, top=edges[0][0], x1=box.x1, bottom=edges[-1][1])
    inside = [ln for band in bands for ln in band]
    body_lines = [ln for band in bands[1:] for ln in band]
    multi = [ln for ln in body_lines if len(ln.chunks) >= 2]
    if len(multi) < 2:
        return None
    columns = marker_columns_merged(multi, value_columns(multi, settings))
    if len(columns) < 2 or not columns_consistent(multi, columns, settings):
        return None
    columns = header_only_left_columns(bands[0], columns, settings) + columns
    columns = widened_label_column(columns, body_lines, settings)
    bands = merged_cell_bands(bands, edges, columns, hs, box, settings)
    rows_lines: list[list[TextLine]] = []
    for band in bands:
        rows_lines += band_records(band, columns, settings)
    rows = [row_cells(group, columns, settings) for group in rows_lines]
    header_n = header_row_count(rows)
    header_rows = header_rows_of([ln for group in rows_lines[:header_n] for ln in group], columns,
                                 settings) if header_n else []
    body = rows[header_n:]
    filled = sum(1 for r in body if sum(bool(c.text) for c in r) >= 2)
    # rows of one cell each are text between rules, unless a header heads them
    # (the other actions beside a merged risk cell)
    if filled < 2 and not (header_rows and filled and len(body) >= 2):
        return None
    caption = caption_above(lines, box, settings, body_size=median_size(page.words))
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=body, caption=caption, ruled=True)


def header_only_left_columns(head: list[TextLine], columns: list[tuple[float, float]],
                             settings: TableSettings = TableSettings()) -> list[tuple[float, float]]:
    """A first column that only the header fills ("Verksamhet" over rows
    continuing the area above, its cells empty or merged): one column for
    the header chunks left of every body column."""
    left = [c for ln in head for c in ln.chunks if c.x1 < columns[0][0] - settings.column_margin * ln.size]
    if not left:
        return []
    return [(min(c.x0 for c in left), max(c.x1 for c in left))]


def merged_cell_bands(bands: list[list[TextLine]], edges: list[tuple[float, float]],
                      columns: list[tuple[float, float]], hs: Sequence[Ruling], box: BBox,
                      settings: TableSettings) -> list[list[TextLine]]:
    """Bands with a merged cell's lines in the top band of the merge: where
    the rule between two bands does not cross a column (it stops short of a
    cell merged down), the words of that column below it belong to the band
    above (:func:`~extractors.tables.spans.home_bands`)."""
    ys = [edges[0][0]] + [b for _, b in edges]
    xs = [box.x0] + [(columns[k - 1][1] + columns[k][0]) / 2 for k in range(1, len(columns))] + [box.x1]
    edges_open = open_edges(hs, ys, xs, settings)
    if not any(any(row) for row in edges_open):
        return bands
    seen: set[int] = set()  # a line on a band edge is in both bands
    words = [w for band in bands for ln in band for w in ln.words if not (id(w) in seen or seen.add(id(w)))]
    return [lines_of(ws, settings.chunk_gap) for ws in home_bands(words, ys, xs, hs, settings)]
