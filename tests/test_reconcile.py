"""Cross-document reconciliation (pipeline.qa.reconcile).

The 2024 plan's expected JSON (a sample's ground truth) stands in for a
converted document; the 2023 plan is made from it the way the 2023 plan
prints the same figures: its Resultatbudget has "Budget 2023" first (the
figures the 2024 plan repeats), plus "Prognos 2022" / "Budget 2022" with other
values, and some labels printed differently (hyphenated, footnote mark,
case).  One "Budget 2023" figure is then altered in one copy.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from models.contract import Cell, OutputDocument, Row, Table
from extractors.text.labels import label_key
from pipeline.qa.corrections import parse_document
from pipeline.qa.reconcile import (
    RECONCILE_CSV,
    RECONCILE_JSON,
    allowed_difference,
    column_key,
    reconcile,
    reconcile_documents,
    title_similarity,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def plan_2024() -> OutputDocument:
    doc, _ = parse_document(json.loads((SAMPLES / "vp-2024-servicenamnden.expected.json").read_text(encoding="utf-8")))
    return doc


def _budget(doc: OutputDocument) -> Table:
    return next(t for t in doc.tables if t.kind == "budget" and "Resultatbudget" in (t.title or ""))


def plan_2023(plan24: OutputDocument) -> OutputDocument:
    """The 2023 plan's Resultatbudget as it would print the same Budget 2023 figures."""
    src = _budget(plan24)
    relabel = {"Verksamhetens nettokostnader": "Verksamhetens netto- kostnader",
               "Summa kostnader": "SUMMA KOSTNADER", "Resultat *)": "Resultat"}
    rows = []
    for row in src.rows:
        budget23 = next((c for c in row.cells if c.column == "Budget 2023"), None)
        cells = []
        if budget23 is not None:
            cells = [Cell(column="Budget 2023", raw=budget23.raw, value_mnkr=budget23.value_mnkr),
                     Cell(column="Prognos 2022", raw="1,0", value_mnkr=1.0),
                     Cell(column="Budget 2022", raw="2,0", value_mnkr=2.0)]
        rows.append(Row(label=relabel.get(row.label, row.label), cells=cells, bold=row.bold))
    table = Table(id="t2", kind="budget", title="6.2 Resultatbudget, servicenämnd 2023", page=11, unit="mnkr",
                  columns=["Budget 2023", "Prognos 2022", "Budget 2022"], rows=rows)
    doc = plan24.model_copy(deep=True)
    doc.document.year = 2023
    doc.document.title = "Verksamhetsplan med budget 2023"
    doc.source.file = "vp-2023-servicenamnden.pdf"
    doc.tables = [table]
    return doc


def _alter(doc: OutputDocument, table: Table, label: str, column: str, value: float, raw: str) -> None:
    row = next(r for r in table.rows if r.label == label)
    cell = next(c for c in row.cells if c.column == column)
    cell.value_mnkr = value
    cell.raw = raw


def test_one_altered_figure_is_the_only_disagreement():
    plan24 = plan_2024()
    plan23 = plan_2023(plan24)
    _alter(plan23, plan23.tables[0], "Övriga kostnader", "Budget 2023", -1283.9, "-1 283,9")  # printed -1 283,7 in 2024

    result = reconcile_documents([("vp-2024.json", plan24), ("vp-2023.json", plan23)])

    budget_rows = [r for r in _budget(plan24).rows if any(c.column == "Budget 2023" for c in r.cells)]
    assert len(budget_rows) == 11
    assert len(result.pairs) == 1
    pair = result.pairs[0]
    assert (pair.document_a, pair.table_a, pair.document_b, pair.table_b) == ("vp-2023.json", "t2", "vp-2024.json", "t4")
    assert pair.shared_columns == ["budget 2023"]
    assert result.compared == 11 and result.agreed == 10
    assert len(result.disagreements) == 1
    d = result.disagreements[0]
    assert (d.a.document, d.a.row, d.a.column, d.a.raw, d.a.value_mnkr, d.a.page) == (
        "vp-2023.json", "Övriga kostnader", "Budget 2023", "-1 283,9", -1283.9, 11)
    assert (d.b.document, d.b.row, d.b.column, d.b.raw, d.b.value_mnkr, d.b.page) == (
        "vp-2024.json", "Övriga kostnader", "Budget 2023", "-1 283,7", -1283.7, 14)
    assert d.difference == pytest.approx(0.2)


def test_identical_copies_agree_everywhere():
    plan24 = plan_2024()
    result = reconcile_documents([("a.json", plan24), ("b.json", plan_2023(plan24))])
    assert result.disagreements == []
    assert result.compared == result.agreed == 11


