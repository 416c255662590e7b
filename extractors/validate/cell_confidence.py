"""OCR confidence of table cells: a money value read with little confidence is
a warning a reviewer can act on (check it against the page).

A cell's confidence is the lowest Tesseract confidence of the OCR words whose
centre lies in the cell's box; text-layer cells have none.  Pure function over
the contract's tables and the pages' words.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional

from models.codes import WarningCode
from models.contract import Cell, Table, DocWarning
from models.pagedata import PageText, Word

# Tesseract's word confidence below which a value is flagged.  Measured on the
# scanned samples (2026-11-23): amounts whose minus sign OCR lost ("6,5" for
# -6,5, "6,7" for -6,7) came with 43 and 50, while 97 % (vb-2021), 90 %
# (vp-2024) and 96 % (bad-layer) of the correctly read amounts had 60 or more.
LOW_CELL_CONFIDENCE = 60.0


def cell_confidence(cell: Cell, words: Iterable[Word]) -> Optional[float]:
    """Lowest OCR confidence of the words inside ``cell.bbox``; None when the
    cell has no box or no OCR'd word."""
    if cell.bbox is None:
        return None
    confs = [w.conf for w in words if w.conf is not None and w.centre_in(cell.bbox)]
    return min(confs) if confs else None


def low_confidence_cells(
    tables: Iterable[Table], pages: Mapping[int, PageText], threshold: float = LOW_CELL_CONFIDENCE
) -> list[DocWarning]:
    """A ``low_ocr_confidence`` warning for every money cell (a cell with a
    ``value_mnkr``) on an OCR'd page read with confidence below ``threshold``."""
    out: list[DocWarning] = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                page = pages.get(cell.page or row.page or table.page)
                if cell.value_mnkr is None or page is None or page.source != "ocr":
                    continue
                conf = cell_confidence(cell, page.words)
                if conf is None or conf >= threshold:
                    continue
                out.append(DocWarning(
                    code=WarningCode.LOW_OCR_CONFIDENCE, page=page.number, table=table.id, row=row.label, column=cell.column,
                    found=conf, original=cell.raw,
                    message=f"'{cell.raw}' in {table.title or table.id}, row '{row.label}', column '{cell.column}' "
                            f"was read with OCR confidence {conf:.0f} (< {threshold:.0f}); check it against the page"))
    return out
