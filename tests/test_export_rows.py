"""Flattening one document into export rows (pipeline.qa.export.rows), on a
small hand-made document: risks with per-action status/comment, indicator
values, reviewed cells, group rows, later Item fields."""

from __future__ import annotations

from typing import Optional

from models.contract import Action, BBox, Cell, DocumentInfo, Item, OutputDocument, Review, Row, Section, Source, Table
from pipeline.qa.corrections import CellReview
from pipeline.qa.export.dictionary import TABLE_DEFS, item_columns
from pipeline.qa.export.rows import document_rows

SHA = "ab" * 32


def _doc() -> OutputDocument:
    return OutputDocument(
        pipeline_version="9.9",
        source=Source(file="vb-2021.pdf", sha256=SHA, pages=40, size_bytes=1234),
        document=DocumentInfo(type="verksamhetsberattelse", year=2021, organisation="Servicenämnden",
                              title="Verksamhetsberättelse 2021"),
        sections=[Section(id="s4.4", number="4.4", title="Resurs", level=2, page=12,
                          bbox=BBox(x0=70, top=100, x1=300, bottom=115))],
        items=[
            Item(id="i1", kind="goal", cue="Mål:", text="Ett årligt resultat på 2 %.", section="s4.4", page=12),
            Item(id="i2", kind="indicator", text="Resultat %.", parent="i1", section="s4.4", page=12,
                 outcome="5,1%", target="2%", trend="förbättrats", comment="Före återbetalning."),
            Item(id="i3", kind="indicator", text="Värdegrund.", parent="i1", section="s4.4", page=13,
                 outcome="Delvis", status="delvis"),
            Item(id="i4", kind="risk", area="Juridik", text="Risk för felaktiga avtal.", section="s4.4", page=30,
                 pages=[30, 31], actions=[Action(text="Utbilda", status="Avslutad", comment="Klart i maj."),
                                          Action(text="Granska"), Action(text="Följ upp")]),
        ],
        tables=[Table(id="t1", kind="budget", title="6.3 Resultatbudget 2021", page=20, unit="mnkr",
                      columns=["Utfall 2021", "Budget 2021"], rows=[
                          Row(label="Intäkter", bold=True, cells=[]),
                          Row(label="Summa intäk- ter *)", page=20, cells=[
                              Cell(column="Utfall 2021", raw="2 510,5", value_mnkr=2500.5, page=20),
                              Cell(column="Budget 2021", raw="ingår", value_mnkr=None, page=20,
                                   review=Review(status="checked", reviewer="Bo", at="2026-01-01T00:00:00+00:00"))]),
                      ])],
    )


def test_rows_of_a_document():
    reviews = {("t1", 1, 0): CellReview(status="corrected", reviewer="Anna", at="2026-11-30T10:00:00+00:00",
                                        note="tryckfel", original_value_mnkr=2510.5)}
    rows = document_rows(_doc(), "sub/vb-2021.json", reviews)
    assert set(rows) == {t.name for t in TABLE_DEFS}
    for table in TABLE_DEFS:
        assert all(list(r) == table.column_names for r in rows[table.name])
    doc = rows["documents"][0]
    assert (doc["document_key"], doc["output"], doc["year"], doc["pipeline_version"]) == (SHA, "sub/vb-2021.json", 2021, "9.9")
    assert [(r["section_id"], r["bbox_top"]) for r in rows["sections"]] == [("s4.4", 100)]
    items = {r["item_id"]: r for r in rows["items"]}
    assert (items["i2"]["parent_id"], items["i2"]["trend"], items["i2"]["item_index"]) == ("i1", "förbättrats", 1)
    assert (items["i4"]["actions"], items["i4"]["pages"], items["i1"]["actions"]) == (3, "[30, 31]", None)
    assert [(r["item_id"], r["measure"], r["text"], r["number"], r["unit"], r["goal_id"])
            for r in rows["indicator_values"]] == [
        ("i2", "outcome", "5,1%", 5.1, "%", "i1"), ("i2", "target", "2%", 2.0, "%", "i1"),
        ("i2", "trend", "förbättrats", None, None, "i1"),
        ("i3", "outcome", "Delvis", None, None, "i1"), ("i3", "status", "delvis", None, None, "i1")]
    assert rows["risks"] == [{"document_key": SHA, "risk_id": "i4", "area": "Juridik", "risk": "Risk för felaktiga avtal.",
                              "actions": 3, "section_id": "s4.4", "page": 30}]
    assert [(r["action_index"], r["action"], r["status"], r["comment"]) for r in rows["risk_actions"]] == [
        (0, "Utbilda", "Avslutad", "Klart i maj."), (1, "Granska", None, None), (2, "Följ upp", None, None)]
    assert [(r["row_index"], r["label"], r["row_key"], r["bold"], r["cells"]) for r in rows["table_rows"]] == [
        (0, "Intäkter", "intakter", True, 0), (1, "Summa intäk- ter *)", "summa intakter", False, 2)]
    table = rows["tables"][0]
    assert (table["title_key"], table["rows"], table["columns"]) == ("resultatbudget", 2, '["Utfall 2021", "Budget 2021"]')
    corrected, checked = rows["cells"]
    assert (corrected["measure"], corrected["year"], corrected["value_mnkr"], corrected["original_value_mnkr"],
            corrected["review_status"], corrected["reviewer"], corrected["review_note"]) == (
        "outcome", 2021, 2500.5, 2510.5, "corrected", "Anna", "tryckfel")
    assert (checked["value_mnkr"], checked["original_value_mnkr"], checked["review_status"], checked["reviewer"]) == (
        None, None, "checked", "Bo")


def test_a_later_item_field_becomes_a_column():
    class LaterItem(Item):
        risk_level: Optional[str] = None
        scores: Optional[list[int]] = None
        weight: Optional[float] = None

    columns = {c.name: c for c in item_columns(LaterItem)}
    assert (columns["risk_level"].type, columns["weight"].type, columns["scores"].type) == ("string", "float", "string")
    assert "JSON" in columns["scores"].description
    assert set(columns) - {c.name for c in item_columns()} == {"risk_level", "scores", "weight"}


def test_docs_carry_the_generated_dictionary():
    from pathlib import Path

    from pipeline.qa.export.dictionary import dictionary_markdown

    marker = "<!-- generated below by: python3 -m pipeline.qa.export.dictionary -->\n\n"
    docs = (Path(__file__).resolve().parent.parent / "docs" / "export.md").read_text(encoding="utf-8")
    assert docs.split(marker, 1)[1] == dictionary_markdown()  # regenerate docs/export.md's tail if this fails
