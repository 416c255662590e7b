"""Tesseract OCR of one page image → :class:`models.pagedata.PageText`.

Words come from Tesseract's TSV output (:mod:`extractors.ocr.tesseract`, level 5) with their confidence,
converted from pixels to PDF points (top-left origin).  The page is deskewed
before OCR and the boxes are reported **in the deskewed frame**: the skew of a
scan is an artefact of the scanner (|angle| ≤ 3°), so the deskewed image is the
better estimate of the printed page, and words/rulings from it line up with
each other as they did on paper.

OCR knows no fonts, so two font facts are estimated from the pixels:

* ``size`` — from the word's box height and which letters it has (ascenders,
  descenders, x-height only, å/ä/ö), the lower quartile over the text line,
  in points;
* ``bold`` — per text line, from stroke width: the typical horizontal
  dark-run length in its words divided by the font size in pixels, compared
  with the page's typical line.

Rulings are long horizontal/vertical dark runs in the binarised page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median
from typing import Optional

import numpy as np
from PIL import Image

from extractors.ocr import percent
from extractors.ocr import recover as ocr_recover
from extractors.ocr import tesseract
from extractors.ocr.opencv import as_u8, cv2
from extractors.ocr.leaders import TOC_LEADERS, erase_leaders
from extractors.ocr.orientation import MIN_OSD_CONFIDENCE, osd_turn, turn_image, turned_size
from extractors.ocr.page_image import page_image, rendered_at, wanted_dpi
from extractors.ocr.preprocess import PreprocessSettings, binarize, faint_threshold, prepare
from models.pagedata import PageText, Ruling, Word

TESSERACT_CONFIG = "--oem 1 --psm 3"
# a page of dot leaders (a table of contents): one block of lines (extractors.ocr.leaders)
TOC_CONFIG = "--oem 1 --psm 6"
# a first pass below this mean confidence (or with no words) has the page's
# orientation checked (Tesseract's OSD) and, when OSD finds it turned, the
# turned page read again; the better-read of the two is kept
DOUBT_ORIENTATION = 60.0
# the turned reading must beat the first by this many confidence points
TURN_MARGIN = 5.0
# a page of at least READ_FIRST_DPI whose glyphs ask for enlargement is read as
# it is first and enlarged only when that reading's mean confidence is below
# CONFIDENT (issue 23: a table of contents enlarged 3x read no better; below
# 200 dpi the enlargement is measured to keep decimal commas and minus signs a
# confident-looking reading loses, docs/ocr-speed.md)
READ_FIRST_DPI = 200.0
CONFIDENT = 85.0
# shortest ruling, points
MIN_HRULE_PT = 36.0
MIN_VRULE_PT = 28.0
# thicker dark bands are filled boxes or smeared text, not rulings
MAX_RULE_THICKNESS_PT = 4.0
# a ruling's neighbour rows (columns) are at most this dark
MAX_SIDE_DENSITY = 0.25
# a line is bold when its relative stroke width exceeds the page's typical
# line by this factor (measured: regular 0.12, bold 0.165–0.17 of the font size
# on a crisp page; on a 150-dpi scan, whose strokes the scan blurs, bold lines
# 1.17–1.23 × the typical line and regular ones at most 1.06 ×, at 375–413 dpi
# as at 400: docs/ocr-speed.md)
BOLD_STROKE_RATIO = 1.15

# how far glyphs reach above the baseline and below it, as a share of the
# font size (Helvetica/Times-like fonts): a word's box height is the highest
# top plus the deepest descent of its letters
_TOPS = {
    **{c: 0.52 for c in "acemnorsuvwxz"},
    **{c: 0.72 for c in "ijt0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ%&#?!"},
    **{c: 0.74 for c in "bdfhkl()[]{}|/"},
    **{c: 0.76 for c in "åäöéü"},
    **{c: 0.90 for c in "ÅÄÖÉÜ"},
}
_DESCENTS = {**{c: 0.21 for c in "gjpqyQ()[]{}|"}, **{c: 0.14 for c in ",;"}}

@dataclass(frozen=True)
class OcrPage:
    """One OCR'd page: the words, the preprocessing facts, and any failure."""

    page: PageText
    skew: float = 0.0
    error: Optional[str] = None  # e.g. "timeout after 300 s"
    recovered: int = 0  # words read in the second pass over ink the first one skipped or doubted


