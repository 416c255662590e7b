"""Render a :class:`DocSpec` into a PDF that looks like a Word export.

reportlab platypus, A4. The look (fonts, sizes, alignment, page furniture,
bullets, table styles) comes from a :class:`~samples.generator.looks.Look`;
the default look: base-14 fonts (Helvetica or Times; no embedding),
justified body text with Swedish hyphenation, a title page, a running header
with "N(M)" page numbers and a footer on every other page, ruled and unruled
tables that break across pages with their header repeated.

While the story is drawn every block (and every item row inside a block)
records the PDF page it starts on into a :class:`PageMap`; the expected JSON
(:mod:`samples.generator.expected`) takes its ``page`` numbers from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak as RLPageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table as RLTable,
    TableStyle,
)

from samples.generator import spec as S
from samples.generator.hyphenate import hyphenator
from samples.generator.looks import DEFAULT_LOOK, GRID, Fonts, Look

Key = tuple[int, ...]

# ---------------------------------------------------------------------------
# Characters: base-14 fonts use WinAnsi (≈ cp1252).  Characters outside it are
# mapped to a printable neighbour or dropped; the expected JSON applies the
# same mapping (:func:`printable`) so raw texts match what is printed.
_CHAR_MAP = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00ad": "",  # soft hyphen
    "\u2192": "",  # → trend arrows (status icons)
    "\u2197": "",
    "\u2198": "",
    "\u25a0": "",  # ■
    "\u25c6": "",  # ◆
    "\u25cf": "",  # ●
    "\u2713": "",  # ✓
    "\u2714": "",  # ✔
    "\u26a0": "",  # ⚠
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",
}


_UNICODE_MAP = {"\u00ad": "", "\u202f": " ", "\u2009": " "}


def printable(text: str, charset: str = "winansi") -> str:
    """``text`` as it can be printed in a base-14 font (WinAnsi), spaces
    collapsed. The bullet "•" is kept (it is drawn from the Symbol font).
    ``charset="unicode"`` (embedded TrueType fonts): every character is
    printed as typed ("−", "■", "→"), only soft hyphens and thin spaces go."""
    if charset == "unicode":
        t = "".join(_UNICODE_MAP.get(ch, ch) for ch in text)
        return re.sub(r"[ \u00a0]+", " ", t).strip()
    out = []
    for ch in text:
        ch = _CHAR_MAP.get(ch, ch)
        for c in ch:
            if c == "•":
                out.append(c)
                continue
            try:
                c.encode("cp1252")
            except UnicodeEncodeError:
                continue
            out.append(c)
    return re.sub(r"[ \u00a0]+", " ", "".join(out)).strip()


_COMPOUND_HYPHEN = re.compile(r"(\w-) (och|eller|samt|resp\.|respektive)\b")


def markup(text: str, charset: str = "winansi") -> str:
    """Printable text as reportlab paragraph markup: XML-escaped, "•" from
    the Symbol font (base-14 fonts only), and a compound hyphen glued to the
    following "och"/"eller" by a no-break space so "ekonomi-" never ends a
    line before "och"."""
    t = escape(printable(text, charset))
    t = _COMPOUND_HYPHEN.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}", t)
    if charset == "unicode":
        return t
    return t.replace("•", '<font name="Symbol">\u2022</font>')


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d)| (?=%)")


def value_markup(text: str, charset: str = "winansi") -> str:
    """Markup for a table value cell: like :func:`markup`, but a number's
    thousands spaces (and the space before "%") are no-break spaces, so
    "1 192 778" never wraps inside a narrow column (Word users type them so)."""
    return _NUMBER_SPACE.sub("\u00a0", markup(text, charset))


FALLBACK_FONT = "DejaVuSans"  # what Word substitutes for a glyph the chosen font lacks (✓ ⚠ in DejaVu Serif)


def with_fallback_font(text: str, font_name: str) -> str:
    """Paragraph markup with every character ``font_name`` (an embedded TrueType font) has
    no glyph for set in :data:`FALLBACK_FONT` instead of printing an empty box."""
    if all(ord(ch) < 128 for ch in text):
        return text
    glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
    if font_name == FALLBACK_FONT or all(ord(ch) < 128 or ord(ch) in glyphs for ch in text):
        return text
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        from samples.generator.looks import DEJAVU_DIR
        pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(DEJAVU_DIR / f"{FALLBACK_FONT}.ttf")))
    return "".join(ch if ord(ch) < 128 or ord(ch) in glyphs else f'<font name="{FALLBACK_FONT}">{ch}</font>'
                   for ch in text)


# ---------------------------------------------------------------------------
@dataclass
class PageMap:
    """Where each block (``(i,)``) and each item part (``(i, j)``) of a spec
    started, as 1-based PDF page numbers, plus the total page count."""

    pages: dict[Key, int] = field(default_factory=dict)
    total_pages: int = 0

    def record(self, key: Optional[Key], page: int) -> None:
        if key is not None and key not in self.pages:
            self.pages[key] = page

    def page(self, *key: int) -> int:
        """The page of ``key``; falls back to the block's own page."""
        if key in self.pages:
            return self.pages[key]
        if key[:1] in self.pages:
            return self.pages[key[:1]]
        raise KeyError(key)


