"""LibreOffice engine: the layout as a Word document (.docx, python-docx) that
LibreOffice Writer exports to PDF (``soffice --headless --convert-to pdf``).

Built on :class:`samples.producers.docx_writer.DocxWriter` (page setup,
styles, running header with PAGE/NUMPAGES fields, real list numbering).
How it expresses the style: rules as table borders (``w:tblBorders``; booktabs'
rule under the head as cell borders), zebra and header fills as cell shading
(``w:shd``), merged group headers as ``w:gridSpan``, a repeated header as
``w:tblHeader``; lists as Word numbering with a "•", "–" or "▪" glyph or
"N."; two text columns and landscape pages as sections (``w:cols``,
``w:pgSz w:orient``) with continuous section breaks around full-width
tables.  Word bullets are glyphs: a drawn disc ("shape") cannot be made.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from samples.generator import spec as S
from samples.layouts import model as M
from samples.producers import docx_writer as W

NAME = "libreoffice"
PORTRAIT_CM, LANDSCAPE_CM = W.TEXT_WIDTH_CM, 29.7 - 2 * 2.3
BULLETS = {"glyph": "•", "dash": "–", "square": "▪"}
DARK, LIGHT, ZEBRA = "1F3A5F", "DDE3EC", "E6EBF2"


def available() -> bool:
    return W.docx is not None and bool(_exe())


def _exe():
    return shutil.which("soffice") or shutil.which("libreoffice")


def _borders(tag: str, sides: dict[str, int]) -> str:
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="333333"/>' if sz else
                    f'<w:{s} w:val="nil"/>' for s, sz in sides.items())
    return f'<w:{tag} {W.nsdecls("w")}>{inner}</w:{tag}>'


class LayoutDocx(W.DocxWriter):
    def __init__(self, doc: M.LayoutDoc):
        super().__init__(S.DocSpec(stem="layout", doc_type="other", year=2024, organisation=doc.organisation,
                                   title=doc.title, running_header=doc.running_header, blocks=[], font=doc.font))
        self.layout = doc
        self.width_cm = PORTRAIT_CM

    # -- sections ----------------------------------------------------------------
    def section(self, new_page: bool, columns: int, landscape: bool) -> None:
        from docx.enum.section import WD_SECTION

        sec = self.doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        sec.different_first_page_header_footer = False
        self.set_page(sec, columns, landscape)

    def set_page(self, sec, columns: int, landscape: bool) -> None:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (W.Mm(297), W.Mm(210)) if landscape else (W.Mm(210), W.Mm(297))
        sect = sec._sectPr
        for old in sect.findall(W.qn("w:cols")):
            sect.remove(old)
        sect.append(W.parse_xml(f'<w:cols {W.nsdecls("w")} w:num="{columns}" w:space="510"/>'))
        self.width_cm = LANDSCAPE_CM if landscape else PORTRAIT_CM

    # -- blocks ------------------------------------------------------------------
    def list_block(self, b: M.ListBlock) -> None:
        if b.marker == "numbered":
            self._list(b.items, "decimal", b.start if b.start != 1 else None)
        elif b.marker == "unmarked":
            for t in b.items:
                p = self.para(t)
                p.paragraph_format.left_indent = W.Cm(0.6)
                p.paragraph_format.space_after = W.Pt(3)
        else:
            self._list(b.items, BULLETS[b.marker])

    def cell(self, cell, c: M.Cell, size: float, fill: str | None, white: bool) -> None:
        p = cell.paragraphs[0]
        p.style = self.doc.styles["Tabelltext"]
        align = {"right": W.WD_ALIGN_PARAGRAPH.RIGHT, "center": W.WD_ALIGN_PARAGRAPH.CENTER}.get(c.align)
        if c.parts is not None:
            nid = self._num("decimal" if c.marker == "numbers" else "•") if c.marker else None
            for k, part in enumerate(c.parts):
                q = p if k == 0 else cell.add_paragraph(style=self.doc.styles["Tabelltext"])
                q.paragraph_format.space_after = W.Pt(5)
                if nid is not None:
                    q._p.get_or_add_pPr().append(W.parse_xml(
                        f'<w:numPr {W.nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
                self._run(q, part, size=size)
        else:
            for k, line in enumerate(c.lines):
                r = self._run(p, line, bold=c.bold, size=size)
                if white:
                    r.font.color.rgb = W.docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
                if k + 1 < len(c.lines):
                    r.add_break()
        if align is not None:
            p.alignment = align
        if c.indent:
            p.paragraph_format.left_indent = W.Cm(0.5)
        if fill:
            cell._tc.get_or_add_tcPr().append(W.parse_xml(
                f'<w:shd {W.nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def grid(self, g: M.Grid) -> None:
        if g.caption:
            self.para(g.caption, bold=True, keep_with_next=True).paragraph_format.space_after = W.Pt(2)
        widths = [w / sum(g.widths) * self.width_cm for w in g.widths]
        t = self._table(g.ncols, widths, ruled=False)
        sides = {"grid": dict(top=4, left=4, bottom=4, right=4, insideH=4, insideV=4),
                 "rows": dict(top=4, left=0, bottom=4, right=0, insideH=0 if g.row_groups else 4, insideV=0),
                 "booktabs": dict(top=12, left=0, bottom=12, right=0, insideH=0, insideV=0)}.get(
            g.rules, dict(top=0, left=0, bottom=0, right=0, insideH=0, insideV=0))
        t._tbl.tblPr.append(W.parse_xml(_borders("tblBorders", sides)))
        hfill = {"dark": DARK, "light": LIGHT}.get(g.header_fill or "")
        for k, hrow in enumerate(g.header):
            row = self._row(t, widths, header=g.repeat_header)
            col = 0
            for c in hrow.cells:
                cell = row.cells[col]
                if c.span > 1:
                    cell = cell.merge(row.cells[col + c.span - 1])
                self.cell(cell, c, g.font_size, hfill, g.header_fill == "dark")
                if g.rules == "booktabs" and k == len(g.header) - 1:
                    cell._tc.get_or_add_tcPr().append(W.parse_xml(_borders("tcBorders", {"bottom": 6})))
                col += c.span
        for k, (r, shaded) in enumerate(zip(g.body, g.shaded())):
            row = self._row(t, widths)
            for col, c in enumerate(r.cells[: g.ncols]):
                self.cell(row.cells[col], c, g.font_size, ZEBRA if shaded else None, False)
                tc = row.cells[col]._tc
                if r.rule_above and col and not g.row_groups:
                    tc.get_or_add_tcPr().append(W.parse_xml(_borders("tcBorders", {"top": 6})))
                if g.rules == "rows" and g.row_groups and g.ruled_below(k):
                    tc.get_or_add_tcPr().append(W.parse_xml(_borders("tcBorders", {"bottom": 4})))
        self._space_after_table()

    def block(self, b) -> None:
        if isinstance(b, M.Heading):
            if b.level == 0:
                self.para(b.text, bold=True, size=20)
            else:
                self.doc.add_paragraph(b.text, style=f"Heading {min(b.level, 3)}")
        elif isinstance(b, M.Para):
            self.para(b.text, bold=b.bold, italic=b.italic)
        elif isinstance(b, M.ListBlock):
            self.list_block(b)
        elif isinstance(b, M.Grid):
            self.grid(b)
        else:
            raise TypeError(type(b).__name__)

    def build(self):
        for k, s in enumerate(self.layout.sections):
            if k == 0:
                self.set_page(self.doc.sections[0], s.columns, s.landscape)
            else:
                self.section(s.new_page, s.columns, s.landscape)
            for b in s.blocks:
                if s.columns == 2 and isinstance(b, M.Grid):  # a full-width table between the columns
                    self.section(False, 1, s.landscape)
                    self.block(b)
                    self.section(False, 2, s.landscape)
                else:
                    self.block(b)
        return self.doc


def render(doc: M.LayoutDoc, work: Path, stem: str) -> Path:
    src = work / f"{stem}.docx"
    LayoutDocx(doc).build().save(str(src))
    profile = work / "profile"
    subprocess.run([_exe(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(work), str(src)],
                   check=True, capture_output=True, timeout=180)
    return work / f"{stem}.pdf"