def test_written_json_and_csv(tmp_path):
    plan24 = plan_2024()
    plan23 = plan_2023(plan24)
    _alter(plan23, plan23.tables[0], "Summa intäkter", "Budget 2023", 2391.4, "2 391,4")
    (tmp_path / "vp-2024.json").write_text(plan24.to_json(), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "vp-2023.json").write_text(plan23.to_json(), encoding="utf-8")

    result = reconcile(tmp_path)

    data = json.loads((tmp_path / RECONCILE_JSON).read_text(encoding="utf-8"))
    assert (data["documents"], data["figures_compared"], data["figures_agreed"], data["figures_disagreeing"]) == (2, 11, 10, 1)
    [d] = data["disagreements"]
    assert (d["a"]["document"], d["a"]["value_mnkr"], d["b"]["document"], d["b"]["value_mnkr"]) == (
        "sub/vp-2023.json", 2391.4, "vp-2024.json", 2381.4)
    with open(tmp_path / RECONCILE_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1
    assert (rows[0]["row_a"], rows[0]["column_a"], rows[0]["raw_a"], rows[0]["raw_b"], rows[0]["page_b"]) == (
        "Summa intäkter", "Budget 2023", "2 391,4", "2 381,4", "14")
    assert result.agreed == 10
    again = reconcile(tmp_path)  # its own output files are not documents
    assert again.documents == 2


def test_column_meaning_and_year_must_match():
    assert column_key("Budget 2023") == column_key("budget  2023 *)") == column_key("Budget 2023 (mnkr)") == "budget 2023"
    assert column_key("= Budget 2021") == column_key("Budget 2021, mnkr") == "budget 2021"
    assert column_key("Bokslut 2022") == column_key("Utfall 2022")
    assert column_key("Prognos 2023") != column_key("Budget 2023")
    assert column_key("Utfall jan-aug 2023") != column_key("Utfall 2023")
    assert column_key("Budget 2024") != column_key("Budget 2023")
    assert column_key("Budget") is None and column_key("Belopp") is None


def test_labels_normalised():
    assert label_key("Verksamhetens netto-\nkostnader") == label_key("verksamhetens nettokostnader")
    assert label_key("Resultat *)") == label_key("RESULTAT") == "resultat"
    assert label_key("Övriga  intäkter:") == "ovriga intakter"


def test_printing_precision_sets_the_tolerance():
    whole = Cell(column="Budget 2023", raw="2 380", value_mnkr=2380.0)
    one_decimal = Cell(column="Budget 2023", raw="2 380,4", value_mnkr=2380.4)
    tkr = Cell(column="Budget 2023", raw="2 380 400", value_mnkr=2380.4)
    assert abs(whole.value_mnkr - one_decimal.value_mnkr) <= allowed_difference(whole, one_decimal, 0.0)
    assert allowed_difference(one_decimal, one_decimal, 0.0) < 0.001
    assert allowed_difference(one_decimal, tkr, 0.0) == pytest.approx(0.05, abs=1e-6)


def test_tables_of_other_kinds_or_titles_are_not_paired():
    plan24 = plan_2024()
    other = plan_2023(plan24)
    _alter(other, other.tables[0], "Övriga kostnader", "Budget 2023", -1.0, "-1,0")
    other.tables[0].kind = "investment"
    assert reconcile_documents([("a.json", plan24), ("b.json", other)]).pairs == []
    other.tables[0].kind = "budget"
    other.tables[0].title = "Personalförteckning"
    assert reconcile_documents([("a.json", plan24), ("b.json", other)]).pairs == []
    assert title_similarity("6.3 Resultatbudget servicenämnd", "6.2 Resultatbudget, servicenämnd 2023") == 1.0


def _action_plan(tid: str, title: str, values: list[float]) -> Table:
    labels = ["Personalkostnadsreduceringar", "Övriga kostnadsreduceringar", "Totalsumma"]
    rows = [Row(label=label, cells=[Cell(column=str(year), raw=f"{v:.0f}", value_mnkr=v / 1000)
                                    for year in (2024, 2025, 2026)])
            for label, v in zip(labels, values)]
    return Table(id=tid, kind="action_plan", title=title, page=20, unit="tkr", columns=["2024", "2025", "2026"], rows=rows)


def test_look_alike_tables_pair_by_their_figures():
    plan = plan_2024()
    a = plan.model_copy(update={"tables": [_action_plan("t1", "Grupperade åtgärder", [2800, 219, 3019]),
                                           _action_plan("t2", "Grupperade åtgärder", [1750, 813, 2563])]})
    b = plan.model_copy(update={"tables": [_action_plan("t7", "Grupperade åtgärder", [1750, 813, 2563]),
                                           _action_plan("t8", "Grupperade åtgärder", [2800, 219, 3019])]})
    result = reconcile_documents([("a.json", a), ("b.json", b)])
    assert [(p.table_a, p.table_b, p.compared, p.agreed) for p in result.pairs] == [("t1", "t8", 9, 9), ("t2", "t7", 9, 9)]
    assert result.disagreements == [] and result.rejected == []


def test_unlike_pair_where_nothing_agrees_is_set_aside_but_a_revised_budget_is_reported():
    plan = plan_2024()
    a = plan.model_copy(update={"tables": [_action_plan("t1", "Åtgärder inom IT", [2800, 219, 3019])]})
    b = plan.model_copy(update={"tables": [_action_plan("t2", "Åtgärder inom HR", [1750, 813, 2563])]})
    result = reconcile_documents([("a.json", a), ("b.json", b)])
    assert result.pairs == [] and result.disagreements == []
    assert [(p.table_a, p.table_b, p.compared, p.agreed) for p in result.rejected] == [("t1", "t2", 9, 0)]
    # same title and rows: every figure revised is still reported
    b.tables[0].title = "Åtgärder inom IT"
    result = reconcile_documents([("a.json", a), ("b.json", b)])
    assert len(result.disagreements) == 9 and result.rejected == []


def test_other_organisations_are_not_compared():
    plan24 = plan_2024()
    other = plan_2023(plan24)
    _alter(other, other.tables[0], "Övriga kostnader", "Budget 2023", -1.0, "-1,0")
    other.document.organisation = "Hälso- och sjukvårdsnämnden"
    assert reconcile_documents([("a.json", plan24), ("b.json", other)]).pairs == []
