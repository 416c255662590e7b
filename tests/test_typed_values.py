"""Every number in a table typed: value and unit (issue 21).

The expectations are the printed documents' (seeds 001, 002, 004): the key
figures are percentages ("Procent" in the top-left cell, "Lönekostnads-
ökningstakt"), staff tables count årsarbetare or hours, the action plans'
"Antal åa" columns årsarbetare — never from the pipeline's output."""

from __future__ import annotations

from hypothesis import given, strategies as st

from extractors.money.amounts import format_mnkr
from extractors.money.quantities import Quantity, cell_quantity, parse_value, unit_named


def test_units_named_by_headers_labels_and_captions():
    assert unit_named("Procent") == "%"
    assert unit_named("Relation (%)") == "%"
    assert unit_named("Lönekostnadsökningstakt") == "%"
    assert unit_named("Antal årsarbetare 2024") == "årsarbetare"
    assert unit_named("Antal å 2024") == unit_named("Antal åa") == "årsarbetare"
    assert unit_named("Schemalagda timmar") == "h"
    assert unit_named("Kostnad kr/kvm") == "kr/kvm"
    assert unit_named("Antal personalmåltider") == "st"
    assert unit_named("HME delindex Ledning") == "index"
    assert unit_named("Budget 2024") is None and unit_named("Övriga intäkter") is None


def test_cell_quantity_precedence():
    # the cell's own unit wins over every context
    assert cell_quantity("138 642 st", "Utfall 2021", "Antal personalmåltider") == Quantity(138642.0, "st")
    # then the contexts in the order given: unit column, header, label, top-left/caption
    assert cell_quantity("-3,0", None, "Budget 2024", "Lönekostnadsökningstakt", "Procent") == Quantity(-3.0, "%")
    assert cell_quantity("12", "kr/kvm", "Utfall 2021", "Antal ärenden") == Quantity(12.0, "kr/kvm")
    assert cell_quantity(">77", None, "Målvärde") == Quantity(77.0, None, ">")
    assert cell_quantity("Helt", None, "Utfall") is None
    assert cell_quantity("28 (25)", None, "Antal") is None  # two numbers: no single value


@given(st.decimals(min_value=-10**7, max_value=10**7, places=1, allow_nan=False, allow_infinity=False),
       st.sampled_from(["%", " %", " st", "", " procent"]))
def test_printed_numbers_read_back(number, suffix):
    printed = format_mnkr(number) + suffix
    parsed = parse_value(printed)
    assert parsed.number == float(number)
    assert parsed.unit == ({"%": "%", " %": "%", " st": "st", "": None, " procent": "%"}[suffix])


def _typed_cells(doc, kinds):
    for t in doc.tables:
        if t.kind in kinds:
            for r in t.rows:
                for c in r.cells:
                    yield t, r, c


def test_key_figure_and_staff_cells_are_typed(convert_sample):
    for stem in ("vp-2024-servicenamnden", "vp-2023-servicenamnden", "vb-2021-servicenamnden"):
        doc = convert_sample(stem)
        cells = list(_typed_cells(doc, ("key_figures", "staff", "action_plan")))
        assert cells
        for t, r, c in cells:
            if c.value_mnkr is not None:
                assert (c.value, c.unit) == (c.value_mnkr, "mnkr")
            elif parse_value(c.raw).number is not None:
                assert c.value == parse_value(c.raw).number, (stem, t.title, r.label, c.column, c.raw)
                assert c.unit is not None, (stem, t.title, r.label, c.column, c.raw)


def test_printed_units_of_the_samples(convert_sample):
    vp24 = convert_sample("vp-2024-servicenamnden")
    key = next(t for t in vp24.tables if t.kind == "key_figures")
    growth = next(r for r in key.rows if r.label == "Lönekostnadsökningstakt")
    assert [(c.value, c.unit) for c in growth.cells] == [(-3.0, "%"), (7.8, "%"), (3.0, "%")]
    staff = [(c.value, c.unit) for t in vp24.tables if t.kind == "action_plan" for r in t.rows
             for c in r.cells if r.label.startswith("Personalreducering/vakans") and c.column.startswith("Antal")]
    assert staff == [(30.5, "årsarbetare")]
    vb21 = convert_sample("vb-2021-servicenamnden")
    sick = next(t for t in vb21.tables if t.title and t.title.startswith("Sjukfrånvaro"))
    hours = next(r for r in sick.rows if r.label.startswith("Schemalagda timmar"))
    assert {c.unit for c in hours.cells} == {"h"} and hours.cells[0].value == 1192778.0
    meals = next(r for t in vb21.tables for r in t.rows if r.label == "Antal personalmåltider")
    assert (meals.cells[0].value, meals.cells[0].unit) == (138642.0, "st")
