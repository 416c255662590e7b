"""The migration export (pipeline.qa.export) on the converted born-digital
samples: row counts against the JSON, every money cell, foreign keys, the
DuckDB views across two plans, reviewed cells, bad inputs, determinism."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import BORN_DIGITAL_SAMPLES
from models.contract import Item
from pipeline.cli import main
from extractors.text.labels import label_key
from pipeline.qa.corrections import apply_corrections
from pipeline.qa.export.command import ExportError, export_folder
from pipeline.qa.export.dictionary import ITEMS, TABLE_DEFS, _ITEM_FIELDS_ELSEWHERE
from pipeline.qa.export.measures import parse_column
from pipeline.qa.export.rows import INDICATOR_MEASURES
from scoring import _match_tables

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
AT = "2026-11-30T10:00:00+00:00"


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def csv_export(converted_samples, tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("export-csv")
    export_folder(converted_samples, "csv", dest)
    return dest


@pytest.fixture(scope="module")
def tables(csv_export) -> dict[str, list[dict[str, str]]]:
    return {t.name: _read_csv(csv_export / f"{t.name}.csv") for t in TABLE_DEFS}


@pytest.fixture(scope="module")
def archive(converted_samples, tmp_path_factory):
    dest = tmp_path_factory.mktemp("export-duckdb")
    export_folder(converted_samples, "duckdb", dest)
    con = duckdb.connect(str(dest / "archive.duckdb"), read_only=True)
    yield con
    con.close()


def _json_docs(folder: Path) -> dict[str, dict]:
    return {stem: json.loads((folder / f"{stem}.json").read_text(encoding="utf-8")) for stem in BORN_DIGITAL_SAMPLES}


def _keys(tables) -> dict[str, str]:
    return {r["file"]: r["document_key"] for r in tables["documents"]}


def test_row_counts_equal_the_json(converted_samples, tables):
    docs = _json_docs(converted_samples)
    keys = _keys(tables)
    per_doc = {name: Counter(r["document_key"] for r in rows) for name, rows in tables.items()}
    assert set(keys) == {f"{stem}.pdf" for stem in BORN_DIGITAL_SAMPLES}
    for stem, doc in docs.items():
        key = keys[f"{stem}.pdf"]
        assert key == doc["source"]["sha256"]
        items = doc["items"]
        risks = [i for i in items if i["kind"] == "risk"]
        rows = [r for t in doc["tables"] for r in t["rows"]]
        expected = {
            "documents": 1, "sections": len(doc["sections"]), "items": len(items),
            "indicator_values": sum(1 for i in items for m in INDICATOR_MEASURES if i.get(m)),
            "risks": len(risks), "risk_actions": sum(len(i["actions"] or []) for i in risks),
            "tables": len(doc["tables"]), "table_rows": len(rows), "cells": sum(len(r["cells"]) for r in rows),
            "amounts": len(doc["amounts"]), "warnings": len(doc["warnings"]),
        }
        found = {name: per_doc[name][key] for name in expected}
        assert found == expected, stem
        assert expected["risk_actions"] > expected["risks"] > 0 and expected["cells"] > 100
    vb = keys["vb-2021-servicenamnden.pdf"]
    assert sum(1 for r in tables["indicator_values"] if r["document_key"] == vb) > 20


def test_every_money_cell_appears_once_with_its_value(converted_samples, tables):
    docs = _json_docs(converted_samples)
    keys = _keys(tables)
    exported = Counter((r["document_key"], r["table_id"], int(r["row_index"]), r["column"], r["raw"],
                        float(r["value_mnkr"])) for r in tables["cells"] if r["value_mnkr"])
    money = Counter()
    for stem, doc in docs.items():
        for t in doc["tables"]:
            for ri, row in enumerate(t["rows"]):
                for cell in row["cells"]:
                    if cell["value_mnkr"] is not None:
                        money[(keys[f"{stem}.pdf"], t["id"], ri, cell["column"], cell["raw"], cell["value_mnkr"])] += 1
    assert len(money) > 500 and set(money.values()) == {1}
    assert exported == money


def test_the_samples_expected_money_cells_are_in_cells_with_their_meaning(converted_samples, tables):
    """Each expected money cell of a sample, found by table, normalised row label
    and the column's parsed meaning (so "Belopp" and "Belopp, mnkr" are the same)."""
    docs = _json_docs(converted_samples)
    keys = _keys(tables)
    index: Counter = Counter()
    for r in tables["cells"]:
        if r["value_mnkr"]:
            m = parse_column(r["column"])
            index[(r["document_key"], r["table_id"], r["row_key"], m.measure, m.year, m.sub_measure, m.period,
                   round(float(r["value_mnkr"]), 6))] += 1
    for stem in BORN_DIGITAL_SAMPLES:
        expected = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
        found_tables = docs[stem]["tables"]
        pairs = _match_tables(expected["tables"], found_tables)
        wanted: Counter = Counter()
        for ei, et in enumerate(expected["tables"]):
            for row in et["rows"]:
                for cell in row["cells"]:
                    if cell["value_mnkr"] is None:
                        continue
                    m = parse_column(cell["column"])
                    table_id = found_tables[pairs[ei]]["id"] if ei in pairs else None
                    wanted[(keys[f"{stem}.pdf"], table_id, label_key(row["label"]), m.measure, m.year,
                            m.sub_measure, m.period, round(cell["value_mnkr"], 6))] += 1
        missing = {k: n for k, n in wanted.items() if index[k] != n}
        assert sum(wanted.values()) > 100
        assert not missing, f"{stem}: {len(missing)} expected money cells not in cells once: {list(missing)[:5]}"


