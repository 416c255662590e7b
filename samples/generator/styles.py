"""Fonts, paragraph styles and table font sizes of the sample PDFs, per look."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from samples.generator import spec as S
from samples.generator.charset import printable
from samples.generator.hyphenate import hyphenator
from samples.generator.looks import DEFAULT_LOOK, Fonts, Look

PAGE_W, PAGE_H = A4


def register_fonts(fonts: Fonts) -> None:
    """Make a TrueType family known to reportlab (subset-embedded when used).
    Raises FileNotFoundError when a font file is not installed."""
    missing = fonts.missing_files()
    if missing:
        raise FileNotFoundError(f"font file(s) not installed: {', '.join(map(str, missing))}")
    for name, path in fonts.files:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    if fonts.files:
        pdfmetrics.registerFontFamily(fonts.regular, normal=fonts.regular, bold=fonts.bold,
                                      italic=fonts.italic, boldItalic=fonts.bold_italic)


def frame_width(look: Look) -> float:
    return PAGE_W - 2 * look.margin_x


@dataclass(frozen=True)
class CellStyles:
    """Paragraph styles for the cells of one data table (one font size)."""

    regular: ParagraphStyle
    bold: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    center_bold: ParagraphStyle


class Styles:
    """All paragraph styles for one font family in one look."""

    def __init__(self, f: Fonts, look: Look = DEFAULT_LOOK):
        self.fonts = f
        self.look = look
        hy = hyphenator() if look.justified else ""
        size = look.body_size
        base = dict(fontName=f.regular, fontSize=size, leading=size * look.leading,
                    hyphenationLang=hy, embeddedHyphenation=0)
        self.body = ParagraphStyle("body", alignment=TA_JUSTIFY if look.justified else TA_LEFT,
                                   spaceAfter=look.space_after, **base)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=f.bold)
        self.italic = ParagraphStyle("italic", parent=self.body, fontName=f.italic)
        sub_font = f.italic if look.subheading_style == "italic" else f.bold
        self.subheading = ParagraphStyle("subheading", parent=self.body, fontName=sub_font,
                                         alignment=TA_LEFT, spaceBefore=4, spaceAfter=4, keepWithNext=1)
        self.bold_line = ParagraphStyle("bold_line", parent=self.subheading, fontName=f.bold)
        self.plain_line = ParagraphStyle("plain_line", parent=self.subheading, fontName=f.regular)
        self.bold_keep = ParagraphStyle("bold_keep", parent=self.bold, alignment=TA_LEFT, keepWithNext=1)
        self.legend_entry = ParagraphStyle("legend_entry", parent=self.body, alignment=TA_LEFT, leftIndent=18,
                                           spaceAfter=2)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=18, bulletIndent=4,
                                     spaceAfter=3, bulletFontName=f.regular)
        self.numbered = ParagraphStyle("numbered", parent=self.bullet, leftIndent=22, bulletIndent=0)
        # "•" is drawn from the Symbol font, as Word does (WinAnsi's bullet
        # code is not mapped back to "•" by PDF text extractors)
        self.symbol_bullets = {
            s.name: ParagraphStyle(f"{s.name}_symbol", parent=s, bulletFontName="Symbol")
            for s in (self.bullet, self.numbered)
        }
        self.courier_bullets = {
            s.name: ParagraphStyle(f"{s.name}_courier", parent=s, bulletFontName="Courier")
            for s in (self.bullet, self.numbered)
        }
        self.headings = {
            level: ParagraphStyle(f"h{level}", fontName=f.bold if level < 4 else f.bold_italic,
                                  fontSize=size, leading=size * 1.25, spaceBefore=18 if level == 1 else 12,
                                  spaceAfter=8 if level == 1 else 6, keepWithNext=1, alignment=TA_LEFT)
            for level, size in enumerate(look.heading_sizes, start=1)
        }
        cell = dict(fontName=f.regular, fontSize=look.table_size, leading=look.table_size * 1.2,
                    hyphenationLang=hy, embeddedHyphenation=0)
        self.cell = ParagraphStyle("cell", alignment=TA_LEFT, **cell)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=f.bold)
        self.cell_italic = ParagraphStyle("cell_italic", parent=self.cell, fontName=f.italic)
        self.cell_center_bold = ParagraphStyle("cell_center_bold", parent=self.cell_bold, alignment=1)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_right_bold = ParagraphStyle("cell_right_bold", parent=self.cell_right, fontName=f.bold)
        self._cell_styles: dict[float, CellStyles] = {}
        self.caption = ParagraphStyle("caption", parent=self.body, fontName=f.bold, alignment=TA_LEFT,
                                      spaceBefore=6, spaceAfter=3, keepWithNext=1)
        self.title = ParagraphStyle("title", fontName=f.bold, fontSize=26, leading=32, spaceAfter=18)
        self.title_org = ParagraphStyle("title_org", fontName=f.regular, fontSize=16, leading=20, spaceAfter=10)
        self.title_line = ParagraphStyle("title_line", fontName=f.regular, fontSize=12, leading=16, spaceAfter=4)

    def cells(self, size: float) -> CellStyles:
        """Cell styles at ``size`` pt (wide tables are set smaller, as in Word)."""
        if size not in self._cell_styles:
            base = ParagraphStyle(f"cell{size}", parent=self.cell, fontSize=size, leading=size * 1.2)
            bold = ParagraphStyle(f"cell{size}b", parent=base, fontName=self.fonts.bold)
            self._cell_styles[size] = CellStyles(
                regular=base, bold=bold,
                right=ParagraphStyle(f"cell{size}r", parent=base, alignment=TA_RIGHT),
                right_bold=ParagraphStyle(f"cell{size}rb", parent=bold, alignment=TA_RIGHT),
                center_bold=ParagraphStyle(f"cell{size}cb", parent=bold, alignment=1),
            )
        return self._cell_styles[size]


CELL_PADDING = 4
_WORD = re.compile(r"[^\W\d_]{3,}")


def fitting_size(b: S.Table, widths: list[float], fonts: Fonts, start: float = 9.5,
                 charset: str = "winansi") -> float:
    """The largest table font size (``start`` down to 6.5 pt) at which every
    numeric value fits its column on one line (text cells may wrap)."""
    numbers = [
        (c, v, row.bold)
        for row in b.rows if not row.group
        for c, v in enumerate(row.cells[: len(widths) - 1])
        if not _WORD.search(v)
    ]
    for size in (start, *(s for s in (9.0, 8.5, 8.0, 7.5, 7.0, 6.5) if s < start)):
        if all(
            stringWidth(printable(v, charset), fonts.bold if bold else fonts.regular, size) + 2 * CELL_PADDING + 1
            <= widths[c + 1]
            for c, v, bold in numbers
        ):
            return size
    return 6.5
