"""``plandigit debug FILE --page N``: a picture of what the stages up to layout
found on one page, drawn over the page, as pdfplumber's ``debug_tablefinder``
draws its table finder's work.

The document goes through the same stages as ``convert`` up to layout
(:meth:`pipeline.convert.Converter.layout_of`: ingest, text layer or OCR per
page, tables, blocks); page N is rendered with pypdfium2 and drawn over with
PIL: words (thin grey boxes), rulings (red lines), each table (blue box,
labelled with its number and the strategy that found it, its header band
shaded, its cells outlined) and blocks (green boxes labelled with their kind).
A legend sits in the corner that hides the fewest words.  What was drawn is also listed on
stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from extractors.ocr.render import render_page
from models.contract import BBox
from models.codes import ErrorClass
from models.errors import PlandigitError, classify_exception
from models.options import ConvertOptions
from extractors.pages.page_source import InProcessOcr
from models.pagedata import Block, PageText, TableGrid
from pipeline.commands import EXIT_ALL_FAILED, EXIT_OK, EXIT_USAGE, Subcommand
from pipeline.convert import Converter, PageLayout
from pipeline.ocr_pool import OcrPool

DEFAULT_DPI = 100

# colours (RGB; the header band's fill is see-through)
WORD = (150, 150, 150)
RULING = (220, 0, 0)
TABLE = (0, 80, 230)
CELL = (120, 165, 255)
HEADER_FILL = (255, 190, 0, 80)
BLOCK = (0, 150, 60)

LEGEND = (
    (WORD, "word"),
    (RULING, "ruling"),
    (TABLE, "table: t<n> <strategy>"),
    (CELL, "table cell"),
    (HEADER_FILL[:3], "header band"),
    (BLOCK, "block: <kind>"),
)


@dataclass(frozen=True)
class PageDrawing:
    """One page's findings, ready to draw."""

    page: PageText
    grids: list[TableGrid]
    blocks: list[Block]


def page_drawing(laid: PageLayout, number: int) -> PageDrawing:
    """The findings on page ``number`` of a document's layout."""
    page = next(p for p in laid.pages if p.number == number)
    return PageDrawing(page=page, grids=laid.grids.get(number, []),
                       blocks=[b for b in laid.blocks if b.page == number])


def table_label(index: int, grid: TableGrid) -> str:
    """``t1 lattice``: the table's number on the page and its finder."""
    return f"t{index} {grid.strategy or '?'}"


def header_band(grid: TableGrid) -> Optional[BBox]:
    """The box of the table's header rows: their cells' boxes, else the
    table's top down to its first body row; None without header rows."""
    if not grid.header_rows:
        return None
    boxes = [c.bbox for row in grid.header_rows for c in row if c.bbox is not None]
    if boxes:
        band = BBox.union(boxes)
        return BBox(x0=grid.bbox.x0, top=band.top, x1=grid.bbox.x1, bottom=band.bottom)
    body_tops = [c.bbox.top for row in grid.rows for c in row if c.bbox is not None]
    bottom = min(body_tops) if body_tops else grid.bbox.bottom
    return BBox(x0=grid.bbox.x0, top=grid.bbox.top, x1=grid.bbox.x1, bottom=bottom)


