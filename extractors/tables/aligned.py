"""Whitespace-aligned (unruled) tables: runs of lines whose value chunks
stack into columns, with the header lines and group rows above them."""

from __future__ import annotations

import statistics
from typing import Optional

from extractors.tables.columns import (
    columns_consistent,
    columns_of_chunk,
    fits_columns,
    header_only_columns,
    merged_exclusive_columns,
    value_columns,
    widened_label_column,
)
from extractors.tables.headers import header_rows_of, is_header_like, is_header_line
from extractors.tables.lines import TextLine, caption_above, clustered, median_size
from extractors.tables.rows import label_continues, row_cells, row_groups
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import HEADER_WORDS, SECTION_NUMBER, YEAR, is_number, is_value
from extractors.text.joiners import SENTENCE_END
from models.contract import BBox
from models.pagedata import PageText, GridCell, TableGrid


def line_kind(ln: TextLine) -> str:
    """'V' a line with values right of its first chunk, 'L' text only."""
    ch = ln.chunks
    if len(ch) == 1:
        return "S" if is_value(ch[0].text) else "L"
    rest = ch[1:]
    vals = [c for c in rest if is_value(c.text)]
    if vals and all(YEAR.match(c.text.strip()) for c in vals):
        return "H"  # "(Tkr) 2024 2025 2026": a header of years
    others = [c for c in rest if not is_value(c.text)]
    if vals and len(others) <= 2 and all(len(c.text.split()) <= 3 for c in others):
        return "V"
    if len(ch) >= 3 and is_number(ch[-1].text) and all(len(c.text.split()) <= 8 for c in others):
        return "V"  # "Försörjning | Tvätt/skur maskiner, truckar, övrigt | 2,9"
    return "M" if len(ch) >= 2 else "L"


