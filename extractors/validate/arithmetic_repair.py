"""OCR number repair in money tables, confirmed by the tables' arithmetic.

On OCR'd pages a printed number may come out damaged: a dropped space or
comma ("26279" for "2 627,9"), "." for ",", "O" for "0", a minus read as "="
or lost.  A cell is a *suspect* when its text does not parse as an amount, or
when it stands in a column where a sum check fails.  For a suspect, the
plausible readings (:func:`extractors.validate.ocr_readings.candidate_readings`, plus the
opposite sign for a lost minus) are tried, and a reading is applied only when
it is the single one that makes every check touching the cell pass
(:func:`extractors.validate.checks.confirmed_reading`).  A printed number that parses is
replaced only when that reading is also the *unique explanation* of the failed
arithmetic (:func:`unique_explanation`): two failing relations through the cell
(its row's and its column's) agree on it, or no other cell of the one failing
relation is itself doubtful — else another misread cell of the same sum may be
the culprit, and the printed value stays with an ``ocr_repair_doubtful``
warning.  Every repair is a warning that keeps the printed text; nothing
unconfirmed is changed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from extractors.money import amounts
from extractors.validate import checks
from extractors.validate.ocr_readings import candidate_readings
from models.codes import WarningCode
from models.contract import Cell, Table, DocWarning

MAX_PASSES = 3


def repair_tables(tables: Iterable[Table], ocr_pages: set[int], tolerance: Decimal) -> list[DocWarning]:
    """Repair the money tables that lie on OCR'd pages; returns one
    ``ocr_repair`` warning per repaired cell."""
    out: list[DocWarning] = []
    for table in tables:
        if table.unit is None or not ({table.page, *(table.pages or [])} & ocr_pages):
            continue
        out.extend(repair_table(table, ocr_pages, tolerance))
    return out


def repair_table(table: Table, ocr_pages: set[int], tolerance: Decimal) -> list[DocWarning]:
    warnings: list[DocWarning] = []
    repaired: set[tuple[int, str]] = set()
    for _ in range(MAX_PASSES):
        failing_columns = {w.column for w in checks.check_table(table, tolerance) if w.column}
        changed = False
        for row_index, cell in _suspects(table, failing_columns, ocr_pages):
            if (row_index, cell.column) in repaired:
                continue
            value = _confirmed(table, row_index, cell, tolerance)
            if value is None:
                continue
            if cell.value_mnkr is not None and not unique_explanation(table, row_index, cell.column, ocr_pages,
                                                                      tolerance):
                repaired.add((row_index, cell.column))  # decided: left as printed
                warnings.append(DocWarning(
                    code=WarningCode.OCR_REPAIR_DOUBTFUL, table=table.id, page=cell.page or table.page,
                    row=table.rows[row_index].label, column=cell.column, original=cell.raw,
                    found=cell.value_mnkr, expected=float(value),
                    message=(f"{table.title or table.id}, row '{table.rows[row_index].label}', column "
                             f"'{cell.column}': reading '{cell.raw}' as {amounts.format_mnkr(value)} mnkr "
                             f"would fix the arithmetic, but another doubtful cell of the same sum could "
                             f"explain it; the printed value is kept (check against the page)"),
                ))
                continue
            before = cell.value_mnkr
            cell.value_mnkr = float(value)
            repaired.add((row_index, cell.column))
            changed = True
            row = table.rows[row_index]
            warnings.append(DocWarning(
                code=WarningCode.OCR_REPAIR, table=table.id, page=cell.page or table.page, row=row.label,
                column=cell.column, original=cell.raw, found=before, expected=float(value),
                message=(f"OCR read '{cell.raw}' in {table.title or table.id}, row '{row.label}', column "
                         f"'{cell.column}'; the table's arithmetic confirms {amounts.format_mnkr(value)} mnkr "
                         f"(check against the page)"),
            ))
        if not changed:
            break
    return warnings


def _suspects(table: Table, failing_columns: set[str], ocr_pages: set[int]) -> list[tuple[int, Cell]]:
    out = []
    for i, row in enumerate(table.rows):
        for cell in row.cells:
            if (cell.page or table.page) not in ocr_pages or not any(c.isalnum() for c in cell.raw):
                continue
            unparsed = cell.value_mnkr is None and candidate_readings(cell.raw)
            if unparsed or cell.column in failing_columns:
                out.append((i, cell))
    return out


def _confirmed(table: Table, row_index: int, cell: Cell, tolerance: Decimal) -> Optional[Decimal]:
    current = None if cell.value_mnkr is None else Decimal(str(cell.value_mnkr))
    if current is not None and checks.would_be_consistent(table, row_index, cell.column, current, tolerance):
        return None  # the printed value already fits
    candidates: set[Decimal] = set()
    for reading in candidate_readings(cell.raw):
        value = amounts.parse_amount(reading, table.unit)
        if value is not None:
            candidates.update((value, -value))  # each reading, and with a lost minus sign
    if current is not None:
        candidates.add(-current)
    candidates.discard(current)
    if not candidates:
        return None
    return checks.confirmed_reading(table, row_index, cell.column, sorted(candidates), tolerance)


def unique_explanation(table: Table, row_index: int, column: str, ocr_pages: set[int],
                       tolerance: Decimal) -> bool:
    """Whether another reading of (``row_index``, ``column``) is the only
    explanation of the arithmetic that fails with the printed value: at
    least two failing relations through the cell (row and column sums) pass
    with it, or the one failing relation has no other doubtful cell — a cell
    on an OCR'd page among the relation's rows and columns that is unreadable
    (no value for its text, so not even a term) or takes part in another
    failing relation of its own."""
    checks_now = checks.run_checks(table, tolerance)
    failing = [c for c in checks_now if c.involves(row_index, column) and not c.passed]
    if len(failing) >= 2:
        return True
    if not failing:
        return False
    relation = failing[0]
    columns = {relation.column} | {c for _, c, _ in relation.terms}
    rows = [relation.row_index, *(r for r, _, _ in relation.terms)]
    for r in range(min(rows), max(rows) + 1):  # the relation's cells, and any unreadable one among them
        for cell in table.rows[r].cells:
            if cell.column not in columns or (r, cell.column) == (row_index, column):
                continue
            if (cell.page or table.page) not in ocr_pages or not any(ch.isalnum() for ch in cell.raw):
                continue
            if cell.value_mnkr is None:
                return False  # unreadable ("Ra"): its missing value may be the difference
            if any(not x.passed and x is not relation and x.involves(r, cell.column) for x in checks_now):
                return False
    return True
