"""The bad-text-layer sample: ``python -m samples.generator.doc_vp2026_badlayer``.

Four pages of the 2026 plan (seed 003: målsättningar with styrtal tables and
numbered "Uppdrag: Nr 51." items, and the budget tables).  Each printed line is
transcribed twice: the *clean* text (å/ä/ö and the numbers restored by hand)
is drawn, rasterised and degraded like a scan into the page image; the
*damaged* line exactly as seed 003 has it (Tesseract without Swedish data) is
laid over it as an invisible text layer (render mode 3).  The pipeline must
judge that layer poor and OCR the page image instead.

Writes ``samples/vp-2026-badlayer.pdf``.  Its expected JSON,
``samples/vp-2026-badlayer.expected.json``, is hand-written from the same
clean lines (checked against the seed) and not generated here.

The lines are data, ``samples/generator/specs/vp-2026-badlayer.yaml`` (format:
:mod:`samples.generator.datafile`); this module draws them.  It has no
``spec()``: it is not a :class:`DocSpec` sample.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from samples.generator import datafile
from samples.generator.scan import ScanLook, degrade, jpeg_bytes
from samples.generator.spec import SPECS_DIR

SAMPLES = Path(__file__).resolve().parent.parent
STEM = "vp-2026-badlayer"
HEADER = ("Servicenämnden, Verksamhetsplan med budget 2026", "Servicenamnden, Verksamhetsplan med budget 2026")
LEFT = 70.0
RIGHT = A4[0] - 70.0
TOP = 80.0  # first baseline below the page top
LEADING = 13.5
BODY = 10.0


@dataclass
class Text:
    """One printed line: clean text, and the damaged text of seed 003."""

    clean: str
    damaged: str
    bold: bool = False
    size: float = BODY
    gap_before: float = 0.0


@dataclass
class Row:
    cells: list[str]  # clean text per column ("" = empty)
    damaged: str  # the seed-003 line for this printed row
    bold: bool = False


@dataclass
class Grid:
    """A table: column left edges (relative to LEFT), right-aligned value
    columns, rows of printed lines (a wrapped label is several rows)."""

    columns: list[float]  # x of each column's left edge (points from LEFT)
    widths: list[float]
    header: list[Row]
    rows: list[Row]
    ruled: bool = True
    gap_before: float = 6.0
    row_rules: list[int] = field(default_factory=list)  # rule above these body rows


Block = Union[Text, Grid]


@dataclass
class Page:
    """One page's blocks, top to bottom."""

    blocks: list[Block]


Pages = list[Page]
DATA = SPECS_DIR / f"{STEM}.yaml"


def pages() -> list[list[Block]]:
    """The four pages, line by line (clean, damaged as in seed 003), from ``specs/vp-2026-badlayer.yaml``."""
    return [page.blocks for page in datafile.load(Pages, DATA)]


def _font(bold: bool) -> str:
    return "Helvetica-Bold" if bold else "Helvetica"


@dataclass
class _Placed:
    """A line drawn on a page: where, and its damaged twin."""

    x0: float
    x1: float
    baseline: float  # from the page top
    size: float
    damaged: str


