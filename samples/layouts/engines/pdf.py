"""The project's own engine: reportlab platypus, with embedded DejaVu fonts.

How it expresses the style: rules as table line commands (GRID, LINEBELOW
per row, booktabs' three LINEABOVE/LINEBELOW), zebra as ROWBACKGROUNDS,
merged group headers as SPAN, a repeated header as ``repeatRows``; list
markers: "•"/"–" as bullet text (glyphs), a disc or square drawn as a
shape beside the item, numbers as bullet text, unmarked as an indent; two
text columns as :class:`BalancedColumns` between full-width tables; a
landscape page as a page template of its own.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import BalancedColumns
from xml.sax.saxutils import escape

from samples.generator.looks import DEJAVU_DIR
from samples.layouts import model as M

NAME = "reportlab"
FACES = {"sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
         "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")}
DARK = colors.Color(0.12, 0.23, 0.37)
LIGHT = colors.Color(0.87, 0.89, 0.93)
ZEBRA = colors.Color(0.90, 0.92, 0.95)
LINE = colors.Color(0.25, 0.25, 0.25)
MARGIN = 2.2 * cm


def available() -> bool:
    return all((DEJAVU_DIR / f"{f}.ttf").exists() for faces in FACES.values() for f in faces)


def _register(font: str) -> tuple[str, str, str]:
    faces = FACES[font]
    for f in faces:
        if f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, str(DEJAVU_DIR / f"{f}.ttf")))
    pdfmetrics.registerFontFamily(faces[0], normal=faces[0], bold=faces[1], italic=faces[2], boldItalic=faces[1])
    return faces


class MarkedPara(Paragraph):
    """A list item whose marker is drawn as a shape (a filled disc or square)
    at the first line's left, not typed; only the first part of a split item
    has it."""

    def __init__(self, text, style, shape: str):
        super().__init__(text, style)
        self.shape = shape

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for k, part in enumerate(parts):
            part.shape = self.shape if k == 0 else None
        return parts

    def draw(self):
        super().draw()
        if getattr(self, "shape", None):
            c, size = self.canv, 3.8
            y = self.height - self.style.leading + self.style.fontSize * 0.32
            c.saveState()
            c.setFillColor(colors.black)
            if self.shape == "shape":
                c.circle(4 + size / 2, y, size / 2, stroke=0, fill=1)
            else:
                c.rect(4, y - size / 2, size, size, stroke=0, fill=1)
            c.restoreState()


class _Builder:
    def __init__(self, doc: M.LayoutDoc):
        self.doc = doc
        regular, bold, italic = _register(doc.font)
        self.fonts = (regular, bold, italic)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, spaceAfter=6)
        self.heads = {0: ParagraphStyle("h0", fontName=bold, fontSize=20, leading=24, spaceAfter=8),
                      1: ParagraphStyle("h1", fontName=bold, fontSize=14, leading=17, spaceBefore=10, spaceAfter=6,
                                        keepWithNext=1),
                      # no keepWithNext: with a table it would move both to the next page
                      2: ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=5),
                      3: ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                                        spaceAfter=4)}

    def para(self, text: str, **kw) -> Paragraph:
        return Paragraph(escape(text), ParagraphStyle("p", parent=self.body, **kw))

    def list_block(self, b: M.ListBlock) -> list:
        out = []
        for k, t in enumerate(b.items):
            if b.marker in ("shape", "square"):
                out.append(MarkedPara(escape(t), ParagraphStyle("li", parent=self.body, leftIndent=16, spaceAfter=3),
                                      b.marker))
                continue
            bullet = {"glyph": "•", "dash": "–", "numbered": f"{b.start + k}.", "unmarked": None}[b.marker]
            kw = dict(leftIndent=16, spaceAfter=3)
            if bullet:
                kw.update(bulletIndent=2, bulletFontName=self.fonts[0])
                p = Paragraph(escape(t), ParagraphStyle("li", parent=self.body, **kw), bulletText=bullet)
            else:
                p = Paragraph(escape(t), ParagraphStyle("li", parent=self.body, **kw))
            out.append(p)
        out.append(Spacer(1, 3))
        return out

    def cell(self, c: M.Cell, size: float, white: bool = False):
        font = self.fonts[1] if c.bold else self.fonts[0]
        align = {"left": 0, "center": 1, "right": 2}[c.align]
        st = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.2, alignment=align,
                            leftIndent=12 if c.indent else 0, textColor=colors.white if white else colors.black)
        if c.parts is not None:
            out = []
            for k, part in enumerate(c.parts):
                if c.marker:
                    bullet = "•" if c.marker == "bullets" else f"{k + 1}."
                    out.append(Paragraph(escape(part), ParagraphStyle("a", parent=st, leftIndent=12, bulletIndent=0,
                                                                      spaceAfter=4, bulletFontName=self.fonts[0]),
                                         bulletText=bullet))
                else:
                    out.append(Paragraph(escape(part), ParagraphStyle("a", parent=st, spaceAfter=6)))
            return out
        return Paragraph("<br/>".join(escape(x) for x in c.lines), st)

    def grid(self, g: M.Grid, width: float) -> list:
        ncols = g.ncols
        data, cmds = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        white = g.header_fill == "dark"
        for r, row in enumerate(g.header):
            line, col = [], 0
            for c in row.cells:
                line.append(self.cell(c, g.font_size, white))
                if c.span > 1:
                    cmds.append(("SPAN", (col, r), (col + c.span - 1, r)))
                    line += [""] * (c.span - 1)
                col += c.span
            data.append(line + [""] * (ncols - len(line)))
        nh = len(g.header)
        for r, (row, shaded) in enumerate(zip(g.body, g.shaded())):
            data.append([self.cell(c, g.font_size) for c in row.cells] + [""] * (ncols - len(row.cells)))
            if row.kind == "spacer":
                cmds.append(("FONTSIZE", (0, nh + r), (-1, nh + r), 4))
            if shaded:
                cmds.append(("BACKGROUND", (0, nh + r), (-1, nh + r), ZEBRA))
            if row.rule_above and not g.row_groups:
                cmds.append(("LINEABOVE", (1, nh + r), (-1, nh + r), 0.6, LINE))
        last = len(data) - 1
        if g.header_fill:
            cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), DARK if white else LIGHT))
        if g.rules == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, LINE))
        elif g.rules == "rows":
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, LINE))
            cmds += [("LINEBELOW", (0, r), (-1, r), 0.5, LINE) for r in range(nh)]
            cmds += [("LINEBELOW", (0, nh + k), (-1, nh + k), 0.5, LINE) for k in range(len(g.body))
                     if g.ruled_below(k)]
        elif g.rules == "booktabs":
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), ("LINEBELOW", (0, last), (-1, last), 1.2,
                                                                          colors.black)]
            if nh:
                cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.6, colors.black))
        widths = [w / sum(g.widths) * width for w in g.widths]
        t = Table(data, colWidths=widths, repeatRows=nh if g.repeat_header else 0, splitByRow=1)
        t.setStyle(TableStyle(cmds))
        out = []
        if g.caption:
            out.append(self.para(g.caption, fontName=self.fonts[1], spaceAfter=2))
        return out + [t, Spacer(1, 8)]

    def block(self, b, width: float) -> list:
        if isinstance(b, M.Heading):
            return [Paragraph(escape(b.text), self.heads[min(b.level, 3)])]
        if isinstance(b, M.Para):
            font = self.fonts[1] if b.bold else (self.fonts[2] if b.italic else self.fonts[0])
            return [self.para(b.text, fontName=font)]
        if isinstance(b, M.ListBlock):
            return self.list_block(b)
        if isinstance(b, M.Grid):
            return self.grid(b, width)
        raise TypeError(type(b).__name__)

    def story(self) -> list:
        out: list = []
        portrait_w = A4[0] - 2 * MARGIN
        for k, s in enumerate(self.doc.sections):
            width = A4[1] - 2 * MARGIN if s.landscape else portrait_w
            if k and (s.new_page or s.landscape):
                out += [NextPageTemplate("wide" if s.landscape else "one"), PageBreak()]
            text: list = []
            for b in s.blocks:
                if s.columns == 2 and not isinstance(b, M.Grid):
                    text += self.block(b, (width - 0.8 * cm) / 2)
                    continue
                if text:
                    out.append(BalancedColumns(text, nCols=2, spaceBefore=0, innerPadding=0.4 * cm))
                    text = []
                out += self.block(b, width)
            if text:
                out.append(BalancedColumns(text, nCols=2, innerPadding=0.4 * cm))
            if s.landscape and k + 1 < len(self.doc.sections) and not self.doc.sections[k + 1].new_page:
                out += [NextPageTemplate("one"), PageBreak()]
            elif s.landscape:
                out.append(NextPageTemplate("one"))
        return out


def render(doc: M.LayoutDoc, work: Path, stem: str) -> Path:
    b = _Builder(doc)
    out = work / f"{stem}.pdf"

    def furniture(canvas, d):
        canvas.saveState()
        canvas.setFont(b.fonts[0], 8)
        w, h = canvas._pagesize
        canvas.drawString(MARGIN, h - 1.3 * cm, doc.running_header)
        canvas.drawRightString(w - MARGIN, h - 1.3 * cm, str(canvas.getPageNumber()))
        canvas.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    templates = [PageTemplate("one", [Frame(MARGIN, MARGIN, pw - 2 * MARGIN, ph - 2 * MARGIN, id="f")],
                              onPage=furniture, pagesize=A4),
                 PageTemplate("wide", [Frame(MARGIN, MARGIN, lw - 2 * MARGIN, lh - 2 * MARGIN, id="w")],
                              onPage=furniture, pagesize=landscape(A4))]
    d = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=templates, title=doc.title, author=doc.organisation,
                        creator="plandigit layouts (reportlab)", invariant=1)
    d.build(b.story())
    return out
