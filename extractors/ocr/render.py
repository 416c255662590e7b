"""Rendering PDF pages to grayscale (or colour) images with pypdfium2, with a pixel limit."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
from PIL import Image

from models.errors import PageTooLargeError

# the name used by the OCR path; the batch work defines the class
PageTooLarge = PageTooLargeError


def page_pixels(width_pt: float, height_pt: float, dpi: int) -> int:
    """Pixels a page of this size in points renders to at ``dpi``."""
    scale = dpi / 72.0
    return int(round(width_pt * scale)) * int(round(height_pt * scale))


def check_pixels(width_pt: float, height_pt: float, dpi: int, max_pixels: int, page_number: int = 0) -> None:
    """Raise :class:`PageTooLarge` when the rendering would exceed ``max_pixels``."""
    px = page_pixels(width_pt, height_pt, dpi)
    if px > max_pixels:
        raise PageTooLarge(
            f"page {page_number}: {width_pt:.0f}×{height_pt:.0f} pt at {dpi} dpi is {px:,} pixels, "
            f"more than the limit {max_pixels:,} (lower --dpi or raise max_page_pixels)"
        )


def render_page(
    path: Path,
    page_number: int,
    dpi: int = 300,
    max_pixels: int = 200_000_000,
    password: Optional[str] = None,
    grayscale: bool = True,
) -> tuple[Image.Image, float, float]:
    """Render 1-based ``page_number`` of ``path`` as an 8-bit grayscale image
    (RGB when not ``grayscale``).

    Returns (image, page width in points, page height in points).  The image is
    in the page's displayed orientation (rotation applied), top-left origin.
    """
    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        page = pdf[page_number - 1]
        try:
            width, height = page.get_size()
            check_pixels(width, height, dpi, max_pixels, page_number)
            bitmap = page.render(scale=dpi / 72.0, grayscale=grayscale, draw_annots=True)
            img = bitmap.to_pil().convert("L" if grayscale else "RGB")
            bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()
    return img, float(width), float(height)