class _Page:
    """Draws clean lines onto a canvas page and records where they went."""

    def __init__(self, c: canvas.Canvas):
        self.c = c
        self.y = TOP
        self.placed: list[_Placed] = []

    def text(self, t: Text) -> None:
        self.y += t.gap_before
        self._draw(t.clean, t.damaged, LEFT, self.y, t.size, t.bold)
        self.y += t.size * 1.35

    def _draw(self, clean: str, damaged: str, x: float, baseline: float, size: float, bold: bool,
              right: Optional[float] = None) -> tuple[float, float]:
        font = _font(bold)
        w = stringWidth(clean, font, size)
        x0 = right - w if right is not None else x
        self.c.setFont(font, size)
        self.c.drawString(x0, A4[1] - baseline, clean)
        self.placed.append(_Placed(x0, x0 + w, baseline, size, damaged))
        return x0, x0 + w

    def grid(self, g: Grid) -> None:
        self.y += g.gap_before
        top = self.y
        row_h = LEADING
        lines = g.header + g.rows
        rule_ys = [top, top + len(g.header) * row_h + 2]
        for r in g.row_rules:
            rule_ys.append(top + (len(g.header) + r) * row_h + 2)
        for k, row in enumerate(lines):
            baseline = top + (k + 1) * row_h - 2.5 + (2 if k >= len(g.header) else 0)
            xs: list[float] = []
            header = k < len(g.header)
            for c, text in enumerate(row.cells):
                if not text:
                    continue
                left = LEFT + g.columns[c] + 3
                right = LEFT + g.columns[c] + g.widths[c] - 2 if c > 0 else None
                end = c
                while header and c > 0 and end + 1 < len(row.cells) and not row.cells[end + 1]:
                    end += 1
                if end > c and k + 1 < len(g.header):  # a spanned header cell: centred
                    span_w = g.columns[end] + g.widths[end] - g.columns[c]
                    right = LEFT + g.columns[c] + (span_w + stringWidth(text, _font(row.bold), 9.0)) / 2
                x0, x1 = self._draw(text, "", left, baseline, 9.0, row.bold, right)
                xs += [x0, x1]
            # one damaged line over the whole printed row, as seed 003 has it
            self.placed[-len([t for t in row.cells if t]):] = []
            self.placed.append(_Placed(min(xs), max(xs), baseline, 9.0, row.damaged))
        bottom = top + len(lines) * row_h + 4
        rule_ys.append(bottom)
        if g.ruled:
            c = self.c
            c.setLineWidth(0.6)
            x_left, x_right = LEFT + g.columns[0], LEFT + g.columns[-1] + g.widths[-1] + 2
            for y in rule_ys:
                c.line(x_left, A4[1] - y, x_right, A4[1] - y)
            for x in [LEFT + cx for cx in g.columns[1:]] + [x_left, x_right]:
                c.line(x, A4[1] - top, x, A4[1] - bottom)
        self.y = bottom + 4

    def furniture(self, number: int, total: int) -> None:
        c = self.c
        c.setFont("Helvetica", 8)
        w = stringWidth(HEADER[0], "Helvetica", 8)
        c.drawString(RIGHT - w, A4[1] - 40, HEADER[0])
        self.placed.append(_Placed(RIGHT - w, RIGHT, 40, 8, HEADER[1]))
        label = f"{number}({total})"
        w = stringWidth(label, "Helvetica", 8)
        c.drawString(RIGHT - w, 40, label)
        self.placed.append(_Placed(RIGHT - w, RIGHT, A4[1] - 40, 8, label))


def render_clean(pages: list[list[Block]]) -> tuple[bytes, list[list[_Placed]]]:
    """The clean pages as a vector PDF, and the placed lines of each page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    placed = []
    for n, blocks in enumerate(pages, start=1):
        page = _Page(c)
        for b in blocks:
            page.text(b) if isinstance(b, Text) else page.grid(b)
        page.furniture(n, len(pages))
        placed.append(page.placed)
        c.showPage()
    c.save()
    return buf.getvalue(), placed


def build(out: Path = SAMPLES / f"{STEM}.pdf", look: ScanLook = ScanLook(dpi=200, max_angle=0.8)) -> Path:
    """Write the bad-layer sample: scanned page images + invisible seed-003 text."""
    clean_pdf, placed = render_clean(pages())
    rng = np.random.default_rng(zlib.crc32(STEM.encode()))
    pdf = pdfium.PdfDocument(clean_pdf)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    for i in range(len(pdf)):
        page = pdf[i]
        bitmap = page.render(scale=look.dpi / 72.0, grayscale=True)
        img = degrade(bitmap.to_pil(), rng, look)
        bitmap.close()
        page.close()
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, look.jpeg_quality))), 0, 0, width=A4[0], height=A4[1])
        for p in placed[i]:
            if not p.damaged:
                continue
            t = c.beginText()
            t.setTextRenderMode(3)  # invisible, like an OCR layer under a scan
            t.setFont("Helvetica", p.size)
            natural = stringWidth(p.damaged, "Helvetica", p.size)
            t.setHorizScale(100.0 * (p.x1 - p.x0) / natural if natural else 100.0)
            t.setTextOrigin(p.x0, A4[1] - p.baseline)
            t.textOut(p.damaged)
            c.drawText(t)
        c.showPage()
    pdf.close()
    c.save()
    return out


if __name__ == "__main__":
    path = build()
    print(f"{path} ({path.stat().st_size / 1e6:.2f} MB)")
