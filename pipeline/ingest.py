"""Ingest: identify the input (hash, size, page count) and reject what cannot be
converted, cheaply and before the heavy stages, with a clear error class.

Checks in order: zero bytes → ``empty_file``; no ``%PDF-`` in the first 1024
bytes → ``not_pdf``; pdfium cannot open it → ``encrypted`` (password missing or
wrong), ``truncated`` (no ``%%EOF`` near the end), ``zero_pages`` (a valid PDF
with an empty page tree, which pdfium refuses) or ``corrupt``; then page count
→ ``zero_pages`` / ``too_many_pages``; then page sizes → ``page_too_large``
(rendered pixels at ``options.dpi`` beyond ``options.max_page_pixels``).
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from models.errors import (
    CorruptError,
    EmptyFileError,
    EncryptedError,
    NotPdfError,
    PageTooLargeError,
    TooManyPagesError,
    TruncatedError,
    ZeroPagesError,
)
from models.options import ConvertOptions

HEADER_WINDOW = 1024  # the PDF header may follow some junk bytes (PDF 32000, 7.5.2 note)
EOF_WINDOW = 64 * 1024  # tolerate trailing junk after %%EOF


@dataclass(frozen=True)
class IngestResult:
    path: Path
    sha256: str
    size_bytes: int
    pages: int
    encrypted: bool = False  # opened only thanks to options.password


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of the file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def page_pixels(width_pt: float, height_pt: float, dpi: int) -> int:
    """Pixels of a page of the given size in points rendered at ``dpi``."""
    return round(width_pt / 72.0 * dpi) * round(height_pt / 72.0 * dpi)


def check_bytes(path: Path) -> int:
    """Raise for an empty file or one without a PDF header; return its size."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(f"{path.name}: the file is empty (0 bytes)")
    with open(path, "rb") as fh:
        head = fh.read(HEADER_WINDOW)
    if b"%PDF-" not in head:
        raise NotPdfError(f"{path.name}: not a PDF (no %PDF- header in the first {HEADER_WINDOW} bytes; "
                          f"starts with {_printable(head[:24])!r})")
    return size


def _printable(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    return "".join(c if c.isprintable() else "." for c in text)


def has_eof_marker(path: Path, size: int) -> bool:
    """True if ``%%EOF`` occurs in the last :data:`EOF_WINDOW` bytes."""
    with open(path, "rb") as fh:
        fh.seek(max(0, size - EOF_WINDOW))
        return b"%%EOF" in fh.read()


def ingest(path: Path, options: ConvertOptions) -> IngestResult:
    """Identify ``path`` or raise an :class:`models.errors.InputError` subclass."""
    path = Path(path)
    size = check_bytes(path)
    pdf, encrypted = _open(path, size, options.password)
    try:
        pages = len(pdf)
        if pages == 0:
            raise ZeroPagesError(f"{path.name}: the PDF has no pages")
        if pages > options.max_pages:
            raise TooManyPagesError(f"{path.name}: {pages} pages, more than the limit of {options.max_pages} "
                                    f"(--max-pages)")
        _check_page_sizes(path, pdf, pages, options)
    finally:
        pdf.close()
    return IngestResult(path=path, sha256=sha256_file(path), size_bytes=size, pages=pages, encrypted=encrypted)


def _open(path: Path, size: int, password: Optional[str]) -> tuple[pdfium.PdfDocument, bool]:
    """Open with pdfium (without, then with the password); on failure raise the
    input error that qpdf's diagnosis and the file's end point to.  pdfium's own
    error code is not trusted: it can be left over from an earlier failure."""
    for attempt in (None, password) if password else (None,):
        try:
            return pdfium.PdfDocument(str(path), password=attempt), attempt is not None
        except pdfium.PdfiumError as exc:
            failure = exc
    diagnosis = _qpdf_diagnosis(path, password)
    if diagnosis == "needs_password":
        raise EncryptedError(f"{path.name}: the PDF is encrypted and needs a password (--password)") from failure
    if diagnosis == "wrong_password":
        raise EncryptedError(f"{path.name}: the PDF is encrypted and the password given is wrong") from failure
    if not has_eof_marker(path, size):
        raise TruncatedError(f"{path.name}: the PDF is truncated (no %%EOF marker at the end; "
                             f"an interrupted download or copy?)") from failure
    if diagnosis == 0:
        raise ZeroPagesError(f"{path.name}: the PDF has no pages")
    if diagnosis is None and failure.err_code == pdfium_c.FPDF_ERR_PASSWORD:  # no qpdf: trust pdfium
        raise EncryptedError(f"{path.name}: the PDF is encrypted; the password is missing or wrong") from failure
    raise CorruptError(f"{path.name}: the PDF structure cannot be read ({failure})") from failure


def _qpdf_diagnosis(path: Path, password: Optional[str]) -> Union[int, str, None]:
    """What qpdf makes of a file pdfium refused: its page count (qpdf, unlike
    pdfium, opens an empty page tree), "needs_password", "wrong_password", or
    None if qpdf cannot tell (or pikepdf is not installed)."""
    try:
        import pikepdf
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "a password was provided, but no password was needed"
        for attempt in ("", password) if password else ("",):
            try:
                with pikepdf.open(path, password=attempt) as pdf:
                    return len(pdf.pages)
            except pikepdf.PasswordError:
                continue
            except Exception:  # noqa: BLE001 - any other failure means "cannot tell"
                return None
    return "wrong_password" if password else "needs_password"


def _check_page_sizes(path: Path, pdf: pdfium.PdfDocument, pages: int, options: ConvertOptions) -> None:
    for index in range(pages):
        width, height = pdf.get_page_size(index)
        pixels = page_pixels(width, height, options.dpi)
        if pixels > options.max_page_pixels:
            raise PageTooLargeError(
                f"{path.name}: page {index + 1} is {width:.0f} × {height:.0f} pt, {pixels / 1e6:.0f} megapixels "
                f"at {options.dpi} dpi, beyond the limit of {options.max_page_pixels / 1e6:.0f} megapixels"
            )
