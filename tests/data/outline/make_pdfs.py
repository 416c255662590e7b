"""Make the outline-text test PDFs: ``python tests/data/outline/make_pdfs.py``.

Print shops deliver PDFs whose every glyph is a vector path: no text layer,
no images.  These pages are drawn so: DejaVu Sans glyph outlines (fontTools
reads the font; generator-time only, the tests read the committed PDFs)
filled by reportlab.

* ``outline_prose.pdf``: a heading, prose at 11 pt and a small money table;
* ``outline_toc.pdf``: a table of contents with dot leaders at 11 pt.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")
W, H = A4

PROSE = [
    "Servicenämnden ansvarar för fastigheter, måltider, städning och transporter",
    "i regionen. Nämnden beslutade under året om en ny plan för digitalisering av",
    "verksamheten och om investeringar i lokaler, fordon och utrustning. Målet är",
    "en hållbar och kostnadseffektiv service till regionens verksamheter och",
    "invånare. Uppföljningen sker varje tertial och resultatet redovisas för",
    "nämnden i samband med delårsrapporten och årsredovisningen.",
]
TABLE = [("Summa intäkter", "2 627,9"), ("Summa kostnader", "-2 472,3"), ("Resultat", "155,6")]
TOC = [
    ("1", "Inledning", "3"), ("2", "Vision och värdegrund", "4"), ("3", "Syfte och roll", "5"),
    ("4", "Omvärld och förutsättningar", "6"), ("5", "Mål, strategier och uppdrag", "8"),
    ("6", "Budget", "12"), ("7", "Organisation", "14"), ("8", "Uppföljning", "15"),
    ("9", "Intern styrning och kontroll", "16"), ("9.1", "Internkontrollplan", "17"),
]


class _ReportlabPen(BasePen):
    """fontTools pen drawing into a reportlab path, glyph units scaled and moved."""

    def __init__(self, glyphs, path, scale: float, x: float, y: float):
        super().__init__(glyphs)
        self.path, self.scale, self.x, self.y = path, scale, x, y

    def _pt(self, p):
        return self.x + p[0] * self.scale, self.y + p[1] * self.scale

    def _moveTo(self, p):
        self.path.moveTo(*self._pt(p))

    def _lineTo(self, p):
        self.path.lineTo(*self._pt(p))

    def _curveToOne(self, p1, p2, p3):
        self.path.curveTo(*self._pt(p1), *self._pt(p2), *self._pt(p3))

    def _closePath(self):
        self.path.close()


class OutlineFont:
    def __init__(self, file: str):
        self.font = TTFont(str(FONTS / file))
        self.glyphs = self.font.getGlyphSet()
        self.cmap = self.font.getBestCmap()
        self.upm = self.font["head"].unitsPerEm

    def width(self, text: str, size: float) -> float:
        return sum(self.glyphs[self.cmap[ord(c)]].width for c in text) * size / self.upm

    def draw(self, c: canvas.Canvas, text: str, x: float, y: float, size: float) -> float:
        """Fill ``text``'s glyph outlines with the baseline at (x, y) (PDF
        coordinates); returns the x after the text."""
        scale = size / self.upm
        path = c.beginPath()
        for ch in text:
            glyph = self.glyphs[self.cmap[ord(ch)]]
            glyph.draw(_ReportlabPen(self.glyphs, path, scale, x, y))
            x += glyph.width * scale
        c.drawPath(path, stroke=0, fill=1, fillMode=1)
        return x


def prose(dst: Path) -> Path:
    regular, bold = OutlineFont("DejaVuSans.ttf"), OutlineFont("DejaVuSans-Bold.ttf")
    c = canvas.Canvas(str(dst), pagesize=A4, invariant=1)
    bold.draw(c, "Verksamhetsplan med budget", 72, H - 90, 16)
    y = 130.0
    for line in PROSE:
        regular.draw(c, line, 72, H - y, 11)
        y += 16
    y += 20
    for label, value in TABLE:
        regular.draw(c, label, 72, H - y, 11)
        regular.draw(c, value, 400 - regular.width(value, 11), H - y, 11)
        y += 18
    c.showPage()
    c.save()
    return dst


def toc(dst: Path) -> Path:
    regular, bold = OutlineFont("DejaVuSans.ttf"), OutlineFont("DejaVuSans-Bold.ttf")
    c = canvas.Canvas(str(dst), pagesize=A4, invariant=1)
    bold.draw(c, "Innehållsförteckning", 72, H - 90, 16)
    y = 130.0
    dot = regular.width(".", 11) + 1.6
    for number, title, page in TOC:
        x = regular.draw(c, f"{number} {title} ", 72, H - y, 11)
        right = 523 - regular.width(page, 11)
        while x + dot < right - 4:
            regular.draw(c, ".", x, H - y, 11)
            x += dot
        regular.draw(c, page, right, H - y, 11)
        y += 22
    c.showPage()
    c.save()
    return dst


if __name__ == "__main__":
    for made in (prose(HERE / "outline_prose.pdf"), toc(HERE / "outline_toc.pdf")):
        print(made, made.stat().st_size)