class _KeyedParagraph(Paragraph):
    """A paragraph that records the page it is drawn on (first fragment only)."""

    spec_key: Optional[Key] = None
    page_map: Optional[PageMap] = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            part.spec_key = self.spec_key if n == 0 else None
            part.page_map = self.page_map
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        if self.page_map is not None:
            self.page_map.record(self.spec_key, canvas.getPageNumber())
        super().drawOn(canvas, x, y, _sW)


class _KeyedTable(RLTable):
    """A table that records the page each keyed row is drawn on; keys follow
    the rows through page splits (repeated header rows carry no key)."""

    spec_key: Optional[Key] = None
    row_keys: tuple[Optional[Key], ...] = ()
    page_map: Optional[PageMap] = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) >= 2:
            keys = list(self.row_keys)
            first = len(parts[0]._cellvalues)
            parts[0].row_keys = keys[:first]
            rest = keys[first:]
            n1 = len(parts[1]._cellvalues)
            parts[1].row_keys = [None] * (n1 - len(rest)) + rest
            for n, part in enumerate(parts):
                part.spec_key = self.spec_key if n == 0 else None
                part.page_map = self.page_map
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        if self.page_map is not None:
            page = canvas.getPageNumber()
            self.page_map.record(self.spec_key, page)
            for key in self.row_keys:
                self.page_map.record(key, page)
        super().drawOn(canvas, x, y, _sW)