def aligned_tables(page: PageText, lines: list[TextLine], settings: TableSettings) -> list[TableGrid]:
    kinds = [line_kind(ln) for ln in lines]
    grids: list[TableGrid] = []
    i = 0
    used_until = -1
    while i < len(lines):
        if kinds[i] != "V" or i <= used_until:
            i += 1
            continue
        # grow a body region downwards
        body = [i]
        j = i + 1
        pending: list[int] = []
        resume = -1  # the value line a spacer was seen to lead on to: the lines up to it are the table's
        while j < len(lines):
            prev = lines[body[-1] if not pending else pending[-1]]
            gap = lines[j].top - prev.bottom
            spacer = j < resume
            if gap > settings.row_gap * lines[j].size and not spacer:
                resume = -1 if pending else spacer_target(lines, kinds, body, j, settings)
                spacer = resume >= j
                if not spacer:
                    break
            text_line = kinds[j] in ("L", "M")
            body_size = statistics.median(lines[k].size for k in body)
            text_gap = max(settings.text_row_gap * body_size, padded_row_gap(lines, body + pending, settings))
            if text_line and not spacer and gap > text_gap and lines[j].size <= settings.heading_break * body_size:
                resume = -1 if pending else spacer_target(lines, kinds, body, j, settings)
                spacer = resume >= j
            if text_line and not spacer and (gap > text_gap or lines[j].size > settings.heading_break * body_size):
                break  # a paragraph, note or heading after the table
            if kinds[j] in ("V", "S"):
                body += pending + [j]
                pending = []
            elif kinds[j] == "L" and len(pending) < settings.max_label_lines:
                pending.append(j)
            elif kinds[j] == "M" and len(pending) < settings.max_label_lines and not (lines[j].bold and HEADER_WORDS.search(lines[j].text)):
                pending.append(j)  # a wrapped row with text cells, unless a new table's header
            else:
                break
            j += 1
        # trailing label lines: keep wrapped-label continuations only
        body_gaps = [lines[b].top - lines[a].bottom for a, b in zip(body, body[1:])]
        for p in pending:
            gap = lines[p].top - lines[body[-1]].bottom
            group_label = is_group_label(lines[p], lines[body[-1]], settings)
            close = gap <= settings.label_wrap_gap * lines[p].size \
                or (group_label and gap <= max(body_gaps, default=0) + settings.group_label_gap)
            if close and (label_continues(lines[body[-1]], lines[p]) or group_label):
                body.append(p)
            else:
                break
        value_lines = [k for k in body if kinds[k] in ("V", "S")]
        n_v = sum(kinds[k] == "V" for k in body)
        columns = value_columns([lines[k] for k in value_lines], settings)
        if len(columns) < 2 or (n_v >= 2 and not columns_consistent(
                [lines[k] for k in value_lines if kinds[k] == "V"], columns, settings)):
            i = j
            continue
        if all(is_value(c.text) for k in value_lines for c in lines[k].chunks if c.x1 <= columns[0][1] + 1):
            # no label column: every line starts with a value
            columns = [(columns[0][0] - 2.0, columns[0][0] - 1.0)] + columns
        # text-only lines must sit in the columns
        body = [k for k in body if kinds[k] not in ("L", "M") or fits_columns(lines[k], columns, settings)]
        columns = widened_label_column(columns, [lines[k] for k in body], settings)
        # header lines and group rows above
        start = body[0]
        head: list[int] = []
        k = start - 1
        groups_above: list[int] = []
        body_gaps = [lines[b].top - lines[a].bottom for a, b in zip(body, body[1:])]
        own_gap = statistics.median(body_gaps) if body_gaps else 0.0
        while k >= 0 and k > used_until and len(head) < settings.max_header_lines:
            ln = lines[k]
            below = lines[(head[0] if head else (groups_above[0] if groups_above else start))]
            # rows padded apart keep their header as far above as a row gap and more
            if below.top - ln.bottom > max(settings.row_gap * ln.size, settings.head_gap * own_gap):
                break
            if is_heading_above(ln, [lines[b] for b in body], page.source == "ocr", settings):
                break  # the section heading the table stands under: the table starts below it
            if is_header_line(ln, columns, settings):
                head.insert(0, k)
            elif not head and kinds[k] == "L" and fits_columns(ln, columns, settings) \
                    and len(groups_above) < settings.max_label_lines:
                groups_above.insert(0, k)
            else:
                break
            k -= 1
        if groups_above and not head and not all(lines[g].bold for g in groups_above):
            groups_above = []
        columns = columns + header_only_columns([lines[h] for h in head], columns, settings)
        if n_v < settings.min_value_lines and not (
            n_v == 1 and head and any(len([c for c in lines[h].chunks if columns_of_chunk(c, columns, settings)[-1] > 0]) >= 2
                                      for h in head)
        ):
            i = j
            continue
        body = groups_above + body
        body_lines = [lines[k] for k in body]
        head_lines = [lines[k] for k in head]
        used_until = body[-1]
        grid = aligned_grid(page, lines, head_lines, body_lines, columns, settings)
        if grid is not None:
            grids.append(grid)
        i = used_until + 1
    return grids


def padded_row_gap(lines: list[TextLine], rows: list[int], settings: TableSettings) -> float:
    """How far apart the table so far sets its rows, with ``padded_rows`` of
    slack (0 when its lines are set solid): a label line that far below is
    the next row, not a paragraph after the table."""
    size = statistics.median(lines[k].size for k in rows)
    gaps = [lines[b].top - lines[a].bottom for a, b in zip(rows, rows[1:])]
    row_gaps = [g for g in gaps if g > settings.solid_gap * size]
    return settings.padded_rows * statistics.median(row_gaps) if row_gaps else 0.0


def is_heading_above(ln: TextLine, body: list[TextLine], ocr: bool = False,
                     settings: TableSettings = TableSettings()) -> bool:
    """A section heading over the table, not one of its header or group rows: a
    numbered line ("4 Ekonomi", "3.2 Strategier") in bold or a larger type than
    the table's rows, or any text line set clearly larger than them (header and
    group rows are in the table's own type size)."""
    size = statistics.median(b.size for b in body)
    larger = ln.size >= size * (settings.heading_above_ocr if ocr else settings.heading_above)
    if any(is_value(c.text) for c in ln.chunks[1:]):
        return False
    if SECTION_NUMBER.match(ln.text.strip()):
        return larger or ln.bold
    return larger and not HEADER_WORDS.search(ln.text)


