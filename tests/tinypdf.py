"""Tiny focused PDFs for tests, drawn with reportlab at exact positions.

Positions are in PDF points with the origin at the page's top-left (the
pdfplumber convention used everywhere else), so a test can say "text at
x=72, top=100" and find it there again.  :func:`table_ops` lays out a simple
table (ruled or whitespace-aligned) from cell strings; ``"\\n"`` in a cell
makes a wrapped cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence, Union

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.pages.text_layer import page_text
from models.pagedata import PageText

FONTS = {
    (False, False): "Helvetica",
    (True, False): "Helvetica-Bold",
    (False, True): "Helvetica-Oblique",
    (True, True): "Helvetica-BoldOblique",
}
# an embedded TrueType family (Debian fonts-dejavu-core) prints what WinAnsi cannot: ● ◆ ■ ○ ✓ ⚠ → ↗
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
UNICODE_FONTS = {
    (False, False): "DejaVuSans",
    (True, False): "DejaVuSans-Bold",
    (False, True): "DejaVuSans-Oblique",
    (True, True): "DejaVuSans-BoldOblique",
}


def unicode_fonts_available() -> bool:
    return all((DEJAVU_DIR / f"{name}.ttf").exists() for name in UNICODE_FONTS.values())


def _register(fonts: dict) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in fonts.values():
        if name not in pdfmetrics.getRegisteredFontNames() and (DEJAVU_DIR / f"{name}.ttf").exists():
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU_DIR / f"{name}.ttf")))


_NUMERIC = re.compile(r"^[<>]?[-−–+]?\d[\d  ,.]*%?$")


@dataclass
class Text:
    """A run of text; ``x`` is its left edge, or its right edge when align='right'."""

    x: float
    top: float
    text: str
    size: float = 10.0
    bold: bool = False
    italic: bool = False
    align: str = "left"
    font: Optional[str] = None  # a base-14 font name instead of Helvetica ("Symbol", "ZapfDingbats")


@dataclass
class Rule:
    """A drawn line from (x0, top) to (x1, bottom)."""

    x0: float
    top: float
    x1: float
    bottom: float
    width: float = 0.6


@dataclass
class Shape:
    """A small shape drawn as a path: ``"disc"`` (filled circle), ``"ring"``
    (stroked circle) or ``"square"`` (filled), ``size`` points across, its
    box's top-left at (x, top) — a list bullet as browsers draw one."""

    x: float
    top: float
    size: float = 4.0
    kind: str = "disc"


Op = Union[Text, Rule, Shape]


def build_pdf(path: Path, pages: Sequence[Sequence[Op]], pagesize=A4, fonts: Optional[dict] = None) -> Path:
    """Draw ``pages`` (one list of ops per page) into ``path``; ``fonts`` e.g.
    :data:`UNICODE_FONTS` (embedded) instead of the base-14 Helvetica family."""
    fonts = fonts or FONTS
    if fonts is not FONTS:
        _register(fonts)
    path = Path(path)
    width, height = pagesize
    c = canvas.Canvas(str(path), pagesize=pagesize)
    for ops in pages:
        for op in ops:
            if isinstance(op, Rule):
                c.setLineWidth(op.width)
                c.line(op.x0, height - op.top, op.x1, height - op.bottom)
            elif isinstance(op, Shape):
                r = op.size / 2
                if op.kind == "square":
                    c.rect(op.x, height - op.top - op.size, op.size, op.size, stroke=0, fill=1)
                else:
                    c.setLineWidth(0.5)
                    ring = op.kind == "ring"
                    c.circle(op.x + r, height - op.top - r, r - (0.25 if ring else 0), stroke=int(ring),
                             fill=int(not ring))
            else:
                font = op.font or fonts[(op.bold, op.italic)]
                c.setFont(font, op.size)
                baseline = height - op.top - op.size * 0.78
                if op.align == "right":
                    c.drawRightString(op.x, baseline, op.text)
                else:
                    c.drawString(op.x, baseline, op.text)
        c.showPage()
    c.save()
    return path


def read_pages(path: Path) -> list[PageText]:
    """The PDF's pages through the project's text layer."""
    with pdfplumber.open(str(path)) as pdf:
        return [page_text(p, i) for i, p in enumerate(pdf.pages, start=1)]


def pages_of(tmp_path: Path, pages: Sequence[Sequence[Op]], name: str = "t.pdf",
             fonts: Optional[dict] = None) -> list[PageText]:
    """Build a PDF in ``tmp_path`` and read it back."""
    return read_pages(build_pdf(Path(tmp_path) / name, pages, fonts=fonts))


def paragraph(x: float, top: float, lines: Sequence[str], size: float = 10.0, leading: float = 1.25,
              bold: bool = False, italic: bool = False) -> tuple[list[Op], float]:
    """Lines of running text; returns the ops and the top of the next line."""
    ops: list[Op] = []
    for ln in lines:
        ops.append(Text(x, top, ln, size=size, bold=bold, italic=italic))
        top += size * leading
    return ops, top


