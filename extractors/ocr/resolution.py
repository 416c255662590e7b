"""The resolution a page is OCR'd at, from the size of its glyphs.

Tesseract reads a line after scaling it to a fixed height, so more pixels do
not help it once the glyphs are large enough to be segmented; below that it
merges and drops letters (and on a 150-dpi scan whole table columns).  What
matters is the **x-height in pixels**, not the DPI a scanner reports: 11-pt
text at 200 dpi has an x-height of ~17 px, 9-pt table text ~15 px, the same
at 150 dpi ~13 and ~11 px.

:func:`glyph_height` measures it on the page's glyph-sized connected
components of ink as the lowest well-populated height class
(:func:`x_height_of`): lowercase letters are the most frequent glyphs of
running text, so there the class is also the median; on a table page digits
(cap height, ~1.3× the x-height) outnumber them and the median is the digits'
height, while the row labels' letters still form the lowest class.
:func:`ocr_scale` is the factor the page is enlarged by before Tesseract: 1
when the x-height is at least ``MIN_XHEIGHT_PX``, else enough to bring the
median glyph height to ``TARGET_GLYPH_PX``.
The enlargement itself is pdfium's rendering of the page at that resolution
(:func:`extractors.ocr.page_image.page_image`), not a resize of the image.
Measured on the scanned samples (``bench/bench_ocr.py``, money cells and
CER): see ``docs/ocr-speed.md``.
"""

from __future__ import annotations

import math

from dataclasses import dataclass
from typing import Optional

import numpy as np

from extractors.ocr.opencv import components, cv2
from extractors.ocr.preprocess import otsu_threshold

# a page whose x-height is below this many pixels is enlarged until its
# median glyph is TARGET_GLYPH_PX high
MIN_XHEIGHT_PX = 14.0
TARGET_GLYPH_PX = 32.0
MAX_SCALE = 3.0
# no page is OCR'd from an image above this resolution (a table of contents
# enlarged 3x to 900 dpi read no better: issue 23)
MAX_DPI = 600.0
# a page pdfium renders (vector text, outlines, several images) is rendered at
# the resolution that gives its letters this x-height: a crisp rendering reads
# as well at 150 as at 300 dpi (vb-2021, 3 pages: words 99.2 / 99.3 %)
RENDER_XHEIGHT_PX = 16.0
MIN_RENDER_DPI = 150.0
RENDER_DPI_STEP = 25.0
SCALE_STEP = 0.25  # scales are rounded up to a multiple of this
MIN_GLYPHS = 50  # fewer glyph-sized components: no measurement
# the x-height class: the lowest class of heights within CLASS_WIDTH of each
# other holding at least CLASS_SHARE of the glyphs and at least
# CLASS_MIN_OF_MEDIAN of the median height (i-dots, umlauts, commas are lower)
CLASS_SHARE = 0.12
CLASS_WIDTH = 0.05
CLASS_MIN_OF_MEDIAN = 0.6


# a compact blob this full of ink (ink pixels / its box) is a dot, not a letter:
# a dot leader's or a period's square or disc measures 0.78-1.0, letters
# 0.37-0.65 (5th-95th percentile, outline and scanned pages at 150-300 dpi)
DOT_FILL = 0.75
# glyphs lower than this share of the page's tall glyphs (the 90th percentile
# of heights: capitals, digits, ascenders) are punctuation, dashes, i-dots
MIN_OF_TALL = 0.4


def glyph_heights(dark: np.ndarray) -> np.ndarray:
    """Heights in pixels of the glyph-like connected components of a binary
    page (True = ink): at least 4 px high, at most three times as wide as
    high (touching letters) and not wider than 1.5× high when thin, below a
    twentieth of the page height (no pictures, frames or rulings); neither
    dots (compact and ``DOT_FILL`` full: dot leaders of a table of contents,
    which outnumber its letters, periods, bullets) nor marks lower than
    ``MIN_OF_TALL`` × the tall glyphs (commas, hyphens, quotes)."""
    labels, stats = components(dark, connectivity=8)
    del labels
    h = stats[1:, cv2.CC_STAT_HEIGHT].astype(np.int64)
    w = stats[1:, cv2.CC_STAT_WIDTH].astype(np.int64)
    area = stats[1:, cv2.CC_STAT_AREA].astype(np.int64)
    keep = (h >= 4) & (h <= dark.shape[0] / 20.0) & (w >= 2) & (w <= 3 * h)
    dot = (area >= DOT_FILL * w * h) & (w <= 2 * h) & (h <= 2 * w)
    keep &= ~dot
    if keep.any():
        keep &= h >= MIN_OF_TALL * np.percentile(h[keep], 90)
    return h[keep]


