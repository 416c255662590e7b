"""The export's tables and columns — the one definition the row builder, the
writers (Parquet schema, CSV header, DuckDB tables and comments) and the data
dictionary (``data-dictionary.json`` / ``.md``) are all made from.

Every table's rows are keyed by ``document_key`` (the sha256 of the PDF) plus
the ids of the JSON (``item_id``, ``table_id``, …) or a position within the
document (``row_index``, ``action_index``, …).  Item fields the contract adds
later are exported by :func:`item_columns` without a change here.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from dataclasses import dataclass, field
from typing import Optional

from models.codes import WarningCode
from models.contract import Item

TYPES = ("string", "integer", "float", "boolean")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of TYPES
    description: str
    null: Optional[str] = None  # what an empty value means; None = never empty

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type!r}")


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class TableDef:
    name: str
    description: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _doc() -> Column:
    return Column("document_key", "string", "sha256 of the source PDF (documents.document_key)")


def _bbox(what: str) -> tuple[Column, ...]:
    null = "the JSON gives no box"
    return (
        Column("bbox_x0", "float", f"left edge of the {what} on its page, PDF points", null),
        Column("bbox_top", "float", f"top edge of the {what}, PDF points from the top of the page", null),
        Column("bbox_x1", "float", f"right edge of the {what}, PDF points", null),
        Column("bbox_bottom", "float", f"bottom edge of the {what}, PDF points from the top of the page", null),
    )


_TO_DOCUMENT = ForeignKey(("document_key",), "documents", ("document_key",))

DOCUMENTS = TableDef(
    "documents", "One row per converted PDF.", ("document_key",), (
        _doc(),
        Column("output", "string", "path of the document's JSON relative to the output folder"),
        Column("file", "string", "file name of the source PDF"),
        Column("sha256", "string", "sha256 of the source PDF (same as document_key)"),
        Column("size_bytes", "integer", "size of the source PDF in bytes", "not recorded"),
        Column("pages", "integer", "number of pages of the PDF"),
        Column("type", "string", "verksamhetsplan, verksamhetsberattelse, delarsrapport or other"),
        Column("year", "integer", "the year the document is about", "not found in the document"),
        Column("organisation", "string", "the board (nämnd) or organisation", "not found in the document"),
        Column("title", "string", "document title", "not found in the document"),
        Column("schema_version", "string", "version of the JSON contract the document was written in "
                                           "(a version 1 document is exported converted: its risks' parallel "
                                           "action lists become risk_actions rows as in version 2)"),
        Column("pipeline_version", "string", "plandigit version that converted it", "not recorded"),
    ))

SECTIONS = TableDef(
    "sections", "One row per heading, in reading order.", ("document_key", "section_id"), (
        _doc(),
        Column("section_id", "string", "the section's id in the JSON (s5.2, u3, h8, …)"),
        Column("section_index", "integer", "position among the document's sections, from 0"),
        Column("number", "string", "the printed heading number (\"5.2\")", "unnumbered heading"),
        Column("title", "string", "heading text without its number"),
        Column("level", "integer", "heading level, 1 = chapter"),
        Column("page", "integer", "PDF page (1-based) the heading is printed on"),
        *_bbox("heading"),
    ), (_TO_DOCUMENT,))

_ITEM_BASE = (
    _doc(),
    Column("item_id", "string", "the item's id in the JSON (i12)"),
    Column("item_index", "integer", "position among the document's items (reading order), from 0"),
    Column("kind", "string", "goal, indicator, assignment, activity, strategy, risk, or a level of the printed "
                             "hierarchy: perspective (\"Perspektiv: Process\"), strategy_area (\"Strategi: "
                             "Digitalisering\"), risk_area (the internal-control plan's area)"),
    Column("text", "string", "clean text, cue word removed"),
    Column("cue", "string", "the printed cue (\"Mål:\", \"Effektmål 9.\", \"Uppdrag:\")", "no cue printed"),
    Column("number", "string", "the printed number (\"3.\", \"9\")", "not numbered"),
    Column("parent_id", "string", "item_id of the item it is printed under: a goal's strategy_area or perspective; an indicator's, "
           "assignment's or activity's goal (else its strategy_area or perspective); a strategy's "
           "strategy_area; a risk's risk_area", "no parent"),
    Column("section_id", "string", "section_id of the nearest preceding heading", "before the first heading"),
    Column("page", "integer", "PDF page (1-based) where the item starts"),
    Column("pages", "string", "every page the item spans, as a JSON list (\"[15, 16]\")", "one page only"),
    *_bbox("item"),
    Column("outcome", "string", "indicator outcome (Utfall) as printed (\"5,1%\")", "not given"),
    Column("target", "string", "indicator target (Målvärde) as printed (\">77\")", "not given"),
    Column("long_term_target", "string", "long-term target (Långsiktigt målvärde) as printed", "not given"),
    Column("status", "string", "indicator status: helt, delvis or inte alls", "not given"),
    Column("trend", "string", "change during the year a trend arrow shows", "not given"),
    Column("comment", "string", "the Kommentar paragraph of an indicator or assignment", "none printed"),
    Column("area", "string", "risk: the Verksamhet column of the internal-control plan", "not a risk or no area"),
    Column("actions", "integer", "risk: number of åtgärder (rows in risk_actions)", "not a risk"),
    Column("series_id", "string", "the item followed across the exported documents and years: one id for its "
                                  "occurrences (matched on normalised wording, same kind, parents alike; "
                                  "pipeline.qa.series.py)", "a kind not followed"),
    Column("series_confidence", "float", "how alike the wording is to the series it joined (0–1; 1 = the same "
                                         "wording, or the item starts its series)", "a kind not followed"),
    Column("series_review", "boolean", "true: joined its series with a confidence below 0.8 (reworded, or matched "
                                       "through its parent) — a reviewer should confirm the link",
           "a kind not followed"),
)
# Item fields exported elsewhere or under another name
_ITEM_FIELDS_ELSEWHERE = {"id": "item_id", "parent": "parent_id", "section": "section_id", "bbox": "bbox_*",
                          "actions": "risk_actions"}
_PY_TYPES = {str: "string", int: "integer", float: "float", bool: "boolean"}


def item_columns(model: type = Item) -> tuple[Column, ...]:
    """The items table's columns: the fixed ones plus any later field of the
    contract's ``Item`` (a scalar as its own type, anything else as JSON text)."""
    known = {c.name for c in _ITEM_BASE} | set(_ITEM_FIELDS_ELSEWHERE)
    extra = []
    for name, info in model.model_fields.items():
        if name in known:
            continue
        kind = _PY_TYPES.get(_scalar_type(info.annotation), "string")
        as_json = _scalar_type(info.annotation) is None
        extra.append(Column(name, kind, (info.description or f"Item.{name} of the JSON contract")
                            + (" (as JSON text)" if as_json else ""), "not given"))
    return (*_ITEM_BASE, *extra)