def estimate_size_px(text: str, height_px: float) -> Optional[float]:
    """Font size in pixels implied by a word's box height and its letters
    (None for punctuation only)."""
    top = max((_TOPS.get(c, 0.0) for c in text), default=0.0)
    if height_px <= 0 or top == 0.0:
        return None
    descent = max((_DESCENTS.get(c, 0.0) for c in text), default=0.0)
    return height_px / (top + descent)


def line_size_px(estimates: list[float]) -> float:
    """A text line's font size from its words' estimates: the lower quartile,
    since marks touching a word (noise, a ruling's remnant) only enlarge its
    box."""
    ordered = sorted(estimates)
    return ordered[len(ordered) // 4]


def run_lengths(dark: np.ndarray) -> np.ndarray:
    """Lengths of the horizontal dark runs in a binary crop."""
    if dark.size == 0:
        return np.zeros(0, dtype=np.int64)
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    d = np.diff(padded, axis=1).ravel()
    starts = np.nonzero(d == 1)[0]
    ends = np.nonzero(d == -1)[0]
    return ends - starts


def stroke_width(runs: np.ndarray) -> Optional[float]:
    """Typical stem width (pixels) from horizontal run lengths: the mean of the
    runs up to 1.5× their median (horizontal bars and serifs left out)."""
    if runs.size == 0:
        return None
    m = float(np.median(runs))
    core = runs[runs <= 1.5 * m]
    return float(core.mean()) if core.size else m


def _runs_1d(mask_row: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) index pairs of True runs in a 1-D bool array (end exclusive)."""
    padded = np.concatenate(([False], mask_row, [False]))
    d = np.diff(padded.astype(np.int8))
    starts = np.nonzero(d == 1)[0]
    ends = np.nonzero(d == -1)[0]
    return list(zip(starts.tolist(), ends.tolist()))


def long_runs(dark: np.ndarray, min_len: int, axis: int = 1) -> np.ndarray:
    """Mask of pixels covered by a window of ``min_len`` pixels along ``axis``
    (1: rows, horizontal runs; 0: columns, vertical runs) lying inside the
    page and at least 95 % dark (a long run, allowing gaps from scan noise).
    Window sums by OpenCV's box filter, the cover by its dilation (a
    running maximum): a few milliseconds on a page where numpy's cumulative
    sums took 70 ms."""
    size = dark.shape[axis]
    if size < min_len:
        return np.zeros(dark.shape, dtype=bool)
    src = as_u8(dark)
    ksize = (min_len, 1) if axis == 1 else (1, min_len)  # OpenCV sizes are (width, height)
    # sums[i] = dark[i : i + min_len] along axis (zeros past the edge)
    sums = cv2.boxFilter(src, cv2.CV_16U, ksize, anchor=(0, 0), normalize=False, borderType=cv2.BORDER_CONSTANT)
    full = (sums >= int(min_len * 0.95)).view(np.uint8)
    n_win = size - min_len + 1  # windows that lie inside the page
    if axis == 1:
        full[:, n_win:] = 0
    else:
        full[n_win:, :] = 0
    # a pixel is covered when a full window starts at most min_len - 1 before it
    kernel = np.ones((1, min_len) if axis == 1 else (min_len, 1), dtype=np.uint8)
    anchor = (min_len - 1, 0) if axis == 1 else (0, min_len - 1)
    return cv2.dilate(full, kernel, anchor=anchor, borderType=cv2.BORDER_CONSTANT, borderValue=0).view(bool)


def _group_bands(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Group row segments of ``mask`` into bands: (x0, x1, top, bottom) in
    pixels, end exclusive; segments in rows ≤ 2 apart that overlap merge."""
    bands: list[list[int]] = []  # x0, x1, top, bottom, last_row
    closed: list[tuple[int, int, int, int]] = []
    rows = np.nonzero(mask.any(axis=1))[0]
    for r in rows.tolist():
        still_open = []
        for b in bands:
            if b[4] < r - 2:
                closed.append((b[0], b[1], b[2], b[3]))
            else:
                still_open.append(b)
        bands = still_open
        for x0, x1 in _runs_1d(mask[r]):
            hits = [b for b in bands if min(b[1], x1) - max(b[0], x0) > 0.5 * min(b[1] - b[0], x1 - x0)]
            if not hits:
                bands.append([x0, x1, r, r + 1, r])
                continue
            # the segment joins (and may bridge) every band it overlaps
            merged = [min([x0] + [b[0] for b in hits]), max([x1] + [b[1] for b in hits]),
                      min(b[2] for b in hits), r + 1, r]
            bands = [b for b in bands if not any(b is h for h in hits)] + [merged]
    closed += [(b[0], b[1], b[2], b[3]) for b in bands]
    return closed


