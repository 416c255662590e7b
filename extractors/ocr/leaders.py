"""Dot leaders of a table of contents, found in the page image to be erased
before OCR.

Tesseract reads a line of dot leaders as letters ("soseeoeerrr", "rr KRK
RAR") and spoils the title beside it ("INIEdNINO" for "Inledning"): a TOC
page read so scored confidence 24 at 200 dpi (26–32 even enlarged to 900 dpi
in issue 23).  Painted white, the leaders leave the title, white space and
the right-aligned page number, which the TOC stage reads as an entry
(:mod:`extractors.layout.toc`, leaders drawn as graphics).  A page with
``TOC_LEADERS`` leaders or more is then read as one block of lines
(Tesseract ``--psm 6``): with its page layout analysis (``--psm 3``)
Tesseract took the right-aligned column of one-digit page numbers for
vertical text and read "3 4 5 6 8" as "0 a UT BB UW".

A leader is a run of at least ``MIN_RUN`` dots — compact, nearly filled
blobs of about one size with no ink right under them — on one line over
at least ``MIN_LEADER_PT``, evenly spaced, each at most ``MAX_PITCH`` dot heights from the next: periods in
running text, decimal commas of a table (a column apart) and list bullets
never form such runs, and i-dots and umlauts have their letter under them
(on the scanned samples' 63 pages no run is found).
"""

from __future__ import annotations

import numpy as np

from extractors.ocr.opencv import components, cv2

MIN_RUN = 5
TOC_LEADERS = 3
MAX_PITCH = 6.0  # centre-to-centre distance, in dot heights
MIN_LEADER_PT = 24.0  # from first to last dot (specks of a scan's shaded box ran 7-9 pt)
PITCH_SPREAD = 0.5  # no gap in a leader longer than its median gap by more than this share
DOT_FILL = 0.6  # ink share of the dot's box (a disc: 0.79; a square: 1)
MAX_DOT_PT = 3.0  # points; larger blobs are not leader dots


def leader_runs(dark: np.ndarray, dpi: float) -> list[list[tuple[int, int, int, int]]]:
    """The dot leaders of a binary page (True = ink), one list of dot boxes
    (x0, top, x1, bottom; pixels, end exclusive) per leader."""
    _labels, stats = components(dark, connectivity=8)
    del _labels
    x, y = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    max_px = MAX_DOT_PT * dpi / 72.0
    min_extent = MIN_LEADER_PT * dpi / 72.0
    dot = (h <= max_px) & (w <= max_px) & (w <= 2 * h) & (h <= 2 * w) & (area >= DOT_FILL * w * h)
    idx = np.nonzero(dot)[0]
    if idx.size < MIN_RUN:
        return []
    # a leader dot sits on the baseline with nothing under it; an i-dot or an
    # umlaut has its letter right below
    rows = dark.shape[0]
    idx = np.array([k for k in idx.tolist()
                    if not dark[y[k] + h[k] : min(y[k] + 3 * h[k] + 2, rows), x[k] : x[k] + w[k]].any()],
                   dtype=np.int64)
    if idx.size < MIN_RUN:
        return []
    cx = x[idx] + w[idx] / 2.0
    cy = y[idx] + h[idx] / 2.0
    size = np.maximum(h[idx], 1).astype(np.float64)
    order = np.lexsort((cx, np.round(cy / np.maximum(np.median(size), 1.0))))
    out: list[list[tuple[int, int, int, int]]] = []
    run: list[int] = []

    def flush() -> None:
        gaps = np.diff(cx[run]) if len(run) > 1 else np.zeros(0)
        # leaders are evenly spaced
        extent = cx[run[-1]] - cx[run[0]] if run else 0.0
        if len(run) >= MIN_RUN and extent >= min_extent and gaps.max() <= (1 + PITCH_SPREAD) * np.median(gaps):
            out.append([(int(x[idx[k]]), int(y[idx[k]]), int(x[idx[k]] + w[idx[k]]), int(y[idx[k]] + h[idx[k]]))
                        for k in run])
        run.clear()

    for k in order.tolist():
        if run:
            j = run[-1]
            same_line = abs(cy[k] - cy[j]) <= 0.5 * max(size[j], size[k])
            near = 0 < cx[k] - cx[j] <= MAX_PITCH * max(size[j], size[k])
            alike = max(size[j], size[k]) <= 1.6 * min(size[j], size[k])
            if not (same_line and near and alike):
                flush()
        run.append(k)
    flush()
    return out


def erase_leaders(gray: np.ndarray, dark: np.ndarray, dpi: float, pad: int = 1) -> int:
    """Paint the dot leaders of ``dark`` white in ``gray`` (in place, the
    same shape); returns how many leaders were erased."""
    runs = leader_runs(dark, dpi)
    for run in runs:
        for x0, t, x1, b in run:
            gray[max(t - pad, 0) : b + pad, max(x0 - pad, 0) : x1 + pad] = 255
    return len(runs)