def draw(image: Image.Image, found: PageDrawing) -> Image.Image:
    """``image`` (the rendered page) with the findings drawn over it."""
    base = image.convert("RGBA")
    sx, sy = base.width / found.page.width, base.height / found.page.height
    font = _font(max(9, round(9 * base.height / found.page.height)))  # 9 pt

    def px(x0: float, top: float, x1: float, bottom: float, grow: float = 0) -> tuple[float, float, float, float]:
        return (x0 * sx - grow, top * sy - grow, max(x1 * sx, x0 * sx) + grow, max(bottom * sy, top * sy) + grow)

    shade = Image.new("RGBA", base.size, (0, 0, 0, 0))
    shading = ImageDraw.Draw(shade)
    for grid in found.grids:
        band = header_band(grid)
        if band is not None:
            shading.rectangle(px(band.x0, band.top, band.x1, band.bottom), fill=HEADER_FILL)
    out = Image.alpha_composite(base, shade)
    pen = ImageDraw.Draw(out)
    for w in found.page.words:
        pen.rectangle(px(w.x0, w.top, w.x1, w.bottom), outline=WORD, width=1)
    for r in found.page.rulings:
        x0, top, x1, bottom = px(r.x0, r.top, r.x1, r.bottom)
        if r.horizontal:
            pen.line([(x0, (top + bottom) / 2), (x1, (top + bottom) / 2)], fill=RULING, width=2)
        else:
            pen.line([((x0 + x1) / 2, top), ((x0 + x1) / 2, bottom)], fill=RULING, width=2)
    for b in found.blocks:  # a little outside the box, so a table block does not hide its table
        box = px(b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom, grow=4)
        pen.rectangle(box, outline=BLOCK, width=2)
        _label(pen, (box[2], box[1]), b.kind, BLOCK, font, anchor="right")
    for i, grid in enumerate(found.grids, start=1):
        for row in grid.header_rows + grid.rows:
            for cell in row:
                if cell.bbox is not None:
                    pen.rectangle(px(cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom), outline=CELL, width=1)
        box = px(grid.bbox.x0, grid.bbox.top, grid.bbox.x1, grid.bbox.bottom)
        pen.rectangle(box, outline=TABLE, width=3)
        _label(pen, (box[0], box[1]), table_label(i, grid), TABLE, font, anchor="left")
    word_boxes = [px(w.x0, w.top, w.x1, w.bottom) for w in found.page.words]
    _legend(pen, out.size, font, word_boxes)
    return out.convert("RGB")


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the fixed bitmap font
        return ImageFont.load_default()


def _label(pen: ImageDraw.ImageDraw, at: tuple[float, float], text: str, colour: tuple, font,
           anchor: str) -> None:
    """White text on ``colour`` just above ``at`` (its left or right end there)."""
    x0, top, x1, bottom = pen.textbbox((0, 0), text, font=font)
    w, h = x1 - x0 + 6, bottom - top + 4
    left = at[0] if anchor == "left" else at[0] - w
    y = max(0, at[1] - h)
    pen.rectangle((left, y, left + w, y + h), fill=colour)
    pen.text((left + 3 - x0, y + 2 - top), text, fill=(255, 255, 255), font=font)


def _legend(pen: ImageDraw.ImageDraw, size: tuple[int, int], font,
            words: list[tuple[float, float, float, float]]) -> None:
    """What each colour means, in the corner that hides the fewest words."""
    h = max(pen.textbbox((0, 0), text, font=font)[3] for _, text in LEGEND) + 4
    w = max(pen.textlength(text, font=font) for _, text in LEGEND) + h + 16
    height = h * len(LEGEND) + 8
    corners = [(size[0] - w - 6, 6), (size[0] - w - 6, size[1] - height - 6), (6, size[1] - height - 6), (6, 6)]

    def hidden(corner: tuple[float, float]) -> int:
        x, y = corner
        return sum(b[0] < x + w and b[2] > x and b[1] < y + height and b[3] > y for b in words)

    left, top = min(corners, key=hidden)
    pen.rectangle((left, top, left + w, top + height), fill=(255, 255, 255), outline=(0, 0, 0))
    for i, (colour, text) in enumerate(LEGEND):
        y = top + 4 + i * h
        pen.rectangle((left + 4, y + 2, left + h, y + h - 2), fill=colour)
        pen.text((left + h + 8, y), text, fill=(0, 0, 0), font=font)


