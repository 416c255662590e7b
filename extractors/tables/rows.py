"""Lines of a table body → rows: a wrapped label or a wrapped cell stays one
row; a new row starts where values or a new label start."""

from __future__ import annotations

import re
import statistics
from typing import Optional, Sequence

from extractors.tables.columns import line_cells
from extractors.tables.lines import TextLine, cell_of, empty_cell, median_size, word_size
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import LIST_MARKER, OPEN_WORDS, ROW_NUMBER, is_number
from extractors.text.joiners import SENTENCE_END
from models.pagedata import GridCell, Word


def row_cells(group: list[TextLine], columns: list[tuple[float, float]],
              settings: TableSettings = TableSettings()) -> list[GridCell]:
    per_col: dict[int, list[Word]] = {}
    for ln in group:
        for k, ws in line_cells(ln, columns, settings).items():
            per_col.setdefault(k, []).extend(ws)
    return [cell_of(per_col.get(k, []), settings=settings) for k in range(len(columns))]


def expanded_spans(row: list[tuple[GridCell, int]], ncol: int, header: bool) -> list[GridCell]:
    """Spanning cells → one entry per column (headers repeat the text, body
    rows keep it in the first spanned column)."""
    out: list[GridCell] = []
    for cell, span in row:
        out.append(cell)
        for _ in range(span - 1):
            out.append(GridCell(cell.text, cell.bbox, cell.bold) if header else empty_cell())
    return (out + [empty_cell()] * ncol)[:ncol]


def band_records(lines: list[TextLine], columns: list[tuple[float, float]],
                 settings: TableSettings) -> list[list[TextLine]]:
    """A ruled band holding several records (rows not separated by rules):
    split where value columns carry numbers on more than one line."""
    if len(lines) < 2 or len(columns) < 2:
        return [lines]
    label_right = columns[1][0]

    def has_number(ln: TextLine) -> bool:  # a list mark ("2.") is no value
        return any(c.x0 >= label_right - 1 and is_number(c.text) and not LIST_MARKER.fullmatch(c.text.strip())
                   for c in ln.chunks)

    if sum(has_number(ln) for ln in lines) < 2:
        return [lines]
    return row_groups(lines, columns, settings)


def label_continues(prev: TextLine, ln: TextLine) -> bool:
    """``ln`` (label only) carries on the label of ``prev``."""
    prev_label = prev.chunks[0].text.strip() if prev.chunks else ""
    cur = ln.chunks[0].text.strip() if ln.chunks else ""
    if not cur:
        return False
    if prev_label.endswith("-"):
        return True
    if cur[0].islower() and prev.bold == ln.bold:
        return True
    return False


