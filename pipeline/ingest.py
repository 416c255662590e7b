"""Ingest: identify the input (hash, size, page count) and reject what cannot
be converted with a clear error class (PROVISIONAL; owned by the batch work)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import InputError
from pipeline.options import ConvertOptions


@dataclass(frozen=True)
class IngestResult:
    path: Path
    sha256: str
    size_bytes: int
    pages: int


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def ingest(path: Path, options: ConvertOptions) -> IngestResult:
    try:
        pdf = pdfium.PdfDocument(str(path), password=options.password)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{path.name}: cannot open as PDF ({exc})") from exc
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    return IngestResult(path=path, sha256=sha256_file(path), size_bytes=path.stat().st_size, pages=pages)
