"""Capture what the PDF libraries log while one file is converted.

pdfminer, pdfplumber, PIL and pikepdf report oddities of an input through
:mod:`logging` ("Could not get FontBBox from font descriptor", "Not adding
object 178 to xref") and through :mod:`warnings`.  Unconfigured, Python prints
them on stderr, mixed with the batch's own output and attributed to no file.
:func:`capture_library_logs` collects them per conversion instead; the
converter turns them into one ``pdf_library_messages`` warning of that file's
document.  With ``verbose`` they are also passed on to stderr as before.
"""

from __future__ import annotations

import logging
import sys
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "pikepdf", "pypdfium2")
MESSAGES_SHOWN = 5  # distinct messages quoted in the warning
_MESSAGE_CHARS = 160


@dataclass
class LibraryLog:
    """Messages collected during a conversion, counted by (library, text)."""

    counts: Counter = field(default_factory=Counter)

    def add(self, library: str, text: str) -> None:
        self.counts[(library, text[:_MESSAGE_CHARS])] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> Optional[str]:
        """One line: how many messages, the most frequent ones with their counts."""
        if not self.counts:
            return None
        shown = "; ".join(f"{lib}: {text}" + (f" (×{n})" if n > 1 else "")
                          for (lib, text), n in self.counts.most_common(MESSAGES_SHOWN))
        rest = len(self.counts) - MESSAGES_SHOWN
        more = f"; and {rest} other message(s)" if rest > 0 else ""
        return f"{self.total} message(s) from the PDF libraries while reading the file: {shown}{more}"


class _Collector(logging.Handler):
    def __init__(self, log: LibraryLog):
        super().__init__(level=logging.WARNING)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.log.add(record.name.split(".")[0], record.getMessage())
        except Exception:  # noqa: BLE001 - a bad log record must not fail a conversion
            pass


@contextmanager
def capture_library_logs(verbose: bool = False) -> Iterator[LibraryLog]:
    """Within the block, WARNING and above from :data:`LIBRARY_LOGGERS` and any
    :mod:`warnings` go to the yielded :class:`LibraryLog` (and, when
    ``verbose``, printed on stderr as well)."""
    log = LibraryLog()
    handlers: list[logging.Handler] = [_Collector(log)]
    if verbose:
        shown = logging.StreamHandler(sys.stderr)
        shown.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
        handlers.append(shown)
    saved = []
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate, logger.level))
        for handler in handlers:
            logger.addHandler(handler)
        logger.propagate = False
        if logger.level == logging.NOTSET or logger.level > logging.WARNING:
            logger.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield log
        for w in caught:
            log.add(_library_of(w.filename), str(w.message))
            if verbose:
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
    finally:
        for logger, propagate, level in saved:
            for handler in handlers:
                logger.removeHandler(handler)
            logger.propagate = propagate
            logger.setLevel(level)


def _library_of(filename: str) -> str:
    for name in LIBRARY_LOGGERS:
        if f"/{name}/" in filename:
            return name
    return "python"
