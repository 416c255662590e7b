"""Write a :class:`DocSpec` as a Word document (.docx) the way a Word user
would have typed it, for LibreOffice Writer to turn into a PDF.

python-docx (a generator-time dependency only, extra ``samples``) plus the
few WordprocessingML pieces it has no API for:

* headings in the built-in "Heading 1–4" styles, the spec's number typed
  before the title;
* real list numbering: bullets and "N." lists are numbering definitions
  (``w:abstractNum``/``w:num``, ``w:numPr`` on the paragraph), never a typed
  "•"; an AssignmentList that starts at "3." restarts its list at 3;
* tables with merged cells: a group header ("Budget 2024") spans its
  sub-columns (``w:gridSpan``), the top-left unit cell and the risk table's
  Verksamhet/Risk cells are merged down (``w:vMerge``); header rows repeat on
  every page (``w:tblHeader``); ruled tables in "Table Grid", unruled ones
  without borders;
* a title page without header/footer (``w:titlePg``), then a running header
  with a ``PAGE``/``NUMPAGES`` field "N(M)" and a footer with the
  organisation and the date.

Fonts: DejaVu Sans / DejaVu Serif (Unicode: ● ◆ ■ ○ ✓ ⚠ → ↗ print as typed).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Optional

from samples.generator import spec as S
from samples.producers.common import (
    FONT_FAMILIES,
    column_shares,
    header_cells,
    first_number,
    furniture_texts,
    legend_line,
    malvarde_text,
    numbered,
    utfall_text,
)

try:  # generator-time only: pip install -e .[samples]
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Mm, Pt
except ImportError:  # pragma: no cover - reported by make.py
    docx = None

TEXT_WIDTH_CM = 21.0 - 2 * 2.3
BULLET_MARKERS = {"•": "•", "–": "–", "o": "o", "-": "-"}


def _require() -> None:
    if docx is None:
        raise RuntimeError("python-docx is not installed: pip install -e '.[samples]'")


class DocxWriter:
    """One spec → one python-docx Document."""

    def __init__(self, spec: S.DocSpec):
        _require()
        self.spec = spec
        self.doc = docx.Document()
        self.family = FONT_FAMILIES[spec.font]
        self._abstract: dict[str, int] = {}  # list kind → abstractNum id
        self._next_num = 100
        self._setup()

    # -- document setup --------------------------------------------------
    def _setup(self) -> None:
        d = self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
        sec.header_distance = sec.footer_distance = Cm(1.2)
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Title", "Header", "Footer",
                     "List Paragraph"):
            self._font(d.styles[name])
        normal = d.styles["Normal"]
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        for level, size in zip(range(1, 5), (15, 13, 11.5, 10.5)):
            st = d.styles[f"Heading {level}"]
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.italic = level == 4
            st.paragraph_format.space_before = Pt(14 if level == 1 else 10)
            st.paragraph_format.space_after = Pt(6)
        cell = d.styles.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = normal
        cell.font.size = Pt(9)
        cell.paragraph_format.space_after = Pt(0)
        cell.paragraph_format.line_spacing = 1.0
        self._header_footer(sec)

    def _font(self, style) -> None:
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.insert(0, fonts)
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(qn(f"w:{attr}"), self.family)

    def _header_footer(self, sec) -> None:
        header, left, date = furniture_texts(self.spec)
        sec.different_first_page_header_footer = True  # the title page has none
        tab = Cm(TEXT_WIDTH_CM)
        p = sec.header.paragraphs[0]
        p.style = self.doc.styles["Tabelltext"]  # the template's Header style has its own tab stops
        p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, header, size=8.5)
        self._run(p, "\t", size=8.5)
        self._field(p, "PAGE", "1")
        self._run(p, "(", size=8.5)
        self._field(p, "NUMPAGES", "1")
        self._run(p, ")", size=8.5)
        f = sec.footer.paragraphs[0]
        f.style = self.doc.styles["Tabelltext"]
        f.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        self._run(f, f"{left}\t{date}", size=8)

    def _field(self, p, instr: str, shown: str) -> None:
        """A Word field (PAGE, NUMPAGES) that the producer fills in."""
        runs = [f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="17"/></w:rPr>'
                f'<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="17"/></w:rPr><w:t>{shown}</w:t></w:r>',
                f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>']
        for r in runs:
            p._p.append(parse_xml(r))

    # -- numbering ---------------------------------------------------------
    def _numbering(self):
        return self.doc.part.numbering_part.element

    def _abstract_num(self, kind: str) -> int:
        """The abstractNum for a bullet marker ("•", "–", "o") or "decimal"."""
        if kind in self._abstract:
            return self._abstract[kind]
        aid = 50 + len(self._abstract)
        if kind == "decimal":
            lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="454" w:hanging="454"/></w:pPr></w:lvl>')
        else:
            font = "Courier New" if kind == "o" else self.family
            lvl = (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{kind}"/>'
                   f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
                   f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr></w:lvl>')
        el = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="singleLevel"/>{lvl}</w:abstractNum>')
        numbering = self._numbering()
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        self._abstract[kind] = aid
        return aid

    def _num(self, kind: str, start: Optional[int] = None) -> int:
        """A new list instance (w:num) of ``kind``, restarting at ``start``."""
        aid = self._abstract_num(kind)
        nid = self._next_num
        self._next_num += 1
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if start is not None else "")
        self._numbering().append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>'))
        return nid

    def _list(self, items: list[str], kind: str, start: Optional[int] = None) -> None:
        nid = self._num(kind, start)
        for text in items:
            p = self.doc.add_paragraph(style="List Paragraph")
            p.paragraph_format.space_after = Pt(3)
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
            self._run(p, text)

    # -- paragraphs ----------------------------------------------------------
    @staticmethod
    def _run(p, text: str, bold: bool = False, italic: bool = False, size: Optional[float] = None):
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        return r

    def para(self, text: str, bold: bool = False, italic: bool = False, size: Optional[float] = None,
             keep_with_next: bool = False):
        p = self.doc.add_paragraph()
        self._run(p, text, bold, italic, size)
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        return p

    # -- tables ----------------------------------------------------------------
    def _table(self, ncols: int, widths_cm: list[float], ruled: bool = True):
        t = self.doc.add_table(rows=0, cols=ncols)
        if ruled:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for col, w in zip(t.columns, widths_cm):
            col.width = Cm(w)
        return t

    def _row(self, t, widths_cm: list[float], header: bool = False):
        row = t.add_row()
        if header:
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
        return row

    def _cell(self, cell, text: str, bold: bool = False, italic: bool = False, right: bool = False,
              centre: bool = False, size: Optional[float] = None):
        p = cell.paragraphs[0]
        p.style = self.doc.styles["Tabelltext"]
        if text:
            self._run(p, text, bold, italic, size)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def _cell_para(self, cell, text: str, bold: bool = False, italic: bool = False):
        p = cell.add_paragraph(style=self.doc.styles["Tabelltext"])
        self._run(p, text, bold, italic)
        return p

    def _space_after_table(self) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)

    # -- blocks ----------------------------------------------------------------
    def title_page(self) -> None:
        s = self.spec
        for _ in range(8):
            self.doc.add_paragraph()
        self.para(s.title, bold=True, size=24)
        self.para(s.organisation, size=15)
        for line in s.title_page_lines:
            self.para(line, size=12)
        self.doc.add_page_break()

    def block(self, b) -> None:
        if isinstance(b, S.Heading):
            text = f"{b.number} {b.title}" if b.number else b.title
            self.doc.add_paragraph(text, style=f"Heading {min(max(b.level, 1), 4)}")
        elif isinstance(b, S.Para):
            self.para(b.text, bold=b.style == "bold", italic=b.style == "italic")
        elif isinstance(b, S.Bullets):
            self._list(b.items, BULLET_MARKERS.get(b.marker, "•"))
        elif isinstance(b, S.Goal):
            self.para(f"{b.cue} {b.text}", bold=True)
        elif isinstance(b, S.Assignment):
            self.para(f"{b.cue} {b.text}", bold=True)
            if b.comment:
                self.para("Kommentar", bold=True, keep_with_next=True)
                self.para(b.comment)
        elif isinstance(b, S.Indicators):
            self.para(b.heading, italic=True, keep_with_next=True)
            for t in b.items:
                self.para(t)
        elif isinstance(b, S.Activities):
            self.para(b.heading, italic=True, keep_with_next=True)
            self._list(b.items, "•")
        elif isinstance(b, S.Strategies):
            self.para(b.title, italic=self.spec.font == "serif", keep_with_next=True)
            self._list(b.items, "•")
        elif isinstance(b, S.AssignmentList):
            self.para(b.heading, bold=True, keep_with_next=True)
            start = first_number(b)
            if start is not None:
                self._list(b.items, "decimal", start)
            else:  # numbers that are not one running list: typed, with a hanging indent
                for n, t in zip(numbered(b), b.items):
                    p = self.para(f"{n}\t{t}")
                    p.paragraph_format.left_indent = Cm(0.8)
                    p.paragraph_format.first_line_indent = Cm(-0.8)
        elif isinstance(b, S.IndicatorTable):
            self.indicator_table(b)
        elif isinstance(b, S.SymbolLegend):
            self.para(b.title, bold=True, keep_with_next=True)
            for intro, pairs in b.groups:
                self.para(intro, keep_with_next=True)
                for symbol, meaning in pairs:
                    p = self.para(f"{symbol} = {meaning}")
                    p.paragraph_format.space_after = Pt(2)
        elif isinstance(b, S.ControlPlan):
            self.control_plan(b)
        elif isinstance(b, S.RiskTable):
            self.risk_table(b)
        elif isinstance(b, S.Table):
            self.data_table(b)
        elif isinstance(b, S.PageBreak):
            self.doc.add_page_break()
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def indicator_table(self, b: S.IndicatorTable) -> None:
        widths = [TEXT_WIDTH_CM * r for r in (0.64, 0.18, 0.18)]
        pending: list[S.IndicatorRow] = []

        def flush() -> None:
            if not pending:
                return
            t = self._table(3, widths)
            head = self._row(t, widths, header=True)
            for c, (cell, name) in enumerate(zip(head.cells, b.columns)):
                self._cell(cell, name, bold=True, right=c > 0)
            for row in pending:
                cells = self._row(t, widths).cells
                self._cell(cells[0], row.text)
                if b.comment_in_cell and row.comment:
                    self._cell_para(cells[0], "Kommentar", italic=True)
                    self._cell_para(cells[0], row.comment)
                self._cell(cells[1], utfall_text(row), right=True)
                self._cell(cells[2], malvarde_text(row), right=True)
            pending.clear()
            self._space_after_table()

        for row in b.rows:
            pending.append(row)
            if row.comment and not b.comment_in_cell:
                flush()
                p = self.doc.add_paragraph()
                self._run(p, "Kommentar", bold=True)
                self._run(p, f" {row.comment}")
        flush()

    def control_plan(self, b: S.ControlPlan) -> None:
        self.para("Symbolförklaringar", bold=True, keep_with_next=True)
        self.para(legend_line(b.legend))
        widths = [TEXT_WIDTH_CM * 0.12, TEXT_WIDTH_CM * 0.88]
        for area in b.areas:
            self.para(area.area, bold=True, size=12, keep_with_next=True)
            for risk in area.risks:
                self.para(risk.risk, bold=True, keep_with_next=True)
                t = self._table(2, widths)
                head = self._row(t, widths, header=True)
                self._cell(head.cells[0], b.columns[0], bold=True)
                self._cell(head.cells[1], b.columns[1], bold=True)
                for action in risk.actions:
                    cells = self._row(t, widths).cells
                    self._cell(cells[0], action.status or "", centre=True, size=11)
                    self._cell(cells[1], action.text)
                    if action.comment:
                        self._cell_para(cells[1], "Kommentar", italic=True)
                        for line in action.comment:
                            self._cell_para(cells[1], line)
                self._space_after_table()

    def risk_table(self, b: S.RiskTable) -> None:
        ncol = len(b.columns)
        rel = {3: [0.2, 0.3, 0.5], 4: [0.17, 0.27, 0.44, 0.12]}.get(ncol, [1.0 / ncol] * ncol)
        widths = [TEXT_WIDTH_CM * r / sum(rel) for r in rel]
        t = self._table(ncol, widths)
        head = self._row(t, widths, header=True)
        for cell, name in zip(head.cells, b.columns):
            self._cell(cell, name, bold=True)
        area_top = risk_top = None
        for row in b.rows:
            for j, action in enumerate(row.actions or [""]):
                cells = self._row(t, widths).cells
                if j == 0:
                    if row.area or area_top is None:
                        area_top = cells[0]
                        self._cell(cells[0], row.area)
                    else:  # the area continues: merged down with the cell above
                        area_top = area_top.merge(cells[0])
                    risk_top = cells[1]
                    self._cell(cells[1], row.risk)
                else:
                    area_top = area_top.merge(cells[0])
                    risk_top = risk_top.merge(cells[1])
                self._cell(cells[2], action)
                comment = row.comments[j] if row.comments and j < len(row.comments) else None
                if comment:
                    self._cell_para(cells[2], "Kommentar", italic=True)
                    self._cell_para(cells[2], comment)
                if ncol > 3:
                    status = row.statuses[j] if row.statuses and j < len(row.statuses) else ""
                    self._cell(cells[3], status or "")
        self._space_after_table()

    def data_table(self, b: S.Table) -> None:
        ncols = 1 + len(b.columns)
        widths = [TEXT_WIDTH_CM * w for w in column_shares(b)]
        size = 9 if ncols <= 6 else (8 if ncols <= 8 else 7)
        if b.caption:
            self.para(b.caption, bold=True, keep_with_next=True)
        t = self._table(ncols, widths, ruled=b.ruled)
        head_rows = []
        for row_cells in header_cells(b):
            row = self._row(t, widths, header=True)
            head_rows.append(row)
            cells = row.cells
            for c, end, text in row_cells:
                cell = cells[c].merge(cells[end]) if end > c else cells[c]
                self._cell(cell, text, bold=True, right=c > 0 and end == c, centre=end > c, size=size)
        # the top-left cell (unit) is merged down over the empty cells below it
        if len(head_rows) > 1 and all(not h or not h[0] for h in b.header_rows[1:]):
            top = head_rows[0].cells[0]
            for row in head_rows[1:]:
                top = top.merge(row.cells[0])
        for row in b.rows:
            bold = row.bold or row.group
            cells = self._row(t, widths).cells
            self._cell(cells[0], row.label, bold=bold, size=size)
            values = [] if row.group else list(row.cells)
            for c, v in enumerate(values[: ncols - 1]):
                self._cell(cells[c + 1], v, bold=bold, right=True, size=size)
        self._space_after_table()

    # -- whole document ----------------------------------------------------------
    def build(self):
        self.title_page()
        for b in self.spec.blocks:
            self.block(b)
        props = self.doc.core_properties
        props.title, props.author = self.spec.title, self.spec.organisation
        props.subject = f"{self.spec.doc_type} {self.spec.year}"
        return self.doc


def write_docx(spec: S.DocSpec, path: Path) -> Path:
    """Write ``spec`` as ``path`` (.docx)."""
    doc = DocxWriter(spec).build()
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def document_xml(spec: S.DocSpec) -> bytes:
    """The main document part's XML (what must be deterministic)."""
    doc = DocxWriter(spec).build()
    return doc.element.xml.encode("utf-8")
