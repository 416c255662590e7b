"""Unruled tables of text cells (risk and indicator tables without rulings,
e.g. OCR): a header line of known column names fixes the columns."""

from __future__ import annotations

import re
from typing import Optional

from extractors.tables.lines import Chunk, TextLine, caption_above, cell_of, chunks_of, clustered, median_size
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import ROW_NUMBER, RULE_GLYPH, is_value
from extractors.text.joiners import SENTENCE_END
from models.contract import BBox
from models.pagedata import PageText, TableGrid, Word


TEXT_HEADER = re.compile(
    r"^(?:verksamhet|risk|risker|[åa]tg[äa]rd(?:er)?|status|kommentar|indikator(?:er)?|styrtal|utfall.*|"
    r"m[åa]lv[äa]rde|[åa]rets\s+m[åa]lv[äa]rde|l[åa]ngsiktigt\s+m[åa]lv[äa]rde|kontrollmoment|ansvarig)$",
    re.I,
)


TEXT_COLUMN = re.compile(r"^(?:verksamhet|risk|risker|[åa]tg[äa]rd(?:er)?|indikator(?:er)?|styrtal|kontrollmoment)$", re.I)


def headed_text_tables(page: PageText, lines: list[TextLine], settings: TableSettings) -> list[TableGrid]:
    """Unruled tables of text cells (risk and indicator tables on pages without
    rulings, e.g. OCR): a header line of known column names fixes the columns
    (each starts where its name starts); body lines follow while they keep to
    those columns; rows break at a wider vertical gap or where the first
    column starts a new sentence."""
    out: list[TableGrid] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        chunks = header_chunks(ln, settings)
        if chunks is None:
            i += 1
            continue
        starts = [c.x0 for c in chunks]
        bounds = [starts[k] - settings.text_column_lead for k in range(1, len(starts))]

        def col_of(c: Chunk) -> int:
            cx = c.x0 + 1.0
            return sum(1 for b in bounds if cx >= b)

        body: list[TextLine] = []
        j = i + 1
        while j < len(lines):
            cur = lines[j]
            prev = body[-1] if body else ln
            if cur.size > settings.heading_break * ln.size or header_chunks(cur, settings) is not None:
                break
            if len(cur.chunks) == 1 and cur.size > settings.heading_size * ln.size and cur.top - prev.bottom > settings.set_apart_gap * cur.size:
                break  # a line of its own in larger type after a gap (a goal, a heading): the text goes on
            if j + 1 < len(lines) and header_chunks(lines[j + 1], settings) is not None and len({col_of(c) for c in cur.chunks}) < 2:
                break  # the line over the next table's header (an area line, a caption)
            gap = cur.top - prev.bottom
            cols = {col_of(c) for c in cur.chunks}
            if gap > settings.row_gap * cur.size and not (
                    gap <= settings.padded_row_gap * cur.size and (len(cols) >= 2 or min(cols) > 0)):
                # a wider gap ends the table, unless rows are padded apart: the line
                # fills two columns, or starts right of the first one (a row that
                # only adds an åtgärd), never a line of the first column alone
                break
            if any(col_of(Chunk([a])) != col_of(Chunk([b])) and b.x0 - a.x1 < settings.header_gap * cur.size
                   for a, b in zip(cur.words, cur.words[1:])):
                break  # running text across the columns
            if j == i + 1 and cur.bold and not any(is_value(c.text) for c in cur.chunks):
                break
            body.append(cur)
            j += 1
        if len(body) < 1:
            i += 1
            continue
        header = [cell_of(c.words, mid_word=True, settings=settings) for c in chunks]
        per_rows = merged_cell_rows(body, col_of, settings) or [
            {k: ws for k, ws in _column_words(group, col_of, settings).items()}
            for group in text_rows(body, col_of, len(starts), settings)]
        box = BBox.union([BBox(x0=x.x0, top=x.top, x1=x.x1, bottom=x.bottom) for x in [ln] + body])
        # where a column's lines may run to: the next column's start, the table's edge for the last
        rights = [starts[k + 1] for k in range(len(starts) - 1)] + [box.x1]
        cells = [[cell_of(per.get(k, []), settings=settings, right=rights[k]) for k in range(len(starts))]
                 for per in per_rows]
        caption = caption_above(lines, box, settings, body_size=median_size(page.words))
        out.append(TableGrid(page=page.number, bbox=box, header_rows=[header], rows=cells, caption=caption))
        i = j
    return out


def header_chunks(ln: TextLine, settings: TableSettings = TableSettings()) -> Optional[list[Chunk]]:
    """The header cells of a line of known column names ("Verksamhet", "Risk",
    "Åtgärd", …), or None when the line is not such a header."""
    chunks = chunks_of([w for w in ln.words if not RULE_GLYPH.fullmatch(w.text)], settings.header_gap * ln.size)
    names = [c for c in chunks if TEXT_HEADER.match(c.text.strip(" :"))]
    if len(chunks) < 2 or len(names) < 2 or len(names) < len(chunks) - 1 \
            or not any(TEXT_COLUMN.match(c.text.strip(" :")) for c in names):
        return None
    return chunks