def pool2(dark: np.ndarray) -> np.ndarray:
    """2×2 max-pooling of a binary image (dark if any of the four is dark)."""
    h, w = dark.shape[0] // 2 * 2, dark.shape[1] // 2 * 2
    d = dark[:h, :w]
    out = d[0::2, 0::2] | d[1::2, 0::2]  # three ORs of strided views: 9x faster than .any(axis=(1, 3))
    out |= d[0::2, 1::2]
    out |= d[1::2, 1::2]
    return out


def ruling_mask(dark: np.ndarray, dpi: float) -> np.ndarray:
    """Pixels of a binary page that belong to long horizontal or vertical runs
    (stacked: [0] horizontal, [1] vertical)."""
    px_per_pt = dpi / 72.0
    h = long_runs(dark, int(MIN_HRULE_PT * px_per_pt), axis=1)
    v = long_runs(dark, int(MIN_VRULE_PT * px_per_pt), axis=0)
    return np.stack([h, v])


def _trim(bands: list[tuple[int, int, int, int]], dark: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Shrink each band's extent to its first/last dark column (the window
    test lets a band overhang its line by a few pixels)."""
    out = []
    for x0, x1, t, b in bands:
        cols = np.nonzero(dark[t:b, x0:x1].any(axis=0))[0]
        if len(cols):
            out.append((x0 + int(cols[0]), x0 + int(cols[-1]) + 1, t, b))
    return out


@dataclass(frozen=True)
class Band:
    """A thin dark band in pixels (end exclusive): a ruling before scaling."""

    x0: int
    x1: int
    top: int
    bottom: int

    def ruling(self, sx: float, sy: float) -> Ruling:
        return Ruling(round(self.x0 * sx, 2), round(self.top * sy, 2), round(self.x1 * sx, 2), round(self.bottom * sy, 2))


def _isolated(dark: np.ndarray, x0: int, x1: int, t: int, b: int, gap: int = 1, strip: int = 2) -> bool:
    """A ruling has light pixels on both sides; a long dark run inside a line
    of text (letters smeared together by a scan) has text above or below."""
    above = dark[max(t - gap - strip, 0) : max(t - gap, 0), x0:x1]
    below = dark[b + gap : b + gap + strip, x0:x1]
    return all(part.size == 0 or float(part.mean()) < MAX_SIDE_DENSITY for part in (above, below))


def find_bands(
    dark: np.ndarray, dpi: float, mask: Optional[np.ndarray] = None, sides: Optional[np.ndarray] = None
) -> list[Band]:
    """Horizontal and vertical rulings of a binary page (True = dark) as pixel
    bands.  Bands thicker than ``MAX_RULE_THICKNESS_PT`` (filled boxes, text
    smeared together) are not rulings.  ``sides`` (default ``dark``) is the
    mask the isolation test looks at beside a band: a stricter threshold than
    ``dark``'s keeps a light shaded cell next to a ruling from counting as
    text (a grid line between a shaded header and the body was lost so)."""
    max_thick = MAX_RULE_THICKNESS_PT * dpi / 72.0
    if mask is None:
        mask = ruling_mask(dark, dpi)
    if sides is None:
        sides = dark
    out = [
        Band(x0, x1, t, b)
        for x0, x1, t, b in _trim(_group_bands(mask[0]), dark)
        if b - t <= max_thick and _isolated(sides, x0, x1, t, b)
    ]
    dark_t, sides_t = dark.T, sides.T
    out += [
        Band(l, r, y0, y1)
        for y0, y1, l, r in _trim(_group_bands(mask[1].T), dark_t)
        if r - l <= max_thick and _isolated(sides_t, y0, y1, l, r)
    ]
    out.sort(key=lambda g: (g.top, g.x0))
    return out


def band_mask(bands: list[Band], shape: tuple[int, int], scale: int = 1, pad: int = 1) -> np.ndarray:
    """The pixels of ``bands`` (found at 1/``scale`` resolution) in an image of
    ``shape``, widened by ``pad`` pixels each way."""
    out = np.zeros(shape, dtype=bool)
    for b in bands:
        out[max(b.top * scale - pad, 0) : b.bottom * scale + pad, max(b.x0 * scale - pad, 0) : b.x1 * scale + pad] = True
    return out


@dataclass
class _RawWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]


def _raw_words(data: dict) -> list[_RawWord]:
    out = []
    for i, level in enumerate(data["level"]):
        text = (data["text"][i] or "").strip()
        if int(level) != 5 or not text:
            continue
        conf = float(data["conf"][i])
        if conf < 0 or set(text) <= _RULE_GLYPHS:
            continue
        out.append(
            _RawWord(
                text=text,
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                conf=conf,
                line=(int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])),
            )
        )
    return out


# a table's vertical ruling that was not erased, read as a glyph: never text
_RULE_GLYPHS = frozenset("|¦")
_NUMBERISH = percent.NUMBERISH
_UNITS = {"mnkr", "mkr", "tkr", "kr", "mdkr", "%", "procent", "miljoner", "st"}
_BOXED_ZERO = re.compile(r"^[\[({][0OoD][\])}]$")
# Tesseract's readings of a "•" list bullet
_BULLET_MISREADS = {"«", "»", "+", "*", "°", "¢", "e", "o", "e«", "«e", "o«", "©", "®", "·", "•", "‘", "'", "»«"}
# and any two of its marks together ("+»" at 200 dpi)
_BULLET_MARKS = frozenset("«»+*°¢©®·•‘'")
# a minus sign read as a double quote: '"71,2' (no closing quote) in a table
_QUOTE_MINUS = re.compile(r'^["“”„]\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$')


def _bullet_like(text: str) -> bool:
    return text in _BULLET_MISREADS or (len(text) == 2 and set(text) <= _BULLET_MARKS)


def _token(w: "_RawWord") -> percent.Token:
    return percent.Token(text=w.text, left=w.left, width=w.width, height=w.height, conf=w.conf)


def _is_bullet(w: "_RawWord", nxt: Optional["_RawWord"]) -> bool:
    """A small mark first on its line, well apart from the text after it."""
    if nxt is None or not _bullet_like(w.text):
        return False
    gap = nxt.left - (w.left + w.width)
    return w.width <= 0.8 * nxt.height and gap >= 0.5 * nxt.height


def fix_symbols(raw: list["_RawWord"]) -> list["_RawWord"]:
    """Repair OCR misreadings that their neighbours make unambiguous, within a
    text line: "96 Yo" → "96 %", "O mnkr" / "15,3 O" → "0", a list bullet read
    as "«", "+", "e", "+»" … → "•" (seed 003 shows "e Samarbete", "o Teknik"),
    a minus read as a double quote '"71,2' → "-71,2".
    Numbers damaged inside themselves are left to :mod:`extractors.validate.ocr_readings`."""
    out = list(raw)
    digit_w = percent.digit_width([_token(w) for w in raw])
    for i, w in enumerate(out):
        prev = out[i - 1] if i > 0 and out[i - 1].line == w.line else None
        nxt = out[i + 1] if i + 1 < len(out) and out[i + 1].line == w.line else None
        if prev is None and _is_bullet(w, nxt):
            out[i] = replace(w, text="•")
            continue
        bare = w.text.rstrip(",.;:)")
        tail = w.text[len(bare):]
        after_number = prev is not None and bool(_NUMBERISH.match(prev.text))
        fixed = percent.percent_reading(_token(w), _token(prev) if prev else None, digit_w)
        if fixed is not None:
            out[i] = replace(w, text=fixed)
        elif bare in {"O", "o"} and (after_number or (nxt is not None and nxt.text.lower() in _UNITS)):
            out[i] = replace(w, text="0" + tail)
        elif _BOXED_ZERO.match(w.text):  # a lone "0" in a table column read as "[0]"
            out[i] = replace(w, text="0")
        elif _QUOTE_MINUS.match(w.text):
            out[i] = replace(w, text="-" + w.text[1:])
    return _loose_bullets(out)


def _loose_bullets(raw: list["_RawWord"]) -> list["_RawWord"]:
    """Bullets Tesseract put on a text line of their own and misread ("ee",
    ".", "•" at confidence 0): a small mark with nothing to its left, text
    beginning a little to its right on the same row, is a "•"."""
    out = list(raw)
    for i, w in enumerate(out):
        if w.text == "•" or len(w.text) > 2 or any(c.isdigit() for c in w.text):
            continue
        if not (_bullet_like(w.text) or w.text == "." or w.conf < 30):
            continue
        centre = w.top + w.height / 2.0
        row = [v for v in raw if v is not w and v.top <= centre <= v.top + v.height]
        right = [v for v in row if v.left >= w.left + w.width]
        if not right:
            continue
        nxt = min(right, key=lambda v: v.left)
        if any(v.left + v.width <= w.left and w.left - (v.left + v.width) < 4 * nxt.height for v in row):
            continue  # a mark after other text on the row: not a list bullet
        gap = nxt.left - (w.left + w.width)
        if w.height <= 0.7 * nxt.height and w.width <= 0.8 * nxt.height and 0.5 * nxt.height <= gap <= 3 * nxt.height:
            out[i] = replace(w, text="•")
    return out


def words_from_data(
    data: dict, dark: np.ndarray, sx: float, sy: float
) -> list[Word]:
    """Convert Tesseract's ``image_to_data`` dict into :class:`Word` objects in
    points, with estimated ``size`` and ``bold``."""
    raw = fix_symbols(_raw_words(data))
    # font size per line: median of the per-word estimates
    by_line: dict[tuple[int, int, int], list[float]] = {}
    for w in raw:
        est = estimate_size_px(w.text, w.height)
        if est is not None:
            by_line.setdefault(w.line, []).append(est)
    line_size = {k: line_size_px(v) for k, v in by_line.items()}
    all_sizes = [s for v in by_line.values() for s in v]
    fallback = median(all_sizes) if all_sizes else 0.0

    # stroke width relative to font size, per text line (Tesseract's lines),
    # compared with the typical line of the page (weighted by words)
    runs_by_line: dict[tuple[int, int, int], list[np.ndarray]] = {}
    for w in raw:
        if sum(c.isalpha() for c in w.text) >= 3:
            crop = dark[max(w.top, 0) : w.top + w.height, max(w.left, 0) : w.left + w.width]
            runs_by_line.setdefault(w.line, []).append(run_lengths(crop))
    line_rel: dict[tuple[int, int, int], float] = {}
    weighted: list[float] = []
    for key, parts in runs_by_line.items():
        sw = stroke_width(np.concatenate(parts))
        size_px = line_size.get(key, fallback)
        if sw and size_px > 0:
            line_rel[key] = sw / size_px
            weighted += [sw / size_px] * len(parts)
    reference = median(weighted) if weighted else None
    line_bold = {k: bool(reference and r > BOLD_STROKE_RATIO * reference) for k, r in line_rel.items()}

    words = []
    for w in raw:
        size_px = line_size.get(w.line, fallback)
        bold = line_bold.get(w.line, False)
        words.append(
            Word(
                text=w.text,
                x0=round(w.left * sx, 2),
                top=round(w.top * sy, 2),
                x1=round((w.left + w.width) * sx, 2),
                bottom=round((w.top + w.height) * sy, 2),
                fontname="ocr",
                size=round(size_px * sy, 1),
                bold=bold,
                conf=round(w.conf, 1),
            )
        )
    return words


def ocr_image(
    img: Image.Image,
    page_number: int,
    width_pt: float,
    height_pt: float,
    dpi: float,
    lang: str = "swe",
    timeout: float = 0,
    settings: PreprocessSettings = PreprocessSettings(),
    rendered: bool = False,
    bilevel: bool = False,
) -> OcrPage:
    """OCR one grayscale page image of ``dpi`` whose page is
    ``width_pt``×``height_pt`` points; boxes are returned in points in the
    deskewed frame.  Deskew and ruling erasure run on the image as given, in
    place (its resolution is chosen before: :func:`extractors.ocr.page_image.page_image`;
    ``rendered``: it is a pdfium rendering, not the scan's own pixels;
    ``bilevel``: its pixels are 0 or 255, kept so through deskewing and
    handed to Tesseract as a 1-bit image)."""
    prepared = prepare(img, settings, rendered=rendered, bilevel=bilevel)
    gray = np.array(prepared.gray if prepared.gray is not None else prepared.image)  # the one writable copy
    threshold = prepared.threshold
    dark = gray <= threshold
    # rulings: on the unbinarised page with a fainter threshold (a scanned
    # hairline is grey and falls apart under Otsu); a page of 250 dpi or more
    # at half resolution (2×2 max-pooled: a hairline survives), four times
    # cheaper; the mask is scaled back for erasing
    faint = gray <= faint_threshold(gray, threshold)
    pool = 2 if dpi >= 250 else 1
    small, sides = (pool2(faint), pool2(dark)) if pool == 2 else (faint, dark)
    bands = find_bands(small, dpi / pool, sides=sides)
    del small, sides
    sx = width_pt / gray.shape[1]
    sy = height_pt / gray.shape[0]
    rulings = [b.ruling(sx * pool, sy * pool) for b in bands]
    if settings.erase_rulings and bands:
        # Tesseract misreads or drops text touching table grid lines: paint
        # the rulings white before OCR (measured: see bench/bench_ocr.py)
        gray[band_mask(bands, dark.shape, scale=pool, pad=2) & faint] = 255
    del faint
    config = TESSERACT_CONFIG
    # a TOC's dot leaders read as letters and spoil the titles beside them
    if settings.erase_leaders and erase_leaders(gray, dark, dpi) >= TOC_LEADERS:
        config = TOC_CONFIG
    image = Image.fromarray(gray, mode="L")
    if settings.binarize:
        image = binarize(image, threshold)
    # a bilevel page goes as 1 bit a pixel: Tesseract skips its own thresholding, an eighth of the BMP
    read = image.point(lambda v: 255 if v > threshold else 0, mode="1") if bilevel else image
    ocr_dpi = dpi
    error = None
    data = _tesseract(read, lang, f"{config} --dpi {round(ocr_dpi)}", timeout)
    del read
    if data is None:
        data = {"level": []}
        error = f"timeout after {timeout:g} s"
    recovered = 0
    if settings.recover_missed and error is None:
        extra = _read_missed_ink(np.asarray(image), threshold, data, ocr_dpi, lang, timeout)
        recovered = len(extra.get("level", []))
        if recovered:
            data = ocr_recover.merge_data(ocr_recover.replace_doubted(data, extra), extra)
    words = words_from_data(data, dark, sx, sy) if data["level"] else []
    conf = round(sum(w.conf or 0.0 for w in words) / len(words), 1) if words else None
    page = PageText(
        number=page_number,
        width=width_pt,
        height=height_pt,
        words=words,
        rulings=rulings,
        source="ocr",
        ocr_confidence=conf,
        ocr_dpi=round(ocr_dpi, 1),
    )
    return OcrPage(page=page, skew=prepared.skew, error=error, recovered=recovered)


def _tesseract(image: Image.Image, lang: str, config: str, timeout: float) -> Optional[dict]:
    """``image_to_data`` as a dict; None on timeout."""
    return tesseract.image_to_data(image, lang, config, timeout)


def _read_missed_ink(gray: np.ndarray, threshold: int, data: dict, dpi: float, lang: str, timeout: float) -> dict:
    """Words of the ink the first pass left unread or doubted (see
    :mod:`extractors.ocr.recover`), in page pixels; empty when there is none."""
    height = ocr_recover.text_height(ocr_recover.word_boxes(data), dpi)
    trusted = ocr_recover.word_boxes(data, min_conf=ocr_recover.DOUBT_CONF)
    labels, blobs = ocr_recover.uncovered_blobs(gray <= threshold, trusted, height)
    if not blobs or len(blobs) > ocr_recover.MAX_TILES:
        return {}
    mosaic, tiles = ocr_recover.build_mosaic(gray, labels, blobs, height)
    second = _tesseract(Image.fromarray(mosaic, mode="L"), lang, ocr_recover.MOSAIC_CONFIG, timeout)
    return ocr_recover.place_words(second, tiles) if second else {}


def ocr_pdf_page(
    path: Path,
    page_number: int,
    dpi: int = 300,
    lang: str = "swe",
    timeout: float = 0,
    max_pixels: int = 200_000_000,
    password: Optional[str] = None,
    settings: PreprocessSettings = PreprocessSettings(),
    enlarge: bool = True,
    orient: bool = True,
) -> OcrPage:
    """OCR 1-based ``page_number`` of ``path`` from the PDF's own image of a
    one-image page, else from a rendering at ``dpi``, rendered larger when
    its glyphs are too small and ``enlarge`` (:func:`extractors.ocr.page_image.wanted_dpi`;
    the image lives only inside this call, so a worker holds one page image
    at a time).  A page of ``READ_FIRST_DPI`` or more is enlarged only when
    its reading as it is falls below ``CONFIDENT``.

    With ``orient`` a page fed the wrong way is read upright: one whose lines
    run up and down is turned before OCR (``page_image``); one whose first
    pass is doubtful (:func:`doubtful`) is turned as Tesseract's OSD says and
    read again, and the better reading kept.  The page's words and size are
    then those of the upright page, ``page.turn`` the clockwise turn
    (:mod:`extractors.ocr.orientation`)."""
    source = page_image(path, page_number, dpi, max_pixels, password, enlarge=False, orient=orient,
                        timeout=timeout)
    try:
        target = wanted_dpi(source, max_pixels) if enlarge else None
        result = None
        if target is not None and target > source.dpi and source.dpi >= 0.98 * READ_FIRST_DPI:
            # glyphs measured small on a page of a resolution that usually
            # reads well: read it as it is first, enlarge only when that is not confident
            result, turn = _read(source, page_number, lang, timeout, settings, orient)
            if result.error is None and (result.page.ocr_confidence or 0.0) >= CONFIDENT:
                target = None
        if target is not None:
            source.close()
            source = rendered_at(path, page_number, target, source, max_pixels, password)
            result, turn = _read(source, page_number, lang, timeout, settings, orient)
        elif result is None:
            result, turn = _read(source, page_number, lang, timeout, settings, orient)
    finally:
        source.close()
    image_dpi = round(source.image_dpi, 1) if source.image_dpi else None
    return replace(result, page=replace(result.page, image_dpi=image_dpi, turn=turn))


def _read(source, page_number: int, lang: str, timeout: float, settings: PreprocessSettings,
          orient: bool) -> tuple[OcrPage, int]:
    """OCR of one page image, read again turned when the reading is
    :func:`doubtful` and OSD finds the page turned: (reading, the page's
    whole clockwise turn)."""
    result = ocr_image(source.image, page_number, source.width_pt, source.height_pt, source.dpi,
                       lang, timeout, settings, rendered=not source.native, bilevel=source.bilevel)
    extra = 0
    if orient and doubtful(result):
        result, extra = _read_turned(source, result, page_number, lang, timeout, settings)
    return result, (source.turn + extra) % 360


def doubtful(result: OcrPage) -> bool:
    """A first pass that may have read a page the wrong way up: no words, or
    a mean confidence below ``DOUBT_ORIENTATION`` (a page read upside down
    scored 34, sideways 49; upright pages of the scanned samples 80–95)."""
    conf = result.page.ocr_confidence
    return result.error is None and (conf is None or conf < DOUBT_ORIENTATION)


def _read_turned(source, first: OcrPage, page_number: int, lang: str, timeout: float,
                 settings: PreprocessSettings) -> tuple[OcrPage, int]:
    """The page read again turned as Tesseract's OSD finds it, when OSD is
    sure enough and the turned reading is better by ``TURN_MARGIN``: (that
    reading, its turn); else (``first``, 0)."""
    found = osd_turn(source.image, source.dpi, timeout)
    if found is None or found[0] == 0 or found[1] < MIN_OSD_CONFIDENCE:
        return first, 0
    turn = found[0]
    turned = turn_image(source.image, turn)
    width, height = turned_size(source.width_pt, source.height_pt, turn)
    try:
        second = ocr_image(turned, page_number, width, height, source.dpi, lang, timeout, settings,
                           rendered=not source.native, bilevel=source.bilevel)
    finally:
        turned.close()
    before = first.page.ocr_confidence or 0.0
    after = second.page.ocr_confidence or 0.0
    if second.error is None and after >= before + TURN_MARGIN:
        return second, turn
    return first, 0
