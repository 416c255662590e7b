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

Words the first pass read but doubted (confidence below ``DOUBT_CONF``: on
a Chromium-printed investment table at 375 dpi "23,1 23,1" came out as "CL
på" at 13 and 14) count as unread: their ink is read again with the skipped
ink, and :func:`replace_doubted` drops a doubted word where the mosaic read
a word over it (it stays when the mosaic read nothing there).

Pure functions over numpy arrays; the Tesseract call is the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from extractors.ocr.opencv import as_u8, components, cv2

MOSAIC_CONFIG = "--oem 1 --psm 6"
# a blob whose first line is tile index i becomes block RECOVERED_BLOCK + i:
# block numbers of the first pass stay far below
RECOVERED_BLOCK = 100_000
MIN_CONF = 30.0  # words read in the mosaic with less confidence are dropped
DOUBT_CONF = 20.0  # first-pass words read with less confidence are read again
MAX_TILES = 400  # a page with more unread blobs is noise, not missed text
# the image_to_data columns the passes produce and merge
DATA_KEYS = ("level", "text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")


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


def word_boxes(data: dict, min_conf: float = 0.0) -> list[tuple[int, int, int, int]]:
    """(left, top, width, height) of the words in an ``image_to_data`` dict
    read with at least ``min_conf``."""
    out = []
    for i, level in enumerate(data.get("level", [])):
        if int(level) == 5 and (data["text"][i] or "").strip() and float(data["conf"][i]) >= min_conf:
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
    ``ndi.binary_dilation(mask, structure=np.ones((rows, cols)))`` gives
    (for an even size the rectangle reaches one pixel further right/down
    than left/up), by OpenCV's ``dilate``: the cost does not grow with the
    rectangle (a 12×32 one on a 375-dpi page took scipy's dilation 3.5 s,
    two running maxima 0.32 s, OpenCV 0.03 s)."""
    kernel = np.ones((rows, cols), dtype=np.uint8)
    out = cv2.dilate(as_u8(mask), kernel, anchor=((cols - 1) // 2, (rows - 1) // 2))
    return out.view(bool)


def _reach(height: float) -> tuple[int, int]:
    """Rows × columns of the rectangle that joins glyphs into a blob: a
    horizontal reach of most of a text height, a little vertical reach
    (accents, commas)."""
    return max(3, int(height * 0.3)), max(3, int(height * 0.8))


def ink_windows(ink: np.ndarray, rows: int, cols: int) -> list[tuple[int, int, int, int]]:
    """(y0, y1, x0, x1) windows that hold all of ``ink``, each padded by the
    joining rectangle, such that no glyph joins one in another window: runs
    of inked rows split where more than ``rows`` + 1 rows are empty.  The
    second pass works in these windows only: the ink no word box covers is
    a few glyphs and specks, and a whole 375-dpi page of labels costs
    0.2 s a pass."""
    inked = np.flatnonzero(ink.any(axis=1))
    if inked.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(inked) > rows + 1)
    starts = np.concatenate(([inked[0]], inked[breaks + 1]))
    stops = np.concatenate((inked[breaks], [inked[-1]])) + 1
    height, width = ink.shape
    windows = []
    for y0, y1 in zip(starts.tolist(), stops.tolist()):
        inked_cols = np.flatnonzero(ink[y0:y1].any(axis=0))
        x0, x1 = int(inked_cols[0]), int(inked_cols[-1]) + 1
        windows.append((max(y0 - rows, 0), min(y1 + rows, height), max(x0 - cols, 0), min(x1 + cols, width)))
    return windows


def _window_blobs(ink: np.ndarray, height: float, rows: int, cols: int) -> tuple[np.ndarray, list[Blob]]:
    """:func:`uncovered_blobs` within one window of uncovered ink."""
    labels, stats = components(ink, 8)
    h = stats[:, cv2.CC_STAT_HEIGHT]
    w = stats[:, cv2.CC_STAT_WIDTH]
    # ink that may belong to text: not a picture, a frame or a rule
    kept = ~((h > 2.5 * height) | (w > 40 * height) | ((h < 0.25 * height) & (w > 3 * height)))
    kept[0] = False
    # ink that is text-sized itself: a glyph (or a few touching ones), not a
    # speck; minus signs, commas and dots are kept but do not make a blob on
    # their own
    seed = kept & (stats[:, cv2.CC_STAT_AREA] >= 12) & (h >= 0.25 * height)
    if not seed.any():
        return np.zeros(ink.shape, dtype=np.int32), []
    kept_ink, seed_ink = kept[labels], seed[labels]
    del labels
    blob_labels, blob_stats = components(dilate_rect(kept_ink, rows, cols), 4)
    del kept_ink
    seeded = np.zeros(len(blob_stats), dtype=bool)
    seeded[blob_labels[seed_ink]] = True
    seeded[0] = False
    blobs = [
        Blob(left=int(x), top=int(y), width=int(bw), height=int(bh), label=k)
        for k, (x, y, bw, bh, _area) in enumerate(blob_stats)
        if seeded[k] and bh >= 0.4 * height
    ]
    # labels of the seeded blobs only (ink without a glyph of its own is dropped)
    relabel = np.where(seeded, np.arange(len(blob_stats), dtype=np.int32), 0).astype(np.int32)
    return relabel[blob_labels], blobs


def uncovered_ink(dark: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """The ink of ``dark`` outside every word box (boxes padded a little)."""
    ink = dark.copy()
    for left, top, width, h in boxes:
        pad = max(2, h // 5)
        ink[max(top - pad, 0) : top + h + pad, max(left - pad, 0) : left + width + pad] = False
    return ink


def uncovered_blobs(
    dark: np.ndarray, boxes: list[tuple[int, int, int, int]], height: float
) -> tuple[np.ndarray, list[Blob]]:
    """Blobs of text-sized ink outside ``boxes``; returns (labels, blobs)
    where ``labels`` marks each blob's dilated area with its label."""
    ink = uncovered_ink(dark, boxes)
    rows, cols = _reach(height)
    labels = np.zeros(dark.shape, dtype=np.int32)
    blobs: list[Blob] = []
    offset = 0
    for y0, y1, x0, x1 in ink_windows(ink, rows, cols):
        window_labels, window_blobs = _window_blobs(ink[y0:y1, x0:x1], height, rows, cols)
        if not window_blobs:
            continue
        inside = window_labels > 0
        labels[y0:y1, x0:x1][inside] = window_labels[inside] + offset
        blobs.extend(Blob(left=b.left + x0, top=b.top + y0, width=b.width, height=b.height, label=b.label + offset)
                     for b in window_blobs)
        offset += int(window_labels.max())
    blobs.sort(key=lambda b: (b.top, b.left))
    return labels, blobs


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
    out: dict[str, list] = {k: [] for k in DATA_KEYS}
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


def replace_doubted(first: dict, extra: dict, doubt: float = DOUBT_CONF) -> dict:
    """``first`` without its doubted words (level 5, confidence below
    ``doubt``) whose box holds the centre of a word of ``extra`` or whose
    centre lies in one: the second pass read that ink again."""
    placed = word_boxes(extra)
    if not placed:
        return first

    def inside(cx: float, cy: float, box: tuple[int, int, int, int]) -> bool:
        left, top, width, height = box
        return left <= cx <= left + width and top <= cy <= top + height

    def reread(box: tuple[int, int, int, int]) -> bool:
        cx, cy = box[0] + box[2] / 2.0, box[1] + box[3] / 2.0
        return any(inside(cx, cy, b) or inside(b[0] + b[2] / 2.0, b[1] + b[3] / 2.0, box) for b in placed)

    keep = []
    for i, level in enumerate(first.get("level", [])):
        box = (int(first["left"][i]), int(first["top"][i]), int(first["width"][i]), int(first["height"][i]))
        doubted = int(level) == 5 and 0 <= float(first["conf"][i]) < doubt and (first["text"][i] or "").strip()
        keep.append(not (doubted and reread(box)))
    return {k: [v for v, ok in zip(first.get(k, []), keep) if ok] for k in DATA_KEYS if k in first}


def merge_data(first: dict, extra: dict) -> dict:
    """The first pass's ``image_to_data`` dict with ``extra``'s rows appended."""
    return {k: list(first.get(k, [])) + list(extra.get(k, [])) for k in DATA_KEYS}