def x_height_of(heights: np.ndarray) -> Optional[float]:
    """The x-height in pixels given the heights of a page's glyphs: the median
    of the lowest height class (heights from ``h`` to ``h × (1 +
    CLASS_WIDTH)``) that holds at least ``CLASS_SHARE`` of them, is no smaller
    than the classes beside it and lies at or above ``CLASS_MIN_OF_MEDIAN`` ×
    their median; the median itself when no class qualifies (evenly spread
    heights), and never above the median.  None for fewer than
    ``MIN_GLYPHS`` glyphs."""
    heights = np.asarray(heights, dtype=np.int64)
    if heights.size < MIN_GLYPHS:
        return None
    median = float(np.median(heights))
    counts = np.bincount(heights)
    cumulative = np.concatenate(([0], np.cumsum(counts)))

    def top_of(h: int) -> int:  # the tallest height of the class starting at h
        return max(h, int(h * (1 + CLASS_WIDTH)))

    def members(h: int) -> int:  # glyphs of the class starting at height h
        top = min(len(counts) - 1, top_of(h))
        return int(cumulative[top + 1] - cumulative[h])

    need = CLASS_SHARE * heights.size
    for h in range(max(1, math.ceil(CLASS_MIN_OF_MEDIAN * median)), len(counts)):
        n = members(h)
        if n >= need and n >= members(h - 1) and (h + 1 >= len(counts) or n >= members(h + 1)):
            return min(median, float(np.median(heights[(heights >= h) & (heights <= top_of(h))])))
    return median


@dataclass(frozen=True)
class GlyphSizes:
    """What the enlargement is decided on: the page's x-height (lowest
    well-populated height class) and its median glyph height, in pixels."""

    x_height: float
    median: float


def glyph_sizes(dark: np.ndarray) -> Optional[GlyphSizes]:
    """:class:`GlyphSizes` of a binary page (True = ink); None when the page
    has too little text to tell."""
    heights = glyph_heights(dark)
    x = x_height_of(heights)
    return None if x is None else GlyphSizes(x_height=x, median=float(np.median(heights)))


def glyph_height(dark: np.ndarray) -> Optional[float]:
    """The page's x-height in pixels (:func:`x_height_of` of its glyphs);
    None when the page has too little text to tell."""
    sizes = glyph_sizes(dark)
    return sizes.x_height if sizes else None


def ocr_scale(x_height: Optional[float], median: Optional[float] = None) -> float:
    """Factor to enlarge a page by before OCR: 1 when its x-height is at
    least ``MIN_XHEIGHT_PX`` (or unknown), else enough to bring its median
    glyph height (default: the x-height) to ``TARGET_GLYPH_PX``, in
    ``SCALE_STEP`` steps up to ``MAX_SCALE``.  The target was measured
    against the median (on running text the two agree), so a table page
    whose median is the digits' height is enlarged less than its letters'
    x-height alone would ask for."""
    if x_height is None or x_height >= MIN_XHEIGHT_PX:
        return 1.0
    scale = TARGET_GLYPH_PX / max(median if median is not None else x_height, 1.0)
    return max(1.0, min(MAX_SCALE, math.ceil(scale / SCALE_STEP) * SCALE_STEP))


def page_scale(gray: np.ndarray, max_pixels: int) -> float:
    """Factor to enlarge a grayscale page image (uint8) by before OCR: from
    its glyph sizes (ink = Otsu-dark), never beyond ``max_pixels``."""
    sizes = glyph_sizes(gray <= otsu_threshold(gray))
    scale = ocr_scale(sizes.x_height, sizes.median) if sizes else 1.0
    return min(scale, max(1.0, (max_pixels / max(gray.size, 1)) ** 0.5))


def render_dpi(gray: np.ndarray, dpi: float) -> float:
    """The resolution to render a page at, given its grayscale rendering
    ``gray`` at ``dpi``: the one that makes its x-height
    ``RENDER_XHEIGHT_PX`` (rounded up to ``RENDER_DPI_STEP``), between
    ``MIN_RENDER_DPI`` and ``MAX_DPI``; ``dpi`` (capped) when the page has too
    little text to tell."""
    sizes = glyph_sizes(gray <= otsu_threshold(gray))
    if sizes is None:
        return min(float(dpi), MAX_DPI)
    wanted = math.ceil(dpi * RENDER_XHEIGHT_PX / sizes.x_height / RENDER_DPI_STEP) * RENDER_DPI_STEP
    return max(MIN_RENDER_DPI, min(MAX_DPI, wanted))
