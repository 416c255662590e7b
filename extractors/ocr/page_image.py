"""The image a page is OCR'd from: the scan itself when the page is one image.

A scanned page is usually one raster image covering the page (an invisible
OCR text layer on top changes no pixel).  Its pixels are then taken straight
from the PDF at the resolution they were scanned at (pypdfium2's
``PdfImage.get_bitmap``, as OCRmyPDF does), instead of re-rendering the page:
no resampling blur, and no more pixels than the scanner made.  Any other page
(vector drawing, several images, a rotated or partial image) is rendered
(:mod:`extractors.ocr.render`).

With ``enlarge`` it then measures whether the text is big enough for
Tesseract (:mod:`extractors.ocr.resolution`); when it is not, pdfium renders
the page at the enlarged resolution (its own resampling of the scan: on a
150-dpi scan a bicubic enlargement of the decoded image lost decimal commas
that the rendering keeps, see ``docs/ocr-speed.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from extractors.ocr.orientation import lines_vertical, osd_turn, turn_image, turned_size
from extractors.ocr.render import check_pixels, render_page
from extractors.ocr.resolution import MAX_DPI, page_scale, render_dpi

# the image must cover this share of the page in both directions
MIN_COVER = 0.97


@dataclass
class PageImage:
    """A grayscale page image and what it is."""

    image: Image.Image
    width_pt: float
    height_pt: float
    dpi: float  # pixels per inch of ``image`` on the page (horizontal)
    native: bool  # the PDF's own image, not a rendering
    # resolution of the PDF's own image when the page is one image (also when
    # ``image`` is a rendering of it at a higher resolution)
    image_dpi: Optional[float] = None
    # degrees clockwise the displayed page was turned to make its lines run
    # across (``image``, ``width_pt`` and ``height_pt`` are of the turned page)
    turn: int = 0
    # the PDF's own image is 1-bit (CCITT, JBIG2, a 1-bit Flate image): the
    # pixels of ``image`` are 0 or 255
    bilevel: bool = False

    def close(self) -> None:
        self.image.close()


def _only_image(page: "pdfium.PdfPage") -> Optional["pdfium.PdfImage"]:
    """The page's single visible object when that is an upright image
    covering the page; None otherwise."""
    width, height = page.get_size()
    image = None
    for obj in page.get_objects(max_depth=4):
        kind = obj.type
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
            if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                continue
            return None
        if kind != pdfium_c.FPDF_PAGEOBJ_IMAGE or image is not None:
            return None
        image = obj
    if image is None:
        return None
    a, b, c, d, _e, _f = image.get_matrix().get()
    if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
        return None  # rotated, skewed or mirrored in the page
    left, bottom, right, top = image.get_bounds()
    cover_x = (min(right, width) - max(left, 0.0)) / width
    cover_y = (min(top, height) - max(bottom, 0.0)) / height
    return image if cover_x >= MIN_COVER and cover_y >= MIN_COVER else None


def native_image(pdf: "pdfium.PdfDocument", page_number: int, max_pixels: int) -> Optional[PageImage]:
    """The page's own image, grayscale, when the page is one upright image
    and the page shows no rotation; None otherwise."""
    page = pdf[page_number - 1]
    try:
        if page.get_rotation() % 360:
            return None
        obj = _only_image(page)
        if obj is None:
            return None
        width, height = page.get_size()
        px_w, px_h = obj.get_px_size()
        if px_w * px_h > max_pixels:
            check_pixels(width, height, round(72.0 * px_w / width), max_pixels, page_number)
        try:
            bitmap = obj.get_bitmap(render=False)
        except pdfium.PdfiumError:
            return None
        img = bitmap.to_pil()  # shares the bitmap's buffer: copied below
        if img.size != (px_w, px_h):
            return None
        gray = img.copy() if img.mode == "L" else img.convert("L")
        del img, bitmap
        left, _bottom, right, _top = obj.get_bounds()
        dpi = px_w / ((right - left) / 72.0)
        bilevel = obj.get_metadata().bits_per_pixel == 1
        return PageImage(gray, float(width), float(height), dpi, native=True, image_dpi=dpi, bilevel=bilevel)
    finally:
        page.close()


def page_image(
    path: Path,
    page_number: int,
    dpi: int = 300,
    max_pixels: int = 200_000_000,
    password: Optional[str] = None,
    enlarge: bool = False,
    orient: bool = False,
    timeout: float = 0,
) -> PageImage:
    """The image to OCR 1-based ``page_number`` from: the PDF's own image of
    a one-image page, else a rendering at ``dpi``.  With ``enlarge``, a page
    whose glyphs are too small for Tesseract is instead rendered by pdfium
    at the resolution :func:`extractors.ocr.resolution.page_scale` asks for
    (never beyond ``max_pixels``); ``image_dpi`` still tells the scan's own.
    With ``orient``, a page whose text lines run up and down is turned
    upright first (:func:`vertical_turn`), so its glyphs are measured and
    read the right way.

    A rendered page (vector text, glyphs drawn as outlines, several images)
    is, with ``enlarge``, rendered again at the resolution its glyphs ask for
    (:func:`extractors.ocr.resolution.render_dpi`: an x-height of 16 px, 150
    to 600 dpi), lower or higher than ``dpi``.  Nothing is rendered above
    ``MAX_DPI`` (600)."""
    dpi = min(dpi, int(MAX_DPI))
    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        source = native_image(pdf, page_number, max_pixels)
    finally:
        pdf.close()
    if source is None:
        img, width, height = render_page(path, page_number, dpi, max_pixels, password)
        source = PageImage(img, width, height, float(dpi), native=False)
    turn = vertical_turn(source, timeout) if orient else 0
    if turn:
        source = _turned(source, turn)
    if not enlarge:
        return source
    try:
        target = wanted_dpi(source, max_pixels)
    except BaseException:
        source.close()
        raise
    if target is None:
        return source
    source.close()
    return rendered_at(path, page_number, target, source, max_pixels, password)


def wanted_dpi(source: PageImage, max_pixels: int) -> Optional[float]:
    """The resolution ``source``'s glyphs ask for (a scan's own image: only
    ever larger, :func:`extractors.ocr.resolution.page_scale`; a rendering:
    :func:`extractors.ocr.resolution.render_dpi`), at most ``MAX_DPI`` and
    ``max_pixels``; None when ``source`` will do."""
    gray = np.asarray(source.image)
    target = source.dpi * page_scale(gray, max_pixels) if source.native else render_dpi(gray, source.dpi)
    area_in = (source.width_pt / 72.0) * (source.height_pt / 72.0)
    target = min(target, MAX_DPI, 0.999 * (max_pixels / area_in) ** 0.5 if area_in > 0 else source.dpi)
    if target <= source.dpi if source.native else abs(target - source.dpi) < 0.1 * source.dpi:
        return None
    return target


def rendered_at(path: Path, page_number: int, dpi: float, source: PageImage, max_pixels: int,
                password: Optional[str] = None) -> PageImage:
    """The page of ``source`` rendered by pdfium at ``dpi``, turned as
    ``source`` is."""
    img, width, height = render_page(path, page_number, dpi, max_pixels, password)
    page = PageImage(img, width, height, dpi, native=False, image_dpi=source.image_dpi)
    return _turned(page, source.turn) if source.turn else page


def vertical_turn(source: PageImage, timeout: float = 0) -> int:
    """0 for a page whose lines run across; for one whose lines run up and
    down, the clockwise turn (90 or 270) Tesseract's OSD finds (90 when it
    cannot tell: a page read upside down after it is turned again by the
    first pass's doubt, :func:`extractors.ocr.recognise.ocr_pdf_page`)."""
    if not lines_vertical(np.asarray(source.image)):
        return 0
    found = osd_turn(source.image, source.dpi, timeout)
    return found[0] if found and found[0] in (90, 270) else 90


def _turned(source: PageImage, turn: int) -> PageImage:
    """``source`` turned clockwise by ``turn`` degrees."""
    img = turn_image(source.image, turn)
    if img is not source.image:
        source.close()
    width, height = turned_size(source.width_pt, source.height_pt, turn)
    return PageImage(img, width, height, source.dpi, source.native, source.image_dpi, (source.turn + turn) % 360,
                     source.bilevel)
