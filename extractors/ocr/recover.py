"""Second OCR pass over the ink Tesseract's page layout left unread.

Tesseract's page segmentation (``--psm 3``) sometimes drops whole blocks:
on a ruled budget table of a 150-dpi scan it read the label column and the
first amount column and silently skipped the three amount columns beside
them (vb-2021 p. 23), although every digit is crisp.  Nothing in its output
says so; the only trace is ink that no word box covers.

This module finds that ink and reads it again:

1. :func:`uncovered_blobs` — dark pixels outside every recognised word box
   (boxes padded a little), split into connected components; components of
   text size are kept (specks, rulings and pictures are not), and glyphs
   close together are joined into word/line blobs.
2. :func:`build_mosaic` — each blob's own pixels (neighbouring ink blanked)
   are stacked on a white strip, one per text line, so that one Tesseract
   call in uniform-block mode (``--psm 6``) reads them all.
3. :func:`place_words` — every word read in the mosaic goes back to the blob
   whose tile holds its centre, in page pixels, as extra ``image_to_data``
   rows (a text line of its own per blob).

Pure functions over numpy arrays; the Tesseract call is the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy import ndimage as ndi

from extractors.ocr.preprocess import bincount

MOSAIC_CONFIG = "--oem 1 --psm 6"
# a blob whose first line is tile index i becomes block RECOVERED_BLOCK + i:
# block numbers of the first pass stay far below
RECOVERED_BLOCK = 100_000
MIN_CONF = 30.0  # words read in the mosaic with less confidence are dropped
MAX_TILES = 400  # a page with more unread blobs is noise, not missed text


@dataclass(frozen=True)
class Blob:
    """A group of unread glyphs in page pixels, and its label in ``labels``."""

    left: int
    top: int
    width: int
    height: int
    label: int


@dataclass(frozen=True)
class Tile:
    """Where a blob sits in the mosaic: rows ``y0:y1``; a mosaic pixel
    (x, y) is page pixel (x + dx, y + dy)."""

    blob: Blob
    y0: int
    y1: int
    dx: int
    dy: int


def word_boxes(data: dict) -> list[tuple[int, int, int, int]]:
    """(left, top, width, height) of the words in an ``image_to_data`` dict."""
    out = []
    for i, level in enumerate(data.get("level", [])):
        if int(level) == 5 and (data["text"][i] or "").strip() and float(data["conf"][i]) >= 0:
            out.append((int(data["left"][i]), int(data["top"][i]), int(data["width"][i]), int(data["height"][i])))
    return out


def text_height(boxes: list[tuple[int, int, int, int]], dpi: float) -> float:
    """Typical word-box height in pixels: the median of the page's words, or
    that of 10-point text when the page has too few."""
    heights = [h for _, _, _, h in boxes if h > 0]
    if len(heights) >= 5:
        return float(np.median(heights))
    return 10.0 / 72.0 * dpi * 0.9


def dilate_rect(mask: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """``mask`` dilated by a ``rows``×``cols`` rectangle, pixel for pixel what
    ``ndi.binary_dilation(mask, structure=np.ones((rows, cols)))`` gives,
    as two running maxima (one per axis): the cost does not grow with the
    rectangle (a 12×32 one on a 375-dpi page took scipy's dilation 3.5 s)."""
    out = ndi.maximum_filter1d(mask.view(np.uint8), cols, axis=1, origin=-1 if cols % 2 == 0 else 0)
    out = ndi.maximum_filter1d(out, rows, axis=0, origin=-1 if rows % 2 == 0 else 0)
    return out.view(bool)


def uncovered_blobs(
    dark: np.ndarray, boxes: list[tuple[int, int, int, int]], height: float
) -> tuple[np.ndarray, list[Blob]]:
    """Blobs of text-sized ink outside ``boxes``; returns (labels, blobs)
    where ``labels`` marks each blob's dilated area with its label."""
    covered = np.zeros(dark.shape, dtype=bool)
    for left, top, width, h in boxes:
        pad = max(2, h // 5)
        covered[max(top - pad, 0) : top + h + pad, max(left - pad, 0) : left + width + pad] = True
    ink = dark & ~covered
    if not ink.any():
        return np.zeros(dark.shape, dtype=np.int32), []
    labels, count = ndi.label(ink, structure=np.ones((3, 3), dtype=bool))
    slices = ndi.find_objects(labels)
    sizes = bincount(labels, minlength=count + 1)
    kept = np.zeros(count + 1, dtype=bool)  # ink that may belong to text
    seed = np.zeros(count + 1, dtype=bool)  # ink that is text-sized itself
    for k, sl in enumerate(slices, start=1):
        h = sl[0].stop - sl[0].start
        w = sl[1].stop - sl[1].start
        if h > 2.5 * height or w > 40 * height or (h < 0.25 * height and w > 3 * height):
            continue  # a picture, a frame, a rule
        kept[k] = True
        # a glyph (or a few touching ones), not a speck; minus signs, commas
        # and dots are kept but do not make a blob on their own
        seed[k] = sizes[k] >= 12 and h >= 0.25 * height
    if not seed.any():
        return np.zeros(dark.shape, dtype=np.int32), []
    # join the glyphs of a word and the words of a line: a horizontal reach of
    # most of a text height, a little vertical reach (accents, commas)
    kept_ink, seed_ink = kept[labels], seed[labels]
    del labels, ink, covered  # one page of int32 labels at a time
    joined = dilate_rect(kept_ink, max(3, int(height * 0.3)), max(3, int(height * 0.8)))
    del kept_ink
    blob_labels, n = ndi.label(joined)
    del joined
    seeded = np.zeros(n + 1, dtype=bool)
    seeded[np.unique(blob_labels[seed_ink])] = True
    del seed_ink
    blobs = []
    for k, sl in enumerate(ndi.find_objects(blob_labels), start=1):
        h = sl[0].stop - sl[0].start
        w = sl[1].stop - sl[1].start
        if seeded[k] and h >= 0.4 * height:
            blobs.append(Blob(left=sl[1].start, top=sl[0].start, width=w, height=h, label=k))
        elif not seeded[k]:
            blob_labels[sl][blob_labels[sl] == k] = 0
    blobs.sort(key=lambda b: (b.top, b.left))
    return blob_labels, blobs


def build_mosaic(
    gray: np.ndarray, labels: np.ndarray, blobs: list[Blob], height: float
) -> tuple[np.ndarray, list[Tile]]:
    """Stack the blobs' pixels (everything else in their window blanked) on a
    white strip, one per line, a text height apart."""
    pad = max(2, int(height * 0.3))
    gap = max(4, int(height * 0.8))
    margin = 10
    windows = []
    for b in blobs:
        y0, x0 = max(b.top - pad, 0), max(b.left - pad, 0)
        y1, x1 = min(b.top + b.height + pad, gray.shape[0]), min(b.left + b.width + pad, gray.shape[1])
        windows.append((y0, y1, x0, x1))
    width = max(x1 - x0 for _, _, x0, x1 in windows) + 2 * margin
    total = sum(y1 - y0 + gap for y0, y1, _, _ in windows) + gap
    mosaic = np.full((total, width), 255, dtype=np.uint8)
    tiles = []
    y = gap
    for b, (y0, y1, x0, x1) in zip(blobs, windows):
        crop = np.where(labels[y0:y1, x0:x1] == b.label, gray[y0:y1, x0:x1], 255)
        mosaic[y : y + (y1 - y0), margin : margin + (x1 - x0)] = crop
        tiles.append(Tile(blob=b, y0=y, y1=y + (y1 - y0), dx=x0 - margin, dy=y0 - y))
        y += (y1 - y0) + gap
    return mosaic, tiles


def place_words(data: dict, tiles: list[Tile], min_conf: float = MIN_CONF) -> dict:
    """Words of the mosaic's ``image_to_data`` dict moved back to page pixels,
    as an ``image_to_data``-shaped dict (level 5 rows only).  A word goes to
    the tile holding its centre; words with no letter or digit, or read with
    less than ``min_conf``, are dropped."""
    out: dict[str, list] = {k: [] for k in ("level", "text", "conf", "left", "top", "width", "height",
                                           "block_num", "par_num", "line_num")}
    for i, level in enumerate(data.get("level", [])):
        text = (data["text"][i] or "").strip()
        conf = float(data["conf"][i])
        if int(level) != 5 or not text or conf < min_conf or not any(c.isalnum() for c in text):
            continue
        cy = int(data["top"][i]) + int(data["height"][i]) / 2.0
        index = _tile_at(tiles, cy)
        if index is None:
            continue
        tile = tiles[index]
        out["level"].append(5)
        out["text"].append(text)
        out["conf"].append(conf)
        out["left"].append(int(data["left"][i]) + tile.dx)
        out["top"].append(int(data["top"][i]) + tile.dy)
        out["width"].append(int(data["width"][i]))
        out["height"].append(int(data["height"][i]))
        out["block_num"].append(RECOVERED_BLOCK + index)
        out["par_num"].append(1)
        out["line_num"].append(1)
    return out


def _tile_at(tiles: list[Tile], y: float) -> Optional[int]:
    for index, tile in enumerate(tiles):
        if tile.y0 <= y < tile.y1:
            return index
    return None


def merge_data(first: dict, extra: dict) -> dict:
    """The first pass's ``image_to_data`` dict with ``extra``'s rows appended."""
    keys = ("level", "text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")
    return {k: list(first.get(k, [])) + list(extra.get(k, [])) for k in keys}
