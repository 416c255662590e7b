"""The blocks of a :class:`DocSpec` as reportlab flowables, keyed for the page map.

One method per block type: headings, paragraphs and lists, the plan's and the
report's indicator tables, symbol legends, the two internal-control plan
layouts and the data tables (column widths, spanned header cells, the font
size at which the numbers fit, the look's rules).
"""

from __future__ import annotations

import re
from typing import Optional

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak as RLPageBreak,
    Paragraph,
    Table as RLTable,
    TableStyle,
)

from samples.generator import spec as S
from samples.generator.charset import markup, printable, value_markup, with_fallback_font
from samples.generator.looks import DEFAULT_LOOK, GRID, Look
from samples.generator.pagemap import Key, KeyedParagraph, KeyedTable, PageMap
from samples.generator.styles import CELL_PADDING, Styles, fitting_size, frame_width


class Builder:
    """Turns the blocks of one spec into flowables, keyed for the page map."""

    def __init__(self, spec: S.DocSpec, page_map: PageMap, look: Look = DEFAULT_LOOK):
        self.spec = spec
        self.look = look
        self.st = Styles(look.fonts_for(spec.font), look)
        self.frame_w = frame_width(look)
        self.page_map = page_map
        self.table_count = 0

    # -- helpers ----------------------------------------------------------
    def para(self, text: str, style: ParagraphStyle, key: Optional[Key] = None,
             bullet: Optional[str] = None, raw_markup: bool = False) -> Paragraph:
        if bullet == "•" and not self.st.fonts.embedded:
            style = self.st.symbol_bullets[style.name]
        elif bullet == "o" and self.look.activity_bullet == "o":  # Word's "o" bullets are Courier New
            style = self.st.courier_bullets[style.name]
        cs = self.look.charset
        body = text if raw_markup else markup(text, cs)
        if self.st.fonts.embedded:
            body = with_fallback_font(body, style.fontName)
        p = KeyedParagraph(body, style, bulletText=printable(bullet, cs) if bullet else None)
        p.spec_key = key
        p.page_map = self.page_map
        return p

    def table(self, data, col_widths, style_cmds, key: Optional[Key], row_keys, repeat_rows: int) -> RLTable:
        t = KeyedTable(data, colWidths=col_widths, repeatRows=repeat_rows, splitByRow=1,
                        style=TableStyle(style_cmds), hAlign="LEFT", spaceBefore=4, spaceAfter=10)
        t.spec_key = key
        t.row_keys = list(row_keys)
        t.page_map = self.page_map
        return t

    # -- blocks -----------------------------------------------------------
    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        for i, block in enumerate(self.spec.blocks):
            out += self.block(i, block)
        return out

    def block(self, i: int, b) -> list[Flowable]:
        st = self.st
        if isinstance(b, S.Heading):
            text = self.look.heading_text(b.number, b.title)
            out: list[Flowable] = [CondPageBreak(3 * cm)] if b.level == 1 else []
            return out + [self.para(text, st.headings[min(max(b.level, 1), 4)], (i,))]
        if isinstance(b, S.Para):
            style = {"normal": st.body, "bold": st.bold, "italic": st.italic}[b.style]
            return [self.para(b.text, style, (i,))]
        if isinstance(b, S.Bullets):
            marker = self.look.bullet or b.marker
            return [self.para(t, st.bullet, (i, j), bullet=marker) for j, t in enumerate(b.items)]
        if isinstance(b, (S.Goal, S.Assignment)):
            out = [self.para(f"{b.cue} {b.text}", st.bold, (i,))]
            if isinstance(b, S.Assignment) and b.comment:
                out += [self.para("Kommentar", st.bold_line), self.para(b.comment, st.body, (i, 1))]
            return out
        if isinstance(b, S.Indicators):
            return [self.para(b.heading, st.subheading, (i,))] + [
                self.para(t, st.body, (i, j)) for j, t in enumerate(b.items)
            ]
        if isinstance(b, S.Activities):
            marker = self.look.activity_bullet or "•"
            return [self.para(b.heading, st.subheading, (i,))] + [
                self.para(t, st.bullet, (i, j), bullet=marker) for j, t in enumerate(b.items)
            ]
        if isinstance(b, S.Strategies):
            title_style = st.subheading if self.spec.font == "serif" else st.plain_line
            marker = self.look.bullet or "•"
            return [self.para(b.title, title_style, (i,))] + [
                self.para(t, st.bullet, (i, j), bullet=marker) for j, t in enumerate(b.items)
            ]
        if isinstance(b, S.AssignmentList):
            heading_style = st.bold_line if self.spec.font == "sans" else st.subheading
            numbers = b.numbers or [f"{n + 1}." for n in range(len(b.items))]
            return [self.para(b.heading, heading_style, (i,))] + [
                self.para(t, st.numbered, (i, j), bullet=numbers[j]) for j, t in enumerate(b.items)
            ]
        if isinstance(b, S.IndicatorTable):
            return self.indicator_table(i, b)
        if isinstance(b, S.RiskTable):
            return self.risk_table(i, b)
        if isinstance(b, S.SymbolLegend):
            return self.symbol_legend(i, b)
        if isinstance(b, S.ControlPlan):
            return self.control_plan(i, b)
        if isinstance(b, S.Table):
            return self.data_table(i, b)
        if isinstance(b, S.PageBreak):
            return [RLPageBreak()]
        raise TypeError(f"unknown block {type(b).__name__}")

    # -- report indicators --------------------------------------------------
    def indicator_table(self, i: int, b: S.IndicatorTable) -> list[Flowable]:
        st = self.st
        fw = self.frame_w
        widths = [fw * 0.64, fw * 0.18, fw * 0.18]
        header = [self.para(b.columns[0], st.cell_bold),
                  self.para(b.columns[1], st.cell_right_bold), self.para(b.columns[2], st.cell_right_bold)]
        if b.comment_in_cell:
            return self._indicator_table_in_cell(i, b, widths, header)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID)] + self._box_fill() + [("VALIGN", (0, 0), (-1, -1), "TOP")]
        out: list[Flowable] = []
        pending: list[tuple[int, S.IndicatorRow]] = []

        def flush():
            if not pending:
                return
            data = [header] + [self._indicator_cells(row) for _, row in pending]
            keys = [None] + [(i, j) for j, _ in pending]
            out.append(self.table(data, widths, cmds, (i,) if not out else None, keys, 1))
            pending.clear()

        for j, row in enumerate(b.rows):
            pending.append((j, row))
            if row.comment:
                flush()
                out.append(self.para(f"<b>Kommentar</b> {markup(row.comment, self.look.charset)}", st.body, raw_markup=True))
        flush()
        return out

    def _indicator_table_in_cell(self, i: int, b: S.IndicatorTable, widths: list[float],
                                 header: list[Paragraph]) -> list[Flowable]:
        """Seed 001's layout: the comment inside the Indikatorer cell ("Kommentar" and the
        text under the indicator), one ruled cell per indicator that may break across pages
        between its paragraphs (the header repeats, the continuation has empty Utfall/Målvärde)."""
        st = self.st
        data: list[list] = [header]
        keys: list[Optional[Key]] = [None]
        cmds = self._open_cell_rules(2)
        for j, row in enumerate(b.rows):
            if j:
                cmds.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.5, GRID))
            data.append(self._indicator_cells(row))
            keys.append((i, j))
            if row.comment:
                data.append([self.para("Kommentar", st.cell_italic), "", ""])
                keys.append(None)
                for chunk in text_chunks(row.comment):
                    data.append([self.para(chunk, st.cell), "", ""])
                    keys.append(None)
        return [self.table(data, widths, cmds, (i,), keys, 1)]

    def _open_cell_rules(self, ncol_lines: int) -> list[tuple]:
        """Rules of a table whose rows may continue one cell: a box, the columns' vertical
        lines and the rule under the header; rules between cells are added per cell."""
        cmds = [("BOX", (0, 0), (-1, -1), 0.5, GRID), ("LINEBELOW", (0, 0), (-1, 0), 0.75, GRID)]
        cmds += [("LINEBEFORE", (c, 0), (c, -1), 0.5, GRID) for c in range(1, ncol_lines + 1)]
        return cmds + self._box_fill() + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)]

    def _indicator_cells(self, row: S.IndicatorRow) -> list[Paragraph]:
        st = self.st
        return [self.para(row.text, st.cell), self.para(printed_outcome(row) or "", st.cell_right),
                self.para(printed_target(row) or "", st.cell_right)]

    # -- symbol legends -------------------------------------------------------
    def symbol_legend(self, i: int, b: S.SymbolLegend) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [self.para(b.title, st.bold_line, (i,))]
        for intro, entries in b.groups:
            out.append(self.para(intro, st.body))
            out += [self.para(f"{symbol} = {meaning}", st.legend_entry) for symbol, meaning in entries]
        return out

    # -- the report's internal control plan (seed 001, 8.1) ------------------
    def control_plan(self, i: int, b: S.ControlPlan) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [self.para("Symbolförklaringar", st.bold_line, (i,)),
                               self.para("   ".join(f"{s} = {m}" for s, m in b.legend), st.body)]
        widths = [self.frame_w * 0.12, self.frame_w * 0.88]
        for a, area in enumerate(b.areas):
            out.append(self.para(area.area, st.bold_line, (i, a)))
            for r, risk in enumerate(area.risks):
                out.append(self.para(risk.risk, st.bold_keep, (i, a, r)))
                data: list[list] = [[self.para(c, st.cell_bold) for c in b.columns]]
                keys: list[Optional[Key]] = [None]
                cmds = self._open_cell_rules(1)
                for k, action in enumerate(risk.actions):
                    if k:
                        cmds.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.5, GRID))
                    data.append([self.para(action.status or "", st.cell), self.para(action.text, st.cell)])
                    keys.append((i, a, r, k))
                    if action.comment:
                        data.append(["", self.para("Kommentar", st.cell_italic)])
                        keys.append(None)
                        for paragraph in action.comment:
                            for chunk in text_chunks(paragraph):
                                data.append(["", self._question_para(chunk)])
                                keys.append(None)
                out.append(self.table(data, widths, cmds, None, keys, 1))
        return out

    def _question_para(self, text: str) -> Paragraph:
        """A comment paragraph; a leading question ("Har åtgärden bidragit till önskad effekt?")
        in italics, as the report prints it."""
        cs = self.look.charset
        m = _QUESTION.match(text)
        if not m:
            return self.para(text, self.st.cell)
        return self.para(f"<i>{markup(m.group(1), cs)}</i> {markup(text[m.end():], cs)}", self.st.cell,
                         raw_markup=True)

    # -- internal control plan ---------------------------------------------
    def risk_table(self, i: int, b: S.RiskTable) -> list[Flowable]:
        st = self.st
        ncol = len(b.columns)
        rel = {3: [0.2, 0.3, 0.5], 4: [0.17, 0.27, 0.44, 0.12]}.get(ncol, [1.0] * ncol)
        widths = [self.frame_w * r / sum(rel) for r in rel]
        data = [[self.para(c, st.cell_bold) for c in b.columns]]
        keys: list[Optional[Key]] = [None]
        cmds = [
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("INNERGRID", (0, 0), (-1, 0), 0.5, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, GRID),
        ] + self._box_fill() + [("VALIGN", (0, 0), (-1, -1), "TOP")]
        for col in range(1, ncol):
            cmds.append(("LINEBEFORE", (col, 0), (col, -1), 0.5, GRID))
        for r, row in enumerate(b.rows):
            for j, action in enumerate(row.actions or [""]):
                first = j == 0
                cells = [self.para(row.area if first else "", st.cell),
                         self.para(row.risk if first else "", st.cell), self.para(action, st.cell)]
                if ncol > 3:
                    status = row.statuses[j] if row.statuses and j < len(row.statuses) else ""
                    cells.append(self.para(status or "", st.cell))
                data.append(cells[:ncol])
                keys.append((i, r) if first else None)
                n = len(data) - 1
                # a new risk gets a full rule; further actions of the same risk
                # only rule the action (and status) columns, like merged cells
                start = (0 if row.area else 1) if first else 2
                cmds.append(("LINEABOVE", (start, n), (-1, n), 0.5, GRID))
                comment = row.comments[j] if row.comments and j < len(row.comments) else None
                if comment:  # the comment continues the action cell in a row of its own
                    data.append([""] * 2 + [[self.para("Kommentar", st.cell_italic), self.para(comment, st.cell)]]
                                + [""] * (ncol - 3))
                    keys.append(None)
        # rows never split inside (Word: "allow row to break across pages" off;
        # reportlab's splitInRow repeats the header mid-page)
        return [self.table(data, widths, cmds, (i,), keys, 1)]

    def _box_fill(self) -> list[tuple]:
        fill = self.look.box_header_fill
        return [("BACKGROUND", (0, 0), (-1, 0), fill)] if fill is not None else []

    # -- data tables ----------------------------------------------------------
    def data_table(self, i: int, b: S.Table) -> list[Flowable]:
        st = self.st
        self.table_count += 1
        ncols = 1 + len(b.columns)
        if b.col_widths and len(b.col_widths) == ncols:
            rel = list(b.col_widths)
        else:
            label = 0.30 if ncols >= 5 else 0.40
            rel = [label] + [(1 - label) / (ncols - 1)] * (ncols - 1)
        widths = [self.frame_w * r / sum(rel) for r in rel]
        nhead = len(b.header_rows)
        start = self.look.table_size
        if self.look.wide_table_size is not None and ncols >= 6:
            start = self.look.wide_table_size
        cs = st.cells(fitting_size(b, widths, st.fonts, start, self.look.charset))
        data = []
        cmds: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                             ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for r, hrow in enumerate(b.header_rows):
            hrow = list(hrow) + [""] * (ncols - len(hrow))
            cells = []
            for c, text in enumerate(hrow[:ncols]):
                cells.append(self.para(text, cs.bold if c == 0 else cs.right_bold))
            data.append(cells)
            if r < nhead - 1:  # upper header rows: "" after a value cell is spanned
                c = 1
                while c < ncols:
                    end = c
                    while hrow[c] and end + 1 < ncols and not hrow[end + 1]:
                        end += 1
                    if end > c:
                        cmds.append(("SPAN", (c, r), (end, r)))
                        cells[c] = self.para(hrow[c], cs.center_bold)
                        if b.ruled and self.look.table_rules != "none":
                            cmds.append(("LINEBELOW", (c, r), (end, r), 0.5, GRID))
                    c = end + 1
        keys: list[Optional[Key]] = [None] * nhead
        for r, row in enumerate(b.rows):
            bold = row.bold or row.group
            cells = [self.para(row.label, cs.bold if bold else cs.regular)]
            values = [] if row.group else list(row.cells)
            values += [""] * (ncols - 1 - len(values))
            for v in values[: ncols - 1]:
                cells.append(self.para(value_markup(v, self.look.charset), cs.right_bold if bold else cs.right,
                                       raw_markup=True))
            data.append(cells)
            keys.append((i, r))
        cmds += self._data_rules(b.ruled, nhead)
        out: list[Flowable] = []
        key: Optional[Key] = (i,)
        if b.caption:
            out.append(self.para(b.caption, st.caption, key))
            key = None
        out.append(self.table(data, widths, cmds, key, keys, nhead))
        return out


    def _data_rules(self, ruled: bool, nhead: int) -> list[tuple]:
        """Rules (and header fill) of a data table in this look. "alternate":
        ruled tables alternate Word "Table Grid" and a light list, unruled ones
        no lines and a single rule under the header."""
        style = self.look.table_rules
        last_header = nhead - 1
        fill = self.look.table_header_fill
        cmds: list[tuple] = []
        if ruled and fill is not None:
            cmds.append(("BACKGROUND", (0, 0), (-1, last_header), fill))
        if style == "none":
            return cmds
        grid = ruled and (style == "grid" or (style == "alternate" and self.table_count % 2 == 1))
        if grid:  # Word "Table Grid"
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, GRID)]
        elif ruled:  # Word light list: horizontal rules only
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, GRID),
                     ("LINEBELOW", (0, last_header), (-1, last_header), 1, GRID),
                     ("LINEBELOW", (0, nhead), (-1, -1), 0.25, GRID)]
        elif self.table_count % 2 == 0:  # unruled: sometimes a single rule under the header
            cmds += [("LINEBELOW", (0, last_header), (-1, last_header), 0.5, colors.black)]
        return cmds


def printed_outcome(row: S.IndicatorRow) -> Optional[str]:
    """The text printed in an indicator row's "Utfall" cell: the status symbol (if
    any), then the outcome, or the status word when only a status is given."""
    word = row.outcome or (row.status.capitalize() if row.status and row.status_word else None)
    text = " ".join(p for p in (row.outcome_symbol, word) if p)
    return text or None


def printed_target(row: S.IndicatorRow) -> Optional[str]:
    """The text printed in "Målvärde": the target value, or a colour symbol plus a trend arrow."""
    text = " ".join(p for p in (row.target_symbol, row.target, row.trend) if p)
    return text or None


_QUESTION = re.compile(r"^([^.?!]{8,120}\?)\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def text_chunks(text: str, limit: int = 420) -> list[str]:
    """``text`` cut at sentence ends into pieces of at most about ``limit`` characters: the
    rows of one table cell that may break across pages between them (Word lets a row
    break across pages; reportlab breaks only between rows)."""
    out: list[str] = []
    for sentence in _SENTENCE.split(text.strip()):
        if out and len(out[-1]) + 1 + len(sentence) <= limit:
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out
