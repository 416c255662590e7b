"""Stage orchestration for one PDF: ingest → pages (text layer/OCR) → layout →
classify → tables → amounts → validate → OutputDocument."""

from __future__ import annotations

from pathlib import Path

from extractors.page_source import load_pages
from models.contract import OutputDocument, PageInfo, Source
from pipeline import __version__
from pipeline.ingest import ingest
from pipeline.options import ConvertOptions


def convert_pdf(path: Path, options: ConvertOptions = ConvertOptions()) -> OutputDocument:
    """Convert one PDF into the contract document. Raises
    :class:`pipeline.errors.PlandigitError` subclasses for inputs that cannot be
    converted."""
    path = Path(path)
    info = ingest(path, options)
    pages, warnings = load_pages(path, options)
    doc = OutputDocument(
        pipeline_version=__version__,
        source=Source(file=path.name, sha256=info.sha256, pages=info.pages, size_bytes=info.size_bytes),
        page_info=[
            PageInfo(page=p.number, width=p.width, height=p.height, text_source=p.source, reason=p.reason,
                     ocr_confidence=p.ocr_confidence)
            for p in pages
        ],
        warnings=warnings,
    )
    return doc
