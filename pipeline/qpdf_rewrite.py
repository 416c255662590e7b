"""qpdf's view of a PDF (through pikepdf) and its repair of damaged ones.

qpdf is the most forgiving PDF reader at hand: it reconstructs a damaged or
missing cross-reference table by scanning the file for objects, recovers
stream lengths, drops page-tree entries it cannot read, and says what it did
in warnings.  :func:`qpdf_view` opens a file and reports pages and warnings;
:func:`save_repaired` writes qpdf's rewrite of it (a clean xref, a flat page
tree) to a new file — the input itself is never written — so that pdfium and
pdfminer, which are stricter, can read what qpdf recovered.
"""

from __future__ import annotations

import warnings as py_warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pikepdf

# qpdf's warnings for a limit it applied (e.g. "limits error(parser-max-nesting)")
QPDF_LIMIT_MARK = "limits error"
MESSAGES_SHOWN = 4  # qpdf warnings quoted in a `repaired` warning


@dataclass
class QpdfView:
    """What qpdf made of a file: the open document (close it), its page count
    and the warnings qpdf gave while opening it and listing its pages."""

    pdf: Optional[pikepdf.Pdf]
    pages: int = 0
    warnings: tuple[str, ...] = ()
    error: Optional[str] = None  # qpdf could not open the file or list its pages
    password_problem: Optional[str] = None  # "needs_password" or "wrong_password"

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None

    @property
    def hit_limit(self) -> bool:
        """True if qpdf dropped something because it exceeded one of qpdf's limits."""
        return any(QPDF_LIMIT_MARK in w for w in self.warnings) or QPDF_LIMIT_MARK in (self.error or "")


def qpdf_view(path: Path, password: Optional[str] = None) -> QpdfView:
    """Open ``path`` with qpdf (without, then with the password) and count its pages."""
    path = Path(path)
    attempts = ("", password) if password else ("",)
    with py_warnings.catch_warnings():
        py_warnings.simplefilter("ignore")  # "a password was provided, but no password was needed"
        for attempt in attempts:
            try:
                pdf = pikepdf.open(path, password=attempt)
            except pikepdf.PasswordError:
                continue
            except Exception as exc:  # noqa: BLE001 - any qpdf failure: the file cannot be opened
                return QpdfView(pdf=None, error=clean_message(str(exc), path))
            try:
                pages = len(pdf.pages)
            except Exception as exc:  # noqa: BLE001 - e.g. a loop in the page tree
                pdf.close()
                return QpdfView(pdf=None, error=clean_message(str(exc), path))
            return QpdfView(pdf=pdf, pages=pages,
                            warnings=tuple(clean_message(w, path) for w in pdf.get_warnings()))
    return QpdfView(pdf=None, error="the PDF is encrypted",
                    password_problem="wrong_password" if password else "needs_password")


def clean_message(message: str, path: Path) -> str:
    """A qpdf message without the input's full path (the record names the file)."""
    return message.replace(str(path) + ": ", "").replace(str(path) + " ", "").replace(str(path), path.name)


def save_repaired(view: QpdfView, target: Path) -> Path:
    """Write qpdf's rewrite of the opened document to ``target`` (decrypted,
    streams copied as they are: a repair must not inflate a bomb)."""
    assert view.pdf is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    view.pdf.save(target, stream_decode_level=pikepdf.StreamDecodeLevel.none, encryption=False,
                  fix_metadata_version=False)
    return target


def repair_summary(warnings: tuple[str, ...], pages_before: Optional[int], pages_after: int) -> str:
    """The text of a ``repaired`` warning: what qpdf reported, and the pages kept."""
    shown = "; ".join(warnings[:MESSAGES_SHOWN]) or "no warnings"
    more = f" (+{len(warnings) - MESSAGES_SHOWN} more)" if len(warnings) > MESSAGES_SHOWN else ""
    if pages_before is not None and pages_before != pages_after:
        pages = f"; {pages_after} of the {pages_before} pages pdfium listed were recovered, numbered as recovered"
    else:
        pages = f"; {pages_after} pages"
    return f"the PDF was damaged and repaired by qpdf before conversion: {shown}{more}{pages}"