def row_groups(lines: list[TextLine], columns: list[tuple[float, float]],
               settings: TableSettings) -> list[list[TextLine]]:
    """Lines → rows. A row starts where the value columns have content (unless
    the pending label waits for its values) or a new label line starts."""
    rows: list[list[TextLine]] = []
    has_vals: list[bool] = []
    has_num: list[bool] = []
    # rows numbered "1.", "2.": a label line without a number continues its row
    labels = [" ".join(w.text for w in line_cells(ln, columns, settings).get(0, [])) for ln in lines]
    with_values = [t for ln, t in zip(lines, labels) if t and any(k > 0 for k in line_cells(ln, columns, settings))]
    numbered = len(with_values) >= 2 and all(ROW_NUMBER.match(t) for t in with_values)
    tight = tight_gap(lines, columns, settings)
    for ln in lines:
        cells = line_cells(ln, columns, settings)
        label = cells.get(0, [])
        vals = [k for k in cells if k > 0]
        numeric = any(is_number(" ".join(w.text for w in cells[k])) for k in vals)
        label_text = " ".join(w.text for w in label)
        if not rows:
            rows.append([ln])
            has_vals.append(bool(vals))
            has_num.append(numeric)
            continue
        prev = rows[-1][-1]
        gap = ln.top - prev.bottom
        close = gap <= settings.row_wrap_gap * ln.size
        if tight is not None:
            # rows padded apart, the lines of one row set tight (cells bottom-aligned:
            # "Ambulansstation" / "Berglunda inkl. markköp 91,9"): the gap decides
            if gap <= tight + settings.padded_row_slack * ln.size:
                rows[-1].append(ln)
                has_vals[-1] = has_vals[-1] or bool(vals)
                has_num[-1] = has_num[-1] or numeric
            else:
                rows.append([ln])
                has_vals.append(bool(vals))
                has_num.append(numeric)
            continue
        prev_label_text = " ".join(
            w.text for w in line_cells(prev, columns, settings).get(0, [])
        ).strip()
        prev_label = line_cells(prev, columns, settings).get(0, [])
        cont_label = bool(label_text) and (
            prev_label_text.endswith("-") or (label_text[0].islower() and prev.bold == ln.bold)
        )
        # the label wrapped there: its next word did not fit ("Lokaler för fastighetsdrift" / "T-huset, USÖ")
        wrapped = bool(label_text) and prev.bold == ln.bold and bool(prev_label) \
            and not SENTENCE_END.search(prev_label_text) and wrapped_at(prev_label, label[0], columns[0][1], settings) \
            and (open_end(prev_label_text) or not plain_capitalised(label[0].text))
        # values printed on the last line of a wrapped label ("Lokaler för" / "T-huset 52,8")
        waits = wrapped and bool(vals)
        # "Tillbyggnad Campus etapp" / "3 349,5": a bare number cannot be a label of its own
        waits = waits or (bool(vals) and bool(prev_label) and re.fullmatch(r"\d{1,3}", label_text.strip()) is not None)
        if vals:
            if (not has_vals[-1] or (numeric and not has_num[-1])) and close and (not label_text or cont_label or waits):
                rows[-1].append(ln)  # the wrapped label waited for its values
                has_vals[-1] = True
                has_num[-1] = has_num[-1] or numeric
            elif has_vals[-1] and close and not numeric and (not label_text or cont_label):
                rows[-1].append(ln)  # wrapped text cells (text tables)
            else:
                rows.append([ln])
                has_vals.append(True)
                has_num.append(numeric)
        else:
            bare_number = re.fullmatch(r"\d{1,3}", label_text.strip()) is not None and not cells.keys() - {0}
            if close and (cont_label or bare_number or wrapped
                          or (numbered and label_text and not ROW_NUMBER.match(label_text))):
                rows[-1].append(ln)
            else:
                rows.append([ln])
                has_vals.append(False)
                has_num.append(False)
    return rows


def tight_gap(lines: list[TextLine], columns: list[tuple[float, float]],
              settings: TableSettings = TableSettings()) -> Optional[float]:
    """The gap between wrapped lines of one cell, when the table pads its rows
    apart: lines set solid (gap ≤ ``solid_gap`` × size) and the gap after a
    line with values clearly (``padded_gap`` × size) larger; else None."""
    if len(lines) < 3:
        return None
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    after_values = [g for a, g in zip(lines, gaps) if any(k > 0 for k in line_cells(a, columns, settings))]
    if len(after_values) < 2:
        return None
    size = median_size([w for ln in lines for w in ln.words])
    solid = [g for g in gaps if g <= settings.solid_gap * size]
    if not solid:
        return None
    # the loosest solid gap: OCR'd boxes take in accents and descenders, so one
    # pair of solid lines may even overlap ("fastighetsdrift" / "T-huset, USÖ")
    tight = max(solid)
    if statistics.median(after_values) < tight + settings.padded_gap * size:
        return None  # one spacing only: no evidence of padded rows
    return tight


def open_end(text: str) -> bool:
    """A label that cannot end there: a trailing comma or function word."""
    t = text.rstrip()
    return t.endswith(",") or (t.split()[-1].lower() in OPEN_WORDS if t.split() else False)


def plain_capitalised(word: str) -> bool:
    """"Övriga", "Personalkostnader", "It-utrustning": a word that may well
    start a new row (unlike "T-huset", "USÖ", "klinik")."""
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[a-zåäöéü]{2,})*[,.:]?", word))


def wrapped_at(prev_words: Sequence[Word], first: Word, right: float,
               settings: TableSettings = TableSettings()) -> bool:
    """``first`` would not have fitted after ``prev_words`` within ``right`` (the
    widest label): the text was wrapped there, so the next line continues it.
    Inconclusive (False) for the widest label itself."""
    end = max(w.x1 for w in prev_words)
    start = min(w.x0 for w in prev_words)
    if end >= right - settings.wrap_edge or end - start < settings.short_label * (right - start):
        return False  # the widest label itself, or a short label that ended there
    space = settings.word_space * word_size(first)
    return end + space + (first.x1 - first.x0) > right + settings.wrap_edge