def _scalar_type(annotation) -> Optional[type]:
    """str/int/float/bool for ``X`` or ``Optional[X]`` (Literals count as str), else None."""
    if annotation in _PY_TYPES:
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return str
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _scalar_type(args[0]) if len(args) == 1 else None
    return None


ITEMS = TableDef(
    "items", "One row per item (goal, indicator, assignment, activity, strategy, risk, and the hierarchy's "
             "perspective, strategy_area, risk_area), in reading order.",
    ("document_key", "item_id"), item_columns(), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "parent_id"), "items", ("document_key", "item_id")),
        ForeignKey(("document_key", "section_id"), "sections", ("document_key", "section_id")),
    ))

INDICATOR_VALUES = TableDef(
    "indicator_values",
    "One row per item × measure that the document gives (outcome, target, long_term_target, status, trend); "
    "measures the document leaves empty have no row.",
    ("document_key", "item_id", "measure"), (
        _doc(),
        Column("item_id", "string", "the indicator (items.item_id)"),
        Column("measure", "string", "outcome, target, long_term_target, status or trend"),
        Column("text", "string", "the value as printed (\"5,1%\", \">77\", \"delvis\")"),
        Column("number", "float", "the number in the text (5.1, 77)", "the text is no single number (\"Helt\")"),
        Column("unit", "string", "unit printed after the number (\"%\", \"st\")", "none printed"),
        Column("comparator", "string", "comparator printed before the number: >, >=, <, <=", "none printed"),
        Column("indicator", "string", "the indicator's text (copy of items.text, for spreadsheets)"),
        Column("goal_id", "string", "the indicator's parent goal (items.item_id)", "no parent"),
        Column("year", "integer", "the document's year (copy of documents.year)", "not known"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "item_id"), "items", ("document_key", "item_id")),
    ))