def text_rows(body: list[TextLine], col_of, ncol: int, settings: TableSettings = TableSettings()) -> list[list[TextLine]]:
    """Lines of a text table → rows: a new row at a gap clearly wider than the
    usual line pitch, or where the first column starts a new sentence."""
    pitches = sorted(b.top - a.top for a, b in zip(body, body[1:]))
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    rows: list[list[TextLine]] = []
    prev_first = ""
    firsts = [" ".join(w.text for w in ln.words if col_of(Chunk([w])) == 0) for ln in body]
    numbered_rows = sum(bool(ROW_NUMBER.match(f)) for f in firsts) >= 2
    for k, ln in enumerate(body):
        first = firsts[k]
        if not rows:
            rows.append([ln])
        else:
            step = ln.top - body[k - 1].top
            wide = pitch > 0 and step > pitch + settings.text_row_pitch * ln.size
            numbered = bool(ROW_NUMBER.match(first))
            if numbered_rows:
                new_sentence = numbered
            else:
                new_sentence = bool(first) and first[0].isupper() and (
                not prev_first or bool(SENTENCE_END.search(prev_first))) and not prev_first.endswith("-")
            if wide or new_sentence:
                rows.append([ln])
            else:
                rows[-1].append(ln)
        if first:
            prev_first = first
        elif rows[-1] == [ln]:
            prev_first = ""
    return rows


def _column_words(lines: list[TextLine], col_of, settings: TableSettings = TableSettings()) -> dict[int, list[Word]]:
    per: dict[int, list[Word]] = {}
    for bl in lines:
        for c in chunks_of(bl.words, settings.header_gap * bl.size):
            per.setdefault(col_of(c), []).extend(c.words)
    return per


def merged_cell_rows(body: list[TextLine], col_of,
                     settings: TableSettings = TableSettings()) -> Optional[list[dict[int, list[Word]]]]:
    """Rows of a table whose rows are padded apart, from each column's own
    lines, so a cell merged down over several rows (a risk beside three
    actions, set without rules) stays one cell: a column's lines form blocks
    (a new block after a gap wider than the line spacing, and at every
    value); a row starts where a block starts in any column, and a block
    belongs, whole, to the row it starts in.  None unless every row start
    has a block after such a gap (rows set solid: :func:`text_rows` splits
    them by sentences)."""
    size = median_size([w for ln in body for w in ln.words])
    blocks: list[tuple[int, list[list[Word]]]] = []  # (column, pieces)
    after_gap: list[bool] = []
    open_block: dict[int, int] = {}  # column → index of its last block
    for ln in body:
        for k, ws in sorted(_column_words([ln], col_of, settings).items()):
            b = open_block.get(k)
            gap = None
            if b is not None:
                gap = min(w.top for w in ws) - max(w.bottom for w in blocks[b][1][-1])
                value = is_value(" ".join(w.text for w in ws))  # "79" under "85": one value per row
                if gap <= settings.cell_block_gap * size and not value:
                    blocks[b][1].append(ws)
                    continue
            blocks.append((k, [ws]))
            after_gap.append(gap is None or gap > settings.cell_block_gap * size)
            open_block[k] = len(blocks) - 1
    if not blocks:
        return None
    blocks, after_gap = _split_at_row_starts(blocks, after_gap, size, settings)
    block_tops = [min(w.top for w in parts[0]) for _, parts in blocks]
    starts = clustered(sorted(block_tops), settings.row_start_tol * size)
    if len(starts) < 2:
        return None

    def row_of(y: float) -> int:
        return max([i for i, s in enumerate(starts) if s <= y + settings.row_start_tol * size] or [0])

    padded = {row_of(top) for top, gap in zip(block_tops, after_gap) if gap}
    if len(padded) < len(starts):
        return None
    rows: list[dict[int, list[Word]]] = [{} for _ in starts]
    for (k, parts), top in zip(blocks, block_tops):
        rows[row_of(top)].setdefault(k, []).extend(w for ws in parts for w in ws)
    return rows


def _split_at_row_starts(blocks: list[tuple[int, list[list[Word]]]], after_gap: list[bool], size: float,
                         settings: TableSettings = TableSettings()) -> tuple[list[tuple[int, list[list[Word]]]], list[bool]]:
    """Rows set solid beside padded ones: a block of a column that runs on, without
    a gap, past the start of a row is cut there when its line there starts anew (a
    capital or a list mark).  A row starts where a block starts in the first column
    (one cell cannot belong to two rows' labels), or where a block of another column
    starts after a gap while this column's line before it ended a sentence with room
    left for the next word (a deliberate break, not a wrapped line)."""
    label_starts = [min(w.top for w in parts[0]) for k, parts in blocks if k == 0]
    gap_starts = [(k, min(w.top for w in parts[0])) for (k, parts), gap in zip(blocks, after_gap) if gap]
    # where a column's text may run to: the next column's start (its own widest line for the last)
    right: dict[int, float] = {}
    starts: dict[int, float] = {}
    for k, parts in blocks:
        right[k] = max([right.get(k, 0.0)] + [w.x1 for ws in parts for w in ws])
        starts[k] = min([starts.get(k, float("inf"))] + [w.x0 for ws in parts for w in ws])
    for k in right:
        later = [x for j, x in starts.items() if j > k]
        if later:
            right[k] = max(right[k], min(later))
    out: list[tuple[int, list[list[Word]]]] = []
    gaps: list[bool] = []
    for (k, parts), gap in zip(blocks, after_gap):
        cut = [0]
        for p in range(1, len(parts)):
            if not parts[p] or not parts[p - 1]:
                continue
            top = min(w.top for w in parts[p])
            first = parts[p][0]
            if not (first.text[:1].isupper() or not first.text[:1].isalnum()):
                continue
            if k > 0 and any(abs(top - s) <= settings.row_start_tol * size for s in label_starts):
                cut.append(p)
                continue
            prev = parts[p - 1][-1]
            room = prev.x1 + (first.x1 - first.x0) < right[k]
            if room and SENTENCE_END.search(prev.text) and \
                    any(j != k and abs(top - s) <= settings.row_start_tol * size for j, s in gap_starts):
                cut.append(p)
        for a, b in zip(cut, cut[1:] + [len(parts)]):
            out.append((k, parts[a:b]))
            gaps.append(gap if a == 0 else True)
    return out, gaps
