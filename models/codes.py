"""Every code plandigit writes, each defined once.

:class:`WarningCode` is ``warnings[].code`` in the output JSON (the contract's
warning table in README.md lists them); :class:`ErrorClass` is ``error_class``
in ``manifest.json`` (the error class table of ``pipeline/EXIT_CODES.md``).
``tests/test_codes.py`` checks that both documents list exactly these.  Both are
``StrEnum``: a member is its string (``WarningCode.SUM_MISMATCH == "sum_mismatch"``)
and is written as that string.
"""

from __future__ import annotations

from enum import StrEnum


class WarningCode(StrEnum):
    """What a warning in the output JSON is about."""

    # table arithmetic (extractors/validate/checks.py)
    SUM_MISMATCH = "sum_mismatch"
    DEVIATION_MISMATCH = "deviation_mismatch"
    # money cells (pipeline/convert.py, extractors/validate/)
    UNPARSED_NUMBER = "unparsed_number"
    OCR_REPAIR = "ocr_repair"
    OCR_REPAIR_DOUBTFUL = "ocr_repair_doubtful"
    LOW_OCR_CONFIDENCE = "low_ocr_confidence"
    # pages (extractors/pages/page_source.py)
    OCR_PAGE = "ocr_page"
    PAGE_TURNED = "page_turned"
    TEXT_LAYER_REPLACED = "text_layer_replaced"
    OCR_FAILED = "ocr_failed"
    NO_TEXT_LAYER = "no_text_layer"
    PAGE_UNREADABLE = "page_unreadable"
    TEXT_LAYER_FALLBACK = "text_layer_fallback"
    # the file (pipeline/convert.py)
    REPAIRED = "repaired"
    PDF_LIBRARY_MESSAGES = "pdf_library_messages"
    # structural doubt about a table (extractors/validate/table_doubts.py)
    GENERIC_COLUMN_NAME = "generic_column_name"
    UNRESOLVED_HEADER = "unresolved_header"
    TABLE_NOT_JOINED = "table_not_joined"


class ErrorClass(StrEnum):
    """Why the conversion of one input failed."""

    # the input cannot be converted (raised as models.errors.InputError subclasses)
    EMPTY_FILE = "empty_file"
    NOT_PDF = "not_pdf"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    ZERO_PAGES = "zero_pages"
    TOO_MANY_PAGES = "too_many_pages"
    PAGE_TOO_LARGE = "page_too_large"
    RESOURCE_LIMIT = "resource_limit"
    # OCR (extractors/ocr/tesseract.py)
    OCR_UNAVAILABLE = "ocr_unavailable"
    OCR_ERROR = "ocr_error"
    # named by the batch runner, not raised by a conversion
    UNREADABLE = "unreadable"
    TIMEOUT = "timeout"
    WORKER_CRASHED = "worker_crashed"
    OUT_OF_MEMORY = "out_of_memory"
    INTERNAL_ERROR = "internal_error"


# failures that are facts about the input's bytes: converting them again gives the same failure
INPUT_ERROR_CLASSES: frozenset[ErrorClass] = frozenset({
    ErrorClass.EMPTY_FILE, ErrorClass.NOT_PDF, ErrorClass.TRUNCATED, ErrorClass.CORRUPT,
    ErrorClass.ENCRYPTED, ErrorClass.ZERO_PAGES, ErrorClass.TOO_MANY_PAGES,
    ErrorClass.PAGE_TOO_LARGE, ErrorClass.RESOURCE_LIMIT,
})