RISKS = TableDef(
    "risks", "One row per risk of the internal-control plan (items of kind risk).",
    ("document_key", "risk_id"), (
        _doc(),
        Column("risk_id", "string", "the risk's item_id (items.item_id)"),
        Column("area", "string", "Verksamhet: the area the risk belongs to", "none printed"),
        Column("risk", "string", "the risk text"),
        Column("actions", "integer", "number of åtgärder (rows in risk_actions)"),
        Column("section_id", "string", "sections.section_id", "before the first heading"),
        Column("page", "integer", "PDF page where the risk starts"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "risk_id"), "items", ("document_key", "item_id")),
    ))

RISK_ACTIONS = TableDef(
    "risk_actions", "One row per åtgärd of a risk, in printed order.",
    ("document_key", "risk_id", "action_index"), (
        _doc(),
        Column("risk_id", "string", "the risk (risks.risk_id)"),
        Column("action_index", "integer", "position among the risk's actions, from 0"),
        Column("area", "string", "the risk's area (copy of risks.area)", "none printed"),
        Column("action", "string", "the åtgärd text"),
        Column("status", "string", "the action's status as printed (reports: \"Avslutad\")", "not given"),
        Column("comment", "string", "the comment on the action (reports)", "not given"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "risk_id"), "risks", ("document_key", "risk_id")),
    ))

TABLES = TableDef(
    "tables", "One row per table of a document.", ("document_key", "table_id"), (
        _doc(),
        Column("table_id", "string", "the table's id in the JSON (t3)"),
        Column("table_index", "integer", "position among the document's tables, from 0"),
        Column("kind", "string", "budget, investment, key_figures, staff, action_plan or other"),
        Column("title", "string", "table title (caption or heading)", "none found"),
        Column("title_key", "string", "the title without its number, years and unit words, normalised: what the "
                                      "same table is called across documents (\"resultatbudget servicenamnd\")"),
        Column("unit", "string", "money unit of the table as printed (mnkr, tkr)", "no money unit stated"),
        Column("page", "integer", "PDF page where the table starts"),
        Column("pages", "string", "every page the table spans, as a JSON list", "one page only"),
        Column("section_id", "string", "sections.section_id", "not recorded"),
        Column("columns", "string", "the column names, as a JSON list"),
        Column("rows", "integer", "number of body rows (rows in table_rows)"),
        *_bbox("table"),
    ), (_TO_DOCUMENT,))

TABLE_ROWS = TableDef(
    "table_rows", "One row per body row of a table, group rows (no cells) included.",
    ("document_key", "table_id", "row_index"), (
        _doc(),
        Column("table_id", "string", "tables.table_id"),
        Column("row_index", "integer", "position among the table's rows, from 0"),
        Column("label", "string", "the row label as printed"),
        Column("row_key", "string", "the label normalised (lower case, no diacritics, hyphenation and footnote "
                                    "marks removed): what the same row is called across documents"),
        Column("bold", "boolean", "the row is printed bold (totals, groups)"),
        Column("cells", "integer", "number of cells (rows in cells)"),
        Column("page", "integer", "PDF page of the row", "not recorded"),
        *_bbox("row"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "table_id"), "tables", ("document_key", "table_id")),
    ))