def test_foreign_keys_resolve(archive):
    checked = 0
    for table in TABLE_DEFS:
        for fk in table.foreign_keys:
            cond = " AND ".join(f'c."{a}" = p."{b}"' for a, b in zip(fk.columns, fk.references))
            present = " AND ".join(f'c."{a}" IS NOT NULL' for a in fk.columns)
            dangling = archive.execute(
                f'SELECT count(*) FROM "{table.name}" c WHERE {present} AND NOT EXISTS '
                f'(SELECT 1 FROM "{fk.table}" p WHERE {cond})').fetchone()[0]
            total = archive.execute(f'SELECT count(*) FROM "{table.name}" c WHERE {present}').fetchone()[0]
            assert dangling == 0, (table.name, fk)
            checked += total
    assert checked > 1000
    # the named ones: every item parent, every action's risk, every cell's table
    assert archive.execute("SELECT count(*) FROM items WHERE parent_id IS NOT NULL").fetchone()[0] >= 40
    with_actions = archive.execute("SELECT count(*) FROM risks WHERE actions > 0").fetchone()[0]
    assert archive.execute("SELECT count(DISTINCT (document_key, risk_id)) FROM risk_actions").fetchone()[0] == with_actions
    assert with_actions >= 15
    assert archive.execute("SELECT count(*) FROM cells c LEFT JOIN tables t USING (document_key, table_id) "
                           "WHERE t.table_id IS NULL").fetchone()[0] == 0


def test_primary_keys_are_unique(archive):
    for table in TABLE_DEFS:
        cols = ", ".join(f'"{c}"' for c in table.key)
        dupes = archive.execute(f'SELECT count(*) FROM (SELECT {cols} FROM "{table.name}" '
                                f'GROUP BY {cols} HAVING count(*) > 1)').fetchone()[0]
        assert dupes == 0, table.name


def _summa_intakter_budget_2023(converted_samples) -> dict[str, float]:
    out = {}
    for stem in ("vp-2023-servicenamnden", "vp-2024-servicenamnden"):
        doc = json.loads((converted_samples / f"{stem}.json").read_text(encoding="utf-8"))
        table = next(t for t in doc["tables"] if "Resultatbudget" in (t["title"] or ""))
        row = next(r for r in table["rows"] if r["label"] == "Summa intäkter")
        out[f"{stem}.pdf"] = next(c["value_mnkr"] for c in row["cells"] if c["column"] == "Budget 2023")
    return out


