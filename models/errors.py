"""Failure classes of a conversion.

Every failure the batch records carries an *error class*: a short stable string
written to ``manifest.json``.  Exceptions raised for inputs that cannot be
converted subclass :class:`PlandigitError` and name their class in
``error_class``; failures of the worker process itself (time limit, crash, out
of memory) are named by the batch runner.  The classes themselves are
:class:`models.codes.ErrorClass`; :func:`classify_exception` maps any
exception to its class.
"""

from __future__ import annotations

import traceback

from models.codes import ErrorClass


class PlandigitError(Exception):
    """Base class: a conversion failed for a reason we can name."""

    # every subclass names its own class; one that does not is a bug of plandigit
    error_class: ErrorClass = ErrorClass.INTERNAL_ERROR


class InputError(PlandigitError):
    """The input file cannot be converted (not a PDF, encrypted, truncated, …)."""


class EmptyFileError(InputError):
    """The file has zero bytes."""

    error_class = ErrorClass.EMPTY_FILE


class NotPdfError(InputError):
    """The file does not start with a PDF header."""

    error_class = ErrorClass.NOT_PDF


class TruncatedError(InputError):
    """The file ends early (no ``%%EOF``, unreadable cross-reference table)."""

    error_class = ErrorClass.TRUNCATED


class CorruptError(InputError):
    """The file has a PDF header and end but its structure cannot be read."""

    error_class = ErrorClass.CORRUPT


class EncryptedError(InputError):
    """The file needs a password, or the password given is wrong."""

    error_class = ErrorClass.ENCRYPTED


class ZeroPagesError(InputError):
    """The PDF opens but has no pages."""

    error_class = ErrorClass.ZERO_PAGES


class TooManyPagesError(InputError):
    """The PDF has more pages than ``ConvertOptions.max_pages``."""

    error_class = ErrorClass.TOO_MANY_PAGES


class PageTooLargeError(InputError):
    """A page would render to more pixels than ``ConvertOptions.max_page_pixels``."""

    error_class = ErrorClass.PAGE_TOO_LARGE


class ResourceLimitError(InputError):
    """The input exceeds a resource limit meant to stop decompression bombs and
    runaway inputs: inflated content per page, content operators per page,
    image pixels (``ConvertOptions.max_content_bytes`` / ``max_page_operators``
    / ``max_image_pixels``), or nesting deeper than the parsers can follow."""

    error_class = ErrorClass.RESOURCE_LIMIT


def classify_exception(exc: BaseException) -> tuple[ErrorClass, str]:
    """``(error_class, message)`` for an exception raised while converting.

    Our own errors keep their class and message.  Errors of the PDF libraries
    that reach the conversion unwrapped are input classes: pdfminer's (via
    pdfplumber) by their meaning (``encrypted``, ``truncated``, else
    ``corrupt``); any exception of, or raised inside, pdfminer, pdfplumber,
    pypdfium2, pikepdf or PIL is ``corrupt`` (PIL's decompression-bomb error
    ``resource_limit``); ``RecursionError`` (nesting) is ``resource_limit``.
    Anything else is an ``internal_error`` described by the last line of its
    traceback.
    """
    if isinstance(exc, PlandigitError):
        return exc.error_class, str(exc)
    if isinstance(exc, MemoryError):
        return ErrorClass.OUT_OF_MEMORY, "the conversion ran out of memory (MemoryError)"
    if isinstance(exc, RecursionError):
        return ResourceLimitError.error_class, "the PDF nests objects deeper than the parser can follow (RecursionError)"
    cause = _pdfminer_cause(exc)
    if cause is not None:
        name = type(cause).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
            return EncryptedError.error_class, f"the PDF is encrypted and cannot be decrypted ({name})"
        if name == "PSEOF":
            return TruncatedError.error_class, "the PDF ends unexpectedly (pdfminer: unexpected end of file)"
        return CorruptError.error_class, f"the PDF structure cannot be read (pdfminer {name}: {cause})"
    library = _raising_library(exc)
    if library is not None:
        if type(exc).__name__ == "DecompressionBombError":
            return ResourceLimitError.error_class, f"an image is too large to decode ({library}: {exc})"
        return CorruptError.error_class, f"the PDF cannot be read ({library} {last_traceback_line(exc)})"
    return ErrorClass.INTERNAL_ERROR, last_traceback_line(exc)


# modules of the PDF and image libraries: an exception raised inside them while
# reading an input is a fact about the input, not a bug of plandigit
PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "pikepdf", "PIL")


def _raising_library(exc: BaseException) -> str | None:
    """The PDF library an exception belongs to (its class, or the innermost
    frame of its traceback), or None."""
    module = type(exc).__module__ or ""
    for name in PDF_LIBRARIES:
        if module == name or module.startswith(name + "."):
            return name
    tb = exc.__traceback__
    innermost = None
    while tb is not None:
        innermost = tb.tb_frame.f_globals.get("__name__", "")
        tb = tb.tb_next
    for name in PDF_LIBRARIES:
        if innermost and (innermost == name or innermost.startswith(name + ".")):
            return name
    return None


def last_traceback_line(exc: BaseException) -> str:
    """The final line of the exception's formatted traceback, e.g. ``KeyError: 'x'``."""
    lines = traceback.format_exception_only(type(exc), exc)
    return lines[-1].strip() if lines else type(exc).__name__


def _pdfminer_cause(exc: BaseException) -> BaseException | None:
    """The pdfminer/pdfplumber exception in ``exc``'s chain, if any."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        module = type(current).__module__ or ""
        if module.startswith("pdfminer"):
            return current
        if module.startswith("pdfplumber") and current.args and isinstance(current.args[0], BaseException):
            return _pdfminer_cause(current.args[0])
        current = current.__cause__ or current.__context__
        seen += 1
    return None
