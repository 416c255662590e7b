"""Schema version 2 (a risk's actions as Action objects) and the version 1
outputs the QA commands still read: ``report``, ``export`` and
``apply-corrections`` convert a version 1 document's parallel lists, and name
a version they cannot read."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from models.contract import SCHEMA_VERSION, Action, OutputDocument, SchemaVersionError, json_schema, upgraded
from pipeline.cli import main
from pipeline.qa.corrections import load_outputs, parse_document
from pipeline.qa.report import build_report
from test_report import make_batch

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
V1_RISK = {"id": "i9", "kind": "risk", "text": "Risk för felaktiga avtal.", "area": "Juridik", "page": 1,
           "section": None, "parent": None, "actions": ["Utbilda", "Granska"],
           "action_statuses": ["Avslutad", None], "action_comments": [None, "Klart i maj."]}


def as_v1(data: dict) -> dict:
    """A version 2 document as version 1 wrote it: parallel action lists, a
    status/comment list only where one is given."""
    out = copy.deepcopy(data)
    out["schema_version"] = "1"
    for item in out["items"]:
        actions = item.get("actions")
        if actions is None:
            continue
        item["actions"] = [a["text"] for a in actions]
        statuses, comments = [a["status"] for a in actions], [a["comment"] for a in actions]
        item["action_statuses"] = statuses if any(statuses) else None
        item["action_comments"] = comments if any(comments) else None
    return out


def test_version_2_writes_actions_as_objects():
    assert SCHEMA_VERSION == "2"
    schema = json_schema()
    assert set(schema["$defs"]["Action"]["properties"]) == {"text", "status", "comment"}
    assert "action_statuses" not in schema["$defs"]["Item"]["properties"]
    with pytest.raises(ValidationError, match="action_statuses"):  # the version 1 shape is no version 2 document
        OutputDocument.model_validate({"source": {"file": "a.pdf", "sha256": "0", "pages": 1}, "items": [V1_RISK]})


def test_upgraded_turns_the_parallel_lists_into_actions():
    data = {"schema_version": "1", "source": {"file": "a.pdf", "sha256": "0", "pages": 1}, "items": [V1_RISK]}
    before = copy.deepcopy(data)
    doc = OutputDocument.model_validate(upgraded(data))
    assert data == before  # the input is not changed
    assert doc.schema_version == SCHEMA_VERSION
    assert doc.items[0].actions == [Action(text="Utbilda", status="Avslutad"),
                                    Action(text="Granska", comment="Klart i maj.")]


@pytest.mark.parametrize("path", sorted(SAMPLES.rglob("*.expected.json")), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_a_version_1_sample_converts_back_to_itself(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert upgraded(data) is data
    assert upgraded(as_v1(data)) == data


def test_upgraded_names_what_it_cannot_read():
    with pytest.raises(SchemaVersionError, match="schema_version '3': this plandigit reads versions 1, 2"):
        upgraded({"schema_version": "3"})
    bad = {"schema_version": "1", "items": [dict(V1_RISK, action_statuses=["a", "b", "c"])]}
    with pytest.raises(SchemaVersionError, match="item 'i9' .*2 actions but 3 action_statuses"):
        upgraded(bad)


@pytest.fixture
def v1_folder(tmp_path):
    """make_batch's output folder with its plan rewritten as version 1 wrote it, plus a risk."""
    batch = make_batch(tmp_path)
    target = batch.outdir / "vp-2024-test.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["schema_version"] = "1"
    data["items"].append(V1_RISK)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return batch


def test_report_reads_a_version_1_document(v1_folder):
    loaded = {d.output: d for d in load_outputs(v1_folder.outdir)}["vp-2024-test.json"]
    assert loaded.load_error is None and loaded.schema_version == "1"
    assert loaded.doc.items[-1].actions == [Action(text="Utbilda", status="Avslutad"),
                                           Action(text="Granska", comment="Klart i maj.")]
    build_report(v1_folder.outdir)
    page = (v1_folder.outdir / "report" / "vp-2024-test.html").read_text(encoding="utf-8")
    assert "– Utbilda <span class=\"muted\">[Avslutad]</span>" in page
    assert "– Granska<br><span class=\"muted\">Kommentar: Klart i maj.</span>" in page


def test_export_reads_a_version_1_document(v1_folder, tmp_path):
    dest = tmp_path / "export"
    assert main(["export", str(v1_folder.outdir), "--format", "csv", "-o", str(dest)]) == 0
    with (dest / "risk_actions.csv").open(encoding="utf-8") as f:
        actions = [(r["risk_id"], r["action_index"], r["action"], r["status"], r["comment"]) for r in csv.DictReader(f)]
    assert actions == [("i9", "0", "Utbilda", "Avslutad", ""), ("i9", "1", "Granska", "", "Klart i maj.")]
    with (dest / "documents.csv").open(encoding="utf-8") as f:
        versions = {r["file"]: r["schema_version"] for r in csv.DictReader(f)}
    assert versions["vp-2024-test.pdf"] == "1" and versions["vp-2026-test.pdf"] == SCHEMA_VERSION


def test_apply_corrections_to_a_version_1_document_keeps_it_version_1(v1_folder, tmp_path):
    target = v1_folder.outdir / "vp-2024-test.json"
    corrections = tmp_path / "review.csv"
    corrections.write_text("document,table,row,column,value,status\n"
                           "vp-2024-test,t1,Summa intäkter,Budget 2024,\"2 500,5\",corrected\n", encoding="utf-8")
    assert main(["apply-corrections", str(v1_folder.outdir), str(corrections), "--reviewer", "Anna"]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1" and data["items"][-1] == V1_RISK
    cells = [c for row in data["tables"][0]["rows"] for c in row["cells"] if c.get("review")]
    assert [(c["value_mnkr"], c["original_value_mnkr"], c["review"]["status"]) for c in cells] == [
        (2500.5, 2510.5, "corrected")]
    doc, reviews = parse_document(data)
    assert doc.items[-1].actions[0].status == "Avslutad" and len(reviews) == 1


def test_a_version_it_cannot_read_is_named(v1_folder, tmp_path, capsys):
    target = v1_folder.outdir / "vp-2024-test.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["schema_version"] = "3"
    target.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(v1_folder.outdir), "--format", "csv", "-o", str(tmp_path / "export")]) == 2
    err = capsys.readouterr().err
    assert "vp-2024-test.json" in err and "schema_version '3': this plandigit reads versions 1, 2" in err
    assert not (tmp_path / "export").exists()
    loaded = {d.output: d for d in load_outputs(v1_folder.outdir)}["vp-2024-test.json"]
    assert loaded.doc is None and "SchemaVersionError: schema_version '3'" in loaded.load_error
    build_report(v1_folder.outdir)  # listed as unreadable, not fatal
    index = (v1_folder.outdir / "report" / "index.html").read_text(encoding="utf-8")
    assert "schema_version &#x27;3&#x27;" in index or "schema_version '3'" in index