def test_budget_series_has_both_budget_2023_figures_of_summa_intakter(archive, converted_samples):
    rows = archive.execute(
        "SELECT file, document_year, value_mnkr, documents_stating, spread_mnkr FROM budget_series "
        "WHERE row_key = 'summa intakter' AND measure = 'budget' AND year = 2023 AND table_kind = 'budget' "
        "AND sub_measure IS NULL ORDER BY document_year").fetchall()
    printed = _summa_intakter_budget_2023(converted_samples)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("vp-2023-servicenamnden.pdf", 2023, printed["vp-2023-servicenamnden.pdf"]),
        ("vp-2024-servicenamnden.pdf", 2024, printed["vp-2024-servicenamnden.pdf"])]
    assert {r[3] for r in rows} == {2}
    assert rows[0][4] == pytest.approx(abs(rows[0][2] - rows[1][2]))
    # the report states no Budget 2023; its Budget 2021 is in the series once
    assert archive.execute("SELECT count(*) FROM budget_series WHERE document_type = 'verksamhetsberattelse' "
                           "AND measure = 'budget' AND year = 2021").fetchone()[0] > 10


def test_year_only_action_plan_columns_reach_budget_series(archive, converted_samples):
    """The Handlingsplan's columns "2024", "2025", "2026" take the measure "plan" from the
    headings above (issue 21) and are in budget_series, one series per area's table."""
    doc = json.loads((converted_samples / "vp-2024-servicenamnden.json").read_text(encoding="utf-8"))
    printed = {(t["title"], r["label"], c["column"]): c["value_mnkr"] for t in doc["tables"] if t["kind"] == "action_plan"
               for r in t["rows"] for c in r["cells"] if c["value_mnkr"] is not None and c["column"].isdigit()}
    rows = archive.execute("SELECT table_title, row_label, \"column\", value_mnkr, year FROM budget_series "
                           "WHERE file = 'vp-2024-servicenamnden.pdf' AND table_kind = 'action_plan' "
                           "AND measure = 'plan'").fetchall()
    assert len(printed) >= 80
    assert {(t, lab, col): v for t, lab, col, v, _ in rows} == printed
    assert {y for *_, y in rows} == {2024, 2025, 2026}
    it = archive.execute("SELECT value_mnkr FROM budget_series WHERE table_key LIKE 'grupperade atgarder%omrade it' "
                         "AND row_key = 'totalsumma' AND measure = 'plan' AND year = 2024").fetchall()
    assert len(it) == 1


def test_goal_tree_is_built_from_parents(archive, tables):
    items = {(r["document_key"], r["item_id"]): r for r in tables["items"]}
    tree = archive.execute("SELECT document_key, goal_id, child_id, child_kind, perspective, strategy_area "
                           "FROM goal_tree").fetchall()
    goals = [k for k, r in items.items() if r["kind"] == "goal"]
    assert {(d, g) for d, g, *_ in tree} == set(goals)
    children = [(d, g, c) for d, g, c, *_ in tree if c]
    assert sorted(children) == sorted((d, r["parent_id"], i) for (d, i), r in items.items()
                                      if r["parent_id"] and items[(d, r["parent_id"])]["kind"] == "goal")
    assert Counter(kind for _, _, _, kind, *_ in tree if kind).keys() >= {"indicator", "assignment"}
    # a goal's perspective and strategy area are its ancestors
    for d, g, c, kind, perspective, area in tree:
        up = [items[(d, items[(d, g)]["parent_id"])]] if items[(d, g)]["parent_id"] else []
        while up and up[-1]["parent_id"]:
            up.append(items[(d, up[-1]["parent_id"])])
        assert perspective == next((u["text"] for u in up if u["kind"] == "perspective"), None)
        assert area == next((u["text"] for u in up if u["kind"] == "strategy_area"), None)
    assert {(p, a) for *_, p, a in tree} >= {("Process", "Digitalisering"), ("Resurs", None)}


def test_indicator_values_parse_the_printed_text(tables):
    vb = _keys(tables)["vb-2021-servicenamnden.pdf"]
    values = {(r["indicator"][:20], r["measure"]): r for r in tables["indicator_values"] if r["document_key"] == vb}
    result = values[("Resultat %.", "outcome")]
    assert (result["text"], result["number"], result["unit"]) == ("5,1%", "5.1", "%")
    hme = next(r for (text, m), r in values.items() if text.startswith("HME – Hållbart") and m == "target")
    assert (hme["text"], hme["number"], hme["comparator"]) == (">77", "77.0", ">")
    status = next(r for (text, m), r in values.items() if m == "status")
    assert status["number"] == "" and status["text"] in ("helt", "delvis", "inte alls")


