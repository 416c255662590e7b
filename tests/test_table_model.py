"""Grid → contract Table (extractors.tables.table_model), on tiny PDFs and hand-made grids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractors.pages.text_layer import extract_pages
from extractors.tables import merge_continued
from extractors.tables.table_model import column_names, table_kind, to_table
from extractors.tables import find_tables
from models.contract import BBox
from models.pagedata import GridCell, TableGrid
from tinypdf import Text, pages_of, table_ops


def cells(*texts: str, bold: bool = False) -> list[GridCell]:
    return [GridCell(t, BBox(x0=10.0 * i, top=0, x1=10.0 * i + 8, bottom=10) if t else None, bold)
            for i, t in enumerate(texts)]


def value(table, label, column):
    row = next(r for r in table.rows if r.label == label)
    return next(c for c in row.cells if c.column == column)


def test_budget_table_from_pdf(tmp_path):
    rows = [
        ["Belopp i mnkr", "Budget 2024", "Prognos 2023", "Budget 2023"],
        ["Verksamhetens intäkter", "", "", ""],
        ["Övriga intäkter", "2 380", "2 394,5", "2 381,4"],
        ["Summa kostnader", "-2 199", "-2 276,1", "-2 278,4"],
    ]
    ops, _ = table_ops(72, 120, [200, 80, 80, 80], rows, bold_rows=(0, 1, 3), pad=5)
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    table = to_table(grid, "t1", "6.3 Resultatbudget servicenämnd")
    assert table.kind == "budget"
    assert table.unit == "mnkr"
    assert table.title == "6.3 Resultatbudget servicenämnd"
    assert table.columns == ["Budget 2024", "Prognos 2023", "Budget 2023"]
    assert [r.label for r in table.rows] == ["Verksamhetens intäkter", "Övriga intäkter", "Summa kostnader"]
    assert table.rows[0].cells == []  # group row: no values
    assert value(table, "Övriga intäkter", "Prognos 2023").value_mnkr == 2394.5
    assert value(table, "Summa kostnader", "Budget 2024").raw == "-2 199"
    assert value(table, "Summa kostnader", "Budget 2024").value_mnkr == -2199.0
    assert table.rows[2].bold and not table.rows[1].bold
    assert value(table, "Övriga intäkter", "Budget 2024").bbox is not None
    assert value(table, "Övriga intäkter", "Budget 2024").page == 1


def test_two_row_header_column_names(tmp_path):
    rows = [
        ["Belopp i mnkr", "Budget 2024", "", "Prognos 2023", ""],
        ["", "Omsätt-\nning", "Varav budget-\nram", "Omsätt-\nning", "Varav budget-\nram"],
        ["Område IT", "475", "0", "487,0", "0"],
        ["Summa", "2 380", "-23,2", "2 394,5", "51,7"],
    ]
    ops, _ = table_ops(72, 120, [170, 75, 75, 75, 75], rows, bold_rows=(0, 1, 3), pad=5)
    (page,) = pages_of(tmp_path, [ops])
    (grid,) = find_tables(page)
    table = to_table(grid, "t2", None)
    assert table.columns == ["Budget 2024 Omsättning", "Budget 2024 Varav budgetram",
                             "Prognos 2023 Omsättning", "Prognos 2023 Varav budgetram"]
    assert value(table, "Summa", "Budget 2024 Varav budgetram").value_mnkr == -23.2
    assert value(table, "Område IT", "Prognos 2023 Omsättning").value_mnkr == 487.0


def test_unit_from_caption_in_tkr(tmp_path):
    ops = [Text(72, 100, "Summering av samtliga åtgärder (Tkr)", bold=True, italic=True)]
    t, _ = table_ops(72, 118, [200, 70, 70, 70], [
        ["", "2024", "2025", "2026"],
        ["Intäkter", "3 914", "3 914", "3 914"],
        ["Totalsumma", "84 754", "97 317", "110 387"],
    ], bold_rows=(0, 2), pad=5)
    (page,) = pages_of(tmp_path, [ops + t])
    (grid,) = find_tables(page)
    assert grid.caption == "Summering av samtliga åtgärder (Tkr)"
    table = to_table(grid, "t3", "Bilaga")
    assert table.unit == "tkr"
    assert table.title == "Summering av samtliga åtgärder (Tkr)"
    assert table.kind == "action_plan"
    assert value(table, "Totalsumma", "2024").value_mnkr == 84.754


def test_unit_from_top_left_cell_and_non_money_column(tmp_path):
    t, _ = table_ops(72, 118, [200, 70, 70, 70, 90], [
        ["(Tkr)", "2024", "2025", "2026", "Antal årsarbetare"],
        ["Personalkostnadsreduceringar", "27 039", "28 489", "28 489", "49"],
        ["Totalsumma", "84 754", "97 317", "110 387", "49"],
    ], bold_rows=(0, 2), pad=5)
    (page,) = pages_of(tmp_path, [t])
    (grid,) = find_tables(page)
    table = to_table(grid, "t4", "Grupperade åtgärder")
    assert table.unit == "tkr"
    assert table.columns == ["2024", "2025", "2026", "Antal årsarbetare"]
    assert value(table, "Personalkostnadsreduceringar", "2024").value_mnkr == 27.039
    staff = value(table, "Personalkostnadsreduceringar", "Antal årsarbetare")
    assert staff.raw == "49" and staff.value_mnkr is None


def test_percent_table_keeps_raw():
    grid = TableGrid(page=3, bbox=BBox(x0=0, top=0, x1=100, bottom=50),
                     header_rows=[cells("Procent", "Budget 2024", "Prognos 2023")],
                     rows=[cells("Lönekostnadsökningstakt", "-3,0", "7,8")])
    table = to_table(grid, "t5", "6.2 Ekonomiska nyckeltal")
    assert table.unit is None
    assert table.kind == "key_figures"
    assert [(c.raw, c.value_mnkr) for c in table.rows[0].cells] == [("-3,0", None), ("7,8", None)]


def test_unit_from_preceding_text_and_headerless_columns():
    grid = TableGrid(page=2, bbox=BBox(x0=0, top=0, x1=100, bottom=50), header_rows=[],
                     rows=[cells("Byggnadsinvesteringar", "203,8"), cells("Summa", "372,5", bold=True)])
    table = to_table(grid, "t6", "Investeringsbudget", preceding_text="Tabellen visar\nBelopp i mnkr")
    assert table.columns == ["col1"]
    assert table.unit == "mnkr"
    assert table.kind == "investment"
    assert value(table, "Summa", "col1").value_mnkr == 372.5
    assert table.rows[1].bold


def test_column_names_top_left_and_duplicates():
    grid = TableGrid(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1),
                     header_rows=[cells("Belopp i mnkr", "Utfall", "Utfall")], rows=[cells("A", "1", "2")])
    top_left, names = column_names(grid)
    assert top_left == "Belopp i mnkr"
    assert names == ["Utfall", "Utfall (2)"]


def test_table_kind_rules():
    assert table_kind("Personalkostnader", "", [], [], "mnkr") == "staff"
    assert table_kind("Produktions- och nyckeltal", "", [], [], None) == "key_figures"
    assert table_kind("", "Belopp i mnkr", ["Utfall 2021", "Budget 2021"], ["Summa"], "mnkr") == "budget"
    assert table_kind("Sammanfattning", "", ["A", "B"], ["x"], None) == "other"


# ---------------------------------------------------------------- generated samples

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
BORN_DIGITAL = ["vp-2024-servicenamnden", "vb-2021-servicenamnden"]


def _norm_column(name: str) -> str:
    # the sample specs name "Belopp, mnkr" columns "Belopp": compare without a trailing unit
    return re.sub(r",? ?(mnkr|tkr)$", "", re.sub(r"\s+", " ", name).strip().lower())


@pytest.mark.parametrize("stem", BORN_DIGITAL)
def test_money_cells_of_sample(stem):
    pdf, expected = SAMPLES / f"{stem}.pdf", SAMPLES / f"{stem}.expected.json"
    if not pdf.exists() or not expected.exists():
        pytest.skip("sample not generated")
    exp = json.loads(expected.read_text(encoding="utf-8"))
    pages = extract_pages(pdf)
    grids = merge_continued([g for p in pages for g in find_tables(p)], pages)
    tables = [to_table(g, f"g{i}", None) for i, g in enumerate(grids)]
    total = correct = 0
    used: set[int] = set()
    for et in exp["tables"]:
        on_page = [i for i, t in enumerate(tables) if t.page == et["page"] and i not in used]
        labels = {r["label"] for r in et["rows"]}
        best = max(on_page, key=lambda i: len(labels & {r.label for r in tables[i].rows}), default=None)
        got = tables[best] if best is not None else None
        used.add(best)
        for r in et["rows"]:
            rows = [x for x in got.rows if x.label == r["label"]] if got else []
            for c in r["cells"]:
                if c.get("value_mnkr") is None:
                    continue
                total += 1
                found = [x.value_mnkr for row in rows for x in row.cells
                         if _norm_column(x.column) == _norm_column(c["column"])]
                correct += c["value_mnkr"] in found
    assert total > 50
    assert correct / total >= 0.97, f"{correct}/{total} money cells"


@pytest.mark.parametrize("name,expected", [
    ("Utfall 2021, mnkr", ("Utfall 2021", "mnkr")),
    ("Budget 2024 (tkr)", ("Budget 2024", "tkr")),
    ("Utfall 2021,mnkr", ("Utfall 2021", "mnkr")),
    ("Kostnad i kr", ("Kostnad", "kr")),
    ("mnkr", ("mnkr", None)),
    ("Förändring %", ("Förändring %", None)),
    ("Kostnad kr/kvm", ("Kostnad kr/kvm", None)),
    ("Varav budgetram", ("Varav budgetram", None)),
])
def test_split_column_unit(name, expected):
    from extractors.tables.table_model import split_column_unit

    assert split_column_unit(name) == expected


def test_unit_free_columns_only_when_units_agree():
    from extractors.tables.table_model import unit_free_columns

    printed = ["Utfall 2021, mnkr", "Utfall 2020, mnkr", "Förändring, mnkr", "Förändring %"]
    assert unit_free_columns(printed, None) == (["Utfall 2021", "Utfall 2020", "Förändring", "Förändring %"], "mnkr")
    assert unit_free_columns(printed, "mnkr")[1] == "mnkr"
    assert unit_free_columns(printed, "tkr") == (printed, None)  # the caption says otherwise: keep as printed
    assert unit_free_columns(["Budget, tkr", "Utfall, mnkr"], None) == (["Budget, tkr", "Utfall, mnkr"], None)
    assert unit_free_columns(["Budget", "Budget, mnkr"], None) == (["Budget", "Budget, mnkr"], None)  # stay distinct
