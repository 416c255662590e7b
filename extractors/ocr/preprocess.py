"""Image clean-up before Tesseract: deskew and (optional) Otsu binarisation.

Numpy only.  Which steps help was measured on the scanned samples (character
error rate of the OCR text against the born-digital twin, see
``bench/bench_ocr.py``); the defaults in :class:`PreprocessSettings` follow
those figures (table in its docstring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from PIL import Image

from extractors.ocr.opencv import cv2



@dataclass(frozen=True)
class PreprocessSettings:
    """Which clean-up steps run.

    Measured with the ablation of an earlier ``bench/bench_ocr.py`` (character error rate of
    the OCR text against the born-digital twin's text layer, mean of 3 body
    pages; scans rotated 0.3–1.5°, blurred, noised, JPEG; vb-2021 is a
    150-dpi scan, OCR'd from a 400-dpi rendering):

    ==========================  ==============  ==============
    preprocessing               vp-2024 200dpi  vb-2021 150dpi
    ==========================  ==============  ==============
    deskew, erase rulings       0.36 %          0.77 %
    + Otsu binarisation         0.41 %          0.81 %
    no deskew                   19.87 %         34.15 %
    no ruling erasure           1.97 %          4.85 %
    ==========================  ==============  ==============

    So deskew and ruling erasure are essential, and global Otsu binarisation
    does not help; worse, it **drops minus signs** of a 150-dpi scan (a thin
    hyphen is lighter than the threshold: "-1 907,7" read as "1 907,7" on the
    vb-2021 Resultatrapport at 300 dpi, every sign kept without it).  It is
    off: Tesseract thresholds the grey page itself.
    """

    deskew: bool = True
    binarize: bool = False
    erase_rulings: bool = True  # paint detected rulings white before OCR
    erase_leaders: bool = True  # paint a TOC's dot leaders white before OCR (extractors.ocr.leaders)
    # after OCR, read again the ink no word box covers (extractors.ocr.recover)
    recover_missed: bool = True
    max_skew: float = 3.0  # degrees searched either way
    skew_step: float = 0.1  # final resolution in degrees
    skew_work_width: int = 1200  # pixels; the skew search runs on a downscaled copy


@dataclass(frozen=True)
class Prepared:
    """The image handed to Tesseract and what was done to it."""

    image: Image.Image
    skew: float  # degrees the page was rotated back (counter-clockwise positive)
    binarized: bool
    threshold: int  # Otsu threshold of the page (also used for dark-pixel measures)
    gray: Optional[Image.Image] = None  # the deskewed page before binarisation


_SLICE = 1 << 20


def bincount(values: np.ndarray, minlength: int = 0) -> np.ndarray:
    """``np.bincount`` of an array of any shape, counted in slices of a
    million: bincount casts its input to int64 (8 bytes a pixel, 110 MB for a
    375-dpi A4 page), so a whole page at once costs more than the page."""
    flat = values.reshape(-1)
    out = np.zeros(minlength, dtype=np.int64)
    for start in range(0, flat.size, _SLICE):
        part = np.bincount(flat[start : start + _SLICE], minlength=minlength)
        if part.size > out.size:
            part[: out.size] += out
            out = part
        else:
            out[: part.size] += part
    return out


def otsu_threshold(gray: np.ndarray) -> int:
    """Otsu's threshold of an 8-bit grayscale array (pixels <= t are dark)."""
    hist = bincount(gray, minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 127
    omega = np.cumsum(hist) / total
    mu = np.cumsum(hist * np.arange(256)) / total
    mu_t = mu[-1]
    denom = omega * (1.0 - omega)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = np.where(denom > 0, (mu_t * omega - mu) ** 2 / denom, 0.0)
    return int(np.argmax(between))


def binarize(img: Image.Image, threshold: int | None = None) -> Image.Image:
    """Black/white 8-bit image by a global (Otsu) threshold."""
    gray = np.asarray(img.convert("L"))
    t = otsu_threshold(gray) if threshold is None else threshold
    return Image.fromarray(np.where(gray <= t, 0, 255).astype(np.uint8), mode="L")


def _profile_score(ys: np.ndarray, xs: np.ndarray, angle_deg: float, height: int) -> float:
    """Sharpness of the horizontal projection profile of dark pixels after
    rotating them by ``angle_deg`` (sum of squared row differences)."""
    a = np.deg2rad(angle_deg)
    rows = np.round(ys * np.cos(a) + xs * np.sin(a)).astype(np.int64)
    rows -= rows.min()
    hist = np.bincount(rows, minlength=height)
    return float(np.sum(np.diff(hist.astype(np.float64)) ** 2))


def estimate_skew(img: Image.Image, max_angle: float = 3.0, step: float = 0.1, work_width: int = 1200) -> float:
    """Skew of the text lines in degrees (positive = page content turned
    counter-clockwise), by projection-profile sharpness: coarse search over
    ±``max_angle`` in 0.5° steps, then ``step`` around the best."""
    gray = img if img.mode == "L" else img.convert("L")
    if gray.width > work_width:
        h = max(1, round(gray.height * work_width / gray.width))
        gray = gray.resize((work_width, h), Image.BILINEAR)
    arr = np.asarray(gray)
    dark = arr <= otsu_threshold(arr)
    ys, xs = np.nonzero(dark)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 400_000:  # subsample evenly; the profile keeps its shape
        idx = np.linspace(0, len(ys) - 1, 400_000).astype(np.int64)
        ys, xs = ys[idx], xs[idx]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - arr.shape[1] / 2.0
    height = arr.shape[0] * 2 + arr.shape[1]

    def best(angles: np.ndarray) -> float:
        scores = [_profile_score(ys, xs, a, height) for a in angles]
        return float(angles[int(np.argmax(scores))])

    coarse = best(np.arange(-max_angle, max_angle + 1e-9, 0.5))
    fine = best(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, step))
    return round(fine, 2)


def rotate(img: Image.Image, angle_deg: float, sharp: bool = False) -> Image.Image:
    """Rotate by ``angle_deg`` (counter-clockwise positive) about the centre,
    same size, white fill, bicubic.

    ``sharp``: OpenCV's ``warpAffine`` cubic (a = −0.75) for a page pdfium
    rendered (an enlarged scan, already smooth): 2.5× faster than PIL's on
    a 375-dpi page (0.22 against 0.56 s), the same money cells.  Otherwise
    PIL's bicubic (a = −0.5) for a scan's own pixels.  Measured
    (``bench/bench_ocr.py``): OpenCV's cubic on every page gave the 150-dpi
    report 243/247 money cells (its one unenlarged table page read better)
    but the bad-layer sample 61/63 (a "2,2" read as "Ka"); bilinear lost
    decimal commas (238/247)."""
    if abs(angle_deg) < 1e-3:
        return img
    if not sharp:
        return img.rotate(angle_deg, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img if img.mode == "L" else img.convert("L"))
    height, width = arr.shape
    matrix = cv2.getRotationMatrix2D(((width - 1) / 2.0, (height - 1) / 2.0), angle_deg, 1.0)
    out = cv2.warpAffine(arr, matrix, (width, height), flags=cv2.INTER_CUBIC,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return Image.fromarray(out, mode="L")


# a bilevel page's pixels are 0 or 255: ink is what is below this
BILEVEL_THRESHOLD = 127


def rotate_bilevel(img: Image.Image, angle_deg: float) -> Image.Image:
    """A bilevel (0/255) page rotated by ``angle_deg`` (counter-clockwise
    positive) and kept bilevel: OpenCV's bilinear rotation thresholded at
    the middle grey, so an edge pixel goes to the side it mostly lies on
    (no grey fringe for Tesseract to threshold again, no staircase of a
    nearest-neighbour rotation)."""
    if abs(angle_deg) < 1e-3:
        return img
    arr = np.asarray(img if img.mode == "L" else img.convert("L"))
    height, width = arr.shape
    matrix = cv2.getRotationMatrix2D(((width - 1) / 2.0, (height - 1) / 2.0), angle_deg, 1.0)
    out = cv2.warpAffine(arr, matrix, (width, height), flags=BILEVEL_INTERPOLATION,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    cv2.threshold(out, BILEVEL_THRESHOLD, 255, cv2.THRESH_BINARY, dst=out)
    return Image.fromarray(out, mode="L")


# measured on a 200-dpi CCITT scan of vp-2024 (5 pages, words found against the
# born-digital twin): bilinear 99.57 %, bicubic 99.55 %, the old grey bicubic
# rotation left grey for Tesseract 99.66 % (single letters either way), same CPU
BILEVEL_INTERPOLATION = cv2.INTER_LINEAR


def prepare(img: Image.Image, settings: PreprocessSettings = PreprocessSettings(), rendered: bool = False,
            bilevel: bool = False) -> Prepared:
    """Apply the configured clean-up to a grayscale page image (``img``
    itself when there is nothing to do); ``rendered``: the image is a
    pdfium rendering, not the scan's own pixels (see :func:`rotate`);
    ``bilevel``: its pixels are 0 or 255 (a CCITT, JBIG2 or other 1-bit
    scan), deskewed by :func:`rotate_bilevel` and thresholded at
    ``BILEVEL_THRESHOLD`` without Otsu."""
    gray = img if img.mode == "L" else img.convert("L")
    skew = 0.0
    if settings.deskew:
        skew = estimate_skew(gray, settings.max_skew, settings.skew_step, settings.skew_work_width)
        # rotating the content back: content turned by +skew needs -skew
        if abs(skew) >= settings.skew_step:
            gray = rotate_bilevel(gray, -skew) if bilevel else rotate(gray, -skew, sharp=rendered)
        else:
            skew = 0.0
    threshold = BILEVEL_THRESHOLD if bilevel else otsu_threshold(np.asarray(gray))
    image = binarize(gray, threshold) if settings.binarize else gray
    return Prepared(image=image, skew=skew, binarized=settings.binarize, threshold=threshold, gray=gray)


def faint_threshold(gray: np.ndarray, otsu: int) -> int:
    """A grey level that still counts as ink for thin lines: hairlines of a
    scan are grey, not black.  Halfway from Otsu to the paper, but at least
    4 noise deviations (and 12 levels) below the paper."""
    bg = gray[gray > otsu]
    if bg.size == 0:
        return otsu
    sample = bg[:: max(1, bg.size // 200_000)]
    paper = float(np.median(sample))
    sigma = 1.4826 * float(np.median(np.abs(sample - paper)))
    return int(max(otsu, min((otsu + paper) / 2.0, paper - max(4.0 * sigma, 12.0))))