def summary(found: PageDrawing) -> list[str]:
    """What was drawn, one line per table."""
    p = found.page
    lines = [f"page {p.number}: {p.source} ({p.reason or 'text layer'}), {len(p.words)} words, "
             f"{len(p.rulings)} rulings"]
    for i, g in enumerate(found.grids, start=1):
        ncols = max((len(r) for r in g.header_rows + g.rows), default=0)
        b = g.bbox
        lines.append(f"{table_label(i, g)}: ({b.x0:.0f}, {b.top:.0f})-({b.x1:.0f}, {b.bottom:.0f}) pt, "
                     f"{len(g.header_rows)} header + {len(g.rows)} body rows × {ncols} columns"
                     + (f", caption {g.caption!r}" if g.caption else ""))
    kinds = Counter(b.kind for b in found.blocks)
    lines.append("blocks: " + (", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"))
    return lines


def page_count(path: Path, password: Optional[str]) -> Optional[int]:
    """The document's pages, or None when pdfium cannot open it (the
    conversion's ingest then says why)."""
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:  # noqa: BLE001 - reported by ingest with its error class
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


class OnePageOcr(InProcessOcr):
    """OCR of one page only (``--ocr-page-only``): the other pages that need
    OCR keep their text layer (mostly empty on a scan)."""

    def __init__(self, path: Path, options: ConvertOptions, page: int):
        super().__init__(path, options)
        self.page = page

    def submit(self, number: int, pages: int) -> None:
        if number == self.page:
            super().submit(number, pages)


def add_debug_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="the PDF")
    p.add_argument("--page", type=int, required=True, metavar="N", help="the page to draw (1-based)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="PNG",
                   help="where to write the picture (default: <FILE stem>.page<N>.png here)")
    p.add_argument("--dpi", type=int, default=DEFAULT_DPI, metavar="D",
                   help="resolution of the picture (default: %(default)s)")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default=ConvertOptions().ocr,
                   help="as for convert (default: %(default)s)")
    p.add_argument("--ocr-page-only", action="store_true",
                   help="OCR page N only, not every page that needs it (quicker on a scan; the running heads "
                        "and feet of scanned pages are then not recognised as such, so blocks may differ from "
                        "convert's)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="processes for the pages that need OCR (default: number of CPUs, %(default)s)")
    p.add_argument("--password", default=os.environ.get("PLANDIGIT_PASSWORD"),
                   help="password for an encrypted PDF (default: $PLANDIGIT_PASSWORD)")


def run_debug(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        return _usage(f"{path} is not a file")
    if not 10 <= args.dpi <= 600:
        return _usage(f"--dpi must be between 10 and 600, got {args.dpi}")
    pages = page_count(path, args.password)
    if pages is not None and not 1 <= args.page <= pages:
        return _usage(f"{path.name} has {pages} page(s), no page {args.page}")
    options = ConvertOptions(ocr=args.ocr, password=args.password, jobs=max(1, args.jobs))
    runner = (lambda p, o: OnePageOcr(p, o, args.page)) if args.ocr_page_only else OcrPool
    try:
        laid = Converter().layout_of(path, options, ocr_runner=runner)
        if not any(p.number == args.page for p in laid.pages):
            return _usage(f"{path.name} has {len(laid.pages)} page(s), no page {args.page}")
        found = page_drawing(laid, args.page)
        image, _, _ = render_page(path, args.page, dpi=args.dpi, max_pixels=options.max_page_pixels,
                                  password=args.password, grayscale=False)
    except Exception as exc:  # noqa: BLE001 - an input that cannot be converted, as convert reports it
        error_class, message = classify_exception(exc)
        if error_class == ErrorClass.INTERNAL_ERROR and not isinstance(exc, PlandigitError):
            raise
        print(f"plandigit: {path}: [{error_class}] {message}", file=sys.stderr)
        return EXIT_ALL_FAILED
    out = args.output or Path(f"{path.stem}.page{args.page}.png")
    draw(image, found).save(out)
    for line in summary(found) + [f"wrote {out}"]:
        print(line)
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"plandigit: error: {message}", file=sys.stderr)
    return EXIT_USAGE


_HELP = "draw what was found on one page (words, rulings, tables, blocks) over it, as a PNG"

COMMAND = Subcommand("debug", _HELP, add_debug_arguments, run_debug)

__all__ = ["COMMAND", "PageDrawing", "draw", "header_band", "page_drawing", "summary"]
