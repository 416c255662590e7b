"""The resolution a page is OCR'd at, from the size of its glyphs.

Tesseract reads a line after scaling it to a fixed height, so more pixels do
not help it once the glyphs are large enough to be segmented; below that it
merges and drops letters (and on a 150-dpi scan whole table columns).  What
matters is the **x-height in pixels**, not the DPI a scanner reports: 11-pt
text at 200 dpi has an x-height of ~17 px, 9-pt table text ~15 px, the same
at 150 dpi ~13 and ~11 px.

:func:`glyph_height` measures it as the median height of the page's
glyph-sized connected components of ink (lowercase letters are the most
frequent glyphs, so the median sits at the x-height); :func:`ocr_scale` is
the factor the page is enlarged by before Tesseract: 1 when the x-height is at
least ``MIN_XHEIGHT_PX``, else enough to bring it to ``TARGET_XHEIGHT_PX``.
The enlargement itself is pdfium's rendering of the page at that resolution
(:func:`extractors.ocr.page_image.page_image`), not a resize of the image.
Measured on the scanned samples (``bench/bench_ocr.py``, money cells and
CER): see ``docs/ocr-speed.md``.
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np
from scipy import ndimage as ndi

from extractors.ocr.preprocess import otsu_threshold

# an x-height below this many pixels is enlarged to TARGET_XHEIGHT_PX
MIN_XHEIGHT_PX = 15.0
TARGET_XHEIGHT_PX = 32.0
MAX_SCALE = 3.0
SCALE_STEP = 0.25  # scales are rounded up to a multiple of this
MIN_GLYPHS = 50  # fewer glyph-sized components: no measurement


def glyph_heights(dark: np.ndarray) -> np.ndarray:
    """Heights in pixels of the glyph-like connected components of a binary
    page (True = ink): at least 4 px high, at most three times as wide as
    high (touching letters) and not wider than 1.5× high when thin, below a
    twentieth of the page height (no pictures, frames or rulings)."""
    labels, count = ndi.label(dark, structure=np.ones((3, 3), dtype=bool))
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    boxes = ndi.find_objects(labels)
    del labels
    h = np.fromiter((s[0].stop - s[0].start for s in boxes), dtype=np.int64, count=count)
    w = np.fromiter((s[1].stop - s[1].start for s in boxes), dtype=np.int64, count=count)
    keep = (h >= 4) & (h <= dark.shape[0] / 20.0) & (w >= 2) & (w <= 3 * h)
    return h[keep]


def glyph_height(dark: np.ndarray) -> Optional[float]:
    """The page's typical glyph height (≈ x-height) in pixels; None when the
    page has too little text to tell."""
    heights = glyph_heights(dark)
    if heights.size < MIN_GLYPHS:
        return None
    return float(np.median(heights))


def ocr_scale(x_height: Optional[float]) -> float:
    """Factor to enlarge a page by before OCR given its x-height in pixels."""
    if x_height is None or x_height >= MIN_XHEIGHT_PX:
        return 1.0
    scale = TARGET_XHEIGHT_PX / max(x_height, 1.0)
    return min(MAX_SCALE, math.ceil(scale / SCALE_STEP) * SCALE_STEP)


def page_scale(gray: np.ndarray, max_pixels: int) -> float:
    """Factor to enlarge a grayscale page image (uint8) by before OCR: from
    its glyph height (ink = Otsu-dark), never beyond ``max_pixels``."""
    scale = ocr_scale(glyph_height(gray <= otsu_threshold(gray)))
    return min(scale, max(1.0, (max_pixels / max(gray.size, 1)) ** 0.5))
