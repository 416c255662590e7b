"""End to end on the born-digital sample PDFs: the pipeline's output against
the hand-checked expected JSON built from the same seed text (see
samples/README.md), and against the published JSON Schema."""

import json
from pathlib import Path

import jsonschema
import pytest

from models.contract import json_schema
from scoring import ITEM_KINDS, score

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# the born-digital samples; the scanned ones are scored in test_scanned_samples.py
STEMS = ["vp-2024-servicenamnden", "vp-2023-servicenamnden", "vb-2021-servicenamnden"]
BORN_DIGITAL = [SAMPLES / f"{s}.expected.json" for s in STEMS if (SAMPLES / f"{s}.expected.json").exists()]


def _pdf(expected: Path) -> Path:
    return SAMPLES / (expected.name[: -len(".expected.json")] + ".pdf")


@pytest.fixture(scope="module")
def converted(convert_sample):
    return {p.name: convert_sample(p.name.split(".")[0]) for p in BORN_DIGITAL}


def test_the_three_samples_exist():
    assert [p.name.split(".")[0] for p in BORN_DIGITAL] == STEMS
    assert all(_pdf(p).exists() for p in BORN_DIGITAL)


@pytest.mark.parametrize("expected_path", BORN_DIGITAL, ids=lambda p: p.name.split(".")[0])
def test_sample_against_expected(expected_path, converted):
    expected = json.loads(expected_path.read_text())
    doc = converted[expected_path.name]
    found = json.loads(doc.to_json())
    s = score(expected, found)
    print("\n" + s.report(expected_path.name))
    assert found["document"]["type"] == expected["document"]["type"]
    assert found["document"]["year"] == expected["document"]["year"]
    assert found["document"]["organisation"] == expected["document"]["organisation"]
    for kind in ITEM_KINDS:
        k = s.kinds[kind]
        if k.expected:
            assert k.recall >= 0.95, f"{kind} recall {k.recall:.3f}: missing {k.missing[:3]}"
        assert k.precision >= 0.95 or (k.expected == 0 and k.found == 0), f"{kind} precision {k.precision:.3f}: extra {k.extra[:3]}"
    assert s.parents_correct == s.parents_total, "every indicator links to its goal"
    assert s.indicator_fields_correct == s.indicator_fields_total
    assert s.risks_complete == s.risks_total, s.risk_problems
    assert s.cells_total > 0 and s.cells_correct == s.cells_total, s.cell_problems[:10]


@pytest.mark.parametrize("expected_path", BORN_DIGITAL, ids=lambda p: p.name.split(".")[0])
def test_sample_output_validates_against_schema(expected_path, converted):
    found = json.loads(converted[expected_path.name].to_json())
    jsonschema.validate(found, json_schema())
    assert found["schema_version"] == "2"
    assert len(found["source"]["sha256"]) == 64


@pytest.mark.parametrize("expected_path", BORN_DIGITAL, ids=lambda p: p.name.split(".")[0])
def test_every_item_and_cell_points_at_its_page_and_box(expected_path, converted):
    doc = converted[expected_path.name]
    npages = doc.source.pages
    assert doc.items and doc.tables
    for item in doc.items:
        assert 1 <= item.page <= npages and item.bbox is not None, item
    for table in doc.tables:
        assert table.bbox is not None and 1 <= table.page <= npages
        for row in table.rows:
            for cell in row.cells:
                assert cell.bbox is not None and cell.page is not None, (table.title, row.label, cell)


def test_warnings_on_born_digital_samples_are_only_real_findings(convert_sample):
    """A reviewer acts on every warning: the born-digital samples have none but
    the source's own arithmetic error in the 2021 report ("Servicenämnden totalt"
    prints 149,0 where its rows sum to 482,1)."""
    assert convert_sample("vp-2024-servicenamnden").warnings == []
    assert convert_sample("vp-2023-servicenamnden").warnings == []
    warnings = convert_sample("vb-2021-servicenamnden").warnings
    assert {(w.code, w.row.rstrip(":")) for w in warnings} == {("sum_mismatch", "Servicenämnden totalt")}
    first = next(w for w in warnings if w.found == 149.0)
    assert first.expected == 482.1 and first.table is not None and first.page is not None


def test_tkr_action_plan_tables_come_out_in_mnkr(convert_sample):
    """The Handlingsplan's tables are printed in Tkr: every money cell is
    normalised to mnkr ("84 754" tkr → 84.754), the "Antal årsarbetare" column
    stays raw."""
    expected = json.loads((SAMPLES / "vp-2024-servicenamnden.expected.json").read_text())
    found = json.loads(convert_sample("vp-2024-servicenamnden").to_json())
    s = score(expected, found, table_kinds=("action_plan",))
    print(f"\naction-plan money cells correct {s.cells_correct}/{s.cells_total}")
    assert s.cells_total == 84 and s.cells_correct == 84, s.cell_problems[:5]
    summary = next(t for t in found["tables"] if t["kind"] == "action_plan" and "Summering" in (t["title"] or ""))
    assert summary["unit"] == "tkr"
    total = next(r for r in summary["rows"] if r["label"] == "Totalsumma")
    assert [(c["raw"], c["value_mnkr"]) for c in total["cells"]][:3] == [
        ("84 754", 84.754), ("97 317", 97.317), ("110 387", 110.387)]
    staff = [c for c in total["cells"] if "rsar" in c["column"]]
    assert [(c["raw"], c["value_mnkr"]) for c in staff] == [("49", None)]