CELLS = TableDef(
    "cells", "One row per non-empty cell of a table (an empty cell in the PDF has no row).",
    ("document_key", "table_id", "row_index", "cell_index"), (
        _doc(),
        Column("table_id", "string", "tables.table_id"),
        Column("row_index", "integer", "table_rows.row_index"),
        Column("cell_index", "integer", "position among the row's cells, from 0"),
        Column("row_label", "string", "the row label as printed (copy of table_rows.label)"),
        Column("row_key", "string", "the normalised row label (copy of table_rows.row_key)"),
        Column("column", "string", "the column name as printed (two-row headers joined: \"Budget 2024 Omsättning\")"),
        Column("measure", "string", "what the column measures, parsed from its name: budget, forecast (Prognos), "
                                    "outcome (Utfall, Bokslut), budget_deviation, outcome_deviation, deviation, "
                                    "change (Förändring), turnover (Omsättning), ratio (Relation), staff_count "
                                    "(Antal årsarbetare), count (Antal), investment_estimate (Total "
                                    "investeringskalkyl), amount (Belopp), target, long_term_target; a column named by a "
                                    "year alone (\"2024\") takes budget, forecast, outcome or plan (Handlingsplan) "
                                    "from the table's title or the headings it stands under",
               "the name names no known measure (\"Objektbeskrivning\"), nor does the context of a "
               "year-only column"),
        Column("year", "integer", "the year in the column name", "no year, or more than one"),
        Column("sub_measure", "string", "the rest of a two-level name (\"Omsättning\", \"Varav budgetram\", "
                                        "\"Kvinnor\")", "none"),
        Column("period", "string", "part of the year the column covers: \"tom\"/\"tom dec\" (cumulative up to "
                                   "the year), \"per 31 dec\" (at a date), \"jan-aug\"", "the whole year"),
        Column("column_unit", "string", "unit printed in the column name (mnkr, %)", "none printed"),
        Column("raw", "string", "the cell's text as printed"),
        Column("value_mnkr", "float", "the money value in mnkr (after a reviewer's correction)",
               "not a money amount (a percentage, a count, a text)"),
        Column("value", "float", "the number the cell holds, whatever it counts (= value_mnkr for money)",
               "no single number (a text, \"28 (25)\", a range)"),
        Column("unit", "string", "its unit: mnkr for money; %, st, årsarbetare, kr/kvm, h, s, index, … from the cell, "
                                 "the row's unit column, the column header, the row label or the caption",
               "no number, or nothing names a unit"),
        Column("comparator", "string", "a comparator printed before the number (>, >=, <, <=)", "none printed"),
        Column("original_value_mnkr", "float", "the value the pipeline extracted, kept when a reviewer corrected it",
               "not corrected"),
        Column("review_status", "string", "checked or corrected (plandigit apply-corrections)", "not reviewed"),
        Column("reviewer", "string", "who reviewed the cell", "not reviewed"),
        Column("reviewed_at", "string", "when (ISO 8601, UTC)", "not reviewed"),
        Column("review_note", "string", "the reviewer's note", "no note"),
        Column("page", "integer", "PDF page of the cell", "not recorded"),
        *_bbox("cell"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "table_id"), "tables", ("document_key", "table_id")),
        ForeignKey(("document_key", "table_id", "row_index"), "table_rows", ("document_key", "table_id", "row_index")),
    ))

AMOUNTS = TableDef(
    "amounts", "One row per money amount found in running text.", ("document_key", "amount_index"), (
        _doc(),
        Column("amount_index", "integer", "position among the document's amounts, from 0"),
        Column("raw", "string", "the amount as printed (\"76 miljoner kronor\")"),
        Column("value_mnkr", "float", "the amount in mnkr"),
        Column("page", "integer", "PDF page"),
        Column("context", "string", "the sentence it is in"),
        *_bbox("amount"),
    ), (_TO_DOCUMENT,))

