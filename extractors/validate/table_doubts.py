"""Structural doubt about extracted tables, as warnings a reviewer sees in
the QA report (each names its table and page):

* ``generic_column_name`` — a money table left with a column named ``colN``
  (its header cell could not be read or matched to the column);
* ``unresolved_header`` — a table with no header row at all;
* ``table_not_joined`` — a headerless table at the top of a page with as
  many columns as the table that ends the page before: most likely that
  table's continuation, which could not be joined to it.

Pure functions of the contract tables; no data is changed.
"""

from __future__ import annotations

import re
from typing import Sequence

from models.contract import Table, Warning

_GENERIC = re.compile(r"^col\d+$")


def is_generic(name: str) -> bool:
    return bool(_GENERIC.match(name))


def is_money_table(table: Table) -> bool:
    return table.unit is not None or table.kind in ("budget", "investment", "action_plan") \
        or any(c.value_mnkr is not None for r in table.rows for c in r.cells)


def table_doubts(tables: Sequence[Table]) -> list[Warning]:
    """All structural-doubt warnings of a document's tables, in table order."""
    out: list[Warning] = []
    for t in tables:
        out += header_doubts(t)
    out += unjoined_continuations(tables)
    return out


def header_doubts(table: Table) -> list[Warning]:
    """``unresolved_header`` for a table whose columns are all generic, and
    ``generic_column_name`` for each generic column of a money table."""
    out: list[Warning] = []
    name = table.title or table.id
    generic = [c for c in table.columns if is_generic(c)]
    if generic and len(generic) == len(table.columns):
        out.append(Warning(code="unresolved_header", table=table.id, page=table.page,
                           message=f"{name}: no header row was found; the columns are named "
                                   f"{', '.join(generic)}"))
    if is_money_table(table):
        for col in generic:
            out.append(Warning(code="generic_column_name", table=table.id, page=table.page, column=col,
                               message=f"{name}: money column '{col}' has no name from the header"))
    return out


def unjoined_continuations(tables: Sequence[Table]) -> list[Warning]:
    """``table_not_joined`` for a table that looks like the continuation of the
    table ending the page before: first on its page, no header of its own,
    the same number of columns, the previous table last on its page."""
    out: list[Warning] = []
    order = sorted(tables, key=lambda t: (t.page, t.bbox.top if t.bbox else 0.0))
    for a, b in zip(order, order[1:]):
        a_last = max(a.pages or [a.page])
        if b.page != a_last + 1:  # consecutive in page order: a ends its page, b starts the next
            continue
        if not b.columns or not all(is_generic(c) for c in b.columns) or len(b.columns) != len(a.columns):
            continue
        out.append(Warning(code="table_not_joined", table=b.id, page=b.page,
                           message=f"{b.id} on page {b.page} looks like the continuation of "
                                   f"{a.title or a.id} (page {a_last}) but could not be joined to it"))
    return out
