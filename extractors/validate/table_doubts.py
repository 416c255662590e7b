"""Structural doubt about extracted tables, as warnings a reviewer sees in
the QA report (each names its table and page):

* ``generic_column_name`` — a money table left with a column named ``colN``
  (its header cell could not be read or matched to the column);
* ``generic_column_name`` also for two money columns with one header text
  ("Varav budgetram", "Varav budgetram (2)"): the group label above them was lost;
* ``unresolved_header`` — a table with no header row at all;
* ``table_not_joined`` — a headerless table at the top of a page with as
  many columns as the table that ends the page before: most likely that
  table's continuation, which could not be joined to it.

Pure functions of the contract tables; no data is changed.
"""

from __future__ import annotations

import re
from typing import Sequence

from models.codes import WarningCode
from models.contract import Table, DocWarning

_GENERIC = re.compile(r"^col\d+$")


def is_generic(name: str) -> bool:
    return bool(_GENERIC.match(name))


def is_money_table(table: Table) -> bool:
    return table.unit is not None or table.kind in ("budget", "investment", "action_plan") \
        or any(c.value_mnkr is not None for r in table.rows for c in r.cells)


def table_doubts(tables: Sequence[Table]) -> list[DocWarning]:
    """All structural-doubt warnings of a document's tables, in table order."""
    out: list[DocWarning] = []
    for t in tables:
        out += header_doubts(t)
    out += unjoined_continuations(tables)
    return out


def header_doubts(table: Table) -> list[DocWarning]:
    """``unresolved_header`` for a table whose columns are all generic, and
    ``generic_column_name`` for each generic column of a money table."""
    out: list[DocWarning] = []
    name = table.title or table.id
    generic = [c for c in table.columns if is_generic(c)]
    if generic and len(generic) == len(table.columns):
        out.append(DocWarning(code=WarningCode.UNRESOLVED_HEADER, table=table.id, page=table.page,
                           message=f"{name}: no header row was found; the columns are named "
                                   f"{', '.join(generic)}"))
    if is_money_table(table):
        for col in generic:
            out.append(DocWarning(code=WarningCode.GENERIC_COLUMN_NAME, table=table.id, page=table.page, column=col,
                               message=f"{name}: money column '{col}' has no name from the header"))
        for col in duplicated(table.columns):
            out.append(DocWarning(code=WarningCode.GENERIC_COLUMN_NAME, table=table.id, page=table.page, column=col,
                                  message=f"{name}: money column '{col}' repeats another column's header "
                                          f"(a group label over it was probably lost)"))
    return out


_NUMBERED = re.compile(r"^(?P<base>.+) \((?P<n>\d+)\)$")


def duplicated(columns: Sequence[str]) -> list[str]:
    """Columns told apart only by the " (2)" the table model appends to a
    repeated header, where the repeats stand apart ("Varav budgetram" … "Varav
    budgetram (2)" with other columns between): sub-columns of groups whose
    group labels were lost.  One header printed twice side by side ("Förändr",
    "Förändr": amount and percentage) is not doubted."""
    bases = [m.group("base") if (m := _NUMBERED.match(c)) and m.group("base") in columns else c for c in columns]
    out: set[int] = set()
    for i, b in enumerate(bases):
        for j in range(i + 2, len(bases)):
            if bases[j] == b:
                out.update((i, j))
    return [columns[k] for k in sorted(out)]


def unjoined_continuations(tables: Sequence[Table]) -> list[DocWarning]:
    """``table_not_joined`` for a table that looks like the continuation of the
    table ending the page before: first on its page, no header of its own,
    the same number of columns, the previous table last on its page."""
    out: list[DocWarning] = []
    order = sorted(tables, key=lambda t: (t.page, t.bbox.top if t.bbox else 0.0))
    for a, b in zip(order, order[1:]):
        a_last = max(a.pages or [a.page])
        if b.page != a_last + 1:  # consecutive in page order: a ends its page, b starts the next
            continue
        if not b.columns or not all(is_generic(c) for c in b.columns) or len(b.columns) != len(a.columns):
            continue
        out.append(DocWarning(code=WarningCode.TABLE_NOT_JOINED, table=b.id, page=b.page,
                           message=f"{b.id} on page {b.page} looks like the continuation of "
                                   f"{a.title or a.id} (page {a_last}) but could not be joined to it"))
    return out