def test_risk_actions_carry_status_and_comment(converted_samples, tables):
    doc = _json_docs(converted_samples)["vb-2021-servicenamnden"]
    vb = doc["source"]["sha256"]
    actions = [r for r in tables["risk_actions"] if r["document_key"] == vb]
    flat = [(i["id"], n, a["text"], a["status"], a["comment"])
            for i in doc["items"] if i["kind"] == "risk" for n, a in enumerate(i["actions"])]
    assert [(r["risk_id"], int(r["action_index"]), r["action"], r["status"] or None, r["comment"] or None)
            for r in actions] == flat
    # the default look omits the status symbols (no WinAnsi glyph), so statuses are what the JSON has
    # (compared above); every action of the report has its comment
    assert actions and all(r["comment"] for r in actions)


def test_items_export_every_item_field():
    columns = {c.name for c in ITEMS.columns}
    assert all(name in columns or name in _ITEM_FIELDS_ELSEWHERE for name in Item.model_fields)
    assert {"trend", "comment", "long_term_target", "cue", "number"} <= columns


def test_a_corrected_cell_exports_its_corrected_value(converted_samples, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(converted_samples, out)
    doc = json.loads((out / "vp-2024-servicenamnden.json").read_text(encoding="utf-8"))
    table = next(t for t in doc["tables"] if "Resultatbudget" in (t["title"] or ""))
    ri, row = next((i, r) for i, r in enumerate(table["rows"]) if r["label"] == "Summa intäkter")
    ci, cell = next((i, c) for i, c in enumerate(row["cells"]) if c["column"] == "Budget 2024")
    review = tmp_path / "review.csv"
    review.write_text("document,table,row,column,value,status,reviewer,note\n"
                      f'vp-2024-servicenamnden,{table["id"]},Summa intäkter,Budget 2024,"1 234,5",corrected,,typo\n',
                      encoding="utf-8")
    apply_corrections(out, review, reviewer="Anna Svensson", at=AT)

    assert main(["export", str(out), "--format", "csv"]) == 0
    cells = _read_csv(out / "export" / "cells.csv")
    mine = [r for r in cells if r["document_key"] == doc["source"]["sha256"] and r["table_id"] == table["id"]
            and (int(r["row_index"]), int(r["cell_index"])) == (ri, ci)]
    assert len(mine) == 1
    got = mine[0]
    assert (got["value_mnkr"], got["original_value_mnkr"], got["raw"]) == ("1234.5", repr(cell["value_mnkr"]), cell["raw"])
    assert (got["review_status"], got["reviewer"], got["reviewed_at"], got["review_note"]) == (
        "corrected", "Anna Svensson", AT, "typo")
    others = [r for r in cells if r is not got]
    assert all(r["original_value_mnkr"] == "" and r["review_status"] == "" for r in others)
    # a second export reads the folder again (the export folder and its dictionary are not documents)
    assert main(["export", str(out), "--format", "duckdb"]) == 0
    con = duckdb.connect(str(out / "export" / "archive.duckdb"), read_only=True)
    assert con.execute("SELECT value_mnkr, original_value_mnkr FROM budget_series WHERE review_status = "
                       "'corrected'").fetchall() == [(1234.5, cell["value_mnkr"])]
    con.close()


def test_csv_is_byte_identical_and_parquet_has_the_same_rows(converted_samples, tmp_path):
    a, b, p = tmp_path / "a", tmp_path / "b", tmp_path / "p"
    export_folder(converted_samples, "csv", a)
    export_folder(converted_samples, "csv", b)
    names = sorted(x.name for x in a.iterdir())
    assert names == sorted(x.name for x in b.iterdir()) and len(names) == len(TABLE_DEFS) + 2
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    export_folder(converted_samples, "parquet", p)
    export_folder(converted_samples, "parquet", p / "again")
    assert all((p / f"{t.name}.parquet").read_bytes() == (p / "again" / f"{t.name}.parquet").read_bytes()
               for t in TABLE_DEFS)
    for table in TABLE_DEFS:
        parquet = pq.read_table(p / f"{table.name}.parquet")
        assert parquet.column_names == table.column_names
        as_text = [[_text(v) for v in row.values()] for row in parquet.to_pylist()]
        assert as_text == [list(r.values()) for r in _read_csv(a / f"{table.name}.csv")], table.name


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def test_dictionary_lists_exactly_the_written_columns(csv_export):
    data = json.loads((csv_export / "data-dictionary.json").read_text(encoding="utf-8"))
    md = (csv_export / "data-dictionary.md").read_text(encoding="utf-8")
    for entry in data["tables"]:
        header = (csv_export / f"{entry['name']}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert [c["name"] for c in entry["columns"]] == header
        assert all(c["type"] in ("string", "integer", "float", "boolean") and c["description"] for c in entry["columns"])
        assert f"### {entry['name']}" in md and all(f"`{c['name']}`" in md for c in entry["columns"])
    assert [v["name"] for v in data["views"]] == ["budget_series", "goal_tree", "item_series"]


@pytest.mark.parametrize("content, word", [
    ('{"schema_version": "1", "items": []}', "source"),
    ("{not json", "JSONDecodeError"),
    ('{"schema_version": "1", "source": {"file": "x.pdf", "sha256": "ab", "pages": "many"}}', "pages"),
])
def test_invalid_json_exits_2_naming_the_file_and_writes_nothing(converted_samples, tmp_path, capsys, content, word):
    out = tmp_path / "out"
    shutil.copytree(converted_samples, out)
    (out / "sub").mkdir()
    (out / "sub" / "broken.json").write_text(content, encoding="utf-8")
    assert main(["export", str(out), "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert str(out / "sub" / "broken.json") in err and word in err
    assert not (out / "export").exists()
    with pytest.raises(ExportError, match="broken.json"):
        export_folder(out, "parquet")


def test_a_failed_export_leaves_the_previous_one(converted_samples, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(converted_samples, out)
    assert main(["export", str(out), "--format", "duckdb"]) == 0
    before = {p.name: p.read_bytes() for p in (out / "export").iterdir()}
    (out / "broken.json").write_text("[]", encoding="utf-8")
    assert main(["export", str(out), "--format", "duckdb"]) == 2
    assert {p.name: p.read_bytes() for p in (out / "export").iterdir()} == before


def test_no_outputs_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(empty)]) == 2
    assert f"no converted documents in {empty}" in capsys.readouterr().err
    assert not (empty / "export").exists()
    assert main(["export", str(tmp_path / "missing")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_convert_with_export(tmp_path, capsys):
    from test_report import draw_money_table

    src = tmp_path / "in"
    src.mkdir()
    draw_money_table(src / "vp-2024-test.pdf")
    out = tmp_path / "out"
    assert main(["convert", str(src), "-o", str(out), "--quiet", "--jobs", "1", "--export", "csv"]) == 0
    docs = _read_csv(out / "export" / "documents.csv")
    assert [d["file"] for d in docs] == ["vp-2024-test.pdf"]
    cells = _read_csv(out / "export" / "cells.csv")
    assert {(c["row_label"], c["column"], c["measure"], c["year"]) for c in cells if c["raw"] == "2 381,4"} == {
        ("Övriga intäkter", "Budget 2023", "budget", "2023")}


def test_failed_inputs_are_listed_and_the_others_exported(tmp_path, capsys):
    from test_report import make_batch

    batch = make_batch(tmp_path)
    assert main(["export", str(batch.outdir), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "exported 3 document(s)" in out and "no document (failed or missing): broken.pdf" in out
    docs = _read_csv(batch.outdir / "export" / "documents.csv")
    assert sorted(d["file"] for d in docs) == ["vb-2021-test.pdf", "vp-2024-test.pdf", "vp-2026-test.pdf"]


def test_dest_as_a_duckdb_file_or_a_file_in_the_way(converted_samples, tmp_path, capsys):
    target = tmp_path / "arkiv" / "servicenamnden.duckdb"
    assert main(["export", str(converted_samples), "--format", "duckdb", "-o", str(target)]) == 0
    con = duckdb.connect(str(target), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(BORN_DIGITAL_SAMPLES)
    con.close()
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "data-dictionary.json", "data-dictionary.md", "servicenamnden.duckdb"]
    in_the_way = tmp_path / "file.txt"
    in_the_way.write_text("x")
    assert main(["export", str(converted_samples), "--format", "csv", "-o", str(in_the_way)]) == 2
    assert f"{in_the_way} exists and is not a folder" in capsys.readouterr().err
