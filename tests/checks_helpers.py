"""Helpers shared by the table-check tests (tests/test_checks*.py): contract tables
typed as the seeds print them, one cell altered, and seed 002's Resultatbudget."""

from __future__ import annotations

import re

import pytest

from extractors.money.amounts import detect_unit, is_money_context, parse_amount
from models.contract import Cell, Row, Table


def make_table(tid: str, kind: str, caption: str, columns: list[str], text: str) -> Table:
    """A contract Table from tab-separated lines "label\\tcell\\tcell…" as seed 002
    prints them (``<b>`` marks bold rows); cells parsed with the amounts module,
    the unit from the column header or else the caption."""
    unit = detect_unit(caption)
    rows = []
    for line in text.strip("\n").split("\n"):
        parts = line.split("\t")
        bold = "<b>" in line
        label = re.sub(r"</?b>", "", parts[0]).strip()
        cells = []
        for column, raw in zip(columns, parts[1:]):
            raw = re.sub(r"</?b>", "", raw).strip()
            if not raw:
                continue
            money = is_money_context(column, label, caption)
            value = parse_amount(raw, detect_unit(column) or unit) if money else None
            cells.append(Cell(column=column, raw=raw, value_mnkr=None if value is None else float(value)))
        rows.append(Row(label=label, cells=cells, bold=bold))
    return Table(id=tid, kind=kind, title=caption, page=14, unit=unit, columns=columns, rows=rows)


def altered(table: Table, label: str, column: str, raw: str) -> Table:
    """A copy of ``table`` with one printed cell changed (value re-parsed)."""
    copy = table.model_copy(deep=True)
    for row in copy.rows:
        if row.label == label:
            for cell in row.cells:
                if cell.column == column:
                    cell.raw = raw
                    cell.value_mnkr = float(parse_amount(raw, detect_unit(column) or table.unit))
                    return copy
    raise KeyError((label, column))


def row_index(table: Table, label: str) -> int:
    return next(i for i, r in enumerate(table.rows) if r.label == label)


# --- seed 002, 6.3 Resultatbudget ---------------------------------------------

RESULTATBUDGET = """\
<b>Verksamhetens intäkter</b>\t\t\t
Övriga intäkter\t2 380\t2 394,5\t2 381,4
<b>Summa intäkter</b>\t<b>2 380</b>\t<b>2 394,5</b>\t<b>2 381,4</b>
<b>Verksamhetens kostnader</b>\t\t\t
Personalkostnader\t-665\t-688,2\t-692,8
Övriga kostnader\t-1 230\t-1 284,2\t-1 283,7
Avskrivningar, inventarier\t-62\t-63,2\t-62,3
Avskrivningar, fastigheter\t-242\t-240,5\t-239,6
<b>Summa kostnader</b>\t<b>-2 199</b>\t<b>-2 276,1</b>\t<b>-2 278,4</b>
<b>Verksamhetens nettokostnader</b>\t<b>181</b>\t<b>118,4</b>\t<b>103,0</b>
Finansnetto\t-150\t-68,5\t-66,4
Fastighetsfinansiering\t-7,8\t-88,3\t-88,3
<b>Resultat *)</b>\t<b>23,2</b>\t<b>-38,4</b>\t<b>-51,7</b>
"""
RB_COLUMNS = ["Budget 2024", "Prognos 2023", "Budget 2023"]


@pytest.fixture
def resultatbudget() -> Table:
    return make_table("t3", "budget", "Belopp i mnkr", RB_COLUMNS, RESULTATBUDGET)