WARNINGS = TableDef(
    "warnings", "One row per warning of the conversion (what QA should look at).", ("document_key", "warning_index"), (
        _doc(),
        Column("warning_index", "integer", "position among the document's warnings, from 0"),
        Column("code", "string", "one of " + ", ".join(WarningCode) + " (models/codes.py; README: Warnings)"),
        Column("message", "string", "what is wrong, in words"),
        Column("page", "integer", "PDF page", "the warning is about the whole document"),
        Column("table_id", "string", "tables.table_id", "not about a table"),
        Column("item_id", "string", "items.item_id", "not about an item"),
        Column("row", "string", "the row label", "not about a row"),
        Column("column", "string", "the column name", "not about a column"),
        Column("expected", "float", "the value a check expected", "no check value"),
        Column("found", "float", "the value found (or an OCR confidence)", "no check value"),
        Column("original", "string", "the printed text behind a repair or warning", "none"),
    ), (
        _TO_DOCUMENT,
        ForeignKey(("document_key", "table_id"), "tables", ("document_key", "table_id")),
        ForeignKey(("document_key", "item_id"), "items", ("document_key", "item_id")),
    ))

TABLE_DEFS: tuple[TableDef, ...] = (DOCUMENTS, SECTIONS, ITEMS, INDICATOR_VALUES, RISKS, RISK_ACTIONS,
                                    TABLES, TABLE_ROWS, CELLS, AMOUNTS, WARNINGS)
BY_NAME = {t.name: t for t in TABLE_DEFS}

# views of archive.duckdb (their SQL is in pipeline.qa.export.views)
VIEW_DESCRIPTIONS = {
    "budget_series": "Every money cell whose column names a measure and a year, with its document: organisation, "
                     "table kind, normalised table title and row label, measure, sub-measure, period, year → "
                     "value_mnkr. The same figure printed by several documents (the 2023 plan's \"Budget 2023\" "
                     "and the 2024 plan's) gives one row per document; documents_stating and spread_mnkr compare them.",
    "goal_tree": "Goal → its indicators, assignments and activities, from the items' parent_id (the printed "
                 "hierarchy, see items.kind), with the perspective and strategy area the goal is printed under. "
                 "A goal without children has one row with empty child columns.",
    "item_series": "Per series (items.series_id) each occurrence: the document's year, type and file, the wording, "
                   "the target and the result (outcome, status) it states, the parent's wording, confidence and "
                   "review flag, ordered by year: one indicator's history across plans and reports.",
}


# ---------------------------------------------------------------- the dictionary files


def dictionary_json() -> str:
    data = {
        "tables": [{
            "name": t.name, "description": t.description, "key": list(t.key),
            "foreign_keys": [{"columns": list(f.columns), "table": f.table, "references": list(f.references)}
                             for f in t.foreign_keys],
            "columns": [{"name": c.name, "type": c.type, "description": c.description, "null": c.null}
                        for c in t.columns],
        } for t in TABLE_DEFS],
        "views": [{"name": n, "description": d} for n, d in VIEW_DESCRIPTIONS.items()],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def dictionary_markdown() -> str:
    lines = ["## Data dictionary", "",
             "Generated from the export's column definitions (pipeline/qa/export/dictionary.py). "
             "Types: string, integer, float (mnkr values are floats), boolean. "
             "An empty cell in CSV / NULL in Parquet and DuckDB means what the \"empty means\" column says; "
             "a column with no entry there is never empty.", ""]
    for t in TABLE_DEFS:
        lines += [f"### {t.name}", "", t.description, "", f"Key: {', '.join(t.key)}."]
        for f in t.foreign_keys:
            lines.append(f"Foreign key: ({', '.join(f.columns)}) → {f.table} ({', '.join(f.references)}).")
        lines += ["", "| column | type | meaning | empty means |", "|---|---|---|---|"]
        for c in t.columns:
            lines.append(f"| `{c.name}` | {c.type} | {_md(c.description)} | {_md(c.null or '')} |")
        lines.append("")
    lines += ["### Views (archive.duckdb)", ""]
    for name, description in VIEW_DESCRIPTIONS.items():
        lines += [f"* `{name}`: {description}"]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


if __name__ == "__main__":  # the dictionary part of docs/export.md
    sys.stdout.write(dictionary_markdown())