def is_group_label(ln: TextLine, above: TextLine, settings: TableSettings = TableSettings()) -> bool:
    """"Driftstjänster:": a short label ending in a colon, in the label column,
    heading the rows that follow (on the next page when the table breaks)."""
    text = ln.text.strip()
    return len(ln.chunks) == 1 and text.endswith(":") and len(text.split()) <= 4 \
        and abs(ln.x0 - above.x0) <= settings.label_align * ln.size


def aligned_grid(
    page: PageText,
    all_lines: list[TextLine],
    head_lines: list[TextLine],
    body_lines: list[TextLine],
    columns: list[tuple[float, float]],
    settings: TableSettings,
) -> Optional[TableGrid]:
    columns = merged_exclusive_columns(columns, body_lines, head_lines, settings)
    rows: list[list[GridCell]] = []
    for group in row_groups(body_lines, columns, settings):
        rows.append(row_cells(group, columns, settings))
    header_rows = header_rows_of(head_lines, columns, settings)
    boxes = [BBox(x0=ln.x0, top=ln.top, x1=ln.x1, bottom=ln.bottom) for ln in head_lines + body_lines]
    box = BBox.union(boxes)
    caption = caption_above(all_lines, box, settings, body_size=median_size(page.words))
    if not header_rows and rows and is_header_like(rows[0], first=True) and len(rows) > 2:
        header_rows, rows = [rows[0]], rows[1:]
    return TableGrid(page=page.number, bbox=box, header_rows=header_rows, rows=rows, caption=caption, ruled=False)


def spacer_continues(lines: list[TextLine], kinds: list[str], body: list[int], j: int, settings: TableSettings) -> bool:
    """The table goes on below an empty spacer row before line ``j`` (:func:`spacer_target`)."""
    return spacer_target(lines, kinds, body, j, settings) >= j


def spacer_target(lines: list[TextLine], kinds: list[str], body: list[int], j: int, settings: TableSettings) -> int:
    """The index of the value line the table goes on with below an empty spacer
    row before line ``j``, or -1 where the table ends there.  It goes on when the gap before line ``j``
    is at most the body's own line gap plus ``spacer_rows`` of its row pitch,
    and the first value line from ``j`` (after short label lines in the label
    column — group labels, rows without values, labels wrapped — at most
    ``max_label_lines``, in the body's type size) puts its values where the
    body's value columns end."""
    size = statistics.median(lines[k].size for k in body)
    gaps = [lines[b].top - lines[a].bottom for a, b in zip(body, body[1:])]
    if not gaps:  # one row so far: the rows below the spacer show the body's line gap
        gaps = [b.top - a.bottom for a, b in zip(lines[j:j + 3], lines[j + 1:j + 4])][:1]
    body_gap = max(0.0, statistics.median(gaps)) if gaps else settings.spacer_gap * size
    if lines[j].top - lines[body[-1]].bottom > body_gap + settings.spacer_rows * (size + body_gap):
        return -1
    rights = [c.x1 for k in body if kinds[k] == "V" for c in lines[k].chunks[1:]]
    left = min(lines[k].x0 for k in body)
    tol = max(settings.align_tol_pt, settings.align_tol * size)
    for k in range(j, min(j + settings.max_label_lines, len(lines))):
        ln = lines[k]
        if abs(ln.size - size) > settings.spacer_size * size or (k > j and ln.top - lines[k - 1].bottom > settings.row_gap * size):
            return -1
        if kinds[k] == "V":
            values = ln.chunks[1:]
            n_columns = len(clustered(rights, tol))
            fits = len(values) >= min(2, n_columns) and all(any(abs(c.x1 - r) <= tol for r in rights) for c in values)
            return k if fits else -1
        text = ln.text.strip()
        sentence = SENTENCE_END.search(text) and not text.endswith(":")  # a group label "Drifttjänster:" is no sentence
        if kinds[k] != "L" or abs(ln.x0 - left) > settings.label_align * size or len(text.split()) > 6 or sentence:
            return -1
    return -1