def table_ops(
    x: float,
    top: float,
    col_widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    ruled: bool = False,
    size: float = 10.0,
    bold_rows: Sequence[int] = (),
    spans: Optional[dict[tuple[int, int], int]] = None,
    pad: float = 4.0,
    leading: float = 1.2,
    numeric_right: bool = True,
    rules: str = "grid",
    valign: str = "top",
) -> tuple[list[Op], float]:
    """A table: ``rows`` of cell strings ("\\n" wraps a cell), numbers right-aligned.

    ``spans`` maps (row, col) to the number of columns that cell spans (its
    text is left-aligned over them; ruled tables omit the inner lines).
    ``rules`` ("grid" or "horizontal") is the ruling drawn when ``ruled``;
    ``valign="bottom"`` sets each cell's last line on the row's last line.
    Returns the ops and the bottom of the table.
    """
    spans = spans or {}
    ops: list[Op] = []
    xs = [x]
    for w in col_widths:
        xs.append(xs[-1] + w)
    line_h = size * leading
    y = top
    row_tops = []
    for r, row in enumerate(rows):
        row_tops.append(y)
        n_lines = max((len(c.split("\n")) for c in row if c), default=1)
        skip = 0
        for ci, cell in enumerate(row):
            if skip:
                skip -= 1
                continue
            span = spans.get((r, ci), 1)
            skip = span - 1
            left, right = xs[ci], xs[ci + span]
            parts = cell.split("\n") if cell else []
            shift = n_lines - len(parts) if valign == "bottom" else 0
            for li, part in enumerate(parts):
                if not part:
                    continue
                t = y + pad + (li + shift) * line_h
                bold = r in bold_rows
                if numeric_right and ci > 0 and _NUMERIC.match(part.strip()):
                    ops.append(Text(right - pad, t, part, size=size, bold=bold, align="right"))
                else:
                    ops.append(Text(left + pad, t, part, size=size, bold=bold))
        y += n_lines * line_h + 2 * pad
    if ruled:
        for t in row_tops + [y]:
            ops.append(Rule(xs[0], t, xs[-1], t))
        for r, t in enumerate(row_tops if rules == "grid" else []):
            b = row_tops[r + 1] if r + 1 < len(row_tops) else y
            covered = set()
            for (sr, sc), span in spans.items():
                if sr == r:
                    covered.update(range(sc + 1, sc + span))
            for ci, cx in enumerate(xs):
                if ci in covered:
                    continue
                ops.append(Rule(cx, t, cx, b))
    return ops, y


# a cell of :func:`span_table_ops` merged with the cell above it (Word's vMerge, HTML rowspan)
MERGED = None


def span_table_ops(
    x: float,
    top: float,
    col_widths: Sequence[float],
    rows: Sequence[Sequence[Optional[str]]],
    *,
    rules: str = "grid",
    size: float = 10.0,
    bold_rows: Sequence[int] = (0,),
    pad: float = 4.0,
    leading: float = 1.2,
) -> tuple[list[Op], float]:
    """A table with vertically merged cells: a cell :data:`MERGED` (None)
    belongs to the cell above it, whose text ("\\n" wraps) flows from the top
    of the span over all its rows, as word processors and browsers set a
    ``rowspan``; the last row of a span grows when the text needs more room.
    ``rules``: "grid" (every border), "horizontal" (rules between rows only)
    or "none".  No border is drawn inside a merged cell.  Returns the ops and
    the bottom of the table."""
    ncol, nrow = len(col_widths), len(rows)
    xs = [x]
    for w in col_widths:
        xs.append(xs[-1] + w)
    line_h = size * leading

    def lines_of(text: Optional[str]) -> int:
        return len(text.split("\n")) if text else 0

    def span_end(r: int, c: int) -> int:  # last row of the span starting at (r, c)
        e = r
        while e + 1 < nrow and rows[e + 1][c] is MERGED:
            e += 1
        return e

    heights = [max([lines_of(cell) for c, cell in enumerate(row) if cell is not MERGED and span_end(r, c) == r]
                   or [1]) * line_h + 2 * pad for r, row in enumerate(rows)]
    heights = [max(h, line_h + 2 * pad) for h in heights]
    for r, row in enumerate(rows):  # spans whose text is taller than their rows
        for c, cell in enumerate(row):
            if cell is MERGED:
                continue
            e = span_end(r, c)
            need = lines_of(cell) * line_h + 2 * pad
            have = sum(heights[r:e + 1])
            if need > have:
                heights[e] += need - have
    tops = [top]
    for h in heights:
        tops.append(tops[-1] + h)
    ops: list[Op] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not cell:
                continue
            for li, part in enumerate(cell.split("\n")):
                if part:
                    ops.append(Text(xs[c] + pad, tops[r] + pad + li * line_h, part, size=size, bold=r in bold_rows))
    if rules in ("grid", "horizontal"):
        for r in range(nrow + 1):
            c = 0
            while c < ncol:  # one rule per run of columns not merged across this border
                if r < nrow and rows[r][c] is MERGED:
                    c += 1
                    continue
                start = c
                while c < ncol and not (r < nrow and rows[r][c] is MERGED):
                    c += 1
                ops.append(Rule(xs[start], tops[r], xs[c], tops[r]))
    if rules == "grid":
        for cx in xs:
            ops.append(Rule(cx, tops[0], cx, tops[-1]))
    return ops, tops[-1]
