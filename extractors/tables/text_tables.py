"""Unruled tables of text cells (risk and indicator tables without rulings,
e.g. OCR): a header line of known column names fixes the columns."""

from __future__ import annotations

import re

from extractors.tables.lines import Chunk, TextLine, caption_above, cell_of, chunks_of, median_size
from extractors.tables.vocab import HEADER_GAP, ROW_NUMBER, RULE_GLYPH, SENTENCE_END, TableSettings, is_value
from models.contract import BBox
from models.layout import PageText, TableGrid, Word


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
        rows = text_rows(body, col_of, len(starts))
        header = [cell_of(c.words, mid_word=True) for c in chunks]
        cells = []
        for group in rows:
            per: dict[int, list[Word]] = {}
            for bl in group:
                for c in chunks_of(bl.words, HEADER_GAP * bl.size):
                    per.setdefault(col_of(c), []).extend(c.words)
            cells.append([cell_of(per.get(k, [])) for k in range(len(starts))])
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