# ---------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------
class _Builder:
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
        p = _KeyedParagraph(body, style, bulletText=printable(bullet, cs) if bullet else None)
        p.spec_key = key
        p.page_map = self.page_map
        return p

    def table(self, data, col_widths, style_cmds, key: Optional[Key], row_keys, repeat_rows: int) -> RLTable:
        t = _KeyedTable(data, colWidths=col_widths, repeatRows=repeat_rows, splitByRow=1,
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


# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """Running header and footer text for the pages after the title page."""

    header: str
    footer_left: str
    footer_right: str
    font: Fonts
    look: Look = DEFAULT_LOOK


def furniture_for(spec: S.DocSpec, look: Look = DEFAULT_LOOK) -> Furniture:
    date = f"{spec.year - 1}-11-28" if spec.doc_type == "verksamhetsplan" else f"{spec.year + 1}-02-24"
    if look.footer_file_name:
        date = f"{date}   {spec.stem}.docx"
    cs = look.charset
    return Furniture(printable(spec.running_header, cs), printable(spec.organisation, cs), date,
                     look.fonts_for(spec.font), look)


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output until the total page count is known, then draws the
    page number, header and footer on every page but a title page."""

    def __init__(self, *args, furniture: Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        first = 2 if self._furniture.look.title_page else 1
        for state in self._saved_pages:
            self.__dict__.update(state)
            if self._pageNumber >= first:
                self._draw_furniture(self._pageNumber, total)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        f = self._furniture
        look = f.look
        left, right = look.margin_x, PAGE_W - look.margin_x
        page_text = look.page_number.format(n=number, m=total)
        self.saveState()
        if look.furniture == "header_rule":
            y = PAGE_H - 1.4 * cm
            self.setFont(f.font.regular, look.header_size)
            self.drawString(left, y, f.header)
            self.drawRightString(right, y, page_text)
            if look.header_rule:
                self.setLineWidth(0.5)
                self.line(left, y - 4, right, y - 4)
            self.setFont(f.font.regular, look.footer_size)
            self.drawString(left, 1.3 * cm, f.footer_left)
            self.drawRightString(right, 1.3 * cm, f.footer_right)
        else:  # everything at the foot: running header text, date, page number; no rules
            y = min(1.3 * cm, look.margin_bottom * 0.5)
            self.setFont(f.font.regular, look.footer_size)
            if look.page_number_align == "centre":
                self.drawCentredString(PAGE_W / 2, y, page_text)
                self.drawString(left, y - look.footer_size * 1.4, f.header)
                self.drawRightString(right, y - look.footer_size * 1.4, f.footer_right)
            else:
                draw = self.drawRightString if look.page_number_align == "right" else self.drawString
                draw(right if look.page_number_align == "right" else left, y, page_text)
                self.drawString(left, y, f.header)
                self.drawString(left, y - look.footer_size * 1.3, f.footer_right)
        self.restoreState()


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, spec: S.DocSpec, page_map: PageMap, look: Look = DEFAULT_LOOK):
        frame_w = frame_width(look)
        super().__init__(filename, pagesize=A4, leftMargin=look.margin_x, rightMargin=look.margin_x,
                         topMargin=look.margin_top, bottomMargin=look.margin_bottom, invariant=1,
                         title=printable(spec.title), author=printable(spec.organisation),
                         subject=f"{spec.doc_type} {spec.year}", creator="plandigit sample generator")
        frame = Frame(look.margin_x, look.margin_bottom, frame_w, PAGE_H - look.margin_top - look.margin_bottom,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="title", frames=[frame]), PageTemplate(id="body", frames=[frame])])
        self.page_map = page_map


def _title_page(spec: S.DocSpec, st: Styles) -> list[Flowable]:
    cs = st.look.charset
    out: list[Flowable] = [Spacer(1, 6 * cm), Paragraph(markup(spec.title, cs), st.title),
                           Paragraph(markup(spec.organisation, cs), st.title_org), Spacer(1, 1 * cm)]
    out += [Paragraph(markup(line, cs), st.title_line) for line in spec.title_page_lines]
    return out + [NextPageTemplate("body"), RLPageBreak()]


def _title_block(spec: S.DocSpec, st: Styles) -> list[Flowable]:
    """Without a title page: the organisation, the title and the title-page
    lines at the top of page 1, smaller, followed directly by the text."""
    size = st.look.heading_sizes[0] + 4
    title = ParagraphStyle("title_top", parent=st.title, fontSize=size, leading=size * 1.2, spaceAfter=6)
    org = ParagraphStyle("org_top", parent=st.title_line, fontSize=st.look.body_size + 1, spaceAfter=2)
    cs = st.look.charset
    out: list[Flowable] = [Paragraph(markup(spec.organisation, cs), org), Paragraph(markup(spec.title, cs), title)]
    out += [Paragraph(markup(line, cs), st.title_line) for line in spec.title_page_lines]
    return out + [Spacer(1, 12), NextPageTemplate("body")]


def render(spec: S.DocSpec, path: Path, look: Look = DEFAULT_LOOK) -> PageMap:
    """Write ``spec`` as a PDF to ``path`` in ``look``; return where every
    block landed. Same spec and look → byte-identical file."""
    fonts = look.fonts_for(spec.font)
    register_fonts(fonts)
    page_map = PageMap()
    builder = _Builder(spec, page_map, look)
    front = _title_page(spec, builder.st) if look.title_page else _title_block(spec, builder.st)
    story = front + builder.flowables()
    doc = _Doc(str(path), spec, page_map, look)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, furniture=furniture_for(spec, look)))
    page_map.total_pages = doc.page
    return page_map
