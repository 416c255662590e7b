"""Options that steer one conversion (plain data, no global state)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional


@dataclass(frozen=True)
class ConvertOptions:
    ocr: Literal["auto", "always", "never"] = "auto"
    jobs: int = 1  # processes for page-level OCR inside one document
    password: Optional[str] = None
    dpi: int = 300  # rendering resolution of an OCR page that is not one scanned image
    # render a scanned page larger when its measured x-height is too small for
    # Tesseract (extractors/ocr/resolution.py); False reads every scan at its own
    # resolution: faster, but a 150-dpi scan loses decimal commas and minus signs
    ocr_enlarge: bool = True
    lang: str = "swe"
    max_pages: int = 2000
    max_page_pixels: int = 200_000_000  # rendered pixels per page (decompression bombs)
    page_timeout: float = 300.0  # seconds per OCR page
    # resource limits checked before parsing (pipeline/limits.py): decompression bombs fail fast
    max_content_bytes: int = 64 << 20  # inflated content streams per page, forms included
    max_page_operators: int = 1_000_000  # content stream operators per page
    max_image_pixels: int = 200_000_000  # width × height of any image a page draws
    verbose: bool = False  # let the PDF libraries' log lines through to stderr
    sum_tolerance: float = 0.2  # mnkr, table arithmetic
