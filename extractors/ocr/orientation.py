"""Which way up a page image is, turning it, and mapping boxes back.

A scanner fed a page the wrong way stores it turned by 90, 180 or 270
degrees; Tesseract reads such a page as it lies and returns noise (issue 23:
confidence 34 and 49, the page's tables lost).  Two tests decide the turn:

* :func:`lines_vertical` (≈ 0.05–0.1 s on an A4 page): whether the page's
  text lines run up and down rather than across, from the sharpness of the
  projection profiles of its ink along rows and along columns (the best over
  ±3° of skew).  Measured on the 63 pages of the two scanned samples: rows
  at least 2.2 × as sharp as columns on every upright page; a page turned
  90° measures 0.10–0.12.
* Tesseract's orientation and script detection (:func:`osd_turn`,
  ``--psm 0 -l osd``; ≈ 1.2 s on a 200-dpi page, it needs the page at its
  own resolution: at half of it the answer was wrong on 4 of 6 pages).  It
  tells 90 from 270 on a page whose lines run vertically, and 180 from 0 on
  a page whose first OCR pass was not confident (an upright page read
  confidently never pays for it).

A turn is given in degrees clockwise, as Tesseract's ``Rotate:`` reports
it: the displayed page image turned clockwise by it reads upright.  The
words of a turned page are found in the upright image; :func:`unturn_box`
maps a box of that frame back to the page as the PDF displays it.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
from PIL import Image

from extractors.ocr import tesseract
from extractors.ocr.preprocess import _profile_score, otsu_threshold

TURNS = (0, 90, 180, 270)
# columns this many times sharper than rows: the lines run vertically
VERTICAL_RATIO = 2.0
WORK_SIZE = 800  # pixels, the longer side of the copy the profiles are taken on
MIN_INK = 2_000  # fewer dark pixels on that copy: too little to tell
# OSD answers below this confidence are not acted on
MIN_OSD_CONFIDENCE = 1.5

# PIL's transposes that turn an image clockwise by the key (PIL names them counter-clockwise)
_CLOCKWISE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def profile_sharpness(gray: np.ndarray, max_skew: float = 3.0) -> tuple[float, float]:
    """(rows, columns): how sharp the projection profile of the page's ink
    is across rows and across columns, the best over skews up to
    ``max_skew`` degrees, per dark pixel.  Text lines make the profile across
    them alternate between ink and gap."""
    img = Image.fromarray(gray)
    scale = WORK_SIZE / max(img.size)
    if scale < 1:
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.BOX)
    arr = np.asarray(img)
    dark = arr <= otsu_threshold(arr)
    out = []
    for d in (dark, dark.T):
        ys, xs = np.nonzero(d)
        if ys.size < MIN_INK:
            return 0.0, 0.0
        ys = ys.astype(np.float64)
        xs = xs.astype(np.float64) - d.shape[1] / 2.0
        height = d.shape[0] * 2 + d.shape[1]
        best = max(_profile_score(ys, xs, a, height) for a in np.arange(-max_skew, max_skew + 1e-9, 0.5))
        out.append(best / ys.size)
    return out[0], out[1]


def lines_vertical(gray: np.ndarray) -> bool:
    """True when the page's text lines run up and down (a page turned by 90
    or 270 degrees): columns ``VERTICAL_RATIO`` × sharper than rows."""
    rows, cols = profile_sharpness(gray)
    return cols > 0 and cols >= VERTICAL_RATIO * rows


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def parse_osd(text: str) -> Optional[tuple[int, float]]:
    """(turn, confidence) from Tesseract's OSD output; None without one."""
    turn, conf = _ROTATE.search(text), _CONFIDENCE.search(text)
    if not turn or not conf or int(turn.group(1)) % 360 not in TURNS:
        return None
    return int(turn.group(1)) % 360, float(conf.group(1))


def osd_turn(image: Image.Image, dpi: float, timeout: float = 0) -> Optional[tuple[int, float]]:
    """Tesseract's orientation of a page image: (clockwise turn that makes
    it upright, confidence); None when it finds too little text to tell,
    times out or fails."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="plandigit-osd-") as tmp:
        src = Path(tmp) / "page.bmp"
        image.save(src, format="BMP")
        cmd = [tesseract.TESSERACT_CMD, str(src), "stdout", "--psm", "0", "-l", "osd", "--dpi", str(round(dpi))]
        try:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout or None)
        except (OSError, subprocess.SubprocessError):
            return None
    return parse_osd(done.stdout) if done.returncode == 0 else None


def turn_image(img: Image.Image, turn: int) -> Image.Image:
    """``img`` turned clockwise by ``turn`` degrees (lossless); ``img``
    itself for 0."""
    return img.transpose(_CLOCKWISE[turn]) if turn % 360 else img


def turned_size(width: float, height: float, turn: int) -> tuple[float, float]:
    """A page's (width, height) after turning it by ``turn`` degrees."""
    return (height, width) if turn % 180 else (width, height)


def unturn_box(box: tuple[float, float, float, float], turn: int, width: float, height: float
               ) -> tuple[float, float, float, float]:
    """A box (x0, top, x1, bottom) found on the page turned clockwise by
    ``turn`` degrees, in the frame of the page as displayed, whose size is
    ``width`` × ``height`` (top-left origin, y downwards)."""
    x0, t, x1, b = box
    turn %= 360
    if turn == 90:  # upright (x', y') = (height - y, x)
        return (t, height - x1, b, height - x0)
    if turn == 180:
        return (width - x1, height - b, width - x0, height - t)
    if turn == 270:  # upright (x', y') = (y, width - x)
        return (width - b, x0, width - t, x1)
    return box
