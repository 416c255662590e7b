"""Reviewer corrections (pipeline.qa.corrections): round trip, errors leave files
byte-identical, CSV and JSON input, report shows reviewed cells."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest

from pipeline.output import LOCK_NAME, OutputLockedError
from pipeline.cli import main
from pipeline.qa.corrections import CorrectionError, apply_corrections, load_outputs, parse_value, read_corrections
from pipeline.qa.report import build_report
from test_report import make_batch

AT = "2026-11-23T13:00:00+00:00"
HEADER = "document,table,row,column,value,status,reviewer,note\n"


def _cells(path: Path) -> dict[tuple[str, str], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(row["label"], cell["column"]): cell for row in data["tables"][0]["rows"] for cell in row["cells"]}


def test_round_trip_corrected_and_checked(tmp_path):
    batch = make_batch(tmp_path)
    target = batch.outdir / "vp-2024-test.json"
    before = _cells(target)
    corrections = tmp_path / "review.csv"
    corrections.write_text(
        HEADER
        + 'vp-2024-test,t1,Summa intäkter,Budget 2024,"2 500,5",corrected,,"printed 2 510,5 is a typo"\n'
        + "vp-2024-test.pdf,t1,övriga INTÄKTER,Budget 2023,,checked,Bo Ek,\n",
        encoding="utf-8")

    result = apply_corrections(batch.outdir, corrections, reviewer="Anna Svensson", at=AT)

    assert [(a.correction.status, a.previous_value_mnkr, a.value_mnkr) for a in result.applied] == [
        ("corrected", 2510.5, 2500.5), ("checked", 2381.4, 2381.4)]
    assert result.files_written == [target]
    after = _cells(target)
    corrected = after[("Summa intäkter", "Budget 2024")]
    assert corrected["value_mnkr"] == 2500.5
    assert corrected["original_value_mnkr"] == 2510.5
    assert corrected["raw"] == "2 510,5"  # the printed text stays what was printed
    assert corrected["review"] == {"status": "corrected", "reviewer": "Anna Svensson", "at": AT,
                                   "note": "printed 2 510,5 is a typo"}
    checked = after[("Övriga intäkter", "Budget 2023")]
    assert checked["value_mnkr"] == 2381.4 and checked["original_value_mnkr"] is None
    assert checked["review"] == {"status": "checked", "reviewer": "Bo Ek", "at": AT, "note": None}
    untouched = [k for k in after if k not in (("Summa intäkter", "Budget 2024"), ("Övriga intäkter", "Budget 2023"))]
    assert all(after[k] == before[k] for k in untouched) and len(untouched) == 4
    # the folder still loads, with the review marks
    loaded = {d.output: d for d in load_outputs(batch.outdir)}["vp-2024-test.json"]
    assert loaded.load_error is None
    assert loaded.doc.tables[0].rows[2].cells[0].value_mnkr == 2500.5
    assert {k: (v.status, v.reviewer, v.original_value_mnkr) for k, v in loaded.reviews.items()} == {
        ("t1", 2, 0): ("corrected", "Anna Svensson", 2510.5), ("t1", 0, 1): ("checked", "Bo Ek", None)}


def test_second_correction_keeps_the_first_extracted_value(tmp_path):
    batch = make_batch(tmp_path)
    target = batch.outdir / "vp-2024-test.json"
    first = tmp_path / "one.json"
    first.write_text(json.dumps([{"document": "vp-2024-test.json", "table": "t1", "row": "Avgifter <ej fördelade>",
                                  "column": "Budget 2024", "value": 121.5, "status": "corrected"}]), encoding="utf-8")
    apply_corrections(batch.outdir, first, reviewer="A", at=AT)
    second = tmp_path / "two.json"
    second.write_text(json.dumps({"corrections": [{"document": "vp-2024-test", "table": "t1", "row": "Avgifter <ej fördelade>",
                                                   "column": "Budget 2024", "value": "122,5", "status": "corrected",
                                                   "reviewer": "B"}]}), encoding="utf-8")
    apply_corrections(batch.outdir, second, at="2026-11-24T09:00:00+00:00")
    cell = _cells(target)[("Avgifter <ej fördelade>", "Budget 2024")]
    assert (cell["value_mnkr"], cell["original_value_mnkr"], cell["review"]["reviewer"], cell["review"]["at"]) == (
        122.5, 120.5, "B", "2026-11-24T09:00:00+00:00")


def test_unknown_row_is_an_error_and_nothing_is_written(tmp_path):
    batch = make_batch(tmp_path)
    target = batch.outdir / "vp-2024-test.json"
    original = target.read_bytes()
    corrections = tmp_path / "bad.csv"
    corrections.write_text(
        HEADER
        + 'vp-2024-test,t1,Summa intäkter,Budget 2024,"2 500,5",corrected,Anna,\n'  # fine on its own
        + "vp-2024-test,t1,Summa kostnader,Budget 2024,1,corrected,Anna,\n"  # no such row
        + "nosuchdoc,t1,Summa intäkter,Budget 2024,1,corrected,Anna,\n"
        + "vp-2024-test,t9,Summa intäkter,Budget 2024,1,corrected,Anna,\n"
        + "vp-2024-test,t1,Summa intäkter,Budget 2030,1,corrected,Anna,\n",
        encoding="utf-8")
    with pytest.raises(CorrectionError) as info:
        apply_corrections(batch.outdir, corrections, at=AT)
    problems = info.value.problems
    assert len(problems) == 4
    assert "no row 'Summa kostnader' in table t1" in problems[0] and "'Summa intäkter'" in problems[0]
    assert "unknown document 'nosuchdoc'" in problems[1]
    assert "unknown table 't9'" in problems[2] and "(tables: t1)" in problems[2]
    assert "unknown column 'Budget 2030'" in problems[3]
    assert target.read_bytes() == original
    assert sorted(p.name for p in batch.outdir.iterdir() if p.name != LOCK_NAME) == [
        "manifest.json", "vb-2021-test.json", "vp-2024-test.json", "vp-2026-test.json"]  # no temp file left


def test_malformed_rows_are_rejected(tmp_path):
    batch = make_batch(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "vp-2024-test,t1,Summa intäkter,Budget 2024,,corrected,Anna,\n"
                   + "vp-2024-test,t1,Summa intäkter,Budget 2024,1,approved,Anna,\n"
                   + "vp-2024-test,t1,Övriga intäkter,Budget 2024,2 381,checked,Anna,a note, with a comma\n",
                   encoding="utf-8")
    with pytest.raises(CorrectionError) as info:
        apply_corrections(batch.outdir, bad)
    assert [p.split(":")[0] for p in info.value.problems] == ["row 1", "row 2", "row 3"]
    assert "more fields than the header" in info.value.problems[2]
    assert "needs a value" in info.value.problems[0] and "'approved'" in info.value.problems[1]
    mismatch = tmp_path / "mismatch.csv"
    mismatch.write_text(HEADER + "vp-2024-test,t1,Övriga intäkter,Budget 2024,2 381,checked,Anna,\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="marked checked with value 2381.0 but the document has 2380.0"):
        apply_corrections(batch.outdir, mismatch)
    noreviewer = tmp_path / "noreviewer.csv"
    noreviewer.write_text(HEADER + "vp-2024-test,t1,Övriga intäkter,Budget 2024,,checked,,\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="no reviewer"):
        apply_corrections(batch.outdir, noreviewer)


def test_reviewer_values_parse():
    assert parse_value("2 381,4") == 2381.4 and parse_value("−1 051,2") == -1051.2 and parse_value("12.5") == 12.5
    assert parse_value("") is None and parse_value(None) is None


def test_cli_and_report_show_the_review(tmp_path, capsys):
    batch = make_batch(tmp_path)
    corrections = tmp_path / "review.csv"
    corrections.write_text("document;table;row;column;value;status\n"
                           "vp-2024-test;t1;Summa intäkter;Budget 2024;2 500,5;corrected\n", encoding="utf-8")
    assert read_corrections(corrections)[0].value == 2500.5
    assert main(["apply-corrections", str(batch.outdir), str(corrections), "--reviewer", "Anna"]) == 0
    assert "1 review mark(s) applied (1 corrected, 0 checked) in 1 file(s)" in capsys.readouterr().out
    build_report(batch.outdir)
    page = (batch.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    assert 'class="warn warn-sum_mismatch reviewed-corrected"' in page
    assert "corrected by Anna at " in page and "extracted 2 510,5" in page
    rows = [line for line in (batch.outdir / "report" / "index.html").read_text(encoding="utf-8").splitlines()
            if 'data-output="vp-2024-test.json"' in line]
    assert len(rows) == 1 and '<td class="num">1</td><td class="error-class">' in rows[0]
    bad = tmp_path / "bad.csv"
    bad.write_text("document,table,row,column,value,status\nx,t1,y,z,1,corrected\n", encoding="utf-8")
    assert main(["apply-corrections", str(batch.outdir), str(bad), "--reviewer", "Anna"]) == 2
    assert "unknown document 'x'" in capsys.readouterr().err


def test_refused_while_a_conversion_holds_the_folder(tmp_path, capsys):
    batch = make_batch(tmp_path)
    target = batch.outdir / "vp-2024-test.json"
    original = target.read_bytes()
    corrections = tmp_path / "review.csv"
    corrections.write_text(HEADER + 'vp-2024-test,t1,Summa intäkter,Budget 2024,"2 500,5",corrected,Anna,\n',
                           encoding="utf-8")
    fd = os.open(batch.outdir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running plandigit convert does
        with pytest.raises(OutputLockedError):
            apply_corrections(batch.outdir, corrections)
        assert main(["apply-corrections", str(batch.outdir), str(corrections)]) == 6
        assert "another plandigit run" in capsys.readouterr().err
    finally:
        os.close(fd)
    assert target.read_bytes() == original
    apply_corrections(batch.outdir, corrections)
    assert _cells(target)[("Summa intäkter", "Budget 2024")]["value_mnkr"] == 2500.5
