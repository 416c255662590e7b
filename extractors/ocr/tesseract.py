"""Running the Tesseract command line: availability check, image → words.

The page goes to ``tesseract`` as an uncompressed BMP (written in
milliseconds; a PNG of a page takes ~0.5 s to compress) and the words come
back as its TSV output, parsed into the dict shape of
``pytesseract.image_to_data(..., output_type=DICT)`` (one list per column,
numbers as ints).  One Tesseract thread per call (``OMP_THREAD_LIMIT=1``):
pages run in parallel processes instead.  The module imports nothing heavy,
so an OCR worker stays small.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from PIL import Image

from models.codes import ErrorClass
from models.errors import PlandigitError

# the tesseract executable (a test points it at a missing one)
TESSERACT_CMD = "tesseract"
_MISSING_LANGUAGE = re.compile(r"Failed loading language|Error opening data file")


class OcrUnavailable(PlandigitError):
    """Tesseract or its language data is not installed."""

    error_class = ErrorClass.OCR_UNAVAILABLE


class OcrError(PlandigitError):
    """Tesseract ran but exited with an error on a page (the file fails: error
    class ``ocr_error``; a page whose OCR times out is an ``ocr_failed`` warning
    instead)."""

    error_class = ErrorClass.OCR_ERROR


def _not_installed(cmd: str, lang: str) -> OcrUnavailable:
    return OcrUnavailable(
        f"Tesseract OCR is not installed or not on PATH ({cmd!r} not found); scanned pages need it: "
        f"install the Debian packages tesseract-ocr and tesseract-ocr-{lang} "
        f"(apt-get install tesseract-ocr tesseract-ocr-{lang})"
    )


def ensure_tesseract(lang: str = "swe") -> None:
    """Raise :class:`OcrUnavailable` naming the Debian packages when the
    tesseract binary or the language data for ``lang`` is missing."""
    _check_tesseract(TESSERACT_CMD, lang)


@lru_cache(maxsize=8)
def _check_tesseract(cmd: str, lang: str) -> None:
    try:
        listed = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        raise _not_installed(cmd, lang) from exc
    if listed.returncode != 0:
        raise OcrUnavailable(f"Tesseract could not list its languages: {listed.stderr.strip()[:200]}")
    lines = listed.stdout.splitlines()
    langs = {line.strip() for line in lines if line.strip() and not line.startswith("List of")}
    missing = [part for part in lang.split("+") if part not in langs]
    if missing:
        raise OcrUnavailable(
            f"Tesseract has no language data for {'+'.join(missing)!r} (installed: {', '.join(sorted(langs))}); "
            f"install the Debian package tesseract-ocr-{missing[0]}"
        )


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV output as a dict of columns; every column but the
    last (``text``) holds ints (confidences truncated, as pytesseract does)."""
    rows = [row.split("\t") for row in tsv.strip("\n").split("\n")]
    if len(rows) < 2:
        return {}
    header = rows.pop(0)
    out: dict[str, list] = {head: [] for head in header}
    last = len(header) - 1
    for row in rows:
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        for i, head in enumerate(header):
            cell = row[i]
            if i == last:
                out[head].append(cell)
                continue
            try:
                out[head].append(int(float(cell)))
            except ValueError:
                out[head].append(cell)
    return out


def image_to_data(image: Image.Image, lang: str, config: str, timeout: float = 0) -> Optional[dict]:
    """Words of ``image`` as an ``image_to_data``-shaped dict; None when
    Tesseract ran longer than ``timeout`` seconds (0: no limit)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="plandigit-ocr-") as tmp:
        src = Path(tmp) / "page.bmp"
        image.save(src, format="BMP")
        base = Path(tmp) / "out"
        cmd = [TESSERACT_CMD, str(src), str(base), "-l", lang, *config.split(), "tsv"]
        try:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout or None)
        except subprocess.TimeoutExpired:
            return None
        except OSError as exc:
            raise _not_installed(TESSERACT_CMD, lang) from exc
        if done.returncode != 0:
            if _MISSING_LANGUAGE.search(done.stderr):
                raise OcrUnavailable(
                    f"Tesseract has no language data for {lang!r}: install the Debian package tesseract-ocr-{lang}"
                )
            raise OcrError(f"tesseract exited with {done.returncode}: {done.stderr.strip()[-300:]}")
        return parse_tsv(base.with_suffix(".tsv").read_text(encoding="utf-8"))
