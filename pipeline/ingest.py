"""Ingest: identify the input (hash, size, page count), repair what qpdf can
repair, and reject what cannot be converted, cheaply and before the heavy
stages, with a clear error class.

Checks in order: zero bytes → ``empty_file``; no ``%PDF-`` in the first 1024
bytes → ``not_pdf``; then the file is opened by pdfium and by qpdf
(:mod:`pipeline.qpdf_rewrite`).  A password problem → ``encrypted``.  qpdf cannot
open it or list its pages → ``truncated`` (no ``%%EOF`` near the end),
``resource_limit`` (qpdf hit one of its limits, e.g. nesting) or ``corrupt``.
The file is *sound* when pdfium opens it, loads every page and counts the
pages qpdf counts, and qpdf had nothing to warn about; otherwise qpdf's
repaired copy is written to ``workdir`` (never over the input) and converted
instead, with the message for a ``repaired`` warning.  Pages pdfium still cannot
load are listed in ``unreadable_pages`` (skipped with a ``page_unreadable``
warning); when none loads → ``corrupt``.  Then page count → ``zero_pages`` /
``too_many_pages``; page sizes → ``page_too_large`` (rendered pixels at
``options.dpi`` beyond ``options.max_page_pixels``); and the resource limits of
:mod:`pipeline.limits` → ``resource_limit``.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from models.errors import (
    CorruptError,
    EmptyFileError,
    EncryptedError,
    NotPdfError,
    PageTooLargeError,
    ResourceLimitError,
    TooManyPagesError,
    TruncatedError,
    ZeroPagesError,
)
from pipeline.limits import check_resources
from pipeline.qpdf_rewrite import QpdfView, qpdf_view, repair_summary, save_repaired
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
    readable: Optional[Path] = None  # the file to convert: ``path``, or qpdf's repaired copy of it
    repaired: Optional[str] = None  # what qpdf reported when it repaired the file
    unreadable_pages: dict[int, str] = field(default_factory=dict)  # 1-based page → why it cannot be loaded

    @property
    def source(self) -> Path:
        """The file the later stages read."""
        return self.readable or self.path


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


def ingest(path: Path, options: ConvertOptions, workdir: Optional[Path] = None,
           force_repair: bool = False) -> IngestResult:
    """Identify ``path`` or raise an :class:`models.errors.InputError` subclass.

    A repaired copy is written into ``workdir`` (a temporary folder removed
    with the result when none is given); ``force_repair`` makes one even of a
    file that looks sound (for when a later stage failed to read it)."""
    path = Path(path)
    size = check_bytes(path)
    doc, encrypted, failure = _open_pdfium(path, options.password)
    qpdf = qpdf_view(path, options.password)
    try:
        if qpdf.pdf is None:
            _raise_unopenable(path, size, qpdf, failure)
        readable, repaired, pdfium_pages = path, None, None
        if doc is not None:
            pdfium_pages = len(doc)
            unreadable = _unloadable_pages(doc)
            sound = not (unreadable or force_repair) and pdfium_pages == qpdf.pages and not qpdf.warnings
        else:
            sound = False
        if not sound:
            if qpdf.pages == 0:
                if pdfium_pages or qpdf.hit_limit or not has_eof_marker(path, size):  # no page recovered
                    _raise_unopenable(path, size, qpdf, failure)
                raise ZeroPagesError(f"{path.name}: the PDF has no pages")
            if doc is not None:
                doc.close()
            workdir = workdir or _temporary_folder()
            readable = save_repaired(qpdf, Path(workdir) / f"repaired-{path.stem[:40]}.pdf")
            doc, _, failure = _open_pdfium(readable, None)
            if doc is None:
                raise CorruptError(f"{path.name}: the PDF structure cannot be read, even after qpdf's repair "
                                   f"({failure})") from failure
            repaired = repair_summary(qpdf.warnings, pdfium_pages, len(doc))
            unreadable = _unloadable_pages(doc)
        pages = len(doc)
        if pages == 0:
            raise ZeroPagesError(f"{path.name}: the PDF has no pages")
        if pages > options.max_pages:
            raise TooManyPagesError(f"{path.name}: {pages} pages, more than the limit of {options.max_pages} "
                                    f"(--max-pages)")
        if len(unreadable) == pages:
            raise CorruptError(f"{path.name}: no page can be loaded (page 1: {unreadable[1]})")
        _check_page_sizes(path, doc, pages, options, skip=unreadable)
        if readable != path:  # check what will be converted: the repaired copy
            qpdf.close()
            qpdf = qpdf_view(readable)
        if qpdf.pdf is not None:
            check_resources(qpdf.pdf, options, path.name, skip=frozenset(unreadable))
    finally:
        if doc is not None:
            doc.close()
        qpdf.close()
    result = IngestResult(path=path, sha256=sha256_file(path), size_bytes=size, pages=pages, encrypted=encrypted,
                          readable=readable if readable != path else None, repaired=repaired,
                          unreadable_pages=unreadable)
    if readable != path and workdir is not None and _is_own_temporary(workdir):
        weakref.finalize(result, shutil.rmtree, str(workdir), True)
    return result


_OWN_TEMP_PREFIX = "plandigit-repair-"


def _temporary_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix=_OWN_TEMP_PREFIX))


def _is_own_temporary(folder: Path) -> bool:
    return Path(folder).name.startswith(_OWN_TEMP_PREFIX)


def _open_pdfium(path: Path, password: Optional[str]) -> tuple[Optional[pdfium.PdfDocument], bool, Optional[Exception]]:
    """pdfium's document (or None and its error), and whether the password was needed."""
    failure: Optional[Exception] = None
    for attempt in (None, password) if password else (None,):
        try:
            return pdfium.PdfDocument(str(path), password=attempt), attempt is not None, None
        except pdfium.PdfiumError as exc:
            failure = exc
    return None, False, failure


