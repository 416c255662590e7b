"""Per-page choice of text source: the PDF's text layer or OCR.

PROVISIONAL: text layer only.  The OCR path replaces this with the per-page
decision (no text layer / poor text layer → OCR) keeping the signature.
"""

from __future__ import annotations

from pathlib import Path

from extractors.text_layer import extract_pages
from models.contract import Warning
from models.layout import PageText
from pipeline.options import ConvertOptions


def load_pages(path: Path, options: ConvertOptions) -> tuple[list[PageText], list[Warning]]:
    """All pages of ``path`` as :class:`PageText`, and warnings about them."""
    return extract_pages(path, options.password), []
