"""Unruled tables of text cells (risk and indicator tables without rulings,
e.g. OCR): a header line of known column names fixes the columns."""

from __future__ import annotations

import re
from typing import Optional

from extractors.tables.lines import Chunk, TextLine, caption_above, cell_of, chunks_of, clustered, median_size
from extractors.tables.vocab import HEADER_GAP, ROW_NUMBER, RULE_GLYPH, TableSettings, is_value
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
        chunks = chunks_of([w for w in ln.words if not RULE_GLYPH.fullmatch(w.text)], HEADER_GAP * ln.size)
        names = [c for c in chunks if TEXT_HEADER.match(c.text.strip(" :"))]
        if len(chunks) < 2 or len(names) < 2 or len(names) < len(chunks) - 1 \
                or not any(TEXT_COLUMN.match(c.text.strip(" :")) for c in names):
            i += 1
            continue
        starts = [c.x0 for c in chunks]
        bounds = [starts[k] - 3.0 for k in range(1, len(starts))]

        def col_of(c: Chunk) -> int:
            cx = c.x0 + 1.0
            return sum(1 for b in bounds if cx >= b)

        body: list[TextLine] = []
        j = i + 1
        while j < len(lines):
            cur = lines[j]
            prev = body[-1] if body else ln
            if cur.top - prev.bottom > settings.row_gap * cur.size or cur.size > 1.25 * ln.size:
                break
            if any(col_of(Chunk([a])) != col_of(Chunk([b])) and b.x0 - a.x1 < HEADER_GAP * cur.size
                   for a, b in zip(cur.words, cur.words[1:])):
                break  # running text across the columns
            if j == i + 1 and cur.bold and not any(is_value(c.text) for c in cur.chunks):
                break
            body.append(cur)
            j += 1
        if len(body) < 1:
            i += 1
            continue
        header = [cell_of(c.words, mid_word=True) for c in chunks]
        per_rows = merged_cell_rows(body, col_of) or [
            {k: ws for k, ws in _column_words(group, col_of).items()} for group in text_rows(body, col_of, len(starts))]
        cells = [[cell_of(per.get(k, [])) for k in range(len(starts))] for per in per_rows]
        box = BBox.union([BBox(x0=x.x0, top=x.top, x1=x.x1, bottom=x.bottom) for x in [ln] + body])
        caption = caption_above(lines, box, settings, body_size=median_size(page.words))
        out.append(TableGrid(page=page.number, bbox=box, header_rows=[header], rows=cells, caption=caption))
        i = j
    return out


def text_rows(body: list[TextLine], col_of, ncol: int) -> list[list[TextLine]]:
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
            wide = pitch > 0 and step > pitch + 0.3 * ln.size
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


def _column_words(lines: list[TextLine], col_of) -> dict[int, list[Word]]:
    per: dict[int, list[Word]] = {}
    for bl in lines:
        for c in chunks_of(bl.words, HEADER_GAP * bl.size):
            per.setdefault(col_of(c), []).extend(c.words)
    return per


def merged_cell_rows(body: list[TextLine], col_of) -> Optional[list[dict[int, list[Word]]]]:
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
        for k, ws in sorted(_column_words([ln], col_of).items()):
            b = open_block.get(k)
            gap = None
            if b is not None:
                gap = min(w.top for w in ws) - max(w.bottom for w in blocks[b][1][-1])
                value = is_value(" ".join(w.text for w in ws))  # "79" under "85": one value per row
                if gap <= 0.6 * size and not value:
                    blocks[b][1].append(ws)
                    continue
            blocks.append((k, [ws]))
            after_gap.append(gap is None or gap > 0.6 * size)
            open_block[k] = len(blocks) - 1
    if not blocks:
        return None
    block_tops = [min(w.top for w in parts[0]) for _, parts in blocks]
    starts = clustered(sorted(block_tops), 0.4 * size)
    if len(starts) < 2:
        return None

    def row_of(y: float) -> int:
        return max([i for i, s in enumerate(starts) if s <= y + 0.4 * size] or [0])

    padded = {row_of(top) for top, gap in zip(block_tops, after_gap) if gap}
    if len(padded) < len(starts):
        return None
    rows: list[dict[int, list[Word]]] = [{} for _ in starts]
    for (k, parts), top in zip(blocks, block_tops):
        rows[row_of(top)].setdefault(k, []).extend(w for ws in parts for w in ws)
    return rows