def _unloadable_pages(doc: pdfium.PdfDocument) -> dict[int, str]:
    """1-based numbers of the pages pdfium cannot load, with its message."""
    out: dict[int, str] = {}
    for index in range(len(doc)):
        try:
            doc.get_page_size(index)
        except pdfium.PdfiumError as exc:
            out[index + 1] = f"pdfium: {exc}"
    return out


def _raise_unopenable(path: Path, size: int, qpdf: QpdfView, failure: Optional[Exception]) -> None:
    """Raise the input error for a file qpdf cannot open (or lost every page
    of): the password problem, a missing end, a limit qpdf hit, or corruption.
    pdfium's own error code is not trusted: it can be left over from an earlier failure."""
    if qpdf.password_problem == "needs_password":
        raise EncryptedError(f"{path.name}: the PDF is encrypted and needs a password (--password)") from failure
    if qpdf.password_problem == "wrong_password":
        raise EncryptedError(f"{path.name}: the PDF is encrypted and the password given is wrong") from failure
    if not has_eof_marker(path, size):
        raise TruncatedError(f"{path.name}: the PDF is truncated (no %%EOF marker at the end; "
                             f"an interrupted download or copy?)") from failure
    said = qpdf.error or "; ".join(qpdf.warnings[:3]) or "no pages"
    if qpdf.hit_limit:
        raise ResourceLimitError(f"{path.name}: the PDF exceeds a limit of qpdf's ({said})") from failure
    if failure is not None and getattr(failure, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        raise EncryptedError(f"{path.name}: the PDF is encrypted; the password is missing or wrong") from failure
    pdfium_said = f"pdfium: {failure}; " if failure is not None else ""
    raise CorruptError(f"{path.name}: the PDF structure cannot be read ({pdfium_said}qpdf: {said})") from failure


def _check_page_sizes(path: Path, pdf: pdfium.PdfDocument, pages: int, options: ConvertOptions,
                      skip: dict[int, str]) -> None:
    for index in range(pages):
        if index + 1 in skip:
            continue
        width, height = pdf.get_page_size(index)
        pixels = page_pixels(width, height, options.dpi)
        if pixels > options.max_page_pixels:
            raise PageTooLargeError(
                f"{path.name}: page {index + 1} is {width:.0f} × {height:.0f} pt, {pixels / 1e6:.0f} megapixels "
                f"at {options.dpi} dpi, beyond the limit of {options.max_page_pixels / 1e6:.0f} megapixels"
            )
